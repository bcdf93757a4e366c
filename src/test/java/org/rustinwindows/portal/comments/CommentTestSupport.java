package org.rustinwindows.portal.comments;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.rustinwindows.portal.content.ReaderPages;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Posting comments in tests: a form token old enough to pass, and a fresh client address
 * per poster, so that tests do not share a rate-limit allowance.
 */
final class CommentTestSupport {

	static final String ARTICLE = "windows-drivers-rs-and-cargo-wdk";

	private static final AtomicInteger addresses = new AtomicInteger();

	private CommentTestSupport() {
	}

	/** Deletes every comment through moderation, so that the entries' counts follow. */
	static void deleteAll(CommentRepository comments, CommentModeration moderation) {
		moderation.apply(ModerationAction.DELETE, comments.findAll().stream().map(Comment::getId).toList(), "test");
	}

	static long articleId(ReaderPages pages) {
		return pages.article(ARTICLE).article().id();
	}

	static RequestPostProcessor newAddress() {
		int n = addresses.incrementAndGet();
		String address = "10.9." + (n / 250) + "." + (n % 250 + 1);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A token as the form would carry it a minute after it was shown. */
	static String seasonedToken(FormTokens tokens, long target, Long parent) {
		return tokens.issue(target, parent, Instant.now().minusSeconds(60));
	}

	static MockMvcTester.MockMvcRequestBuilder post(MockMvcTester mvc, String token, long target, Long parent,
			String name, String email, String body, RequestPostProcessor address) {
		return mvc.post()
			.uri("/comments")
			.param("target", String.valueOf(target))
			.param("parent", (parent != null) ? String.valueOf(parent) : "")
			.param("name", name)
			.param("email", email)
			.param("body", body)
			.param("website", "")
			.param("token", token)
			.with(csrf())
			.with(address);
	}

}
