package org.rustinwindows.portal.testsupport;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.rustinwindows.portal.accounts.SecurityConfiguration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.mockito.Mockito.mock;

/**
 * The portal's security for web slices, with what it needs that a slice leaves out: the
 * sessions Spring Session keeps in the database, and somewhere to count sign-ins.
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

}
