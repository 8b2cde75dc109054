package dk.rammeflow.documents;

import java.util.Set;

/**
 * Renders documents stored with {@link DocumentStore#storeDeferred}: the store keeps the source (e.g. a note's
 * content as JSON) and asks the renderer of its kind for the bytes the first time the document is read.
 */
public interface DocumentRenderer {

  /** The kinds of source this renders, e.g. {@code hearing-note-pdf}. */
  Set<String> kinds();

  /** The document's bytes from its source; the same source gives the same document. */
  byte[] render(String kind, byte[] source);
}
