package org.rustinwindows.portal.content;

import java.util.List;

/**
 * A question with its answer and sources, as the FAQ page lists them.
 *
 * @param card the question's list form: slug, title (the question), summary and tags
 * @param bodyHtml the rendered answer
 * @param sources where the answer's claims come from
 */
public record FaqAnswer(EntryCard card, String bodyHtml, List<SourceCitation> sources) {

	public String title() {
		return this.card.title();
	}

	public String url() {
		return this.card.url();
	}

}
