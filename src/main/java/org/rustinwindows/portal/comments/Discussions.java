package org.rustinwindows.portal.comments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see of the comments on an entry: the approved ones in threads, oldest
 * first, and, for the poster holding its receipt, their own comment while it awaits
 * moderation.
 */
@Service
@Transactional(readOnly = true)
public class Discussions {

	private final CommentRepository comments;

	private final Receipts receipts;

	Discussions(CommentRepository comments, Receipts receipts) {
		this.comments = comments;
		this.receipts = receipts;
	}

	public Discussion of(long targetId) {
		return of(targetId, null);
	}

	/**
	 * @param receipt the receipt a poster was sent back with, or null
	 */
	public Discussion of(long targetId, String receipt) {
		List<Comment> shown = new ArrayList<>(
				this.comments.findByTargetIdAndStatusOrderByCreatedAtAscIdAsc(targetId, CommentStatus.APPROVED));
		int approved = shown.size();
		awaiting(targetId, receipt).ifPresent(shown::add);
		shown.sort(Comparator.comparing(Comment::getCreatedAt).thenComparing(Comment::getId));
		return new Discussion(targetId, approved, threads(shown));
	}

	/**
	 * The poster's own comment, while it waits. A honeypot catch looks the same to its
	 * robot as a waiting comment.
	 */
	private Optional<Comment> awaiting(long targetId, String receipt) {
		return this.receipts.read(receipt)
			.flatMap(this.comments::findById)
			.filter((comment) -> comment.getTargetId() == targetId)
			.filter((comment) -> comment.getStatus() == CommentStatus.PENDING
					|| comment.getStatus() == CommentStatus.SPAM);
	}

	/**
	 * Builds the tree. A reply whose parent is not shown (rejected after it was answered)
	 * is shown at the top level rather than lost.
	 */
	private static List<ThreadedComment> threads(List<Comment> shown) {
		Map<Long, Comment> byId = new LinkedHashMap<>();
		shown.forEach((comment) -> byId.put(comment.getId(), comment));
		Map<Long, List<Comment>> children = new HashMap<>();
		List<Comment> roots = new ArrayList<>();
		for (Comment comment : shown) {
			Long parent = comment.getParentId();
			if (parent != null && byId.containsKey(parent)) {
				children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(comment);
			}
			else {
				roots.add(comment);
			}
		}
		return roots.stream().map((root) -> view(root, children)).toList();
	}

	private static ThreadedComment view(Comment comment, Map<Long, List<Comment>> children) {
		List<ThreadedComment> replies = children.getOrDefault(comment.getId(), List.of())
			.stream()
			.map((reply) -> view(reply, children))
			.toList();
		return new ThreadedComment(comment.getId(), comment.getAuthorName(), comment.getBodyHtml(),
				comment.getCreatedAt(), comment.getDepth(), comment.getStatus() != CommentStatus.APPROVED, replies);
	}

}
