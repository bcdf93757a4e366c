package org.rustinwindows.portal.content.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What each editor typed in the entry editor and has not saved, kept in the database (so
 * that any node finds it) while they type. One per editor and entry, replaced at every
 * keep: it is not a revision, and it is forgotten once the entry is saved.
 */
@Component
class EditorAutosaves {

	/** An editor who has not come back for this long has let the text go. */
	private static final Duration KEPT_FOR = Duration.ofDays(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EditorAutosaves(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps the form as typed, in place of what was kept before for this editor and
	 * entry; and lets go of this editor's texts kept for longer than 30 days.
	 * @return when it was kept
	 */
	Instant keep(String username, EditorKey entry, EntryForm form) {
		Instant now = this.clock.instant();
		String json = JSON.writeValueAsString(form);
		String update = "update editor_autosave set form = ?, saved_at = ? where username = ? and entry_key = ?";
		if (this.jdbc.update(update, json, Timestamp.from(now), username, entry.key()) == 0) {
			try {
				this.jdbc.update(
						"insert into editor_autosave (username, entry_key, form, saved_at) values (?, ?, ?, ?)",
						username, entry.key(), json, Timestamp.from(now));
			}
			catch (DuplicateKeyException keptElsewhere) {
				// The same editor's other tab, a moment ago.
				this.jdbc.update(update, json, Timestamp.from(now), username, entry.key());
			}
		}
		this.jdbc.update("delete from editor_autosave where username = ? and saved_at < ?", username,
				Timestamp.from(now.minus(KEPT_FOR)));
		return now;
	}

	Optional<Autosave> find(String username, EditorKey entry) {
		List<Autosave> kept = this.jdbc.query(
				"select form, saved_at from editor_autosave where username = ? and entry_key = ?",
				(row, number) -> new Autosave(JSON.readValue(row.getString("form"), EntryForm.class),
						row.getTimestamp("saved_at").toInstant()),
				username, entry.key());
		return kept.stream().findFirst();
	}

	void forget(String username, EditorKey entry) {
		this.jdbc.update("delete from editor_autosave where username = ? and entry_key = ?", username, entry.key());
	}

	/**
	 * A text kept by the editor.
	 *
	 * @param form the form as it was typed, with the version of the entry it was typed on
	 * @param savedAt when it was kept
	 */
	record Autosave(EntryForm form, Instant savedAt) {

	}

}
