package org.rustinwindows.portal.accounts;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import io.micrometer.core.instrument.MeterRegistry;
import org.rustinwindows.portal.shared.RateLimitBuckets;
import org.rustinwindows.portal.shared.SharedSecrets;
import org.rustinwindows.portal.shared.SitePaths;
import org.rustinwindows.portal.shared.ThemeScript;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * The one set of security rules for the whole portal. Public pages are open to all and
 * never start a session; everything under {@code /admin} needs a sign-in, and the parts
 * that manage people, comments, the trash, the audit log, backups and the search index
 * need the ADMIN role.
 * <p>
 * Public and self-contained so that controller slice tests of every module can
 * {@code @Import} the real rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class SecurityConfiguration {

	/**
	 * No inline script or style but the theme's few characters ({@link ThemeScript}),
	 * admitted by their hash: pages load their scripts and styles from the portal itself,
	 * and uploaded images are served from it too.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' " + ThemeScript.policySource()
			+ "; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * @param managementPort the port of Actuator's own server, when it has one: there the
	 * metrics are open to a scraper, the port being private to the operator. On the
	 * public port they are for signed-in admins, also when the two ports are set alike
	 * (Actuator then shares the public server); and only Actuator's paths are ever open
	 * for being on that port.
	 * @param serverPort the public port
	 */
	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessions,
			MeterRegistry meters, @Value("${management.server.port:-1}") int managementPort,
			@Value("${server.port:8080}") int serverPort) {
		HttpSessionRequestCache savedRequests = savedRequests();
		boolean ownManagementPort = managementPort > 0 && managementPort != serverPort;
		http.authorizeHttpRequests(
				(requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers((request) -> ownManagementPort && request.getLocalPort() == managementPort
							&& SitePaths.of(request).startsWith("/actuator/"))
					.permitAll()
					.requestMatchers("/actuator/prometheus", "/admin/users/**", "/admin/audit/**", "/admin/trash/empty",
							"/admin/comments/**", "/admin/backup", "/admin/backup/**", "/admin/search-index",
							"/admin/search-index/**")
					.hasRole(Role.ADMIN.name())
					.requestMatchers("/admin", "/admin/**")
					.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
					.anyRequest()
					.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(new ThrottlingSuccessHandler(throttle, savedRequests, "/admin"))
				.failureHandler(new ThrottlingFailureHandler(throttle, meters))
				.permitAll())
			.requestCache((cache) -> cache.requestCache(savedRequests))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").deleteCookies(EditorCookie.NAME))
			.sessionManagement((management) -> management.sessionFixation((fixation) -> fixation.changeSessionId())
				// Every signed-in session is registered, so that AccountSessions can end
				// an
				// account's sessions; any number of them may be open at once.
				.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredUrl("/login?expired"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()))
			// A mail program's one-click unsubscribe (RFC 8058) posts without a form: the
			// signed token in the address is what authorises it.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/notifications/unsubscribe",
					"/notifications/subscription/unsubscribe"))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Sends an editor back to the page that asked them to sign in, at its own address:
	 * without the {@code ?continue} marker Spring Security otherwise adds so that it need
	 * not look for a saved request on every request. The look is cheap here, because it
	 * never creates a session.
	 */
	private static HttpSessionRequestCache savedRequests() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	@Bean
	LoginThrottle loginThrottle(LoginThrottleProperties properties, ObjectProvider<Clock> clock, LoginAttempts attempts,
			RateLimitBuckets buckets, SharedSecrets secrets) {
		return new LoginThrottle(properties, clock.getIfAvailable(Clock::systemUTC), attempts,
				buckets.of("login-address", properties.trackedKeys()),
				buckets.of("login-account", properties.trackedKeys()), secrets.get("login-throttle"));
	}

	/**
	 * In the database where the rate limits are (PostgreSQL, which every node shares),
	 * otherwise in memory.
	 */
	@Bean
	LoginAttempts loginAttempts(LoginThrottleProperties properties, ObjectProvider<Clock> clock,
			RateLimitBuckets buckets, JdbcTemplate jdbc) {
		return buckets.shared() ? new DatabaseLoginAttempts(jdbc, properties, clock.getIfAvailable(Clock::systemUTC))
				: new InMemoryLoginAttempts(properties);
	}

	/**
	 * The signed-in sessions as Spring Session keeps them, in the database: every node
	 * finds them, and one that expires them (see {@link AccountSessions}) ends them on
	 * all.
	 */
	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
