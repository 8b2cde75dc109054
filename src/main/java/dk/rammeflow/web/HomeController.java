package dk.rammeflow.web;

import dk.rammeflow.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the secretariat's overview, everyone else's task inbox. */
@Controller
class HomeController {

  @GetMapping("/")
  String home(CurrentUser user) {
    return user.isSecretariat() ? "redirect:/sager" : "redirect:/opgaver";
  }
}
