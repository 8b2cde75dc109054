package dk.rammeflow.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page (Danish): e-mail and password, and a button per configured identity provider. */
@Controller
class LoginController {

  record IdentityProvider(String name, String url) {}

  private final ObjectProvider<ClientRegistrationRepository> oidcClients;

  LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
    this.oidcClients = oidcClients;
  }

  @GetMapping("/login")
  String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("loggedOut", logout != null);
    List<IdentityProvider> providers = new ArrayList<>();
    if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
      for (Object registration : registrations) {
        ClientRegistration client = (ClientRegistration) registration;
        providers.add(new IdentityProvider(client.getClientName(), "/oauth2/authorization/" + client.getRegistrationId()));
      }
    }
    model.addAttribute("identityProviders", providers);
    return "login";
  }

  /** Who is signed in, with the logout button: the landing page until the web application has its own. */
  @GetMapping("/account")
  String account(CurrentUser user, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("groups", user.groups().stream().sorted().toList());
    return "account";
  }
}
