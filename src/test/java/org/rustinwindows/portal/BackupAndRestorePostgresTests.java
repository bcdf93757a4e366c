package org.rustinwindows.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.media.MediaLibrary;
import org.rustinwindows.portal.testsupport.EnabledIfPostgresAvailable;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PostgresTestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.testsupport.PortalForms.freePort;

/**
 * The backup procedure on PostgreSQL, as the README and the backup page give it: the
 * database dumped with {@code pg_dump -Fc} (images kept in it, as several nodes keep
 * them), restored with {@code pg_restore} into a new database, and a new node started on
 * it has the same content, comments, accounts and images, and finds the content in
 * search. Needs PostgreSQL's client tools of the server's version beside the server
 * {@code .ci/run} starts.
 */
@EnabledIfPostgresAvailable
class BackupAndRestorePostgresTests {

	@Test
	void aDumpRestoredIntoANewDatabaseIsTheSamePortal(@TempDir Path dirs) throws Exception {
		String suffix = Long.toHexString(System.nanoTime());
		List<String> source = PostgresTestDatabase.freshDatabase("backup_source_" + suffix);
		Path dump = dirs.resolve("portal.dump");
		String image;
		List<Integer> rowsBefore;
		try (ConfigurableApplicationContext before = node(dirs.resolve("before"), source, true)) {
			long article = before.getBean(EntryWriter.class)
				.create(TwoNodesContract.article("dumped", "Dumpquark article"));
			assertThat(TwoNodesContract.comment(before, before, article, "Kept in the dump.").statusCode())
				.isEqualTo(303);
			image = before.getBean(MediaLibrary.class).store(BackupAndRestoreTests.PNG);
			rowsBefore = BackupAndRestoreTests.rows(before);
			run(tool("pg_dump"), "-Fc", "-f", dump.toString(), "-d", libpqUrl(source));
		}

		List<String> target = PostgresTestDatabase.freshDatabase("backup_target_" + suffix);
		run(tool("pg_restore"), "--no-owner", "-d", libpqUrl(target), dump.toString());
		try (ConfigurableApplicationContext after = node(dirs.resolve("after"), target, false)) {
			assertThat(BackupAndRestoreTests.rows(after)).isEqualTo(rowsBefore);
			PortalHttp http = new PortalHttp(TwoNodesContract.port(after));
			assertThat(http.get("/articles/dumped").body()).contains("Dumpquark article");
			assertThat(http.getBytes(image).body()).isEqualTo(BackupAndRestoreTests.PNG);
			assertThat(BackupAndRestoreTests.signIn(after)).isNotNull();
			assertThat(http.get("/search?q=dumpquark").body()).contains("/articles/dumped");
		}
	}

	private static ConfigurableApplicationContext node(Path dataDir, List<String> database, boolean seed) {
		List<String> arguments = new ArrayList<>(database);
		arguments.addAll(List.of("--server.port=" + freePort(), "--portal.data-dir=" + dataDir,
				"--portal.seed.content-dir=content", "--portal.seed.enabled=" + seed,
				"--portal.admin.password=" + BackupAndRestoreTests.PASSWORD, "--portal.comments.min-fill-time=0s",
				"--portal.media.store=database"));
		return new SpringApplicationBuilder(PortalApplication.class).run(arguments.toArray(String[]::new));
	}

	/** The database the portal arguments name, as PostgreSQL's tools take it. */
	private static String libpqUrl(List<String> arguments) {
		String url = value(arguments, "--spring.datasource.url=").replaceFirst("^jdbc:postgresql://", "");
		String user = value(arguments, "--spring.datasource.username=");
		String password = value(arguments, "--spring.datasource.password=");
		return "postgresql://" + user + (password.isEmpty() ? "" : ":" + password) + "@" + url;
	}

	private static String value(List<String> arguments, String prefix) {
		return arguments.stream()
			.filter((argument) -> argument.startsWith(prefix))
			.map((argument) -> argument.substring(prefix.length()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The tool of the newest PostgreSQL Debian installed (as {@code .ci/run} installs
	 * it), else the one on the path.
	 */
	private static String tool(String name) throws IOException {
		Path versions = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(versions)) {
			return name;
		}
		try (Stream<Path> installed = Files.list(versions)) {
			return installed.filter((version) -> version.getFileName().toString().matches("\\d+"))
				.max(Comparator.comparingInt((Path version) -> Integer.parseInt(version.getFileName().toString())))
				.map((version) -> version.resolve("bin").resolve(name))
				.filter(Files::isExecutable)
				.map(Path::toString)
				.orElse(name);
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finished", command[0]).isTrue();
		assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
	}

}
