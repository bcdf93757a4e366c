package org.rustinwindows.portal.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rustinwindows.portal.testsupport.RenderBudgets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' Markdown: the small subset comes through, nothing active does.
 */
class ReaderMarkdownTests {

	private final ReaderMarkdown markdown = new ReaderMarkdown(RenderBudgets.DEFAULT);

	static java.util.List<String> payloads() {
		return XssPayloads.all();
	}

	@Test
	void knowsAtLeastFiftyPayloads() {
		assertThat(payloads()).hasSizeGreaterThanOrEqualTo(50);
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void everyKnownPayloadComesOutInert(String payload) {
		XssPayloads.assertInert(this.markdown.toSafeHtml(payload), payload);
	}

	@Test
	void keepsEmphasisLinksCodeListsAndQuotes() {
		String html = this.markdown.toSafeHtml("""
				Some *emphasis*, **strong** and `code`, a [link](https://example.org/a?b=1&c=2).

				- one
				- two

				1. first

				> quoted

				```
				fn main() {}
				```
				""");
		assertThat(html).contains("<em>emphasis</em>")
			.contains("<strong>strong</strong>")
			.contains("<code>code</code>")
			.contains("<a href=\"https://example.org/a?b&#61;1&amp;c&#61;2\" rel=\"nofollow ugc noopener\">link</a>")
			.contains("<ul><li>one</li><li>two</li></ul>")
			.contains("<ol><li>first</li></ol>")
			.containsPattern("<blockquote>\\s*<p>quoted</p>\\s*</blockquote>")
			.contains("<pre><code>fn main() {}");
	}

	@Test
	void showsRawHtmlAsTextAndDropsImages() {
		assertThat(this.markdown.toSafeHtml("<b>bold?</b>")).isEqualTo("<p>&lt;b&gt;bold?&lt;/b&gt;</p>");
		assertThat(this.markdown.toSafeHtml("![alt](https://example.org/i.png)")).doesNotContain("<img")
			.doesNotContain("example.org");
	}

	@Test
	void turnsHeadingsIntoParagraphs() {
		assertThat(this.markdown.toSafeHtml("# Loud")).isEqualTo("<p>Loud</p>");
	}

	@Test
	void countsLinksWhetherClickableOrNot() {
		assertThat(ReaderMarkdown.countLinks("see https://a.example, [b](http://b.example) and www.c.example"))
			.isEqualTo(3);
		assertThat(ReaderMarkdown.countLinks("no links, just text: colons and dots.")).isZero();
	}

}
