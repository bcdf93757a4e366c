package org.rustinwindows.portal.content.web;

import java.util.stream.Stream;

import org.springframework.ui.Model;

/**
 * Whether a page shows code, so that the layout loads the highlighter's script and
 * stylesheets there alone: elsewhere they would only delay the page (the stylesheets
 * block its first paint).
 */
final class CodeHighlighting {

	static final String ATTRIBUTE = "hasCode";

	private CodeHighlighting() {
	}

	/**
	 * @param bodies the rendered bodies the page shows
	 */
	static void addTo(Model model, Stream<String> bodies) {
		model.addAttribute(ATTRIBUTE, bodies.anyMatch((html) -> html != null && html.contains("<pre")));
	}

}
