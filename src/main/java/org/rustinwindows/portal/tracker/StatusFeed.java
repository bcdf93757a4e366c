package org.rustinwindows.portal.tracker;

import java.util.List;
import java.util.Locale;

import org.rustinwindows.portal.content.SourceCitation;
import org.rustinwindows.portal.feeds.ChannelItem;
import org.rustinwindows.portal.feeds.FeedChannel;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The board's feed: every record, newest first, as it was made.
 */
@Component
public class StatusFeed implements FeedChannel {

	private final StatusBoard board;

	StatusFeed(StatusBoard board) {
		this.board = board;
	}

	@Override
	public String pagePath() {
		return "/status";
	}

	@Override
	public String title() {
		return "Rust in Windows: status changes";
	}

	@Override
	public String description() {
		return "Every recorded change on the status board of Microsoft's Rust-in-Windows initiative, with its source.";
	}

	@Override
	public List<ChannelItem> newest(int count) {
		return this.board.newest(count).stream().map(StatusFeed::item).toList();
	}

	private static ChannelItem item(StatusRecordView record) {
		StatusHistoryLine line = record.line();
		String title = record.title() + ": " + line.status().label().toLowerCase(Locale.ROOT)
				+ (line.reported() ? " (reported)" : "");
		StringBuilder html = new StringBuilder();
		html.append("<p><strong>")
			.append(HtmlUtils.htmlEscape(line.status().label()))
			.append("</strong> as of ")
			.append(line.on().display())
			.append(": ")
			.append(HtmlUtils.htmlEscape(line.note()))
			.append("</p>");
		SourceCitation source = line.source();
		if (source != null) {
			html.append("<p>Source: ");
			if (source.url() != null) {
				html.append("<a href=\"")
					.append(HtmlUtils.htmlEscape(source.url()))
					.append("\">")
					.append(HtmlUtils.htmlEscape(source.title()))
					.append("</a>");
			}
			else {
				html.append("<cite>").append(HtmlUtils.htmlEscape(source.title())).append("</cite>");
			}
			html.append(source.isReport() ? " (a report, not Microsoft's own word)" : " (primary source)")
				.append("</p>");
		}
		return new ChannelItem("status-change-" + line.id(), record.url(), title, line.note(), html.toString(),
				line.recordedAt());
	}

}
