package dk.rammeflow.mail;

import java.util.List;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Receives matched replies from {@link HearingReplyPoller}: one handler per process, chosen by the kind of the
 * reply's {@link ReplyTarget} ({@link #kind()}).
 */
public interface InboundReplyHandler {

  /** The {@link ReplyTarget#kind()} this handler takes; the hearing process by default. */
  default String kind() {
    return ReplyTarget.HEARING;
  }

  /**
   * Registers the reply. Throws {@link ReplyRejectedException} with a Danish reason to put the mail on the
   * {@link ReviewList}; any other exception counts as a temporary failure and the mail is tried again.
   */
  ReplyOutcome onReply(InboundReply reply);

  /** The handler of the kind, or null; of several for one kind (e.g. a test's), the {@link Primary} one. */
  static InboundReplyHandler of(ObjectProvider<InboundReplyHandler> handlers, String kind) {
    List<InboundReplyHandler> candidates = handlers.orderedStream().filter(h -> h.kind().equals(kind)).toList();
    if (candidates.size() <= 1) {
      return candidates.isEmpty() ? null : candidates.getFirst();
    }
    return candidates.stream().filter(h -> AnnotationUtils.findAnnotation(AopUtils.getTargetClass(h), Primary.class) != null).findFirst()
        .orElseThrow(() -> new IllegalStateException("More than one reply handler for the kind " + kind + ": " + candidates));
  }
}
