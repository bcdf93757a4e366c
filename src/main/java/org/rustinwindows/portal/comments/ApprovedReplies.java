package org.rustinwindows.portal.comments;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies as others are told of them: which comment each answers, who wrote it and where
 * it is read. Only approved replies, whose targets still exist.
 */
@Service
public class ApprovedReplies {

	private final CommentRepository comments;

	private final CommentTargets targets;

	ApprovedReplies(CommentRepository comments, CommentTargets targets) {
		this.comments = comments;
		this.targets = targets;
	}

	@Transactional(readOnly = true)
	public List<Reply> of(Collection<Long> commentIds) {
		List<Comment> replies = this.comments.findAllById(commentIds)
			.stream()
			.filter((comment) -> comment.getParentId() != null && comment.getStatus() == CommentStatus.APPROVED)
			.toList();
		Map<Long, CommentTargets.CommentTarget> described = this.targets
			.describe(replies.stream().map(Comment::getTargetId).distinct().toList());
		return replies.stream().map((reply) -> {
			CommentTargets.CommentTarget target = described.get(reply.getTargetId());
			return (target != null) ? new Reply(reply.getId(), reply.getParentId(), reply.getAuthorName(),
					target.title(), target.url() + "#comment-" + reply.getId()) : null;
		}).filter(Objects::nonNull).toList();
	}

	/**
	 * @param commentId the reply
	 * @param parentId the comment it answers
	 * @param authorName who wrote it
	 * @param targetTitle the title of what the discussion is about
	 * @param url where the reply is read, relative to the site
	 */
	public record Reply(long commentId, long parentId, String authorName, String targetTitle, String url) {

	}

}
