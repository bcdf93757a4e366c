package org.rustinwindows.portal.testsupport;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.rustinwindows.portal.accounts.SecurityConfiguration;
import org.rustinwindows.portal.mail.Outbox;
import org.rustinwindows.portal.shared.RateLimitBuckets;
import org.rustinwindows.portal.shared.SharedSecrets;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The portal's security for web slices, with what it needs that a slice leaves out: the
 * sessions Spring Session keeps in the database, somewhere to count sign-ins, what
 * sign-in throttling keeps (in memory, as on the embedded database), and the mail outbox
 * that pages ask whether to offer mail.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SliceSecurity {

	@Bean
	@SuppressWarnings("unchecked")
	FindByIndexNameSessionRepository<Session> sessionRepository() {
		return mock(FindByIndexNameSessionRepository.class);
	}

	@Bean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	@Bean
	RateLimitBuckets rateLimitBuckets() {
		RateLimitBuckets buckets = mock(RateLimitBuckets.class);
		given(buckets.of(anyString(), anyLong()))
			.willAnswer((call) -> RateLimitBuckets.inMemory(Clock.systemUTC(), 100));
		return buckets;
	}

	@Bean
	SharedSecrets sharedSecrets() {
		SharedSecrets secrets = mock(SharedSecrets.class);
		given(secrets.get(anyString())).willReturn(new byte[32]);
		return secrets;
	}

	/** Mail is off in slices: pages that offer it leave the offer out. */
	@Bean
	Outbox outbox() {
		return mock(Outbox.class);
	}

	/** Never used: the buckets are not shared, so sign-in attempts are kept in memory. */
	@Bean
	JdbcTemplate jdbcTemplate() {
		return mock(JdbcTemplate.class);
	}

}
