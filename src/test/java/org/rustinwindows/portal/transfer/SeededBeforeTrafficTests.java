package org.rustinwindows.portal.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rustinwindows.portal.PortalApplication;
import org.rustinwindows.portal.testsupport.PortalHttp;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.testsupport.PortalForms.freePort;

/**
 * A fresh portal answers its very first request with every seeded entry: seeding, like
 * the first account, is done before the web server takes traffic. The portal is started
 * here on its own, on a fresh data directory, and asked for the timeline as soon as its
 * port answers at all.
 */
class SeededBeforeTrafficTests {

	@TempDir
	Path dataDir;

	@Test
	void theFirstRequestSeesEverySeededEntry() throws Exception {
		int port = freePort();
		CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(PortalApplication.class).run("--server.port=" + port,
					"--portal.data-dir=" + this.dataDir, "--portal.seed.content-dir=content",
					"--portal.admin.password=first-request-password",
					"--spring.datasource.url=jdbc:h2:mem:seeded-before-traffic;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
							+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
		try {
			String timeline = firstAnswer(new PortalHttp(port), "/timeline?order=oldest", starting);
			List<String> seeded = timelineSlugs();
			assertThat(seeded).hasSizeGreaterThan(10);
			seeded.forEach((slug) -> assertThat(timeline).contains("href=\"/timeline/" + slug + "\""));
		}
		finally {
			starting.join().close();
		}
	}

	/** Asks until the port answers at all; the first answer is the one returned. */
	private static String firstAnswer(PortalHttp http, String path,
			CompletableFuture<ConfigurableApplicationContext> starting) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			try {
				return http.get(path).body();
			}
			catch (IllegalStateException refused) {
				assertThat(starting).as("the portal failed to start").isNotCompletedExceptionally();
				Thread.sleep(20);
			}
		}
		throw new AssertionError("The portal did not answer within two minutes");
	}

	private static List<String> timelineSlugs() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("content", "timeline"))) {
			return files.map(SeededBeforeTrafficTests::slug).sorted().toList();
		}
	}

	private static String slug(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter((line) -> line.startsWith("slug: ")).findFirst().orElseThrow().substring(6).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
