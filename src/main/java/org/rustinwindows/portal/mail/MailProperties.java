package org.rustinwindows.portal.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal sends mail ({@code portal.mail.*}); the SMTP server itself is Spring
 * Boot's {@code spring.mail.*}.
 *
 * @param from the sender every mail names
 * @param sendInterval how often the outbox is looked at
 * @param maxAttempts how many times a mail is tried before it is given up
 * @param keepSent how long a sent or abandoned mail stays in the outbox, for the record
 */
@ConfigurationProperties("portal.mail")
public record MailProperties(@DefaultValue("Rust in Windows <no-reply@localhost>") String from,
		@DefaultValue("30s") Duration sendInterval, @DefaultValue("8") int maxAttempts,
		@DefaultValue("30d") Duration keepSent) {

}
