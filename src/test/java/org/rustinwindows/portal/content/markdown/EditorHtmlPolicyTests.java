package org.rustinwindows.portal.content.markdown;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rustinwindows.portal.testsupport.PayloadFiles;
import org.rustinwindows.portal.testsupport.RenderBudgets;
import org.rustinwindows.portal.testsupport.SanitizedHtml;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors' Markdown may carry raw HTML, and an admin's browser opens what they write:
 * every payload of the readers' list and the editors' own list (htmx, SVG and MathML,
 * CSS, meta refresh, base, forms) renders to HTML with only the allowed elements and
 * attributes, links only to web, mail or the portal's own addresses, images only from the
 * portal.
 */
class EditorHtmlPolicyTests {

	private static final Set<String> ELEMENTS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em",
			"strong", "b", "i", "del", "s", "ins", "mark", "small", "sub", "sup", "kbd", "samp", "var", "abbr", "cite",
			"q", "code", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody",
			"tfoot", "tr", "th", "td", "figure", "figcaption", "details", "summary", "div", "span", "a", "img",
			"input");

	private static final Set<String> ATTRIBUTES = Set.of("id", "class", "title", "lang", "href", "src", "alt", "width",
			"height", "tabindex", "start", "colspan", "rowspan", "align", "open", "type", "checked", "disabled",
			"aria-label");

	private static final Pattern SAFE_LINK = Pattern
		.compile("(?i)^(https?://[^\\s]+|mailto:[^\\s]+|/(?!/)[^\\s]*|#[^\\s]*|[a-z0-9_.-]+(/[^\\s]*)?)$");

	private final MarkdownRenderer renderer = new MarkdownRenderer(RenderBudgets.DEFAULT);

	static Stream<String> payloads() {
		return Stream.concat(PayloadFiles.read("/xss-payloads.txt").stream(),
				PayloadFiles.read("/editor-html-payloads.txt").stream());
	}

	@Test
	void theCorpusHoldsAtLeastSixtyEditorPayloads() {
		assertThat(PayloadFiles.read("/editor-html-payloads.txt")).hasSizeGreaterThanOrEqualTo(60);
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void leavesNothingActive(String payload) {
		String html = this.renderer.render(payload).html();
		assertInert(html, payload);
		assertThat(html.toLowerCase()).as("from %s", payload)
			.doesNotContain("hx-")
			.doesNotContain("evil.example/track");
	}

	@Test
	void keepsWhatTheRendererAndWritersProduce() {
		String html = this.renderer
			.render("""
					## Allocation <kbd>Ctrl</kbd>

					| Model | Since |
					|:------|------:|
					| KMDF  | 2023  |

					- [x] bindings

					```rust
					let x = 1;
					```

					![The driver stack](/media/0123456789abcdef0123456789abcdef.png "Stack")

					See [the guide](/articles/windows-drivers-rs-and-cargo-wdk) and [GitHub](https://github.com/microsoft/windows-drivers-rs)[^1].

					<details><summary>More</summary>H<sub>2</sub>O</details>

					[^1]: The repository.
					""")
			.html();
		assertThat(html).contains("<h2 id=\"allocation-ctrl\">")
			.contains("<kbd>Ctrl</kbd>")
			.containsPattern("<th[^>]*>Model</th>")
			.contains("<td align=\"right\">2023</td>")
			.contains("<pre tabindex=\"0\"><code class=\"language-rust\">let x &#61; 1;\n</code></pre>")
			.contains("<img src=\"/media/0123456789abcdef0123456789abcdef.png\" alt=\"The driver stack\"")
			.contains("<a href=\"/articles/windows-drivers-rs-and-cargo-wdk\">the guide</a>")
			.contains("<a href=\"https://github.com/microsoft/windows-drivers-rs\">GitHub</a>")
			.contains("<details><summary>More</summary>H<sub>2</sub>O</details>")
			.contains("class=\"footnote-ref\"")
			.contains("class=\"footnotes\"");
	}

	@Test
	void dropsImagesFromOtherSites() {
		String html = this.renderer.render("![tracker](https://evil.example/track.png)").html();
		assertThat(html).doesNotContain("<img").doesNotContain("evil.example");
	}

	private static void assertInert(String html, String payload) {
		SanitizedHtml.assertEveryTag(html, payload, (tag) -> {
			assertThat(ELEMENTS).as("element <%s> from %s in %s", tag.name(), payload, html).contains(tag.name());
			Map<String, String> attributes = tag.attributes();
			assertThat(ATTRIBUTES).as("attributes from %s in %s", payload, html).containsAll(attributes.keySet());
			String href = attributes.get("href");
			if (href != null) {
				assertThat(HtmlUtils.htmlUnescape(href)).as("link from %s in %s", payload, html).matches(SAFE_LINK);
			}
			String src = attributes.get("src");
			if (src != null) {
				assertThat(src).as("image from %s in %s", payload, html).matches("/media/[A-Za-z0-9_-]+\\.[a-z]+");
			}
			if (tag.name().equals("input")) {
				assertThat(attributes).as("input from %s in %s", payload, html)
					.containsEntry("type", "checkbox")
					.containsEntry("disabled", "disabled");
			}
		});
	}

}
