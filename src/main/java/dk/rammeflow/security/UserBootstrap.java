package dk.rammeflow.security;

import dk.rammeflow.reference.Contact;
import dk.rammeflow.reference.Forum;
import dk.rammeflow.reference.ForumKind;
import dk.rammeflow.reference.ForumMember;
import dk.rammeflow.reference.Party;
import dk.rammeflow.reference.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The built-in users of the embedded default: one per e-mail address of the reference data, each in
 * the groups its tasks are offered to. A hearing contact is in its party's group; a forum member in
 * the forum's group and in the group its hearing tasks go to (its party, or its own member id when
 * it represents no party); the secretariat's members and address in {@code sekretariatet} only.
 */
public final class UserBootstrap {

  static final String HOW_TO_CREATE_USERS =
      "No users exist, so nobody can sign in: set rammeflow.security.bootstrap-password (env RAMMEFLOW_BOOTSTRAP_PASSWORD)"
          + " to create one user per e-mail address of the reference data with that password, or add users with"
          + " './rammeflow user add <email> <group,...>' (see the README, section Security).";

  private static final Logger LOG = LoggerFactory.getLogger(UserBootstrap.class);

  private UserBootstrap() {}

  /**
   * Creates the built-in users when there are no users and a bootstrap password is set; otherwise,
   * with no users, logs how to create them. Existing users are never touched.
   */
  public static void run(LocalUsers users, ReferenceData reference, String secretariatAddress, String bootstrapPassword, PasswordEncoder encoder) {
    if (!users.all().isEmpty()) {
      return;
    }
    if (bootstrapPassword == null || bootstrapPassword.isBlank()) {
      LOG.warn(HOW_TO_CREATE_USERS);
      return;
    }
    // Every built-in user has the same password, so one hash serves them all.
    String hash = encoder.encode(bootstrapPassword);
    List<UserAccount> accounts = accounts(reference, secretariatAddress, hash);
    if (users.createIfNone(accounts)) {
      LOG.info("Created {} users from the reference data with the bootstrap password (login = e-mail address)", accounts.size());
    }
  }

  static List<UserAccount> accounts(ReferenceData reference, String secretariatAddress, String passwordHash) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (Party party : reference.parties()) {
      for (Contact contact : party.hearingContacts()) {
        add(names, groups, contact.email(), contact.name(), party.id());
      }
    }
    for (Forum forum : reference.fora()) {
      for (ForumMember member : forum.members()) {
        if (forum.kind() == ForumKind.SECRETARIAT) {
          add(names, groups, member.email(), member.name(), Groups.SECRETARIAT);
        } else {
          add(names, groups, member.email(), member.name(), forum.id(), member.party() != null ? member.party() : member.id());
        }
      }
    }
    if (secretariatAddress != null && !secretariatAddress.isBlank()) {
      add(names, groups, secretariatAddress, "Rammeaftalesekretariatet", Groups.SECRETARIAT);
    }
    List<UserAccount> accounts = new ArrayList<>();
    names.forEach((email, name) -> accounts.add(new UserAccount(email, name, List.copyOf(groups.get(email)), passwordHash)));
    return accounts;
  }

  private static void add(Map<String, String> names, Map<String, Set<String>> groups, String email, String name, String... memberOf) {
    String login = UserAccount.normalize(email);
    names.putIfAbsent(login, name);
    groups.computeIfAbsent(login, e -> new LinkedHashSet<>()).addAll(List.of(memberOf));
  }
}
