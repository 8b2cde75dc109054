package dk.rammeflow.web;

import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.mail.ReviewItem;
import dk.rammeflow.mail.ReviewList;
import dk.rammeflow.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The mails that could not be registered by themselves, with the secretariat's two actions. */
@Controller
class ReviewController {

  private final ReviewList list;
  private final List<ReplyTargets> targets;

  ReviewController(ReviewList list, List<ReplyTargets> targets) {
    this.list = list;
    this.targets = targets;
  }

  record ReviewRow(ReviewItem item, String receivedText, String resolvedText) {}

  @GetMapping("/post")
  String review(CurrentUser user, Model model) {
    SecretariatOnly.require(user);
    List<ReviewRow> rows = list.all().stream()
        .sorted(Comparator.comparing(ReviewItem::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())))
        .map(i -> new ReviewRow(i, i.receivedAt() == null ? "–" : DanishDates.formatDateTime(i.receivedAt().atZone(CalendarTime.ZONE)),
            i.resolvedAt() == null ? null : DanishDates.formatDateTime(i.resolvedAt().atZone(CalendarTime.ZONE))))
        .toList();
    model.addAttribute("waiting", rows.stream().filter(r -> r.item().waiting()).toList());
    model.addAttribute("handled", rows.stream().filter(r -> !r.item().waiting()).toList());
    model.addAttribute("targets", targets.stream().flatMap(t -> t.replyTargets().stream()).toList());
    return "review";
  }
}
