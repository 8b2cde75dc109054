package dk.rammeflow.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every contributed {@link CaseType}, in overview order. */
@Component
public class CaseTypes {

  private final List<CaseType> types;

  public CaseTypes(List<CaseType> types) {
    this.types = types.stream().sorted(Comparator.comparingInt(CaseType::order).thenComparing(CaseType::label)).toList();
  }

  public List<CaseType> all() {
    return types;
  }

  public Optional<CaseType> bySlug(String slug) {
    return types.stream().filter(t -> t.slug().equals(slug)).findFirst();
  }

  public List<StartForm> startForms() {
    return types.stream().flatMap(t -> t.startForms().stream()).toList();
  }

  public Optional<StartForm> startForm(String formId) {
    return startForms().stream().filter(f -> f.formId().equals(formId)).findFirst();
  }

  /** A case a task belongs to, found by the case id variables the task sees. */
  public record CaseLink(String reference, String url) {}

  /** The innermost case of the task: a hearing inside a forum item is the hearing. */
  public CaseLink linkFor(Map<String, Object> variables) {
    for (CaseType type : types) {
      if (variables.get(type.idVariable()) instanceof String id && !id.isBlank()) {
        return new CaseLink(id, "/sager/" + type.slug() + "/" + id);
      }
    }
    return null;
  }
}
