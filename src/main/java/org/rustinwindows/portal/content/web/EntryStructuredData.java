package org.rustinwindows.portal.content.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.EntryDetail;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.FaqAnswer;
import org.rustinwindows.portal.shared.JsonLd;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What an entry's page is about, as schema.org JSON-LD: an Article for each article and
 * timeline event, an FAQPage for the FAQ and each of its questions. The controllers put
 * it in the model as {@value #ATTRIBUTE}, and the page's template writes it in the head,
 * beside the entry's times for Open Graph ({@value #PUBLISHED_TIME},
 * {@value #MODIFIED_TIME}).
 */
@Component
class EntryStructuredData {

	static final String ATTRIBUTE = "structuredData";

	static final String PUBLISHED_TIME = "publishedTime";

	static final String MODIFIED_TIME = "modifiedTime";

	private final PortalProperties portal;

	EntryStructuredData(PortalProperties portal) {
		this.portal = portal;
	}

	/** An article or a timeline event as an Article. */
	void addArticle(Model model, EntryDetail entry) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("headline", entry.title());
		article.put("description", entry.card().summary());
		article.put("url", this.portal.absolute(entry.url()));
		article.put("mainEntityOfPage", this.portal.absolute(entry.url()));
		article.put("datePublished", entry.card().publishedAt().toString());
		if (entry.updatedAt() != null) {
			article.put("dateModified", entry.updatedAt().toString());
		}
		if (entry.card().kind() == EntryKind.TIMELINE && entry.card().eventDate() != null) {
			article.put("about", JsonLd.object("@type", "Event", "name", entry.title(), "startDate",
					entry.card().eventDate().iso()));
		}
		article.put("keywords", entry.card().tags().stream().map((tag) -> tag.name()).toList());
		article.put("author", JsonLd.organization(this.portal));
		article.put("publisher", JsonLd.organization(this.portal));
		article.put("citation", entry.sources().stream().map((source) -> source.title()).toList());
		add(model, JsonLd.node("Article", article));
		addTimes(model, entry);
	}

	/** One question and its answer as an FAQPage. */
	void addQuestion(Model model, EntryDetail question) {
		add(model, JsonLd.node("FAQPage",
				JsonLd.object("mainEntity", List.of(question(question.card(), question.bodyHtml())))));
		addTimes(model, question);
	}

	/** A page of the FAQ as one FAQPage. */
	void addQuestions(Model model, List<FaqAnswer> answers) {
		add(model, JsonLd.node("FAQPage", JsonLd.object("mainEntity",
				answers.stream().map((answer) -> question(answer.card(), answer.bodyHtml())).toList())));
	}

	private Map<String, Object> question(EntryCard card, String answerHtml) {
		return JsonLd.object("@type", "Question", "name", card.title(), "url", this.portal.absolute(card.url()),
				"acceptedAnswer", JsonLd.object("@type", "Answer", "text", answerHtml));
	}

	private static void addTimes(Model model, EntryDetail entry) {
		model.addAttribute(PUBLISHED_TIME, entry.card().publishedAt().toString());
		if (entry.updatedAt() != null) {
			model.addAttribute(MODIFIED_TIME, entry.updatedAt().toString());
		}
	}

	private static void add(Model model, Map<String, Object> node) {
		model.addAttribute(ATTRIBUTE, JsonLd.write(node));
	}

}
