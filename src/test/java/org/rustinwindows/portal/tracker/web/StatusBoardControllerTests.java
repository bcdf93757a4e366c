package org.rustinwindows.portal.tracker.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.ChangeKind;
import org.rustinwindows.portal.content.ChangeNoteView;
import org.rustinwindows.portal.content.ContentFixtures;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceCitation;
import org.rustinwindows.portal.content.SourceKind;
import org.rustinwindows.portal.discovery.StructuredData;
import org.rustinwindows.portal.feeds.ChannelFeeds;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.testsupport.SliceSecurity;
import org.rustinwindows.portal.tracker.BoardOrder;
import org.rustinwindows.portal.tracker.BoardRow;
import org.rustinwindows.portal.tracker.StatusBoard;
import org.rustinwindows.portal.tracker.StatusFeed;
import org.rustinwindows.portal.tracker.StatusGroup;
import org.rustinwindows.portal.tracker.StatusHistoryLine;
import org.rustinwindows.portal.tracker.StatusItemPage;
import org.rustinwindows.portal.tracker.TrackedStatus;

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
 * The board and an item's page with their templates, over a mocked board.
 */
@WebMvcTest(StatusBoardController.class)
@Import({ SliceSecurity.class, StructuredData.class })
@EnableConfigurationProperties(PortalProperties.class)
class StatusBoardControllerTests {

	private static final SourceCitation REPORT = new SourceCitation("A magazine's report", null, "a-report",
			SourceKind.REPORT);

	private static final SourceCitation REPOSITORY = new SourceCitation("The repository",
			"https://github.com/microsoft/windows-drivers-rs", "the-repository", SourceKind.PRIMARY);

	private static final BoardRow WDK_SYS = new BoardRow("wdk-sys", "wdk-sys", StatusGroup.CRATES, "Bindings.",
			TrackedStatus.EXPERIMENTAL, EventDate.parse("2023-09"), EventDate.parse("2025-03-04"),
			Instant.parse("2026-01-02T03:04:05Z"), REPOSITORY);

	private static final BoardRow GDI = new BoardRow("gdi", "GDI", StatusGroup.KERNEL, "Graphics.",
			TrackedStatus.ANNOUNCED, EventDate.parse("2023-04"), EventDate.parse("2023-04"),
			Instant.parse("2026-01-01T00:00:00Z"), REPORT);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	StatusBoard board;

	@MockitoBean
	StatusFeed feed;

	@MockitoBean
	ChannelFeeds feeds;

	@Test
	void theBoardIsOneTableOfItemsWithStatusDatesAndSource() {
		given(this.board.board(null, BoardOrder.GROUP)).willReturn(List.of(WDK_SYS, GDI));

		assertThat(this.mvc.get().uri("/status")).hasStatusOk()
			.hasViewName("tracker/board")
			.bodyText()
			.contains("href=\"/status/wdk-sys\"", "windows-drivers-rs crates", "Experimental", "September 2023",
					"4 March 2025", "The repository", "primary source")
			.contains("href=\"/status/gdi\"", "Announced", "reported", "A magazine&#39;s report")
			.contains("data-changed=\"1767323045000\"")
			.contains("href=\"/status/feed.xml\"", "What the statuses mean", "Production-ready");
	}

	@Test
	void theBoardFiltersByGroupAndSortsByLatestChange() {
		given(this.board.board(StatusGroup.KERNEL, BoardOrder.CHANGED)).willReturn(List.of(GDI));

		assertThat(this.mvc.get().uri("/status?group=kernel&sort=changed")).hasStatusOk()
			.bodyText()
			.contains("GDI")
			.doesNotContain("href=\"/status/wdk-sys\"")
			.containsPattern("href=\"/status\\?group=kernel&amp;sort=changed\"\\s+aria-current=\"page\"");
	}

	@Test
	void anUnknownGroupOrOrderIsABadRequest() {
		assertThat(this.mvc.get().uri("/status?group=firmware")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/status?sort=sideways")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anItemPageShowsItsHistoryWithSourcesAndTheEntriesThatDiscussIt() {
		given(this.board.item("gdi")).willReturn(new StatusItemPage(GDI, "<p>About GDI.</p>",
				List.of(new StatusHistoryLine(12, EventDate.parse("2023-04"), TrackedStatus.ANNOUNCED,
						"Said to be coming to Insiders.", REPORT, Instant.parse("2026-01-01T00:00:00Z"))),
				List.of(ContentFixtures.event("gdi-work", "GDI work heads to Insiders", "2023-04")),
				List.of(new ChangeNoteView(3, ChangeKind.CORRECTION, "The date was a month off.",
						Instant.parse("2026-02-03T10:00:00Z"), "Status", "GDI", "/status/gdi"))));

		assertThat(this.mvc.get().uri("/status/gdi")).hasStatusOk()
			.hasViewName("tracker/item")
			.bodyText()
			.contains("<h1>GDI</h1>", "About GDI.", "id=\"record-12\"", "Said to be coming to Insiders.")
			.contains("April 2023", "A magazine&#39;s report", "href=\"/sources/a-report\"")
			.contains("Reported</strong>, not confirmed", "GDI work heads to Insiders")
			.contains("Changes since publication", "Correction", "3 February 2026", "The date was a month off.");
	}

	@Test
	void anUnknownItemIsNotFound() {
		given(this.board.item("nothing")).willThrow(NotFoundException.forSlug("status item", "nothing"));

		assertThat(this.mvc.get().uri("/status/nothing")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
