package org.rustinwindows.portal.content.web;

import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.comments.Discussions;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts an entry's comments on its page. A page opened with a poster's receipt shows their
 * comment awaiting moderation, so it is theirs alone: no cache may keep it.
 */
@Component
class EntryDiscussion {

	private final Discussions discussions;

	EntryDiscussion(Discussions discussions) {
		this.discussions = discussions;
	}

	void addTo(Model model, long entryId, String receipt, HttpServletResponse response) {
		model.addAttribute("discussion", this.discussions.of(entryId, receipt));
		if (receipt != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		}
	}

}
