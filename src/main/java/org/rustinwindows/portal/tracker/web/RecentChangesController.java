package org.rustinwindows.portal.tracker.web;

import java.util.List;

import org.rustinwindows.portal.tracker.RecentChanges;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list the pages' script reads to show a returning reader what is new: the same for
 * everyone, so that it is kept and shared like any page.
 */
@RestController
class RecentChangesController {

	private final RecentChanges changes;

	RecentChangesController(RecentChanges changes) {
		this.changes = changes;
	}

	@GetMapping(path = "/changes/recent.json", produces = "application/json")
	ResponseEntity<List<RecentChanges.RecentChange>> recent() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic()).body(this.changes.newest());
	}

}
