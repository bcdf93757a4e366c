package org.rustinwindows.portal.comments;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.ContentTestConfiguration;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.shared.ClusterJobs;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.shared.RateLimitBuckets;
import org.rustinwindows.portal.shared.SharedSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How comments are stored, run against each database the portal supports: the unique key
 * behind duplicate detection, the cascades, and the count entries keep.
 */
@Import(CommentStoreContract.CommentsAndContent.class)
@TestPropertySource(
		properties = { "portal.comments.secret=contract-test-key", "portal.comments.trust-approved-commenters=true" })
@Transactional
abstract class CommentStoreContract {

	@RegisterExtension
	static TestEntries entries = TestEntries.rolledBack();

	@Autowired
	EntryLifecycle lifecycle;

	@Autowired
	EditorialDesk desk;

	@Autowired
	ReaderPages pages;

	@Autowired
	CommentRepository comments;

	@Autowired
	CommentModeration moderation;

	@Autowired
	Discussions discussions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	CommentPosting posting;

	@Autowired
	FormTokens tokens;

	private long publishedArticle(String slug) {
		return entries.article(slug)
			.summary("Summary")
			.body("Body")
			.publishedAt(Instant.parse("2025-01-01T00:00:00Z"))
			.by("editor")
			.publish();
	}

	private Comment store(long entry, Comment parent, String body, CommentStatus status, Instant at) {
		NewComment comment = new NewComment("Reader", null, null, body, "<p>" + body + "</p>", status, "a".repeat(64),
				"f".repeat(60) + Integer.toHexString(body.hashCode() & 0xfff), null);
		return this.comments.saveAndFlush(new Comment(entry, parent, comment, at));
	}

	@Test
	void theSameCommentCannotBeStoredTwiceOnOneEntry() {
		long entry = publishedArticle("duplicates");
		NewComment comment = new NewComment("Reader", null, null, "Twice", "<p>Twice</p>", CommentStatus.PENDING,
				"a".repeat(64), "b".repeat(64), null);
		this.comments.saveAndFlush(new Comment(entry, null, comment, Instant.now()));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.comments.saveAndFlush(new Comment(entry, null, comment, Instant.now())));
	}

	@Test
	void oneFormTokenStoresOneComment() {
		long entry = publishedArticle("one-per-form");
		this.comments.saveAndFlush(new Comment(entry, null, new NewComment("Reader", null, null, "First",
				"<p>First</p>", CommentStatus.PENDING, "a".repeat(64), "c".repeat(64), "d".repeat(64)), Instant.now()));
		assertThat(this.comments.findByFormTokenHash("d".repeat(64))).isPresent();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.comments.saveAndFlush(new Comment(
						entry, null, new NewComment("Reader", null, null, "Second", "<p>Second</p>",
								CommentStatus.PENDING, "a".repeat(64), "e".repeat(64), "d".repeat(64)),
						Instant.now())));
	}

	@Test
	void approvingKeepsTheEntrysCountWithoutTouchingItsVersion() {
		long entry = publishedArticle("counted");
		long version = this.desk.edit(EntryKind.ARTICLE, entry).version();
		Comment first = store(entry, null, "First", CommentStatus.PENDING, Instant.parse("2026-01-01T10:00:00Z"));
		Comment second = store(entry, null, "Second", CommentStatus.PENDING, Instant.parse("2026-01-01T11:00:00Z"));

		this.moderation.apply(ModerationAction.APPROVE, List.of(first.getId(), second.getId()), "admin");
		this.entityManager.clear();

		assertThat(this.pages.articles(1).items()).filteredOn((card) -> card.slug().equals("counted"))
			.singleElement()
			.extracting(EntryCard::comments)
			.isEqualTo(2);
		assertThat(this.desk.edit(EntryKind.ARTICLE, entry).version()).isEqualTo(version);
		assertThat(this.discussions.of(entry).thread())
			.extracting(ThreadedComment::authorName, ThreadedComment::bodyHtml)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Reader", "<p>First</p>"),
					org.assertj.core.groups.Tuple.tuple("Reader", "<p>Second</p>"));

		this.moderation.apply(ModerationAction.REJECT, List.of(first.getId()), "admin");
		this.entityManager.clear();
		assertThat(this.pages.article("counted").article().card().comments()).isEqualTo(1);
	}

	@Test
	void deletingACommentTakesItsRepliesAndDeletingAnEntryTakesItsComments() {
		long entry = publishedArticle("cascades");
		Comment parent = store(entry, null, "Parent", CommentStatus.APPROVED, Instant.parse("2026-01-01T10:00:00Z"));
		Comment reply = store(entry, parent, "Reply", CommentStatus.APPROVED, Instant.parse("2026-01-01T11:00:00Z"));
		assertThat(reply.getDepth()).isEqualTo(1);

		this.moderation.apply(ModerationAction.DELETE, List.of(parent.getId()), "admin");
		this.entityManager.clear();
		assertThat(this.comments.findById(reply.getId())).isEmpty();

		Comment kept = store(entry, null, "Kept until the entry goes", CommentStatus.APPROVED,
				Instant.parse("2026-01-02T10:00:00Z"));
		this.lifecycle.trash(entry, "editor");
		this.lifecycle.emptyTrash("admin");
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.comments.findById(kept.getId())).isEmpty();
	}

	@Test
	void whenTrustedAnApprovedCommentersNextCommentSkipsTheQueue() {
		long entry = publishedArticle("trusted");
		long first = postedId(entry, "Ada@Example.org", "My first comment");
		assertThat(this.comments.findById(first).orElseThrow().getStatus()).isEqualTo(CommentStatus.PENDING);
		this.moderation.apply(ModerationAction.APPROVE, List.of(first), "admin");

		long second = postedId(entry, "ada@example.org", "My second comment");
		long stranger = postedId(entry, "someone@example.org", "A stranger's comment");

		assertThat(this.comments.findById(second).orElseThrow().getStatus()).isEqualTo(CommentStatus.APPROVED);
		assertThat(this.comments.findById(stranger).orElseThrow().getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(this.discussions.of(entry).count()).isEqualTo(2);
	}

	private long postedId(long entry, String email, String body) {
		String token = this.tokens.issue(entry, null, ContentTestConfiguration.NOW.minusSeconds(60));
		PostOutcome outcome = this.posting.post(
				new CommentForm(String.valueOf(entry), "", "Ada", email, body, "", token, null),
				"192.0.2." + body.length());
		assertThat(outcome).isInstanceOf(PostOutcome.Posted.class);
		String redirect = ((PostOutcome.Posted) outcome).redirect();
		return Long.parseLong(redirect.substring(redirect.lastIndexOf('-') + 1));
	}

	/**
	 * The comments module's services with the content module's beneath them.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ ContentTestConfiguration.class, SharedSecrets.class, RateLimitBuckets.class, ClusterJobs.class })
	@EnableConfigurationProperties({ CommentProperties.class, PortalProperties.class })
	@ComponentScan(basePackageClasses = CommentModeration.class,
			excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class))
	static class CommentsAndContent {

	}

}
