package dk.rammeflow.reference;

/**
 * An id given by a user or a process does not name a known party, forum, forum member or external
 * body. The message is Danish and can be shown to users as is, e.g. {@code Ukendt part: 'xyz'}.
 */
public class UnknownReferenceException extends RuntimeException {

  /** What kind of reference was looked up. */
  public enum Type {
    PARTY("part", "Ingen"),
    FORUM("forum", "Intet"),
    FORUM_MEMBER("forummedlem", "Intet"),
    EXTERNAL_BODY("ekstern instans", "Ingen");

    private final String danishName;
    private final String danishNone;

    Type(String danishName, String danishNone) {
      this.danishName = danishName;
      this.danishNone = danishNone;
    }

    /** Danish noun used in user messages, e.g. "part". */
    public String danishName() {
      return danishName;
    }
  }

  private final Type type;
  private final String id;

  public UnknownReferenceException(Type type, String id) {
    super(userMessage(type, id));
    this.type = type;
    this.id = id;
  }

  public Type type() {
    return type;
  }

  /** The id that was looked up, possibly {@code null} or blank. */
  public String id() {
    return id;
  }

  /** The Danish message for users; the same as {@link #getMessage()}. */
  public String userMessage() {
    return getMessage();
  }

  private static String userMessage(Type type, String id) {
    if (id == null || id.isBlank()) {
      return type.danishNone + " " + type.danishName + " angivet";
    }
    return "Ukendt " + type.danishName + ": '" + id + "'";
  }
}
