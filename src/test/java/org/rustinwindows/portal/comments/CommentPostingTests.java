package org.rustinwindows.portal.comments;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.HtmlChecker;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rustinwindows.portal.comments.CommentTestSupport.articleId;
import static org.rustinwindows.portal.comments.CommentTestSupport.newAddress;
import static org.rustinwindows.portal.comments.CommentTestSupport.seasonedToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Posting, showing and moderating comments against the running portal. Every comment a
 * test posts is deleted again.
 */
@PortalServerTest
class CommentPostingTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-comments-");

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final String PAGE = "/articles/" + CommentTestSupport.ARTICLE;

	private final MockMvcTester mvc;

	private final ReaderPages pages;

	private final FormTokens tokens;

	private final CommentRepository comments;

	private final CommentModeration moderation;

	CommentPostingTests(MockMvcTester mvc, ReaderPages pages, FormTokens tokens, CommentRepository comments,
			CommentModeration moderation) {
		this.mvc = mvc;
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

	private long article() {
		return articleId(this.pages);
	}

	private MvcTestResult post(Long parent, String name, String email, String body) {
		return CommentTestSupport
			.post(this.mvc, seasonedToken(this.tokens, article(), parent), article(), parent, name, email, body,
					newAddress())
			.exchange();
	}

	/** Posts a comment and returns its id, read from the redirect. */
	private long posted(Long parent, String body) {
		MvcTestResult result = post(parent, "Reader", "", body);
		assertThat(result).hasStatus(HttpStatus.SEE_OTHER);
		Matcher id = Pattern.compile("#comment-(\\d+)$").matcher(result.getResponse().getRedirectedUrl());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	private void moderate(String action) {
		assertThat(this.mvc.post().uri("/admin/comments").param("action", action).with(ADMIN).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
	}

	private String page() {
		MvcTestResult result = this.mvc.get().uri(PAGE).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void formPageCarriesTheTokensAndIsNeverCached() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/comments/new?target=" + article()).exchange();
		assertThat(result).hasStatusOk()
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.bodyText()
			.contains("name=\"token\"")
			.contains("name=\"_csrf\"")
			.contains("Comment on windows-drivers-rs and cargo-wdk");
		assertThat(HtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();
	}

	@Test
	void entryPagesCarryNoPerVisitorState() {
		MvcTestResult result = this.mvc.get().uri(PAGE).exchange();
		assertThat(result).hasStatusOk().doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isNotBlank();
		assertThat(result).bodyText()
			.contains("Write a comment")
			.doesNotContain("_csrf")
			.doesNotContain("name=\"token\"");
	}

	@ParameterizedTest
	@MethodSource("deeplyNestedBodies")
	void deeplyNestedMarkdownIsShownOrRefusedWithAMessageNeverAServerError(String body) {
		MvcTestResult result = post(null, "Nester", "", body);
		if (result.getResponse().getStatus() == HttpStatus.BAD_REQUEST.value()) {
			assertThat(result).bodyText().contains("too");
		}
		else {
			assertThat(result).hasStatus(HttpStatus.SEE_OTHER);
		}
	}

	static Stream<String> deeplyNestedBodies() {
		return Stream.of("*", "_", ">", "-", "1. ", "[").map((unit) -> unit.repeat(5000 / unit.length()));
	}

	@Test
	void formForAMissingOrUnpublishedEntryIsNotFound() {
		long draft = entries.article("draft").title("Draft").draft();
		for (String target : List.of("999999999", "abc", "", String.valueOf(draft), "1" + "0".repeat(30))) {
			assertThat(this.mvc.get().uri("/comments/new?target=" + target)).as(target).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(CommentTestSupport.post(this.mvc, seasonedToken(this.tokens, draft, null), draft, null, "Reader", "",
				"Hello", newAddress()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aNewCommentAwaitsModerationAndOnlyItsPosterSeesIt() {
		MvcTestResult result = post(null, "Ada", "ada@example.org", "Does cargo-wdk build *KMDF* drivers?");

		assertThat(result).hasStatus(HttpStatus.SEE_OTHER);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches(Pattern.quote(PAGE) + "\\?receipt=\\d+-[A-Za-z0-9_-]{32}#comment-\\d+");
		assertThat(page()).doesNotContain("KMDF</em> drivers");
		MvcTestResult own = this.mvc.get().uri(location.substring(0, location.indexOf('#'))).exchange();
		assertThat(own).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		assertThat(own).bodyText()
			.contains("<em>KMDF</em> drivers")
			.contains("Awaiting moderation")
			.doesNotContain("ada@example.org");
		String forged = location.substring(0, location.indexOf('#'))
			.replaceAll("-[A-Za-z0-9_-]{32}$", "-" + "A".repeat(32));
		assertThat(this.mvc.get().uri(forged)).bodyText().doesNotContain("KMDF</em> drivers");
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("", "", "Body", "Give your name"),
				Arguments.of("x".repeat(81), "", "Body", "Give your name"),
				Arguments.of("Null\u0000Name", "", "Body", "Give your name"),
				Arguments.of("Reader", "not-an-email", "Body", "Give an email address"),
				Arguments.of("Reader", "a@b", "Body", "Give an email address"),
				Arguments.of("Reader", "x".repeat(250) + "@example.org", "Body", "Give an email address"),
				Arguments.of("Reader", "", "   ", "Write a comment of at most 5000 characters"),
				Arguments.of("Reader", "", "x".repeat(5001), "you have 5001"),
				Arguments.of("Reader", "", "binary\u0000\u0001\u0002", "characters that are not text"),
				Arguments.of("Reader", "", "https://a.example https://b.example https://c.example https://d.example",
						"at most 3 links"));
	}

	@ParameterizedTest
	@MethodSource("invalidFields")
	void everyFieldIsCheckedAndWhatWasTypedIsKept(String name, String email, String body, String message)
			throws Exception {
		MvcTestResult result = post(null, name, email, body);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains(message);
		String html = result.getResponse().getContentAsString();
		if (!body.isBlank() && body.length() < 200 && !body.contains("\u0000")) {
			assertThat(html).contains(body);
		}
		assertThat(html).contains("aria-invalid=\"true\"");
		assertThat(this.comments.count()).isZero();
	}

	@Test
	void aFormWithErrorsIsValidHtml() throws Exception {
		MvcTestResult result = post(null, "", "nope", "<script>alert(1)</script>");
		assertThat(HtmlChecker.errors(result.getResponse().getContentAsString())).isEmpty();
		assertThat(result).bodyText().doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void hostileNamesEmailsAndBodiesAreInertOnEveryPage() throws Exception {
		String before = page();
		List<String> payloads = XssPayloads.all();
		for (String payload : payloads) {
			// Posted through the form, so that every check and the sanitizer apply.
			String name = payload.replaceAll("\\s+", " ").strip();
			name = name.substring(0, Math.min(80, name.length()));
			MvcTestResult result = post(null, name, "<script>alert(1)</script>@example.org", payload);
			assertThat(result.getResponse().getStatus()).as(payload).isEqualTo(303);
		}
		this.comments.findAll().forEach((comment) -> moderate("approve:" + comment.getId()));
		String after = page();
		assertThat(HtmlChecker.errors(after)).isEmpty();
		assertThat(count(after, "<script")).isEqualTo(count(before, "<script"));
		assertThat(after).doesNotContain("@example.org");
		Matcher bodies = Pattern.compile("(?s)<div class=\"comment-body\">(.*?)</div>").matcher(after);
		int found = 0;
		while (bodies.find()) {
			XssPayloads.assertInert(bodies.group(1), "a comment body");
			found++;
		}
		assertThat(found).isEqualTo(payloads.size());
		Matcher names = Pattern.compile("<strong class=\"comment-author\"[^>]*>([^<]*)</strong>").matcher(after);
		assertThat(names.results().count()).as("names shown as plain text").isEqualTo(payloads.size());
		for (String payload : payloads) {
			if (payload.contains("<") && payload.length() > 12) {
				assertThat(after).as(payload).doesNotContain(payload);
			}
		}
		MvcTestResult queue = this.mvc.get().uri("/admin/comments?status=approved").with(ADMIN).exchange();
		assertThat(queue).bodyText().contains("&lt;script&gt;alert(1)&lt;/script&gt;@example.org");
		assertThat(HtmlChecker.errors(queue.getResponse().getContentAsString())).isEmpty();
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	@Test
	void theHoneypotSendsARobotsCommentToSpamWithoutTellingIt() {
		MvcTestResult result = CommentTestSupport
			.post(this.mvc, seasonedToken(this.tokens, article(), null), article(), null, "Bot", "", "Buy now",
					newAddress())
			.param("website", "https://spam.example")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(this.comments.findAll()).singleElement()
			.extracting(Comment::getStatus)
			.isEqualTo(CommentStatus.SPAM);
		assertThat(page()).doesNotContain("Buy now");
	}

	@Test
	void formsSentTooFastTooLateOrTamperedWithAreShownAgain() {
		long target = article();
		String fresh = this.tokens.issue(target, null, java.time.Instant.now());
		String stale = this.tokens.issue(target, null, java.time.Instant.now().minusSeconds(25 * 3600));
		String otherEntry = seasonedToken(this.tokens, target + 1, null);
		String forged = withLastCharacterChanged(seasonedToken(this.tokens, target, null));
		for (var token : List.of(fresh, stale, otherEntry, forged, "", "1.2.3", "a.b.c.d")) {
			MvcTestResult result = CommentTestSupport
				.post(this.mvc, token, target, null, "Reader", "", "Kept text", newAddress())
				.exchange();
			assertThat(result).as(token).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Kept text");
		}
		assertThat(CommentTestSupport.post(this.mvc, fresh, target, null, "Reader", "", "Kept", newAddress()))
			.bodyText()
			.contains("That was quick");
		assertThat(CommentTestSupport.post(this.mvc, stale, target, null, "Reader", "", "Kept", newAddress()))
			.bodyText()
			.contains("open for a long time");
		assertThat(this.comments.count()).isZero();
	}

	/**
	 * A token one character off its signature: always another character, because a fixed
	 * replacement left the token as it was whenever the signature already ended with it
	 * (one run in 64).
	 */
	private static String withLastCharacterChanged(String token) {
		char last = token.charAt(token.length() - 1);
		return token.substring(0, token.length() - 1) + ((last == 'x') ? 'y' : 'x');
	}

	@Test
	void oneAddressMayPostFiveCommentsInTenMinutes() {
		RequestPostProcessor address = newAddress();
		for (int i = 1; i <= 5; i++) {
			assertThat(CommentTestSupport.post(this.mvc, seasonedToken(this.tokens, article(), null), article(), null,
					"Reader", "", "Comment number " + i, address))
				.hasStatus(HttpStatus.SEE_OTHER);
		}
		MvcTestResult sixth = CommentTestSupport
			.post(this.mvc, seasonedToken(this.tokens, article(), null), article(), null, "Reader", "",
					"Comment number 6", address)
			.exchange();
		assertThat(sixth).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyText()
			.contains("Please wait")
			.contains("Comment number 6");
		assertThat(this.comments.count()).isEqualTo(5);
		assertThat(post(null, "Other", "", "From elsewhere")).hasStatus(HttpStatus.SEE_OTHER);
	}

	@Test
	void theSameCommentSentTwiceWithItsFormIsStoredOnce() {
		String token = seasonedToken(this.tokens, article(), null);
		MvcTestResult first = CommentTestSupport
			.post(this.mvc, token, article(), null, "Reader", "", "Twice?", newAddress())
			.exchange();
		MvcTestResult second = CommentTestSupport
			.post(this.mvc, token, article(), null, "reader", "", "  Twice?  ", newAddress())
			.exchange();
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(this.comments.count()).isOne();
	}

	@Test
	void aFormSendsOneCommentAndKeepsWhatWasTypedForTheNext() {
		String token = seasonedToken(this.tokens, article(), null);
		assertThat(
				CommentTestSupport.post(this.mvc, token, article(), null, "Reader", "", "First thought", newAddress()))
			.hasStatus(HttpStatus.SEE_OTHER);
		MvcTestResult second = CommentTestSupport
			.post(this.mvc, token, article(), null, "Reader", "", "Second thought", newAddress())
			.exchange();
		assertThat(second).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("This form has sent a comment already")
			.contains("Second thought");
		assertThat(this.comments.count()).isOne();
	}

	@Test
	void theSameCommentFromAnotherFormDoesNotHandBackTheFirstPostersReceipt() {
		MvcTestResult first = post(null, "Reader", "", "Same words");
		MvcTestResult copy = post(null, "Reader", "", "Same words");
		assertThat(first).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(copy).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("posted already")
			.doesNotContain("receipt=");
		assertThat(copy.getResponse().getRedirectedUrl()).isNull();
		assertThat(this.comments.count()).isOne();
	}

	@Test
	void aPostWithoutTheCsrfTokenIsForbidden() {
		assertThat(this.mvc.post()
			.uri("/comments")
			.param("target", String.valueOf(article()))
			.param("name", "Reader")
			.param("body", "Hello")
			.param("token", seasonedToken(this.tokens, article(), null))
			.with(newAddress())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.comments.count()).isZero();
	}

	@Test
	void approvedCommentsAppearInThreadsWithTheirCount() {
		long question = posted(null, "First question");
		moderate("approve:" + question);
		assertThat(page()).contains("First question").contains("1 comment");
		assertThat(this.mvc.get().uri("/articles")).bodyText().contains("1 comment");

		long answer = posted(question, "An answer");
		moderate("approve:" + answer);
		long followUp = posted(answer, "A follow-up");
		moderate("approve:" + followUp);
		String html = page();
		assertThat(html).contains("3 comments");
		assertThat(html)
			.containsPattern("(?s)id=\"comment-" + question + "\".*?<ol class=\"comment-thread\">.*?id=\"comment-"
					+ answer + "\".*?<ol class=\"comment-thread\">.*?id=\"comment-" + followUp + "\"");
		assertThat(html.indexOf("id=\"comment-" + question)).isLessThan(html.indexOf("id=\"comment-" + answer));

		long third = posted(followUp, "Third level");
		moderate("approve:" + third);
		MvcTestResult tooDeep = post(third, "Reader", "", "Fourth level");
		assertThat(tooDeep).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("at most 3 levels");

		moderate("reject:" + question);
		assertThat(page()).doesNotContain("First question").contains("An answer").contains("3 comments");
	}

	@Test
	void repliesNeedAnApprovedParentOnTheSameEntry() {
		long pending = posted(null, "Not approved yet");
		assertThat(post(pending, "Reader", "", "Reply")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("not available");
		assertThat(post(987654321L, "Reader", "", "Reply")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/comments/new?target=" + article() + "&parent=" + pending))
			.hasStatus(HttpStatus.BAD_REQUEST);
		long otherEntry = this.pages.article("the-memory-safety-case").article().id();
		moderate("approve:" + pending);
		assertThat(CommentTestSupport.post(this.mvc, seasonedToken(this.tokens, otherEntry, pending), otherEntry,
				pending, "Reader", "", "Wrong thread", newAddress()))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void moderatorsActOnManyCommentsAtOnce() throws Exception {
		long one = posted(null, "One");
		long two = posted(null, "Two");
		long three = posted(null, "Three");
		MvcTestResult queue = this.mvc.get().uri("/admin/comments").with(ADMIN).exchange();
		assertThat(queue).hasStatusOk().bodyText().contains("One").contains("Two").contains("3 pending");
		assertThat(HtmlChecker.errors(queue.getResponse().getContentAsString())).isEmpty();
		assertThat(this.mvc.get().uri("/admin").with(ADMIN)).bodyText().contains("3 comments await moderation");

		assertThat(this.mvc.post()
			.uri("/admin/comments")
			.param("action", "spam")
			.param("ids", String.valueOf(one), String.valueOf(two))
			.with(ADMIN)
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.comments.findById(one).orElseThrow().getStatus()).isEqualTo(CommentStatus.SPAM);
		assertThat(this.comments.findById(two).orElseThrow().getStatus()).isEqualTo(CommentStatus.SPAM);
		assertThat(this.mvc.get().uri("/admin/comments?status=spam").with(ADMIN)).bodyText().contains("2 spam");

		moderate("delete:" + three);
		assertThat(this.comments.findById(three)).isEmpty();
		assertThat(this.mvc.post().uri("/admin/comments").param("action", "approve").with(ADMIN).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/admin/comments").param("action", "explode:1").with(ADMIN).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/comments").with(user("writer").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
