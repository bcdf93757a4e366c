package org.rustinwindows.portal.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.rustinwindows.portal.shared.ControlCharacters;
import org.rustinwindows.portal.shared.EmailAddresses;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.RenderBudgetExceededException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a posted comment through every check, cheapest first, and stores it once. A
 * comment that fails a check is not stored, and the form comes back with all that was
 * typed; a robot that fills the honeypot gets the same answer as a person, and its
 * comment lands in spam, where a moderator can still rescue a false alarm.
 */
@Service
class CommentPosting {

	static final int MAX_NAME = 80;

	static final int MAX_BODY = 5000;

	/** Top-level comments have depth 0; replies go three levels below them. */
	static final int MAX_DEPTH = 3;

	private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

	private final CommentTargets targets;

	private final CommentRepository comments;

	private final FormTokens tokens;

	private final Receipts receipts;

	private final CommentRateLimit rateLimit;

	private final CommentKeys keys;

	private final ReaderMarkdown markdown;

	private final CommentProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CommentPosting(CommentTargets targets, CommentRepository comments, FormTokens tokens, Receipts receipts,
			CommentRateLimit rateLimit, CommentKeys keys, ReaderMarkdown markdown, CommentProperties properties,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.targets = targets;
		this.comments = comments;
		this.tokens = tokens;
		this.receipts = receipts;
		this.rateLimit = rateLimit;
		this.keys = keys;
		this.markdown = markdown;
		this.properties = properties;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * The target of a form, which must be open for comments.
	 * @throws NotFoundException when there is no such target, or it is not published
	 */
	CommentTargets.CommentTarget target(String id) {
		return parseId(id).flatMap(this.targets::open)
			.orElseThrow(() -> new NotFoundException("No published entry " + id + " to comment on"));
	}

	/**
	 * The approved comment replied to, if any.
	 * @throws InvalidReplyException when the parent is not an approved comment on the
	 * same target, or is too deep to answer
	 */
	Optional<Comment> parent(String id, long targetId) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		Comment parent = parseId(id).flatMap(this.comments::findById)
			.filter((comment) -> comment.getStatus() == CommentStatus.APPROVED && comment.getTargetId() == targetId)
			.orElseThrow(() -> new InvalidReplyException("The comment you reply to is not available."));
		if (parent.getDepth() >= MAX_DEPTH) {
			throw new InvalidReplyException("Replies go at most " + MAX_DEPTH + " levels deep.");
		}
		return Optional.of(parent);
	}

	String issueToken(long targetId, Long parentId) {
		return this.tokens.issue(targetId, parentId, this.clock.instant());
	}

	PostOutcome post(CommentForm form, String clientAddress) {
		CommentTargets.CommentTarget target = target(form.target());
		Comment parent = parent(form.parent(), target.id()).orElse(null);
		Long parentId = (parent != null) ? parent.getId() : null;
		Instant now = this.clock.instant();
		FormTokens.Check check = this.tokens.check(form.token(), target.id(), parentId, now);
		if (check != FormTokens.Check.VALID) {
			return new PostOutcome.Refused(400, check.message(), Map.of(), target, parent);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		String name = text(form.name()).strip();
		String email = text(form.email()).strip();
		String body = text(form.body());
		if (name.isEmpty() || name.length() > MAX_NAME || ControlCharacters.inOneLine(name)) {
			errors.put("name", "Give your name, at most " + MAX_NAME + " characters.");
		}
		if (!email.isEmpty() && !EmailAddresses.isPlausible(email)) {
			errors.put("email", "Give an email address like name@example.org, or leave it empty.");
		}
		else if (email.isEmpty() && form.wantsReplies()) {
			errors.put("email", "Give your email address to hear of replies, or untick that box.");
		}
		if (body.isBlank() || body.length() > MAX_BODY) {
			errors.put("body",
					"Write a comment of at most " + MAX_BODY + " characters (you have " + body.length() + ").");
		}
		else if (ControlCharacters.inMultilineText(body)) {
			errors.put("body", "The comment holds characters that are not text.");
		}
		else if (ReaderMarkdown.countLinks(body) > this.properties.maxLinks()) {
			errors.put("body", "A comment may carry at most " + this.properties.maxLinks() + " links.");
		}
		String bodyHtml = null;
		if (!errors.containsKey("body")) {
			try {
				bodyHtml = this.markdown.toSafeHtml(body);
			}
			catch (RenderBudgetExceededException ex) {
				errors.put("body", ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			return new PostOutcome.Refused(400, null, errors, target, parent);
		}
		// Counted once a comment would be stored: a reader who fixes a typo twice is not
		// a flood.
		String addressHash = this.keys.hash("address:" + clientAddress);
		Optional<Duration> wait = this.rateLimit.tryPost(addressHash);
		if (wait.isPresent()) {
			long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
			return new PostOutcome.Refused(429,
					"You have posted several comments in a short time. Please wait " + minutes
							+ ((minutes == 1) ? " minute" : " minutes") + ", then send this one again.",
					Map.of(), target, parent);
		}
		String emailHash = email.isEmpty() ? null : this.keys.hash("email:" + email.toLowerCase(Locale.ROOT));
		CommentStatus status = !text(form.website()).isEmpty() ? CommentStatus.SPAM
				: (emailHash != null && this.properties.trustApprovedCommenters()
						&& this.comments.existsByEmailHashAndStatus(emailHash, CommentStatus.APPROVED))
								? CommentStatus.APPROVED : CommentStatus.PENDING;
		String fingerprint = this.keys.hash("comment:" + parentId + "\n" + name.toLowerCase(Locale.ROOT) + "\n"
				+ body.strip().replaceAll("\\s+", " "));
		NewComment comment = new NewComment(name, email.isEmpty() ? null : email, emailHash, body, bodyHtml, status,
				addressHash, fingerprint, this.keys.hash("form-token:" + form.token()));
		return storeOnce(target, parent, comment, form.wantsReplies() && !email.isEmpty(), now);
	}

	/**
	 * Stores the comment unless its form or its text has sent one already: checked first,
	 * and enforced by unique keys when two copies race.
	 */
	private PostOutcome storeOnce(CommentTargets.CommentTarget target, Comment parent, NewComment comment,
			boolean notifyReplies, Instant now) {
		Optional<PostOutcome> earlier = earlierPost(target, parent, comment);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			Comment saved = this.transaction.execute((status) -> {
				Comment stored = this.comments.saveAndFlush(new Comment(target.id(), parent, comment, now));
				if (stored.getStatus() == CommentStatus.APPROVED) {
					this.events.publishEvent(new CommentCountChanged(target.id(),
							this.comments.countByTargetIdAndStatus(target.id(), CommentStatus.APPROVED)));
				}
				// In the same transaction: a mail asked for here is queued with the
				// comment
				// or not at all.
				this.events.publishEvent(new CommentPosted(stored.getId(), stored.getParentId(),
						stored.getStatus() == CommentStatus.APPROVED, notifyReplies ? comment.email() : null,
						target.title()));
				return stored;
			});
			return posted(target, saved);
		}
		catch (DataIntegrityViolationException ex) {
			return earlierPost(target, parent, comment).orElseThrow(() -> ex);
		}
	}

	/**
	 * What an earlier post means for this one. The same form sending the same text again
	 * (a double click, a retry) leads to the comment it stored, with its receipt. The
	 * same form with other text is refused: a form sends one comment. The same text from
	 * another form is refused too, and its receipt stays with whoever posted it first.
	 */
	private Optional<PostOutcome> earlierPost(CommentTargets.CommentTarget target, Comment parent, NewComment comment) {
		Optional<Comment> sameForm = this.comments.findByFormTokenHash(comment.formTokenHash());
		if (sameForm.isPresent()) {
			return Optional
				.of(sameForm.get().getFingerprint().equals(comment.fingerprint()) ? posted(target, sameForm.get())
						: new PostOutcome.Refused(400,
								"This form has sent a comment already. Send this one with the form below.", Map.of(),
								target, parent));
		}
		return this.comments.findByTargetIdAndFingerprint(target.id(), comment.fingerprint())
			.map((sameText) -> new PostOutcome.Refused(409,
					"This comment has been posted already. It shows here once a moderator approves it.", Map.of(),
					target, parent));
	}

	private PostOutcome posted(CommentTargets.CommentTarget target, Comment stored) {
		return new PostOutcome.Posted(
				target.url() + "?receipt=" + this.receipts.issue(stored.getId()) + "#comment-" + stored.getId());
	}

	private static Optional<Long> parseId(String id) {
		return (id != null && ID.matcher(id).matches()) ? Optional.of(Long.parseLong(id)) : Optional.empty();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
