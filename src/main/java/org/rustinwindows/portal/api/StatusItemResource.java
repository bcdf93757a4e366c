package org.rustinwindows.portal.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.rustinwindows.portal.content.SourceCitation;
import org.rustinwindows.portal.tracker.BoardRow;
import org.rustinwindows.portal.tracker.StatusHistoryLine;
import org.rustinwindows.portal.tracker.StatusItemHistory;
import org.rustinwindows.portal.tracker.StatusItemPage;

/**
 * A status item as the API gives it.
 *
 * @param slug its stable slug
 * @param url its page on the portal
 * @param title what it is called
 * @param group {@code crates}, {@code driver-models}, {@code kernel} or {@code tooling}
 * @param summary one line on what it is
 * @param status its current status, such as {@code experimental}
 * @param since since when, as precisely as known
 * @param evidence the date of its latest evidence, as precisely as known
 * @param reported whether its status rests on a report alone
 * @param history its records, newest first
 */
public record StatusItemResource(String slug, String url, String title, String group, String summary, String status,
		String since, String evidence, boolean reported, List<Record> history) {

	static StatusItemResource of(StatusItemPage page) {
		return of(page.row(), page.history().stream().map(Record::of).toList());
	}

	static StatusItemResource of(StatusItemHistory item) {
		return of(item.row(), item.history().stream().map(Record::of).toList());
	}

	private static StatusItemResource of(BoardRow row, List<Record> history) {
		return new StatusItemResource(row.slug(), row.url(), row.title(), row.group().word(), row.summary(),
				row.status().word(), row.since().iso(), row.evidenceOn().iso(), row.reported(), history);
	}

	/**
	 * One record of how the item stood.
	 *
	 * @param id its stable id
	 * @param date the date of the evidence, as precisely as known
	 * @param status the status it shows
	 * @param note what happened
	 * @param sourceId the id of its source
	 * @param sourceTitle the source's title
	 * @param reported whether it rests on a report alone
	 * @param recordedAt when it was recorded
	 */
	@Schema(name = "StatusRecord")
	public record Record(long id, String date, String status, String note, String source, String sourceTitle,
			boolean reported, Instant recordedAt) {

		static Record of(StatusHistoryLine line) {
			SourceCitation source = line.source();
			return new Record(line.id(), line.on().iso(), line.status().word(), line.note(),
					(source != null) ? source.slug() : null, (source != null) ? source.title() : null, line.reported(),
					line.recordedAt());
		}

	}

}
