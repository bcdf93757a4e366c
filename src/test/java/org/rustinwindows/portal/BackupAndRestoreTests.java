package org.rustinwindows.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.media.MediaLibrary;
import org.rustinwindows.portal.testsupport.PortalHttp;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.testsupport.PortalForms.csrfToken;
import static org.rustinwindows.portal.testsupport.PortalForms.freePort;
import static org.rustinwindows.portal.testsupport.PortalForms.sessionCookie;

/**
 * The backup procedure on the embedded default, as an operator follows it: an admin
 * downloads a backup from a running portal, it is unzipped into an empty data directory,
 * and a new portal started there has the same content, comments, accounts and images, and
 * finds the content in search (its index rebuilt).
 */
class BackupAndRestoreTests {

	static final String PASSWORD = "backup-password";

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final List<String> KEPT = List.of("entry", "entry_revision", "comment", "user_account", "audit_event", "tag",
			"shared_secret");

	@Test
	void aBackupUnzippedIntoAnEmptyDataDirectoryIsTheSamePortal(@TempDir Path dirs) throws Exception {
		byte[] backup;
		String image;
		List<Integer> rowsBefore;
		try (ConfigurableApplicationContext before = node(dirs.resolve("before"), true)) {
			long article = before.getBean(EntryWriter.class)
				.create(TwoNodesContract.article("backed-up", "Backupquark article"));
			assertThat(TwoNodesContract.comment(before, before, article, "Kept in the backup.").statusCode())
				.isEqualTo(303);
			image = before.getBean(MediaLibrary.class).store(PNG);

			PortalHttp http = new PortalHttp(TwoNodesContract.port(before));
			assertThat(http.get("/admin/backup/portal-backup.zip").statusCode()).as("signed out").isEqualTo(302);
			String admin = signIn(before);
			assertThat(http.get("/admin/backup", "Cookie", admin).body()).contains("Download a backup");
			rowsBefore = rows(before);
			HttpResponse<byte[]> download = http.getBytes("/admin/backup/portal-backup.zip", "Cookie", admin);
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValue("Content-Type")).contains("application/zip");
			backup = download.body();
		}

		Path restored = dirs.resolve("after");
		List<String> files = unzip(backup, restored);
		assertThat(files).contains("db/portal.mv.db", "media/" + image.substring("/media/".length()), "RESTORE.txt");

		try (ConfigurableApplicationContext after = node(restored, false)) {
			assertThat(rows(after)).isEqualTo(rowsBefore);
			PortalHttp http = new PortalHttp(TwoNodesContract.port(after));
			assertThat(http.get("/articles/backed-up").body()).contains("Backupquark article");
			assertThat(http.getBytes(image).body()).isEqualTo(PNG);
			assertThat(signIn(after)).as("the admin's password came back with the accounts").isNotNull();
			assertThat(http.get("/search?q=backupquark").body()).contains("/articles/backed-up");
		}
	}

	/**
	 * A portal on the embedded default, a file database in its data directory.
	 * @param seed whether it seeds content/, as a first start does (the restored one must
	 * not need to)
	 */
	private static ConfigurableApplicationContext node(Path dataDir, boolean seed) {
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=" + freePort(),
				"--portal.data-dir=" + dataDir, "--portal.seed.content-dir=content", "--portal.seed.enabled=" + seed,
				"--portal.admin.password=" + PASSWORD, "--portal.comments.min-fill-time=0s");
	}

	/** How many rows each kept table holds. */
	static List<Integer> rows(ConfigurableApplicationContext node) {
		JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
		return KEPT.stream()
			.map((table) -> jdbc.queryForObject("select count(*) from " + table, Integer.class))
			.toList();
	}

	/** Signs in as the admin through the form, as a person does. */
	static String signIn(ConfigurableApplicationContext node) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		String base = "http://localhost:" + TwoNodesContract.port(node);
		HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String fields = "username=admin&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrfToken(form.body()), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", sessionCookie(form))
			.POST(HttpRequest.BodyPublishers.ofString(fields))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		return sessionCookie(signedIn);
	}

	private static List<String> unzip(byte[] zip, Path into) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path file = into.resolve(entry.getName()).normalize();
				assertThat(file.startsWith(into)).as(entry.getName()).isTrue();
				Files.createDirectories(file.getParent());
				Files.copy(entries, file);
				names.add(entry.getName());
			}
		}
		return names;
	}

}
