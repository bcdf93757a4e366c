package org.rustinwindows.portal.notifications;

import org.springframework.ui.Model;

/**
 * The page a mailed link or a request leads to: what became of it, in a heading and a
 * sentence.
 */
final class OutcomePage {

	static final String VIEW = "notifications/outcome";

	private OutcomePage() {
	}

	/**
	 * @param done whether it went as the reader wanted
	 */
	static String show(Model model, boolean done, String heading, String text) {
		model.addAttribute("done", done);
		model.addAttribute("heading", heading);
		model.addAttribute("text", text);
		return VIEW;
	}

}
