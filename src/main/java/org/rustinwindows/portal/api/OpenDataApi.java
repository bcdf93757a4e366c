package org.rustinwindows.portal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rustinwindows.portal.content.EntryData;
import org.rustinwindows.portal.content.OpenData;
import org.rustinwindows.portal.content.PublishedTags;
import org.rustinwindows.portal.content.TagCount;
import org.rustinwindows.portal.tracker.StatusBoard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API: everything published, by stable id, a page at a time.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Open data", description = "Everything published on the portal, read-only")
class OpenDataApi {

	private final OpenData data;

	private final PublishedTags tags;

	private final StatusBoard board;

	OpenDataApi(OpenData data, PublishedTags tags, StatusBoard board) {
		this.data = data;
		this.tags = tags;
		this.board = board;
	}

	@GetMapping("/entries")
	@Operation(summary = "Published articles, timeline events and FAQ items, oldest first")
	ApiPage<EntryData> entries(
			@Parameter(description = "articles, timeline or faq; all kinds when left out") @RequestParam(
					required = false) String kind,
			@Parameter(description = "from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "from 1 to 100") @RequestParam(defaultValue = "20") int size) {
		return ApiPage.of(
				this.data.entries(ApiParameters.kind(kind), ApiParameters.page(page), ApiParameters.size(size)), size,
				(entry) -> entry);
	}

	@GetMapping("/entries/{id}")
	@Operation(summary = "One published entry by its id")
	EntryData entry(@PathVariable long id) {
		return this.data.entry(id);
	}

	@GetMapping("/tags")
	@Operation(summary = "The tags published entries carry, with how many do")
	List<TagCount> tags() {
		return this.tags.all();
	}

	@GetMapping("/sources")
	@Operation(summary = "The sources something published cites, by title")
	ApiPage<SourceResource> sources(@Parameter(description = "from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "from 1 to 100") @RequestParam(defaultValue = "50") int size) {
		return ApiPage.of(this.data.sources(ApiParameters.page(page), ApiParameters.size(size)), size,
				SourceResource::of);
	}

	@GetMapping("/sources/{id}")
	@Operation(summary = "One source by its id")
	SourceResource source(@PathVariable long id) {
		return SourceResource.of(this.data.source(id));
	}

	@GetMapping("/status")
	@Operation(summary = "The status board: every tracked item with its current status and history")
	List<StatusItemResource> status() {
		return this.board.histories().stream().map(StatusItemResource::of).toList();
	}

	@GetMapping("/status/{slug}")
	@Operation(summary = "One status item with its history, newest record first")
	StatusItemResource statusItem(@PathVariable String slug) {
		return StatusItemResource.of(this.board.item(slug));
	}

}
