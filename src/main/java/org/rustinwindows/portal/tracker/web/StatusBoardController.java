package org.rustinwindows.portal.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rustinwindows.portal.feeds.ChannelFeeds;
import org.rustinwindows.portal.shared.JsonLd;
import org.rustinwindows.portal.shared.PageFeed;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.tracker.BoardOrder;
import org.rustinwindows.portal.tracker.StatusBoard;
import org.rustinwindows.portal.tracker.StatusFeed;
import org.rustinwindows.portal.tracker.StatusGroup;
import org.rustinwindows.portal.tracker.StatusItemPage;
import org.rustinwindows.portal.tracker.TrackedStatus;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The status board ({@code /status}), an item's page with its history, and the board's
 * feeds.
 */
@Controller
class StatusBoardController {

	private final StatusBoard board;

	private final StatusFeed feed;

	private final ChannelFeeds feeds;

	private final PortalProperties portal;

	StatusBoardController(StatusBoard board, StatusFeed feed, ChannelFeeds feeds, PortalProperties portal) {
		this.portal = portal;
		this.board = board;
		this.feed = feed;
		this.feeds = feeds;
	}

	@GetMapping("/status")
	String board(@RequestParam(required = false) String group, @RequestParam(required = false) String sort,
			Model model) {
		StatusGroup chosen = group(group);
		BoardOrder order = order(sort);
		model.addAttribute("rows", this.board.board(chosen, order));
		model.addAttribute("group", chosen);
		model.addAttribute("groups", StatusGroup.values());
		model.addAttribute("order", order);
		model.addAttribute("statuses", TrackedStatus.values());
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed("/status", "status changes"));
		return "tracker/board";
	}

	@GetMapping("/status/{slug}")
	String item(@PathVariable String slug, Model model) {
		StatusItemPage page = this.board.item(slug);
		model.addAttribute("page", page);
		model.addAttribute("structuredData",
				JsonLd.write(JsonLd.node("WebPage",
						JsonLd.object("name", page.row().title() + ": " + page.row().status().label(), "description",
								page.row().summary(), "url", this.portal.absolute(page.row().url()), "dateModified",
								page.row().changedAt().toString(), "publisher", JsonLd.organization(this.portal)))));
		model.addAttribute(PageFeed.ATTRIBUTE, new PageFeed("/status", "status changes"));
		return "tracker/item";
	}

	// Literal paths: a pattern would lose to the items' /status/{slug}.
	@GetMapping({ "/status/feed.xml", "/status/atom.xml", "/status/feed.json" })
	@ResponseBody
	ResponseEntity<byte[]> feed(HttpServletRequest request, HttpServletResponse response) {
		return this.feeds.serve(this.feed, request, response);
	}

	private static StatusGroup group(String word) {
		if (word == null || word.isBlank()) {
			return null;
		}
		try {
			return StatusGroup.fromWord(word);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The group is crates, driver-models, kernel or tooling.");
		}
	}

	private static BoardOrder order(String word) {
		if (word == null || word.isBlank()) {
			return BoardOrder.GROUP;
		}
		try {
			return BoardOrder.fromWord(word);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
