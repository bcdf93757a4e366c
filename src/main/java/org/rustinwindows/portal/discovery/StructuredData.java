package org.rustinwindows.portal.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.EntryDetail;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.FaqAnswer;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.stereotype.Component;

/**
 * JSON-LD (schema.org) for the templates: a BreadcrumbList on every page, an Article for
 * each article and timeline event, and an FAQPage for the FAQ and each of its questions.
 * Templates write it with {@code th:utext}: the JSON is escaped here so that nothing in
 * it can close the script element ({@code <}, {@code >} and {@code &} become
 * {@code \}{@code u} escapes, which JSON reads back as the same characters).
 */
@Component("structuredData")
public class StructuredData {

	private static final String CONTEXT = "https://schema.org";

	private final JsonMapper json = JsonMapper.builder().build();

	private final PortalProperties portal;

	StructuredData(PortalProperties portal) {
		this.portal = portal;
	}

	/**
	 * The trail from the home page to this page: the section's list, then the page.
	 * @param path the page's path
	 * @param title the page's title
	 */
	public String breadcrumbs(String path, String title) {
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(crumb(1, "Home", "/"));
		String[] segments = path.split("/");
		if (segments.length > 1) {
			String section = "/" + segments[1];
			String sectionName = sectionName(segments[1]);
			if (segments.length > 2 && sectionName != null) {
				items.add(crumb(2, sectionName, section));
				items.add(crumb(3, title, path));
			}
			else {
				items.add(crumb(2, title, path));
			}
		}
		return write(node("BreadcrumbList", object("itemListElement", items)));
	}

	/** An article or a timeline event as an Article. */
	public String article(EntryDetail entry) {
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
			article.put("about",
					object("@type", "Event", "name", entry.title(), "startDate", entry.card().eventDate().iso()));
		}
		article.put("keywords", entry.card().tags().stream().map((tag) -> tag.name()).toList());
		article.put("author", organization());
		article.put("publisher", organization());
		article.put("citation", entry.sources().stream().map((source) -> source.title()).toList());
		return write(node("Article", article));
	}

	/** One question and its answer as an FAQPage. */
	public String faqPage(EntryDetail question) {
		return write(node("FAQPage", object("mainEntity", List.of(question(question.card(), question.bodyHtml())))));
	}

	/** A page of the FAQ as one FAQPage. */
	public String faqPage(List<FaqAnswer> answers) {
		return write(node("FAQPage", object("mainEntity",
				answers.stream().map((answer) -> question(answer.card(), answer.bodyHtml())).toList())));
	}

	private Map<String, Object> question(EntryCard card, String answerHtml) {
		return object("@type", "Question", "name", card.title(), "url", this.portal.absolute(card.url()),
				"acceptedAnswer", object("@type", "Answer", "text", answerHtml));
	}

	private Map<String, Object> crumb(int position, String name, String path) {
		return object("@type", "ListItem", "position", position, "name", name, "item", this.portal.absolute(path));
	}

	private Map<String, Object> organization() {
		return object("@type", "Organization", "name", "Rust in Windows", "url", this.portal.absolute("/"));
	}

	private static Map<String, Object> node(String type, Map<String, Object> properties) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@context", CONTEXT);
		node.put("@type", type);
		node.putAll(properties);
		return node;
	}

	/**
	 * A JSON object with its members in the order given. {@code Map.of} would do, but its
	 * order changes from one start of the JVM to the next, and so would the page's bytes
	 * and its ETag, for every cache in front of the portal.
	 */
	private static Map<String, Object> object(Object... namesAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			object.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return object;
	}

	private static String sectionName(String segment) {
		return switch (segment) {
			case "articles" -> "Articles";
			case "timeline" -> "Timeline";
			case "faq" -> "FAQ";
			case "tags" -> "Tags";
			default -> null;
		};
	}

	private String write(Map<String, Object> node) {
		return this.json.writeValueAsString(node)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

}
