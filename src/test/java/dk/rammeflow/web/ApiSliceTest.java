package dk.rammeflow.web;

import dk.rammeflow.cu.CuController;
import dk.rammeflow.socialagreement.SocialAgreementController;
import dk.rammeflow.forum.ForumDecisionController;
import dk.rammeflow.hearing.HearingController;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A web slice of the processes' APIs without an engine: the processes' controllers with the real classes that check
 * requests, on the real calendar and reference data ({@link ApiSliceSupport}). Every test class with this
 * annotation shares one application context. Sign-in and access rules are tested in the security package:
 * here the secretariat calls the controllers directly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
    controllers = {HearingController.class, ForumDecisionController.class, CuController.class, SocialAgreementController.class},
    properties = "rammeflow.data-dir=target/test-data/api-slice",
    includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
        "dk\\.rammeflow\\.hearing\\.Hearing(Service|Preparation|Records|Messages)",
        "dk\\.rammeflow\\.forum\\.ForumDecision(s|Service|Records)",
        "dk\\.rammeflow\\.cu\\.Cu(Service|Input|Cases|Planning|Messages)",
        "dk\\.rammeflow\\.socialagreement\\.SocialAgreement(Service|Input|Cases|Planning|Messages)"}))
@Import(ApiSliceSupport.class)
@WithMockUser(username = "sekretariat@rammeaftale.example", authorities = "GROUP_sekretariatet")
public @interface ApiSliceTest {}
