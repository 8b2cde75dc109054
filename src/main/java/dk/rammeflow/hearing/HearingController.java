package dk.rammeflow.hearing;

import dk.rammeflow.web.CaseProblems;
import dk.rammeflow.security.CurrentUser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hearing round over HTTP: start one, move its deadline, cancel it, see its responses. */
@RestController
@RequestMapping(path = "/api/hearings", produces = MediaType.APPLICATION_JSON_VALUE)
public class HearingController {

  private static final CaseProblems PROBLEMS = new CaseProblems("Høringen findes ikke", "Høringen kan ikke ændres", "Høringen kan ikke gennemføres");

  private final HearingService service;
  private final HearingRecords records;

  HearingController(HearingService service, HearingRecords records) {
    this.service = service;
    this.records = records;
  }

  public record StartedHearing(String hearingId, long processInstanceKey, String deadline, String deadlineText, List<String> warnings) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<StartedHearing> start(@RequestBody Map<String, Object> input) {
    StartedHearing started = service.start(input);
    return ResponseEntity.created(URI.create("/api/hearings/" + started.hearingId())).body(started);
  }

  /** The secretariat sees every hearing; a party only those it is asked in, with only its own responses. */
  @GetMapping
  List<HearingRecord> list(CurrentUser user) {
    return records.all().stream().map(h -> visibleTo(user, h)).flatMap(Optional::stream).toList();
  }

  @GetMapping("/{hearingId}")
  HearingRecord get(@PathVariable String hearingId, CurrentUser user) {
    return visibleTo(user, service.require(hearingId))
        .orElseThrow(() -> new AccessDeniedException("Not a party of hearing " + hearingId));
  }

  private static Optional<HearingRecord> visibleTo(CurrentUser user, HearingRecord hearing) {
    if (user.isSecretariat()) {
      return Optional.of(hearing);
    }
    Set<String> own = hearing.partiesOfGroups(user::isMemberOf);
    return own.isEmpty() ? Optional.empty() : Optional.of(hearing.onlyParties(own));
  }

  @PostMapping(path = "/{hearingId}/deadline", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> extend(@PathVariable String hearingId, @RequestBody Map<String, Object> change) {
    service.extendDeadline(hearingId, change.get("deadline"));
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/{hearingId}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> cancel(@PathVariable String hearingId, @RequestBody(required = false) Map<String, Object> cancellation) {
    service.cancel(hearingId, cancellation == null ? null : cancellation.get("reason"));
    return ResponseEntity.accepted().build();
  }

  @ExceptionHandler(HearingException.class)
  ResponseEntity<ProblemDetail> onHearingException(HearingException e) {
    return PROBLEMS.response(e.getMessage(), e.problems(), e instanceof UnknownHearingException, e instanceof HearingConflictException);
  }
}
