package org.rustinwindows.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PayloadFiles;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Whatever a client puts in a parameter or a form field, the portal answers with a page
 * or a message, never a server error: every public parameter and every editor field is
 * tried with each value of {@code hostile-values.txt} and a few very long ones.
 */
@PortalServerTest
class HostileInputTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final String PREFIX = "test-hostile-input-";

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed(PREFIX);

	private static final AtomicInteger slugs = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	static List<String> values() {
		List<String> values = new ArrayList<>(PayloadFiles.read("/hostile-values.txt"));
		values.addAll(List.of("", " ", "x".repeat(5000), "*".repeat(5000), "_".repeat(5000), ">".repeat(5000),
				"[".repeat(5000), "1".repeat(400)));
		return values;
	}

	@Test
	void theCorpusHasAtLeastFortyValues() {
		assertThat(values()).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void publicParametersNeverAnswerAServerError() {
		Map<String, Function<String, MockMvcRequestBuilder>> targets = new LinkedHashMap<>();
		targets.put("/?page", (value) -> get("/").param("page", value));
		targets.put("/articles?page", (value) -> get("/articles").param("page", value));
		targets.put("/articles/{slug}", (value) -> get("/articles/{slug}", value));
		targets.put("/timeline?page", (value) -> get("/timeline").param("page", value));
		targets.put("/timeline?tag", (value) -> get("/timeline").param("tag", value));
		targets.put("/timeline?order", (value) -> get("/timeline").param("order", value));
		targets.put("/timeline/{slug}", (value) -> get("/timeline/{slug}", value));
		targets.put("/faq?page", (value) -> get("/faq").param("page", value));
		targets.put("/faq/{slug}", (value) -> get("/faq/{slug}", value));
		targets.put("/tags/{slug}", (value) -> get("/tags/{slug}", value));
		targets.put("/tags/x?page", (value) -> get("/tags/windows-kernel").param("page", value));
		targets.put("/tags/{slug}/feed.xml", (value) -> get("/tags/{slug}/feed.xml", value));
		targets.put("/search?q", (value) -> get("/search").param("q", value));
		targets.put("/search?kind", (value) -> get("/search").param("q", "driver").param("kind", value));
		targets.put("/search?tag", (value) -> get("/search").param("q", "driver").param("tag", value));
		targets.put("/search?year", (value) -> get("/search").param("q", "driver").param("year", value));
		targets.put("/search?page", (value) -> get("/search").param("q", "driver").param("page", value));
		targets.put("/search/suggest?q", (value) -> get("/search/suggest").param("q", value));
		targets.put("/comments/new?target", (value) -> get("/comments/new").param("target", value));
		targets.put("/comments/new?parent",
				(value) -> get("/comments/new").param("target", "1").param("parent", value));
		targets.put("/login?locked", (value) -> get("/login").param("locked", value));
		targets.put("/subscribe?tag", (value) -> get("/subscribe").param("tag", value));
		targets.put("/sitemaps/{part}.xml", (value) -> get("/sitemaps/{part}.xml", value));
		targets.put("POST /comments", (value) -> post("/comments").param("target", "1").param("body", value));
		targets.put("POST /comments name",
				(value) -> post("/comments").param("target", "1")
					.param("name", value)
					.param("body", "Hello")
					.param("token", value));
		assertNoServerError(targets);
	}

	@Test
	void adminListParametersNeverAnswerAServerError() {
		Map<String, Function<String, MockMvcRequestBuilder>> targets = new LinkedHashMap<>();
		for (String parameter : List.of("status", "tag", "q", "sort", "page")) {
			targets.put("/admin/articles?" + parameter,
					(value) -> get("/admin/articles").param(parameter, value).with(ADMIN));
		}
		targets.put("/admin/articles/{id}", (value) -> get("/admin/articles/{id}", value).with(ADMIN));
		targets.put("/admin/audit?actor", (value) -> get("/admin/audit").param("actor", value).with(ADMIN));
		targets.put("/admin/audit?page", (value) -> get("/admin/audit").param("page", value).with(ADMIN));
		targets.put("/admin/comments?status", (value) -> get("/admin/comments").param("status", value).with(ADMIN));
		targets.put("/admin/comments?page", (value) -> get("/admin/comments").param("page", value).with(ADMIN));
		targets.put("/admin/trash?page", (value) -> get("/admin/trash").param("page", value).with(ADMIN));
		targets.put("/admin/tags/{slug}", (value) -> get("/admin/tags/{slug}", value).with(ADMIN));
		targets.put("/admin/users/{id}/password", (value) -> get("/admin/users/{id}/password", value).with(ADMIN));
		targets.put("POST /admin/preview", (value) -> post("/admin/preview").param("body", value).with(ADMIN));
		assertNoServerError(targets);
	}

	@Test
	void editorFieldsNeverAnswerAServerError() {
		entries.article("tagged").title("Tagged").tags("Hostile Input Tag").draft();
		Map<String, Function<String, MockMvcRequestBuilder>> targets = new LinkedHashMap<>();
		for (String field : List.of("title", "slug", "summary", "body", "tags", "sourceTitles", "sourceUrls", "status",
				"publishAt", "related", "version", "action")) {
			targets.put("article " + field, (value) -> newEntry("articles", field, value));
		}
		targets.put("timeline eventDate", (value) -> newEntry("timeline", "eventDate", value));
		targets.put("faq faqPosition", (value) -> newEntry("faq", "faqPosition", value));
		targets.put("users displayName",
				(value) -> post("/admin/users").with(ADMIN)
					.param("username", "hostile-" + slugs.incrementAndGet())
					.param("displayName", value)
					.param("role", "EDITOR")
					.param("password", "a long enough passphrase"));
		targets.put("users role",
				(value) -> post("/admin/users").with(ADMIN)
					.param("username", "hostile-" + slugs.incrementAndGet())
					.param("displayName", "Hostile")
					.param("role", value)
					.param("password", "a long enough passphrase"));
		targets.put("own password fields",
				(value) -> post("/admin/account").with(ADMIN)
					.param("currentPassword", "not the current password")
					.param("password", value)
					.param("confirmation", value));
		// The confirmation never matches, so that no value changes the first account's
		// password.
		targets.put("reset password",
				(value) -> post("/admin/users/1/password").with(ADMIN)
					.param("password", value)
					.param("confirmation", value + "x"));
		targets.put("moderation action",
				(value) -> post("/admin/comments").with(ADMIN).param("action", value).param("ids", "1"));
		targets.put("moderation ids",
				(value) -> post("/admin/comments").with(ADMIN).param("action", "approve").param("ids", value));
		targets.put("tag merge into",
				(value) -> post("/admin/tags/hostile-input-tag/merge").with(ADMIN).param("into", value));
		targets.put("tag rename",
				(value) -> post("/admin/tags/hostile-input-tag/rename").with(ADMIN).param("name", value));
		targets.put("users username",
				(value) -> post("/admin/users").with(ADMIN)
					.param("username", value)
					.param("displayName", "Hostile")
					.param("role", "EDITOR")
					.param("password", "a long enough passphrase"));
		targets.put("users password",
				(value) -> post("/admin/users").with(ADMIN)
					.param("username", "hostile-" + slugs.incrementAndGet())
					.param("displayName", "Hostile")
					.param("role", "EDITOR")
					.param("password", value));
		assertNoServerError(targets);
	}

	@Test
	void controlCharactersInAnEntryAreRefusedWithTheTextKept() {
		for (String title : List.of("Vertical\u000Btab", "Nul\u0000here")) {
			MvcTestResult result = newEntry("articles", "title", title).exchange();
			assertThat(result).as("%s", result.getResponse().getRedirectedUrl())
				.hasStatusOk()
				.bodyText()
				.contains("Remove the control characters")
				.contains("value=\"" + title.substring(0, 3));
		}
	}

	@Test
	void malformedIndexedParametersAreABadRequest() {
		assertThat(newEntry("articles", "title", "Indexed").param("sourceTitles[abc]", "x"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(newEntry("articles", "title", "Indexed").param("sourceTitles[-1]", "x"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() {
		for (String path : List.of("/error", "/error/", "/error/500")) {
			assertThat(get(path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

	private MockMvcRequestBuilder newEntry(String section, String field, String value) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "");
		form.put("title", "Hostile input");
		form.put("slug", PREFIX + slugs.incrementAndGet());
		form.put("summary", "A summary.");
		form.put("body", "A body.");
		form.put("tags", "");
		form.put("sourceTitles", "");
		form.put("sourceUrls", "");
		form.put("status", "DRAFT");
		form.put("publishAt", "");
		form.put("eventDate", "2023-05");
		form.put("faqPosition", "900");
		form.put("related", "");
		form.put("action", "save");
		form.put(field, value);
		MockMvcRequestBuilder request = post("/admin/" + section + "/new").with(ADMIN);
		form.forEach(request::param);
		return request;
	}

	private MockMvcRequestBuilder get(String path, Object... variables) {
		return this.mvc.get().uri(path, variables);
	}

	private MockMvcRequestBuilder post(String path) {
		return this.mvc.post().uri(path).with(csrf());
	}

	private void assertNoServerError(Map<String, Function<String, MockMvcRequestBuilder>> targets) {
		List<String> failures = new ArrayList<>();
		targets.forEach((name, request) -> values().forEach((value) -> {
			MvcTestResult result = request.apply(value).exchange();
			Throwable unresolved = result.getUnresolvedException();
			if (unresolved != null) {
				failures.add(name + " = " + shown(value) + " -> " + rootCause(unresolved));
			}
			else if (result.getResponse().getStatus() >= 500) {
				failures.add(name + " = " + shown(value) + " -> " + result.getResponse().getStatus());
			}
		}));
		assertThat(failures).isEmpty();
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName();
	}

	private static String shown(String value) {
		String escaped = value.chars()
			.mapToObj((c) -> (Character.isISOControl(c) || c > 0x7E) ? String.format("\\u%04X", c)
					: String.valueOf((char) c))
			.reduce("", String::concat);
		return (escaped.length() > 40) ? escaped.substring(0, 40) + "…(" + value.length() + ")" : escaped;
	}

}
