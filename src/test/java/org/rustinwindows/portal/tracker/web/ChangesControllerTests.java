package org.rustinwindows.portal.tracker.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.ChangeKind;
import org.rustinwindows.portal.content.ChangeNoteView;
import org.rustinwindows.portal.content.ChangeNotes;
import org.rustinwindows.portal.discovery.StructuredData;
import org.rustinwindows.portal.feeds.ChannelFeeds;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PageView;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.testsupport.SliceSecurity;
import org.rustinwindows.portal.tracker.ChangesFeed;
import org.rustinwindows.portal.tracker.RecentChanges;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * {@code /changes} and the list of recent changes the pages' script reads, with their
 * templates, over mocked notes.
 */
@WebMvcTest({ ChangesController.class, RecentChangesController.class })
@Import({ SliceSecurity.class, StructuredData.class })
@EnableConfigurationProperties(PortalProperties.class)
class ChangesControllerTests {

	private static final ChangeNoteView CORRECTION = new ChangeNoteView(4, ChangeKind.CORRECTION,
			"The year was 2023, not 2022.", Instant.parse("2026-03-04T10:00:00Z"), "Article", "Allocators",
			"/articles/allocators");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ChangeNotes notes;

	@MockitoBean
	ChangesFeed feed;

	@MockitoBean
	ChannelFeeds feeds;

	@MockitoBean
	RecentChanges recent;

	@Test
	void listsEveryChangeNewestFirstWithWhatItConcerns() {
		given(this.notes.page(1)).willReturn(new PageView<>(List.of(CORRECTION), 1, 1, 1));

		assertThat(this.mvc.get().uri("/changes")).hasStatusOk()
			.hasViewName("tracker/changes")
			.bodyText()
			.contains("Correction", "4 March 2026", "href=\"/articles/allocators\"", "The year was 2023, not 2022.")
			.contains("data-changed=\"1772618400000\"", "href=\"/changes/feed.xml\"");
	}

	@Test
	void saysSoWhenNothingChangedAndRefusesAPagePastTheLast() {
		given(this.notes.page(1)).willReturn(new PageView<>(List.of(), 1, 1, 0));
		given(this.notes.page(9)).willThrow(new NotFoundException("No page 9"));

		assertThat(this.mvc.get().uri("/changes")).bodyText().contains("Nothing has changed since publication yet.");
		assertThat(this.mvc.get().uri("/changes?page=9")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theRecentListIsJsonTheSameForEveryone() {
		given(this.recent.newest())
			.willReturn(List.of(new RecentChanges.RecentChange(Instant.parse("2026-03-04T10:00:00Z"), "Correction",
					"Article", "Allocators: fixed", "/articles/a")));

		assertThat(this.mvc.get().uri("/changes/recent.json")).hasStatusOk()
			.hasHeader("Cache-Control", "no-cache, public")
			.bodyJson()
			.extractingPath("$[0].what")
			.isEqualTo("Correction");
	}

}
