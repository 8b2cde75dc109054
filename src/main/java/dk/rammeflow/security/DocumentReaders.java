package dk.rammeflow.security;

/**
 * Says who besides the secretariat and the uploader may read a stored document. Each process that
 * hands documents to participants provides one (a party reads the material of its hearings, a
 * forum member the material of its forum's items, ...); {@link DocumentAccess} asks them all.
 */
public interface DocumentReaders {

  /** {@code documentId} is the id of a stored document (letters, digits, {@code -} and {@code _}). */
  boolean mayRead(CurrentUser user, String documentId);
}
