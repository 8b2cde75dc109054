package dk.rammeflow.mail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.springframework.web.util.HtmlUtils;

/** Turns the body of a reply into the text the party wrote: HTML to text, and the quoted original removed. */
public final class ReplyText {

  private static final Pattern ORIGINAL_MESSAGE_SEPARATOR = Pattern.compile(
      "(?i)^\\s*-{2,}\\s*(original message|oprindelig meddelelse|original meddelelse|originalmeddelelse|oprindelig besked|videresendt meddelelse|forwarded message)\\s*-{2,}\\s*$");
  private static final Pattern ATTRIBUTION_START = Pattern.compile("(?i)^\\s*(den|d\\.|on)\\s.*");
  private static final Pattern ATTRIBUTION = Pattern.compile("(?is)^\\s*(den|d\\.|on)\\s.{0,300}?\\b(skrev|wrote)\\b.{0,200}:\\s*$");
  private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\s*\\*?(fra|from)\\s*:\\*?\\s.*");
  private static final Pattern HEADER_SENT = Pattern.compile("(?i)^\\s*\\*?(sendt|sent|dato|date)\\s*:\\*?\\s.*");
  private static final Pattern SEPARATOR_LINE = Pattern.compile("^\\s*[_\\-=]{5,}\\s*$");

  private ReplyText() {}

  /** The reply without the quoted original: cut at the first attribution or header block, "&gt;" lines removed. */
  public static String stripQuoted(String text) {
    if (text == null) {
      return "";
    }
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (ORIGINAL_MESSAGE_SEPARATOR.matcher(line).matches() || isAttribution(lines, i) || isHeaderBlock(lines, i)) {
        break;
      }
      if (line.stripLeading().startsWith(">")) {
        continue;
      }
      kept.add(line.stripTrailing());
    }
    while (!kept.isEmpty() && (kept.get(kept.size() - 1).isBlank() || SEPARATOR_LINE.matcher(kept.get(kept.size() - 1)).matches())) {
      kept.remove(kept.size() - 1);
    }
    while (!kept.isEmpty() && kept.get(0).isBlank()) {
      kept.remove(0);
    }
    return String.join("\n", kept);
  }

  /** "Den 2. okt. 2025 kl. 10.15 skrev X &lt;x@y&gt;:" and "On ... wrote:", also when wrapped over up to three lines. */
  private static boolean isAttribution(String[] lines, int at) {
    if (!ATTRIBUTION_START.matcher(lines[at]).matches()) {
      return false;
    }
    StringBuilder joined = new StringBuilder();
    for (int i = at; i < Math.min(lines.length, at + 3); i++) {
      if (i > at && lines[i].isBlank()) {
        break;
      }
      joined.append(i > at ? " " : "").append(lines[i].strip());
      if (ATTRIBUTION.matcher(joined).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Outlook's "Fra: ... / Sendt: ..." header block above the original. */
  private static boolean isHeaderBlock(String[] lines, int at) {
    if (!HEADER_FROM.matcher(lines[at]).matches()) {
      return false;
    }
    for (int i = at + 1; i < Math.min(lines.length, at + 4); i++) {
      if (HEADER_SENT.matcher(lines[i]).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Plain text from an HTML body: block elements become line breaks, list items get "- ", scripts and styles are
   * dropped, and so are the quoted original (blockquote) and everything after a mail client's reply marker
   * (Gmail's gmail_quote, Outlook's divRplyFwdMsg/appendonsend, Thunderbird's moz-cite-prefix).
   */
  public static String htmlToText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    TextCollector collector = new TextCollector();
    try {
      new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, collector);
    } catch (ParseException e) {
      return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " ")).strip();
    }
    return collector.text();
  }

  private static final class TextCollector extends AbstractMarkupHandler {

    private static final Set<String> PARAGRAPH = Set.of("p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dl");
    private static final Set<String> BLOCK = Set.of("div", "tr", "li", "section", "article", "header", "footer", "dt", "dd", "address");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "blockquote", "template");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private String pending;
    private String pendingId;
    private String pendingClass;
    private int skipDepth = -1;
    private boolean stopped;
    private int preDepth;

    String text() {
      String[] lines = out.toString().replace('\u00A0', ' ').split("\n", -1);
      StringBuilder result = new StringBuilder();
      int blank = 0;
      for (String line : lines) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          blank++;
          continue;
        }
        if (!result.isEmpty()) {
          result.append(blank > 0 ? "\n\n" : "\n");
        }
        result.append(line.stripTrailing().replaceFirst("^ +", ""));
        blank = 0;
      }
      return result.toString();
    }

    private boolean skipping() {
      return stopped || skipDepth >= 0;
    }

    @Override
    public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
      pending = new String(buffer, offset, len).toLowerCase(Locale.ROOT);
      pendingId = null;
      pendingClass = null;
    }

    @Override
    public void handleAttribute(
        char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol, int operatorOffset, int operatorLen, int operatorLine, int operatorCol,
        int valueContentOffset, int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
      String name = new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT);
      String value = new String(buffer, valueContentOffset, valueContentLen);
      if (name.equals("id")) {
        pendingId = value;
      } else if (name.equals("class")) {
        pendingClass = value;
      }
    }

    @Override
    public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
      String name = pending != null ? pending : new String(buffer, offset, len).toLowerCase(Locale.ROOT);
      if (VOID.contains(name)) {
        handleVoid(name);
        return;
      }
      open.push(name);
      if (skipping()) {
        return;
      }
      if (isReplyMarker()) {
        stopped = true;
        return;
      }
      if (SKIPPED.contains(name)) {
        skipDepth = open.size();
        return;
      }
      if (name.equals("pre")) {
        preDepth++;
      }
      boundary(name);
      if (name.equals("li")) {
        out.append("- ");
      } else if (name.equals("td") || name.equals("th")) {
        out.append(' ');
      }
    }

    @Override
    public void handleAutoOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
      pending = new String(buffer, offset, len).toLowerCase(Locale.ROOT);
      pendingId = null;
      pendingClass = null;
      handleOpenElementEnd(buffer, offset, len, line, col);
    }

    @Override
    public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line, int col) {
      pending = new String(buffer, offset, len).toLowerCase(Locale.ROOT);
      pendingId = null;
      pendingClass = null;
    }

    @Override
    public void handleStandaloneElementEnd(char[] buffer, int offset, int len, boolean minimized, int line, int col) {
      handleVoid(pending);
    }

    private void handleVoid(String name) {
      if (skipping()) {
        return;
      }
      if (isReplyMarker()) {
        stopped = true;
        return;
      }
      if (name.equals("br") || name.equals("hr")) {
        out.append('\n');
      }
    }

    @Override
    public void handleCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
      close(new String(buffer, offset, len).toLowerCase(Locale.ROOT));
    }

    @Override
    public void handleAutoCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
      close(new String(buffer, offset, len).toLowerCase(Locale.ROOT));
    }

    private void close(String name) {
      if (!open.contains(name)) {
        return;
      }
      while (!open.isEmpty()) {
        int depth = open.size();
        String top = open.pop();
        if (skipDepth == depth) {
          skipDepth = -1;
        } else if (!skipping()) {
          if (top.equals("pre")) {
            preDepth--;
          }
          boundary(top);
        }
        if (top.equals(name)) {
          return;
        }
      }
    }

    @Override
    public void handleText(char[] buffer, int offset, int len, int line, int col) {
      if (skipping()) {
        return;
      }
      String text = HtmlUtils.htmlUnescape(new String(buffer, offset, len));
      if (preDepth > 0) {
        out.append(text);
        return;
      }
      String collapsed = text.replaceAll("[\\s&&[^\u00A0]]+", " ");
      if (atLineStart()) {
        collapsed = collapsed.stripLeading();
      }
      out.append(collapsed);
    }

    private boolean atLineStart() {
      return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
    }

    private void boundary(String element) {
      if (PARAGRAPH.contains(element)) {
        if (!atLineStart()) {
          out.append('\n');
        }
        if (out.length() > 0 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
          out.append('\n');
        }
      } else if (BLOCK.contains(element) && !atLineStart()) {
        out.append('\n');
      }
    }

    private boolean isReplyMarker() {
      if (pendingId != null && (pendingId.equals("divRplyFwdMsg") || pendingId.equals("appendonsend"))) {
        return true;
      }
      if (pendingClass != null) {
        for (String cls : pendingClass.split("\\s+")) {
          if (cls.equals("gmail_quote") || cls.equals("gmail_quote_container") || cls.equals("moz-cite-prefix")) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
