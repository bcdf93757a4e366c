package org.rustinwindows.portal.content.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.rustinwindows.portal.shared.RenderBudget;
import org.rustinwindows.portal.shared.RenderBudgetExceededException;

import org.springframework.stereotype.Component;

/**
 * Renders editors' Markdown to HTML with GitHub-flavoured extensions, then keeps only
 * what {@link EditorHtmlPolicy} allows. The options are chosen so that the output passes
 * the Nu Html Checker and axe: anchor links do not repeat the heading's id, and task-list
 * checkboxes are disabled and labelled.
 */
@Component
public class MarkdownRenderer {

	private static final int WORDS_PER_MINUTE = 220;

	private static final int TOC_MIN_LEVEL = 2;

	private static final int TOC_MAX_LEVEL = 3;

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final RenderBudget budget;

	public MarkdownRenderer(RenderBudget budget) {
		this.budget = budget;
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
						AutolinkExtension.create(), AnchorLinkExtension.create(), TocExtension.create(),
						FootnoteExtension.create(), new CodeBlockAttributes.Extension()));
		options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
		options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
		options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
		options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor");
		options.set(TaskListExtension.ITEM_DONE_MARKER,
				"<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"Done\"> ");
		options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
				"<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"Not done\"> ");
		options.set(TocExtension.LEVELS, levelMask(TOC_MIN_LEVEL, TOC_MAX_LEVEL));
		options.set(TocExtension.TITLE, "Contents");
		options.set(TocExtension.TITLE_LEVEL, 2);
		options.set(TablesExtension.COLUMN_SPANS, false);
		options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
		options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
		options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	/**
	 * @throws MarkdownRefusedException when it uses a costly construct too often, or its
	 * rendering goes past the budget
	 */
	public RenderedMarkdown render(String markdown) {
		CostlyConstructs.check(markdown);
		try {
			return this.budget.apply(markdown, (text) -> renderNow(BasedSequence.of(text)));
		}
		catch (RenderBudgetExceededException ex) {
			throw new MarkdownRefusedException(ex.getMessage());
		}
	}

	private RenderedMarkdown renderNow(BasedSequence markdown) {
		Document document = this.parser.parse(markdown);
		// Rendering and sanitizing recurse once per level and no longer read the text, so
		// the deadline cannot stop them: a document nested deeper than any writer needs
		// is
		// refused here, measured without recursion.
		if (CostlyConstructs.nestingDepth(document) > CostlyConstructs.NESTING) {
			throw new MarkdownRefusedException(
					"Nest quotes, lists and emphasis at most " + CostlyConstructs.NESTING + " levels deep.");
		}
		String html = EditorHtmlPolicy.sanitize(this.renderer.render(document));
		String text = new TextCollectingVisitor().collectAndGetText(document);
		return new RenderedMarkdown(html, tableOfContents(document), text, readingMinutes(text));
	}

	/**
	 * Lists the headings with the same ids the HTML renderer gives them: both come from
	 * the same generator applied to the same document.
	 */
	private String tableOfContents(Document document) {
		HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
		ids.generateIds(document);
		List<Heading> headings = new ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof Heading heading && heading.getLevel() >= TOC_MIN_LEVEL
					&& heading.getLevel() <= TOC_MAX_LEVEL) {
				headings.add(heading);
			}
		}
		if (headings.size() < 2) {
			return "";
		}
		int topLevel = headings.stream().mapToInt(Heading::getLevel).min().getAsInt();
		StringBuilder toc = new StringBuilder("<ol>");
		boolean itemOpen = false;
		boolean inNestedList = false;
		for (Heading heading : headings) {
			boolean nested = itemOpen && heading.getLevel() > topLevel;
			if (nested) {
				toc.append(inNestedList ? "</li>" : "<ol>");
				inNestedList = true;
			}
			else {
				if (inNestedList) {
					toc.append("</li></ol>");
					inNestedList = false;
				}
				if (itemOpen) {
					toc.append("</li>");
				}
				itemOpen = true;
			}
			String text = new TextCollectingVisitor().collectAndGetText(heading);
			toc.append("<li><a href=\"#")
				.append(Escaping.escapeHtml(ids.getId(heading), true))
				.append("\">")
				.append(Escaping.escapeHtml(text, false))
				.append("</a>");
		}
		if (inNestedList) {
			toc.append("</li></ol>");
		}
		toc.append("</li>");
		return toc.append("</ol>").toString();
	}

	private static int readingMinutes(String text) {
		int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
		return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
	}

	private static int levelMask(int from, int to) {
		int mask = 0;
		for (int level = from; level <= to; level++) {
			mask |= 1 << level;
		}
		return mask;
	}

}
