package dk.rammeflow.web;

import dk.rammeflow.security.CurrentUser;
import io.camunda.client.api.command.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task inbox pages: the user's open tasks, one task with its form, claim, release, complete. */
@Controller
class TaskController {

  private final TaskInbox inbox;

  TaskController(TaskInbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/opgaver")
  String inbox(CurrentUser user, @RequestParam(required = false) String sendt, Model model) {
    model.addAttribute("tasks", inbox.openTasks(user));
    model.addAttribute("sent", sendt);
    return "tasks";
  }

  @GetMapping("/opgaver/{key}")
  String task(CurrentUser user, @PathVariable long key, Model model) {
    var opened = inbox.open(user, key).orElseThrow(() -> new PageNotFoundException("Opgaven findes ikke."));
    model.addAttribute("task", opened.task());
    model.addAttribute("variables", opened.variables());
    model.addAttribute("formSchema", opened.formSchema().orElse(null));
    return "task";
  }

  /** The link in a hearing mail: the party's current task in the hearing, or the inbox with why there is none. */
  @GetMapping("/opgaver/hoering/{hearingId}/{partyId}")
  String hearingTask(CurrentUser user, @PathVariable String hearingId, @PathVariable String partyId, RedirectAttributes redirect) {
    return inbox.hearingTask(user, hearingId, partyId)
        .map(key -> "redirect:/opgaver/" + key)
        .orElseGet(() -> {
          redirect.addFlashAttribute("error",
              "Der er ingen åben opgave til dig i denne høring. Den er måske besvaret eller lukket, eller du er logget ind med en anden part.");
          return "redirect:/opgaver";
        });
  }

  @PostMapping("/opgaver/{key}/tildel")
  String claim(CurrentUser user, @PathVariable long key, RedirectAttributes redirect) {
    act(() -> inbox.claim(user, key), redirect, "Opgaven er tildelt dig. Udfyld formularen og send den.");
    return "redirect:/opgaver/" + key;
  }

  @PostMapping("/opgaver/{key}/frigiv")
  String release(CurrentUser user, @PathVariable long key, RedirectAttributes redirect) {
    act(() -> inbox.release(user, key), redirect, "Opgaven er frigivet, så andre i gruppen kan tage den.");
    return "redirect:/opgaver/" + key;
  }

  /** Called by the form page with the form's data; answers where to go next, or the problem in Danish. */
  @PostMapping(path = "/opgaver/{key}/afslut", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, String> complete(CurrentUser user, @PathVariable long key, @RequestBody CompletionRequest request) {
    var task = inbox.open(user, key).orElseThrow(() -> new TaskRefusedException("Opgaven findes ikke."));
    inbox.complete(user, key, request.variables() == null ? Map.of() : request.variables());
    return Map.of("location", "/opgaver?sendt=" + java.net.URLEncoder.encode(task.task().name(), java.nio.charset.StandardCharsets.UTF_8));
  }

  record CompletionRequest(Map<String, Object> variables) {}

  private static void act(Runnable action, RedirectAttributes redirect, String success) {
    try {
      action.run();
      redirect.addFlashAttribute("success", success);
    } catch (TaskRefusedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    } catch (ProblemException e) {
      redirect.addFlashAttribute("error", TaskProblems.danish(e));
    }
  }

  @ExceptionHandler({TaskRefusedException.class, ProblemException.class})
  ResponseEntity<ProblemDetail> onRefused(RuntimeException e) {
    String detail = e instanceof ProblemException problem ? TaskProblems.danish(problem) : e.getMessage();
    HttpStatus status = e instanceof ProblemException problem && problem.code() == 400 ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle("Opgaven kunne ikke afsluttes");
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
