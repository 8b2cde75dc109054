package dk.rammeflow.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The content of a høringsnotat: the hearing, every response received (in the order given) and
 * the parties that did not answer.
 */
public record HearingNote(
    String hearingId,
    String title,
    List<String> questions,
    List<String> materialNames,
    LocalDate sentOn,
    LocalDate deadline,
    List<String> partiesAsked,
    List<NoteResponse> responses,
    List<String> nonResponders,
    String caseWorker,
    Instant compiledAt) {

  public HearingNote {
    Objects.requireNonNull(hearingId, "hearingId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(sentOn, "sentOn");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(compiledAt, "compiledAt");
    questions = questions == null ? List.of() : List.copyOf(questions);
    materialNames = materialNames == null ? List.of() : List.copyOf(materialNames);
    partiesAsked = partiesAsked == null ? List.of() : List.copyOf(partiesAsked);
    responses = responses == null ? List.of() : List.copyOf(responses);
    nonResponders = nonResponders == null ? List.of() : List.copyOf(nonResponders);
  }
}
