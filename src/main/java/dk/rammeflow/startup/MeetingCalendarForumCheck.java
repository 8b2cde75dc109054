package dk.rammeflow.startup;

import dk.rammeflow.calendar.Forum;
import dk.rammeflow.calendar.MeetingCalendar;
import dk.rammeflow.reference.ReferenceData;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** The meeting calendar may only name fora that the reference data knows. */
@Component
public class MeetingCalendarForumCheck implements InitializingBean {

  private final MeetingCalendar meetings;
  private final ReferenceData reference;

  public MeetingCalendarForumCheck(MeetingCalendar meetings, ReferenceData reference) {
    this.meetings = meetings;
    this.reference = reference;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> unknown = meetings.forums().stream().map(Forum::id).filter(id -> reference.forum(id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          "Invalid meeting calendar: forum(s) %s under 'forums' are not in the reference data (fora.yaml)".formatted(unknown));
    }
  }
}
