package dk.rammeflow.tariff;

import dk.rammeflow.web.CaseProblems;
import dk.rammeflow.security.CurrentUser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tariff rounds over HTTP: the secretariat opens a round, starts a revision and reads the rounds and their
 * takstbilag; an operator's users submit its tariffs.
 */
@RestController
public class TariffController {

  private static final CaseProblems PROBLEMS = new CaseProblems("Takstrunden findes ikke", "Takstrunden kan ikke ændres", "Taksterne kan ikke modtages");

  private final TariffService service;
  private final TariffRounds rounds;

  TariffController(TariffService service, TariffRounds rounds) {
    this.service = service;
    this.rounds = rounds;
  }

  @PostMapping(path = "/api/tariff-rounds", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TariffService.Started> open(@RequestBody Map<String, Object> input) {
    TariffService.Started started = service.open(input);
    return ResponseEntity.created(URI.create("/api/tariff-rounds/" + started.roundId())).body(started);
  }

  @GetMapping(path = "/api/tariff-rounds", produces = MediaType.APPLICATION_JSON_VALUE)
  List<TariffRound> list() {
    return rounds.all();
  }

  @GetMapping(path = "/api/tariff-rounds/{roundId}", produces = MediaType.APPLICATION_JSON_VALUE)
  TariffRound get(@PathVariable String roundId) {
    return rounds.require(roundId);
  }

  /** The latest takstbilag: links to its XLSX and PDF in the document store. */
  @GetMapping(path = "/api/tariff-rounds/{roundId}/annex", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> annex(@PathVariable String roundId) {
    TariffRound.Annex annex = rounds.require(roundId).latestAnnex()
        .orElseThrow(() -> new UnknownRoundException("Takstrunden %s har intet takstbilag endnu.".formatted(roundId)));
    return Map.of("version", annex.version(), "xlsx", "/api/documents/" + annex.xlsxDocumentId(), "pdf", "/api/documents/" + annex.pdfDocumentId(),
        "publishedAt", annex.publishedAt().toString(), "reason", annex.reason());
  }

  @PostMapping(path = "/api/tariff-rounds/{roundId}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> submit(@PathVariable String roundId, @RequestBody Map<String, Object> body, CurrentUser user) {
    return ResponseEntity.accepted().body(service.submit(roundId, body, user));
  }

  @PostMapping(path = "/api/tariff-rounds/{roundId}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> revise(@PathVariable String roundId, @RequestBody Map<String, Object> body) {
    return ResponseEntity.accepted().body(service.revise(roundId, body));
  }

  @ExceptionHandler(TariffException.class)
  ResponseEntity<ProblemDetail> onTariffException(TariffException e) {
    return PROBLEMS.response(e.getMessage(), e.problems(), e instanceof UnknownRoundException, e instanceof TariffConflictException);
  }
}
