package org.rustinwindows.portal.comments;

import java.util.regex.Pattern;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.rustinwindows.portal.shared.RenderBudget;
import org.rustinwindows.portal.shared.RenderBudgetExceededException;

import org.springframework.stereotype.Component;

/**
 * Renders readers' Markdown: CommonMark with raw HTML escaped, then cleaned by the OWASP
 * sanitizer's allow-list, so that only emphasis, links, code, lists and quotes survive.
 * Images, scripts, event handlers, styles and any URL that is not http, https or mailto
 * are dropped, whatever the Markdown parser let through; links get
 * {@code rel="nofollow ugc noopener"}.
 */
@Component
class ReaderMarkdown {

	private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|mailto:|www\\.)");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "em", "strong", "del", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "a")
		// Headings would shout in a thread: they become plain paragraphs.
		.allowElements((name, attributes) -> "p", "h1", "h2", "h3", "h4", "h5", "h6")
		.allowUrlProtocols("http", "https", "mailto")
		// Absolute web and mail addresses only, made of characters a URL may hold.
		.allowAttributes("href")
		.matching(Pattern.compile("(?i)(?:https?://|mailto:)[^\\s\"'<>`\\\\]+"))
		.onElements("a")
		.requireRelsOnLinks("nofollow", "ugc", "noopener")
		.toFactory();

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final RenderBudget budget;

	ReaderMarkdown(RenderBudget budget) {
		this.budget = budget;
		MutableDataSet options = new MutableDataSet();
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.SOFT_BREAK, "<br>\n");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	/**
	 * @throws RenderBudgetExceededException when the text costs more than its budget to
	 * render
	 */
	String toSafeHtml(String markdown) {
		String html = this.budget.apply(markdown,
				(text) -> this.renderer.render(this.parser.parse(BasedSequence.of(text))));
		return POLICY.sanitize(html).strip();
	}

	/**
	 * Addresses in the text, linked or not: spam is links, whether or not they are
	 * clickable.
	 */
	static int countLinks(String markdown) {
		return (int) LINK.matcher(markdown).results().count();
	}

}
