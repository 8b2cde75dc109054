package dk.rammeflow.security;

import dk.rammeflow.documents.DocumentStore;
import dk.rammeflow.documents.StoredDocument;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read a stored document ({@code GET /api/documents/{id}} and its {@code /meta}): the
 * secretariat, whoever uploaded it, and whoever a process's {@link DocumentReaders} lets read it. An
 * unknown id is let through, so the API answers 404 as it does for everyone.
 */
class DocumentAccess implements AuthorizationManager<RequestAuthorizationContext> {

  private final DocumentStore documents;
  private final List<DocumentReaders> readers;

  DocumentAccess(DocumentStore documents, List<DocumentReaders> readers) {
    this.documents = documents;
    this.readers = List.copyOf(readers);
  }

  @Override
  public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
    Optional<CurrentUser> user = CurrentUser.of(authentication.get());
    if (user.isEmpty()) {
      return new AuthorizationDecision(false);
    }
    String id = request.getVariables().get("id");
    Optional<StoredDocument> document = documents.find(id);
    return new AuthorizationDecision(document.isEmpty() || mayRead(user.get(), document.get()));
  }

  boolean mayRead(CurrentUser user, StoredDocument document) {
    return user.isSecretariat()
        || user.email().equalsIgnoreCase(document.uploadedBy() == null ? "" : document.uploadedBy())
        || readers.stream().anyMatch(r -> r.mayRead(user, document.id()));
  }
}
