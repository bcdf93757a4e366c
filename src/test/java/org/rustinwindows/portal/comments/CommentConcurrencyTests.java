package org.rustinwindows.portal.comments;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many readers posting at the same moment, over real HTTP: every comment is stored, and
 * stored once.
 */
@PortalServerTest
class CommentConcurrencyTests {

	private static final int POSTS = 200;

	@LocalServerPort
	int port;

	private final ReaderPages pages;

	private final FormTokens tokens;

	private final CommentRepository comments;

	private final CommentModeration moderation;

	CommentConcurrencyTests(ReaderPages pages, FormTokens tokens, CommentRepository comments,
			CommentModeration moderation) {
		this.pages = pages;
		this.tokens = tokens;
		this.comments = comments;
		this.moderation = moderation;
	}

	@AfterEach
	void deleteComments() {
		this.moderation.apply(ModerationAction.DELETE, this.comments.findAll().stream().map(Comment::getId).toList(),
				"test");
	}

	@Test
	void twoHundredCommentsPostedInParallelAreAllStoredExactlyOnce() throws Exception {
		long target = CommentTestSupport.articleId(this.pages);
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		// The session and CSRF token a browser gets with the form.
		String form = client
			.send(HttpRequest.newBuilder(url("/comments/new?target=" + target)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).isTrue();

		List<Future<HttpResponse<String>>> responses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			for (int i = 0; i < POSTS; i++) {
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("target", String.valueOf(target));
				fields.put("parent", "");
				fields.put("name", "Reader " + i);
				fields.put("email", "");
				fields.put("body", "Parallel comment number " + i);
				fields.put("website", "");
				// Each reader's own form, with its own token: a token sends one comment.
				fields.put("token", CommentTestSupport.seasonedToken(this.tokens, target, null));
				fields.put("_csrf", csrf.group(1));
				// Each from its own address, as many readers would be: the rate limit is
				// per address.
				HttpRequest request = HttpRequest.newBuilder(url("/comments"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("X-Forwarded-For", "10.77." + (i / 200) + "." + (i % 200 + 1))
					.POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
					.build();
				responses.add(pool.submit(() -> client.send(request, HttpResponse.BodyHandlers.ofString())));
			}
		}
		finally {
			pool.shutdown();
		}

		for (Future<HttpResponse<String>> response : responses) {
			assertThat(response.get().statusCode()).isEqualTo(303);
		}
		List<String> bodies = this.comments.findAll()
			.stream()
			.map(Comment::getBodyMarkdown)
			.filter((body) -> body.startsWith("Parallel comment number "))
			.toList();
		assertThat(bodies).hasSize(POSTS).doesNotHaveDuplicates();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
