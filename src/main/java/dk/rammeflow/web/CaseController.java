package dk.rammeflow.web;

import dk.rammeflow.security.CurrentUser;
import io.camunda.client.api.search.response.UserTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The secretariat's overview of every case, one case in full with its diagram, and the start forms. */
@Controller
class CaseController {

  private final CaseTypes types;
  private final ProcessLookup processes;
  private final Diagrams diagrams;
  private final StartForms startForms;

  CaseController(CaseTypes types, ProcessLookup processes, Diagrams diagrams, StartForms startForms) {
    this.types = types;
    this.processes = processes;
    this.diagrams = diagrams;
    this.startForms = startForms;
  }

  record TypeCases(CaseType type, List<CaseSummary> cases) {}

  @GetMapping("/sager")
  String overview(CurrentUser user, @RequestParam(required = false) String type, Model model) {
    SecretariatOnly.require(user);
    Map<String, TypeCases> all = new LinkedHashMap<>();
    for (CaseType caseType : types.all()) {
      if (type == null || type.isBlank() || caseType.slug().equals(type)) {
        all.put(caseType.slug(), new TypeCases(caseType, caseType.cases()));
      }
    }
    model.addAttribute("types", types.all());
    model.addAttribute("selectedType", type);
    model.addAttribute("sections", all.values());
    return "cases";
  }

  @GetMapping("/sager/{slug}/{id}")
  String detail(CurrentUser user, @PathVariable String slug, @PathVariable String id, Model model) {
    SecretariatOnly.require(user);
    CaseType type = types.bySlug(slug).orElseThrow(() -> new PageNotFoundException("Der findes ingen sagstype '%s'.".formatted(slug)));
    CaseDetail detail = type.detail(id).orElseThrow(() -> new PageNotFoundException("Sagen '%s' findes ikke.".formatted(id)));
    var instance = processes.instanceOf(type.processId(), type.idVariable(), id);
    List<UserTask> openTasks = instance.map(i -> processes.openTasks(i.getProcessInstanceKey())).orElse(List.of());
    model.addAttribute("type", type);
    model.addAttribute("detail", detail);
    model.addAttribute("openTasks", openTasks);
    model.addAttribute("diagram", instance.map(i -> diagrams.state(i.getProcessInstanceKey())).orElse(null));
    return "case";
  }

  /** The BPMN XML of a process definition, for the diagram viewer. */
  @GetMapping(path = "/sager/diagram/{processDefinitionKey}", produces = MediaType.TEXT_XML_VALUE)
  @ResponseBody
  String diagramXml(CurrentUser user, @PathVariable long processDefinitionKey) {
    SecretariatOnly.require(user);
    return diagrams.xml(processDefinitionKey);
  }

  @GetMapping("/ny")
  String startForms(CurrentUser user, Model model) {
    SecretariatOnly.require(user);
    model.addAttribute("forms", types.startForms());
    return "start-forms";
  }

  @GetMapping("/ny/{formId}")
  String startForm(CurrentUser user, @PathVariable String formId, Model model) {
    SecretariatOnly.require(user);
    StartForm form = types.startForm(formId).orElseThrow(() -> new PageNotFoundException("Der findes ingen startformular '%s'.".formatted(formId)));
    model.addAttribute("form", form);
    model.addAttribute("formSchema", startForms.schema(formId));
    // The signed-in secretary is the case worker unless they name another.
    model.addAttribute("formData", Map.of("caseWorker", user.email()));
    return "start-form";
  }
}
