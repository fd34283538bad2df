package org.tracker.infrastructure.security;

import static org.tracker.infrastructure.web.ProblemResponses.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what (docs/security.md): every endpoint's least role from {@link AccessRules},
 * anything else refused, {@code knownAt} on any read for {@link AccessRules#PAST_KNOWLEDGE} only;
 * users from configuration (HTTP Basic for the API, a login page for the dashboard) or JWT bearer
 * tokens from an identity provider; problem+json for 401 and 403 on the API; CSRF tokens for
 * cookie-authenticated writes (the dashboard); no CORS; strict headers. Only where there is a web
 * server to guard: a command-line mode ({@code restore}) starts none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  /** The API and everything a script (not a person at a browser) reads. */
  static final RequestMatcher API =
      request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
            || path.startsWith("/actuator")
            || path.startsWith("/v3/")
            || request.getHeader("Authorization") != null;
      };

  /** Who may ask what was known at a past moment ({@link AccessRules#PAST_KNOWLEDGE}). */
  private static final AuthorityAuthorizationManager<RequestAuthorizationContext> PAST_KNOWLEDGE =
      AuthorityAuthorizationManager.hasRole(AccessRules.PAST_KNOWLEDGE.name());

  private static final String LIVE_STREAM = "/api/stream";

  /** The login form's submission. */
  static final RequestMatcher SIGNING_IN =
      request ->
          "POST".equals(request.getMethod())
              && request
                  .getRequestURI()
                  .substring(request.getContextPath().length())
                  .equals("/login");

  /**
   * The endpoint's role, and for what was known at a past moment (knownAt on any read) also the
   * role that reads past knowledge: checked here, so no endpoint forgets it.
   */
  private static void allow(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url, AccessRules.Rule rule) {
    if (rule.isPublic()) {
      url.permitAll();
    } else {
      url.access(
          AuthorizationManagers.allOf(
              AuthorityAuthorizationManager.hasRole(rule.role().name()),
              (authentication, context) ->
                  asksKnownAt(context.getRequest())
                      ? PAST_KNOWLEDGE.check(authentication, context)
                      : new AuthorizationDecision(true)));
    }
  }

  @Bean
  SecurityFilterChain security(
      HttpSecurity http,
      SecuritySettings settings,
      ObjectMapper json,
      ApplicationContext application)
      throws Exception {
    http.authorizeHttpRequests(
        authorize -> {
          for (AccessRules.Rule rule : AccessRules.RULES) {
            allow(authorize.requestMatchers(rule.method(), rule.pattern()), rule);
            // HEAD: the same answer without its body — but not for the live stream, which would
            // hold a connection (and one of the caller's streams) open to send nothing
            if (rule.method() == HttpMethod.GET && !rule.pattern().equals(LIVE_STREAM)) {
              allow(authorize.requestMatchers(HttpMethod.HEAD, rule.pattern()), rule);
            }
          }
          // what no controller serves: a 404 for the signed-in; what one serves without a rule
          // here: refused to everyone (AccessMatrixIT fails on it)
          authorize
              .anyRequest()
              .access(
                  (authentication, context) ->
                      new AuthorizationDecision(
                          signedIn(authentication.get())
                              && !served(context.getRequest(), application)));
        });
    AuthenticationEntryPoint problem401 = problem(json, HttpStatus.UNAUTHORIZED, settings.mode());
    http.exceptionHandling(
        e ->
            e.defaultAuthenticationEntryPointFor(problem401, API)
                .defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                .accessDeniedHandler(forbidden(json)));
    if (settings.mode() == SecuritySettings.Mode.OIDC) {
      http.oauth2ResourceServer(
          oauth ->
              oauth
                  .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtRoles(settings.oidc())))
                  .authenticationEntryPoint(problem401)
                  .accessDeniedHandler(forbidden(json)));
    } else {
      http.httpBasic(basic -> basic.authenticationEntryPoint(problem401));
      http.formLogin(form -> form.defaultSuccessUrl("/board"));
      http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
    }
    // a forged request rides on a session cookie: requests with their own credentials (Basic,
    // Bearer) or without a session are not forgeable (and get a 401 when unauthenticated) — except
    // signing in, which a forged form could do without a session to sign a victim in as the
    // forger (login CSRF): the login page's token is required
    http.csrf(
        csrf ->
            csrf.ignoringRequestMatchers(
                r ->
                    r.getHeader("Authorization") != null
                        || (r.getRequestedSessionId() == null && !SIGNING_IN.matches(r))));
    http.headers(
        headers -> {
          // written before the request is handled: a live stream's first flush from another
          // thread must not race the request thread writing them at the end
          headers.addObjectPostProcessor(
              new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                  filter.setShouldWriteHeadersEagerly(true);
                  return filter;
                }
              });
          headers
              .contentSecurityPolicy(
                  csp ->
                      csp.policyDirectives(
                          "default-src 'self'; script-src 'self'; style-src 'self'"
                              + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self';"
                              + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
              .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
        });
    return http.build();
  }

  /** A read (GET or HEAD) carrying {@code knownAt} in its query. */
  static boolean asksKnownAt(HttpServletRequest request) {
    String method = request.getMethod();
    return ("GET".equals(method) || "HEAD".equals(method))
        && request.getParameterMap().containsKey(AccessRules.KNOWN_AT);
  }

  private static boolean signedIn(Authentication authentication) {
    return authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken);
  }

  /** Whether one of the application's controllers serves this request. */
  private static boolean served(HttpServletRequest request, ApplicationContext application) {
    try {
      return application
              .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
              .getHandler(request)
          != null;
    } catch (Exception e) {
      return true; // when in doubt, refuse
    }
  }

  /**
   * The one way passwords are checked (as the only provider bean, it replaces the one Spring would
   * build from the users, so a failure is checked once): bcrypt, with a successful check remembered
   * for a while ({@link RememberedCredentials}).
   */
  @Bean
  AuthenticationProvider passwords(UserDetailsService users, Clock clock) {
    DaoAuthenticationProvider checks = new DaoAuthenticationProvider(users);
    checks.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    return new RememberedCredentials(checks, clock);
  }

  /** A request the firewall refuses (an encoded or doubled path, say): 400 as problem+json. */
  @Bean
  RequestRejectedHandler requestRejected(ObjectMapper json) {
    return (request, response, e) ->
        write(
            json,
            request,
            response,
            HttpStatus.BAD_REQUEST,
            "The request is not valid",
            "the address was refused: " + e.getMessage());
  }

  /**
   * The configured users, each with a bcrypt hash; with none configured, one ADMIN named {@code
   * admin} whose password is generated now and printed once (there is no default password).
   */
  @Bean
  UserDetailsService users(SecuritySettings settings) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    List<UserDetails> details = new ArrayList<>();
    Map<String, SecuritySettings.User> configured =
        settings.users() == null ? Map.of() : new LinkedHashMap<>(settings.users());
    configured.forEach(
        (name, user) -> {
          if (user.password() == null || !user.password().startsWith("{bcrypt}$2")) {
            throw new IllegalStateException(
                "tracker.security.users."
                    + name
                    + ".password must be a bcrypt hash written {bcrypt}$2a$… (docs/security.md)");
          }
          if (user.role() == null) {
            throw new IllegalStateException(
                "tracker.security.users."
                    + name
                    + ".role must be VIEWER, ANALYST, AUDITOR or ADMIN");
          }
          details.add(
              User.withUsername(name)
                  .password(user.password())
                  .authorities(user.role().authorities())
                  .build());
        });
    if (details.isEmpty() && settings.mode() == SecuritySettings.Mode.USERS) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      details.add(
          User.withUsername("admin")
              .password(encoder.encode(password))
              .authorities(Role.ADMIN.authorities())
              .build());
      log.warn(
          "No users are configured: sign in as 'admin' (ADMIN) with the password {} — generated"
              + " for this run only; configure tracker.security.users (docs/security.md)",
          password);
    }
    return new InMemoryUserDetailsManager(details);
  }

  private static AuthenticationEntryPoint problem(
      ObjectMapper json, HttpStatus status, SecuritySettings.Mode mode) {
    return (request, response, e) -> {
      response.setHeader(
          "WWW-Authenticate",
          mode == SecuritySettings.Mode.OIDC ? "Bearer" : "Basic realm=\"Tracker\"");
      write(json, request, response, status, "Sign in first", "this needs credentials");
    };
  }

  private static AccessDeniedHandler forbidden(ObjectMapper json) {
    return (request, response, e) ->
        write(
            json,
            request,
            response,
            HttpStatus.FORBIDDEN,
            "Not allowed",
            asksKnownAt(request)
                ? AccessRules.KNOWN_AT
                    + " (what was known at a past moment) needs the "
                    + AccessRules.PAST_KNOWLEDGE
                    + " role"
                : "your role does not allow "
                    + request.getMethod()
                    + " "
                    + request.getRequestURI());
  }

  /** Roles (and the author's name) from a token's claims; unknown role names are ignored. */
  static final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {
    private final SecuritySettings.Oidc oidc;

    JwtRoles(SecuritySettings.Oidc oidc) {
      this.oidc = oidc;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
      Object claim = jwt.getClaims();
      for (String part : oidc.rolesClaim().split("\\.")) {
        claim = claim instanceof Map<?, ?> map ? map.get(part) : null;
      }
      List<String> names = new ArrayList<>();
      if (claim instanceof Collection<?> values) {
        values.forEach(v -> names.add(String.valueOf(v)));
      } else if (claim instanceof String text) {
        names.addAll(List.of(text.split("[\\s,]+")));
      }
      Role highest = null;
      for (String name : names) {
        Role role = Role.named(name);
        if (role != null && (highest == null || role.ordinal() > highest.ordinal())) {
          highest = role;
        }
      }
      List<GrantedAuthority> authorities = highest == null ? List.of() : highest.authorities();
      String name = jwt.getClaimAsString(oidc.nameClaim());
      return new JwtAuthenticationToken(jwt, authorities, name == null ? jwt.getSubject() : name);
    }
  }
}
