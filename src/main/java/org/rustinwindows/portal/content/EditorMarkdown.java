package org.rustinwindows.portal.content;

import org.rustinwindows.portal.content.markdown.MarkdownRefusedException;
import org.rustinwindows.portal.content.markdown.MarkdownRenderer;

import org.springframework.stereotype.Component;

/**
 * Editors' Markdown as the portal renders entries, for other modules' texts (a status
 * item's description): the same extensions, budget and sanitizing.
 */
@Component
public class EditorMarkdown {

	private final MarkdownRenderer renderer;

	EditorMarkdown(MarkdownRenderer renderer) {
		this.renderer = renderer;
	}

	/**
	 * @throws EntryRuleException (for the field given) when the text cannot be rendered
	 * within the budget
	 */
	public String html(String markdown, String field) {
		try {
			return this.renderer.render(markdown).html();
		}
		catch (MarkdownRefusedException ex) {
			throw new EntryRuleException(field, ex.getMessage());
		}
	}

}
