package dk.rammeflow.documents;

import java.util.NoSuchElementException;

/** No document is stored under the id; the message is Danish and meant for the user. */
public class DocumentNotFoundException extends NoSuchElementException {

  private final String id;

  public DocumentNotFoundException(String id) {
    super("Der findes intet bilag med id '%s'.".formatted(id));
    this.id = id;
  }

  public String id() {
    return id;
  }
}
