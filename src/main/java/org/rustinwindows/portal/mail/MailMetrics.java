package org.rustinwindows.portal.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code portal_mails_queued}: mail waiting to be sent. A number that only grows says the
 * mail server refuses the portal.
 */
@Component
class MailMetrics implements MeterBinder {

	private final Outbox outbox;

	MailMetrics(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("portal.mails.queued", this.outbox, Outbox::queued)
			.description("Mail waiting in the outbox to be sent, retries included")
			.register(registry);
	}

}
