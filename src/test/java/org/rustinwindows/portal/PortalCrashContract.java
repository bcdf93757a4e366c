package org.rustinwindows.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.testsupport.PortalForms.csrfToken;
import static org.rustinwindows.portal.testsupport.PortalForms.freePort;
import static org.rustinwindows.portal.testsupport.PortalForms.hiddenFields;
import static org.rustinwindows.portal.testsupport.PortalForms.sessionCookie;

/**
 * The portal killed with SIGKILL while readers comment and an editor saves: every comment
 * and edit it acknowledged is there when it starts again, and its search index has caught
 * up with the database, edits it committed without indexing them included. The portal
 * runs in a JVM of its own, as an operator runs it: on the embedded default
 * ({@link PortalCrashTests}), and on PostgreSQL and OpenSearch
 * ({@link PortalCrashPostgresOpenSearchTests}).
 */
abstract class PortalCrashContract {

	private static final String PASSWORD = "crash-test-password";

	private static final Pattern HIDDEN_OR_TEXT = Pattern
		.compile("<input(?=[^>]*\\bname=\"([^\"]+)\")(?=[^>]*\\bvalue=\"([^\"]*)\")[^>]*>");

	private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</textarea>",
			Pattern.DOTALL);

	private static final Pattern SELECTED = Pattern.compile(
			"<select[^>]*\\bname=\"([^\"]+)\"[^>]*>.*?" + "<option[^>]*\\bvalue=\"([^\"]*)\"[^>]*\\bselected\\b",
			Pattern.DOTALL);

	@TempDir
	Path dataDir;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void nothingAcknowledgedIsLostAndSearchCatchesUp() throws Exception {
		int port = freePort();
		Process portal = start(port);
		List<Integer> comments = Collections.synchronizedList(new ArrayList<>());
		List<Integer> edits = Collections.synchronizedList(new ArrayList<>());
		String article;
		long articleId;
		try {
			awaitReady(port, portal);
			String session = signIn(port);
			String list = get(port, "/admin/articles", session).body();
			Matcher first = Pattern.compile("href=\"/admin/articles/(\\d+)\"").matcher(list);
			assertThat(first.find()).as("an article to edit").isTrue();
			articleId = Long.parseLong(first.group(1));
			article = editorFields(get(port, "/admin/articles/" + articleId, session).body()).stream()
				.filter((field) -> field.getKey().equals("slug"))
				.findFirst()
				.orElseThrow()
				.getValue();

			AtomicBoolean killed = new AtomicBoolean();
			CompletableFuture<Void> commenting = CompletableFuture.runAsync(() -> {
				for (int n = 1; !killed.get(); n++) {
					if (comment(port, articleId, "Crash comment number " + n + ".") == 303) {
						comments.add(n);
					}
				}
			});
			CompletableFuture<Void> editing = CompletableFuture.runAsync(() -> {
				for (int n = 1; !killed.get(); n++) {
					if (edit(port, session, articleId, "Crashedit" + n + " title") == 302) {
						edits.add(n);
					}
				}
			});
			Instant deadline = Instant.now().plusSeconds(60);
			while (comments.size() < 10 || edits.size() < 5) {
				assertThat(Instant.now()).as("writes acknowledged within a minute").isBefore(deadline);
				Thread.sleep(20);
			}
			portal.destroyForcibly();
			assertThat(portal.waitFor(30, TimeUnit.SECONDS)).isTrue();
			killed.set(true);
			CompletableFuture.allOf(commenting, editing).handle((done, failed) -> null).get(30, TimeUnit.SECONDS);
		}
		finally {
			portal.destroyForcibly();
		}

		int again = freePort();
		Process restarted = start(again);
		try {
			awaitReady(again, restarted);
			String session = signIn(again);
			String queue = moderationQueue(again, session);
			for (int n : comments) {
				assertThat(queue).as("acknowledged comment %d", n).contains("Crash comment number " + n + ".");
			}
			int lastAcknowledged = edits.get(edits.size() - 1);
			String page = get(again, "/articles/" + article, null).body();
			Matcher title = Pattern.compile("Crashedit(\\d+) title").matcher(page);
			assertThat(title.find()).as("an edit's title on the article's page").isTrue();
			int saved = Integer.parseInt(title.group(1));
			assertThat(saved).as("the last acknowledged edit, or a later one that committed")
				.isGreaterThanOrEqualTo(lastAcknowledged);
			awaitFound(again, "crashedit" + saved, article);
		}
		finally {
			restarted.destroy();
			restarted.waitFor(60, TimeUnit.SECONDS);
		}
	}

	/**
	 * The arguments that point the portal at where it keeps its data, beside its data
	 * directory: the same for the portal killed and the one started again.
	 */
	abstract List<String> storage();

	private Process start(int port) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				PortalApplication.class.getName(), "--server.port=" + port, "--portal.data-dir=" + this.dataDir,
				"--portal.seed.content-dir=content", "--portal.admin.password=" + PASSWORD,
				"--portal.comments.min-fill-time=0s", "--portal.comments.posts-per-window=100000"));
		command.addAll(storage());
		return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

	private void awaitReady(int port, Process portal) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (true) {
			assertThat(portal.isAlive()).as("the portal is running").isTrue();
			assertThat(Instant.now()).as("ready within three minutes").isBefore(deadline);
			try {
				if (get(port, "/actuator/health/readiness", null).statusCode() == 200) {
					return;
				}
			}
			catch (UncheckedIOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(200);
		}
	}

	/** Searches until the rebuild that follows the crash finds the entry by that word. */
	private void awaitFound(int port, String word, String slug) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (!get(port, "/search?q=" + word, null).body().contains("/articles/" + slug + "\"")) {
			assertThat(Instant.now()).as("search finds %s within two minutes", word).isBefore(deadline);
			Thread.sleep(200);
		}
	}

	private String moderationQueue(int port, String session) {
		StringBuilder all = new StringBuilder();
		for (int page = 1; page <= 100; page++) {
			HttpResponse<String> response = get(port, "/admin/comments?page=" + page, session);
			if (response.statusCode() != 200 || !response.body().contains("Crash comment number")) {
				break;
			}
			all.append(response.body());
		}
		return all.toString();
	}

	private String signIn(int port) {
		HttpResponse<String> form = get(port, "/login", null);
		HttpResponse<String> signedIn = post(port, "/login", sessionCookie(form),
				List.of(Map.entry("username", "admin"), Map.entry("password", PASSWORD),
						Map.entry("_csrf", csrfToken(form.body()))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return sessionCookie(signedIn);
	}

	private int comment(int port, long target, String body) {
		try {
			HttpResponse<String> form = get(port, "/comments/new?target=" + target, null);
			List<Map.Entry<String, String>> fields = new ArrayList<>(hiddenFields(form.body()).entrySet());
			fields.addAll(List.of(Map.entry("name", "Reader"), Map.entry("email", ""), Map.entry("website", ""),
					Map.entry("body", body)));
			return post(port, "/comments", sessionCookie(form), fields).statusCode();
		}
		catch (UncheckedIOException killed) {
			return 0;
		}
	}

	private int edit(int port, String session, long id, String title) {
		try {
			List<Map.Entry<String, String>> fields = new ArrayList<>();
			for (Map.Entry<String, String> field : editorFields(get(port, "/admin/articles/" + id, session).body())) {
				fields.add(field.getKey().equals("title") ? Map.entry("title", title) : field);
			}
			fields.add(Map.entry("action", "save"));
			return postMultipart(port, "/admin/articles/" + id, session, fields).statusCode();
		}
		catch (UncheckedIOException killed) {
			return 0;
		}
	}

	/**
	 * The editor's form as the browser would send it: a source's fields once per source.
	 */
	private static List<Map.Entry<String, String>> editorFields(String page) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		// The page's other form signs out.
		int start = page.lastIndexOf("<form", page.indexOf("name=\"title\""));
		String form = page.substring(start, page.indexOf("</form>", start));
		Matcher inputs = HIDDEN_OR_TEXT.matcher(form);
		while (inputs.find()) {
			String input = inputs.group();
			boolean choice = input.contains("type=\"radio\"") || input.contains("type=\"checkbox\"");
			if (!input.contains("type=\"submit\"") && !input.contains("type=\"file\"")
					&& (!choice || input.contains("checked"))) {
				fields.add(Map.entry(inputs.group(1), unescape(inputs.group(2))));
			}
		}
		Matcher textareas = TEXTAREA.matcher(form);
		while (textareas.find()) {
			fields.add(Map.entry(textareas.group(1), unescape(textareas.group(2))));
		}
		Matcher selects = SELECTED.matcher(form);
		while (selects.find()) {
			fields.add(Map.entry(selects.group(1), unescape(selects.group(2))));
		}
		return fields;
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#x2F;", "/")
			.replace("&amp;", "&");
	}

	private HttpResponse<String> get(int port, String path, String cookie) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), cookie);
	}

	private HttpResponse<String> post(int port, String path, String cookie, List<Map.Entry<String, String>> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((field) -> body.append((body.length() > 0) ? "&" : "")
			.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())), cookie);
	}

	/** As the editor's form is sent: its image upload makes it multipart. */
	private HttpResponse<String> postMultipart(int port, String path, String cookie,
			List<Map.Entry<String, String>> fields) {
		String boundary = "crash-test-boundary";
		StringBuilder body = new StringBuilder();
		fields.forEach((field) -> body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(field.getKey())
			.append("\"\r\n\r\n")
			.append(field.getValue())
			.append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), cookie);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String cookie) {
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		try {
			return this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
