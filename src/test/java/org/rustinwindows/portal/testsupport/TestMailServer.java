package org.rustinwindows.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server in the test JVM (GreenMail), started once for the whole run on a
 * free loopback port: the shared portal sends its mail there, and tests read what
 * arrived.
 */
public final class TestMailServer {

	private static GreenMail server;

	private TestMailServer() {
	}

	/** The server, started on first use. */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port for the test mail server", ex);
		}
	}

	/**
	 * The mails to this address that arrived, waiting up to ten seconds for at least this
	 * many: the portal sends from its outbox a moment after the request.
	 */
	public static List<MimeMessage> to(String address, int atLeast) {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<MimeMessage> found;
		do {
			found = Arrays.stream(server().getReceivedMessages()).filter((mail) -> isTo(mail, address)).toList();
			if (found.size() >= atLeast) {
				return found;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return found;
			}
		}
		while (System.nanoTime() < until);
		return found;
	}

	private static boolean isTo(MimeMessage mail, String address) {
		try {
			return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
				.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	/** Points the portal's mail at the server. */
	static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + server().getSmtp().getPort(),
						"portal.mail.send-interval=500ms")
				.applyTo(context);
		}

	}

}
