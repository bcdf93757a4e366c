package org.rustinwindows.portal.tracker;

import java.util.List;
import java.util.Locale;

import org.rustinwindows.portal.content.ChangeNoteView;
import org.rustinwindows.portal.content.ChangeNotes;
import org.rustinwindows.portal.feeds.ChannelItem;
import org.rustinwindows.portal.feeds.FeedChannel;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The feed of {@code /changes}: every correction, update and status record, newest first.
 */
@Component
public class ChangesFeed implements FeedChannel {

	private final ChangeNotes notes;

	ChangesFeed(ChangeNotes notes) {
		this.notes = notes;
	}

	@Override
	public String pagePath() {
		return "/changes";
	}

	@Override
	public String title() {
		return "Rust in Windows: corrections and updates";
	}

	@Override
	public String description() {
		return "Every correction, update and status change on the Rust in Windows portal, newest first.";
	}

	@Override
	public List<ChannelItem> newest(int count) {
		return this.notes.newest(count).stream().map(ChangesFeed::item).toList();
	}

	private static ChannelItem item(ChangeNoteView note) {
		String title = note.kind().label() + ": " + note.subjectTitle();
		String html = "<p><strong>" + HtmlUtils.htmlEscape(note.kind().label()) + "</strong> to the "
				+ HtmlUtils.htmlEscape(note.subjectLabel().toLowerCase(Locale.ROOT)) + " “<a href=\""
				+ HtmlUtils.htmlEscape(note.subjectPath()) + "\">" + HtmlUtils.htmlEscape(note.subjectTitle())
				+ "</a>”: " + HtmlUtils.htmlEscape(note.note()) + "</p>";
		return new ChannelItem("change-" + note.id(), note.subjectPath(), title, note.note(), html, note.notedAt());
	}

}
