package org.rustinwindows.portal.shared;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.testsupport.PortalForms.hiddenFields;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Forms sent over a real connection keep every letter: the body is read by Tomcat before
 * any filter runs, where MockMvc would not show how it was decoded. A form read as
 * ISO-8859-1 made each letter beyond ASCII two, one a control character that the portal
 * then refused.
 */
@PortalServerTest
class FormCharactersTests {

	private static final String NAME = "Zoë Müller";

	private static final String BODY = "“Quoted” and café, 漢字 too.";

	@LocalServerPort
	int port;

	private final MockMvcTester mvc;

	FormCharactersTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void aCommentKeepsItsLettersBeyondAscii() throws Exception {
		PortalHttp http = new PortalHttp(this.port);
		Matcher link = Pattern.compile("/comments/new\\?target=(\\d+)")
			.matcher(http.get("/articles/the-memory-safety-case").body());
		assertThat(link.find()).isTrue();
		HttpResponse<String> form = http.get("/comments/new?target=" + link.group(1));
		Map<String, String> fields = new LinkedHashMap<>(hiddenFields(form.body()));
		fields.put("name", NAME);
		fields.put("email", "");
		fields.put("website", "");
		fields.put("body", BODY);
		String cookie = form.headers()
			.firstValue("Set-Cookie")
			.map((set) -> set.substring(0, set.indexOf(';')))
			.orElseThrow();
		// The form is shown at once; the robot check wants it open for a few seconds.
		Thread.sleep(3100);

		HttpResponse<String> posted = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/comments"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie)
				.header("X-Forwarded-For", "198.51.100.61")
				.POST(HttpRequest.BodyPublishers.ofString(fields.entrySet()
					.stream()
					.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);

		assertThat(this.mvc.get().uri("/admin/comments").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains(NAME, "café, 漢字 too.");
	}

}
