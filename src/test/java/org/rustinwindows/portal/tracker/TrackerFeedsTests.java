package org.rustinwindows.portal.tracker;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceRef;
import org.rustinwindows.portal.testsupport.HtmlChecker;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A status change recorded by an editor reaches the board, the item's history,
 * {@code /changes} and both feeds, in each format, with validators.
 */
@PortalServerTest
class TrackerFeedsTests {

	@LocalServerPort
	int port;

	private final StatusDesk desk;

	TrackerFeedsTests(StatusDesk desk) {
		this.desk = desk;
	}

	@Test
	void aRecordedChangeIsOnTheBoardUnderChangesAndInEveryFeed() throws Exception {
		long id = this.desk.create(new StatusItemText("feed-test-item", "Feed test item", StatusGroup.TOOLING,
				"An item for the feeds.", "", 99), List.of(), "editor");
		this.desk.record(id, new StatusChangeRecord(EventDate.parse("2025-12-01"), TrackedStatus.PREVIEW,
				"Reached testers & <friends>.", new SourceRef("A feed test source", "https://example.org/feed-test")),
				"editor");
		PortalHttp http = new PortalHttp(this.port);

		assertThat(http.get("/status").body()).contains("Feed test item", "Preview");
		assertThat(http.get("/status/feed-test-item").body()).contains("Reached testers &amp; &lt;friends&gt;.");
		HttpResponse<String> changes = http.get("/changes");
		assertThat(changes.body()).contains("Preview as of 1 December 2025: Reached testers &amp; &lt;friends&gt;.");
		assertThat(HtmlChecker.errors(changes.body())).isEmpty();
		for (String feed : List.of("/status/feed.xml", "/status/atom.xml", "/status/feed.json", "/changes/feed.xml",
				"/changes/atom.xml", "/changes/feed.json")) {
			HttpResponse<String> response = http.get(feed);
			assertThat(response.statusCode()).as(feed).isEqualTo(200);
			assertThat(response.body()).as(feed).contains("Feed test item");
			String etag = response.headers().firstValue("ETag").orElseThrow();
			assertThat(http.get(feed, "If-None-Match", etag).statusCode()).as(feed).isEqualTo(304);
		}
		assertThat(http.get("/status/feed.xml").body()).contains("/status/feed-test-item#record-");
	}

}
