package org.rustinwindows.portal.content.markdown;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.HtmlChecker;
import org.rustinwindows.portal.testsupport.RenderBudgets;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer(RenderBudgets.DEFAULT);

	private String html(String markdown) {
		return this.renderer.render(markdown).html();
	}

	@Nested
	class Extensions {

		@Test
		void rendersGithubTables() {
			assertThat(html("""
					| Model | Level |
					|---|---|
					| WDM | low |
					""")).contains("<table>").contains("<th>Model</th>").contains("<td>WDM</td>");
		}

		@Test
		void rendersStrikethrough() {
			assertThat(html("~~C only~~")).contains("<del>C only</del>");
		}

		@Test
		void rendersTaskListsAsDisabledLabelledCheckboxes() {
			String html = html("""
					- [x] bindings
					- [ ] SEH
					""");
			assertThat(html)
				.containsPattern("<input type=\"checkbox\"[^>]* checked=\"checked\" aria-label=\"Done\""
						+ " disabled=\"disabled\"")
				.containsPattern("<input type=\"checkbox\"[^>]* aria-label=\"Not done\" disabled=\"disabled\"")
				.doesNotContain("readonly");
		}

		@Test
		void linksBareAddresses() {
			assertThat(html("See https://github.com/microsoft/windows-drivers-rs for the code."))
				.contains("<a href=\"https://github.com/microsoft/windows-drivers-rs\">");
		}

		@Test
		void rendersFootnotes() {
			String html = html("""
					Seventy per cent.[^1]

					[^1]: Overview article.
					""");
			assertThat(html).contains("class=\"footnote-ref\"")
				.contains("class=\"footnotes\"")
				.contains("Overview article.");
		}

		@Test
		void givesHeadingsIdsWithoutRepeatingThemOnTheAnchor() {
			String html = html("## Why SEH matters");
			assertThat(html).contains("<h2 id=\"why-seh-matters\">").contains("href=\"#why-seh-matters\"");
			assertThat(html.split("id=\"why-seh-matters\"", -1)).hasSize(2);
		}

		@Test
		void rendersTocMarkerWithASecondLevelTitle() {
			String html = html("""
					[TOC]

					## First

					## Second
					""");
			assertThat(html).contains("<h2>Contents</h2>").contains("href=\"#first\"").doesNotContain("<h1");
		}

		@Test
		void keepsTheLanguageOfFencedCodeForHighlighting() {
			assertThat(html("""
					```rust
					let x = 1;
					```
					""")).contains("<code class=\"language-rust\">");
		}

		@Test
		void makesCodeBlocksReachableFromTheKeyboard() {
			assertThat(html("```c\nint x;\n```\n\n    indented code\n"))
				.contains("<pre tabindex=\"0\"><code class=\"language-c\">")
				.contains("<pre tabindex=\"0\"><code>indented code");
		}

		@Test
		void escapesMarkupInsideCode() {
			assertThat(html("`<script>`")).contains("<code>&lt;script&gt;</code>");
		}

	}

	@Nested
	class TableOfContents {

		@Test
		void nestsThirdLevelHeadingsUnderTheirSecondLevelHeading() {
			String toc = MarkdownRendererTests.this.renderer.render("""
					## Allocation
					### Pool tags
					### Failure
					## Panics
					""").tocHtml();
			assertThat(toc).isEqualTo("<ol><li><a href=\"#allocation\">Allocation</a><ol>"
					+ "<li><a href=\"#pool-tags\">Pool tags</a></li><li><a href=\"#failure\">Failure</a></li></ol></li>"
					+ "<li><a href=\"#panics\">Panics</a></li></ol>");
		}

		@Test
		void startingWithAThirdLevelHeadingStillGivesValidLists() throws Exception {
			String toc = MarkdownRendererTests.this.renderer.render("""
					### Detail
					## Overview
					### More
					""").tocHtml();
			assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><title>t</title><nav>" + toc + "</nav>"))
				.isEmpty();
		}

		@Test
		void isEmptyForShortEntries() {
			assertThat(MarkdownRendererTests.this.renderer.render("## Only one").tocHtml()).isEmpty();
		}

		@Test
		void usesTheSameIdsAsTheBodyForRepeatedHeadings() {
			RenderedMarkdown rendered = MarkdownRendererTests.this.renderer.render("""
					## Notes
					## Notes
					""");
			assertThat(rendered.tocHtml()).contains("href=\"#notes\"").contains("href=\"#notes-1\"");
			assertThat(rendered.html()).contains("id=\"notes\"").contains("id=\"notes-1\"");
		}

	}

	@Test
	void extractsPlainTextWithoutMarkdownSyntax() {
		String text = this.renderer.render("## Title\n\nSome **bold** and [a link](https://example.org).").text();
		assertThat(text).contains("Title").contains("Some bold and a link").doesNotContain("**").doesNotContain("](");
	}

	@Test
	void estimatesReadingTimeFromTheWordCount() {
		assertThat(this.renderer.render("word ".repeat(221)).readingMinutes()).isEqualTo(2);
		assertThat(this.renderer.render("").readingMinutes()).isEqualTo(1);
	}

	@Test
	void producesBodiesThatPassTheHtmlChecker() throws Exception {
		String body = html("""
				## Heading

				| a | b |
				|---|---|
				| 1 | 2 |

				- [x] done
				- [ ] open

				Text with a note.[^n] ~~old~~ https://example.org

				```toml
				[package]
				```

				[^n]: The note.
				""");
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><title>t</title><main>" + body + "</main>"))
			.isEmpty();
	}

}
