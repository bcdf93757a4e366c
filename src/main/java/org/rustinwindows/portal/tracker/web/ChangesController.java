package org.rustinwindows.portal.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.content.ChangeNotes;
import org.rustinwindows.portal.feeds.ChannelFeeds;
import org.rustinwindows.portal.shared.PageFeed;
import org.rustinwindows.portal.tracker.ChangesFeed;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /changes}: every correction, update and status record, newest first, with its
 * feeds.
 */
@Controller
class ChangesController {

	private final ChangeNotes notes;

	private final ChangesFeed feed;

	private final ChannelFeeds feeds;

	ChangesController(ChangeNotes notes, ChangesFeed feed, ChannelFeeds feeds) {
		this.notes = notes;
		this.feed = feed;
		this.feeds = feeds;
	}

	@GetMapping("/changes")
	String changes(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.notes.page(page));
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed("/changes", "corrections and updates"));
		return "tracker/changes";
	}

	@GetMapping({ "/changes/feed.xml", "/changes/atom.xml", "/changes/feed.json" })
	@ResponseBody
	ResponseEntity<byte[]> feed(HttpServletRequest request, HttpServletResponse response) {
		return this.feeds.serve(this.feed, request, response);
	}

}
