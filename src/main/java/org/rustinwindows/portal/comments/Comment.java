package org.rustinwindows.portal.comments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A reader's comment on an entry. The body is kept as written and as sanitized HTML,
 * rendered once when it is posted; the client address only as a keyed hash.
 */
@Entity
class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "entry_id")
	private long targetId;

	private Long parentId;

	private int depth;

	private String authorName;

	private String authorEmail;

	private String emailHash;

	private String bodyMarkdown;

	private String bodyHtml;

	@Enumerated(EnumType.STRING)
	private CommentStatus status;

	private String addressHash;

	private String fingerprint;

	private String formTokenHash;

	private Instant createdAt;

	private Instant moderatedAt;

	private String moderatedBy;

	@Version
	private long version;

	protected Comment() {
	}

	Comment(long targetId, Comment parent, NewComment comment, Instant createdAt) {
		this.targetId = targetId;
		this.parentId = (parent != null) ? parent.getId() : null;
		this.depth = (parent != null) ? parent.getDepth() + 1 : 0;
		this.authorName = comment.name();
		this.authorEmail = comment.email();
		this.emailHash = comment.emailHash();
		this.bodyMarkdown = comment.bodyMarkdown();
		this.bodyHtml = comment.bodyHtml();
		this.status = comment.status();
		this.addressHash = comment.addressHash();
		this.fingerprint = comment.fingerprint();
		this.formTokenHash = comment.formTokenHash();
		this.createdAt = createdAt;
	}

	String getFingerprint() {
		return this.fingerprint;
	}

	String getFormTokenHash() {
		return this.formTokenHash;
	}

	void moderate(CommentStatus status, String moderator, Instant at) {
		this.status = status;
		this.moderatedBy = moderator;
		this.moderatedAt = at;
	}

	Long getId() {
		return this.id;
	}

	long getTargetId() {
		return this.targetId;
	}

	Long getParentId() {
		return this.parentId;
	}

	int getDepth() {
		return this.depth;
	}

	String getAuthorName() {
		return this.authorName;
	}

	String getAuthorEmail() {
		return this.authorEmail;
	}

	String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	String getBodyHtml() {
		return this.bodyHtml;
	}

	CommentStatus getStatus() {
		return this.status;
	}

	String getAddressHash() {
		return this.addressHash;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getModeratedBy() {
		return this.moderatedBy;
	}

}
