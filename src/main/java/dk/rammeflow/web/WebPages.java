package dk.rammeflow.web;

import dk.rammeflow.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** What every page of the web application shows: the signed-in user and the main menu. */
@ControllerAdvice(basePackageClasses = WebPages.class)
class WebPages {

  record NavItem(String label, String url, boolean current) {}

  @ModelAttribute("currentUser")
  CurrentUser currentUser() {
    return CurrentUser.current().orElse(null);
  }

  @ModelAttribute("navigation")
  List<NavItem> navigation(HttpServletRequest request) {
    String path = request.getRequestURI();
    List<NavItem> items = new ArrayList<>();
    items.add(item("Mine opgaver", "/opgaver", path));
    CurrentUser.current().filter(CurrentUser::isSecretariat).ifPresent(user -> {
      items.add(item("Sager", "/sager", path));
      items.add(item("Start ny sag", "/ny", path));
      items.add(item("Post til gennemsyn", "/post", path));
    });
    return items;
  }

  private static NavItem item(String label, String url, String path) {
    return new NavItem(label, url, path.equals(url) || path.startsWith(url + "/"));
  }

  @ExceptionHandler(PageNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ModelAndView notFound(PageNotFoundException e) {
    ModelAndView page = new ModelAndView("not-found");
    page.addObject("reason", e.getMessage());
    page.addObject("currentUser", currentUser());
    return page;
  }
}
