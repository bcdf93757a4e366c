package org.rustinwindows.portal.content.markdown;

/**
 * A body the renderer will not render: it uses a costly construct too often, nests too
 * deeply, or takes longer than its budget. The message speaks to the person who wrote it.
 */
public class MarkdownRefusedException extends RuntimeException {

	MarkdownRefusedException(String message) {
		super(message);
	}

}
