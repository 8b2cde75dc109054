package dk.rammeflow.security;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read a stored document: the secretariat, whoever uploaded it, and whoever a process's
 * {@link DocumentReaders} lets read it.
 */
@Component
public class DocumentAccess {

  private final List<DocumentReaders> readers;

  public DocumentAccess(List<DocumentReaders> readers) {
    this.readers = List.copyOf(readers);
  }

  /** @throws AccessDeniedException (403) unless the user may read the document */
  public void requireMayRead(CurrentUser user, String documentId, String uploadedBy) {
    boolean allowed =
        user.isSecretariat()
            || (uploadedBy != null && uploadedBy.equalsIgnoreCase(user.email()))
            || readers.stream().anyMatch(r -> r.mayRead(user, documentId));
    if (!allowed) {
      throw new AccessDeniedException("Document " + documentId + " is not shared with the user");
    }
  }
}
