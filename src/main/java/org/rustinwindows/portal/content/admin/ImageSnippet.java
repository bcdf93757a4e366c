package org.rustinwindows.portal.content.admin;

import org.springframework.web.util.HtmlUtils;

/**
 * The Markdown that puts an uploaded image in an entry's body: a plain image, or, with a
 * caption, a figure with its caption beneath (HTML, which Markdown has no syntax for and
 * the renderer lets through).
 */
final class ImageSnippet {

	private ImageSnippet() {
	}

	/**
	 * @param url the image's address
	 * @param alt what the image shows, for readers who cannot see it
	 * @param caption shown under the image, or blank for none
	 */
	static String of(String url, String alt, String caption) {
		String description = oneLine(alt);
		if (caption == null || caption.isBlank()) {
			return "![" + description.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + "](" + url + ")";
		}
		return "<figure>\n<img src=\"" + HtmlUtils.htmlEscape(url) + "\" alt=\"" + HtmlUtils.htmlEscape(description)
				+ "\">\n<figcaption>" + HtmlUtils.htmlEscape(oneLine(caption)) + "</figcaption>\n</figure>";
	}

	/** A line break or a blank line would end the image or the figure early. */
	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
