package dk.rammeflow.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Rammeflow's groups are the candidate groups of user tasks: party ids, forum ids and
 * {@value #SECRETARIAT}. A user's group {@code x} is the Spring Security authority {@code GROUP_x}.
 */
public final class Groups {

  public static final String SECRETARIAT = "sekretariatet";
  public static final String AUTHORITY_PREFIX = "GROUP_";
  public static final String SECRETARIAT_AUTHORITY = AUTHORITY_PREFIX + SECRETARIAT;

  private Groups() {}

  public static Set<GrantedAuthority> authorities(Collection<String> groups) {
    Set<GrantedAuthority> authorities = new LinkedHashSet<>();
    groups.forEach(group -> authorities.add(new SimpleGrantedAuthority(AUTHORITY_PREFIX + group)));
    return authorities;
  }

  public static Set<String> fromAuthorities(Collection<? extends GrantedAuthority> authorities) {
    Set<String> groups = new LinkedHashSet<>();
    for (GrantedAuthority authority : authorities) {
      String name = authority.getAuthority();
      if (name != null && name.startsWith(AUTHORITY_PREFIX)) {
        groups.add(name.substring(AUTHORITY_PREFIX.length()));
      }
    }
    return groups;
  }
}
