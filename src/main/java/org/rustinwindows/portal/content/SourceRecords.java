package org.rustinwindows.portal.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules that turn a cited title and address into a shared source record, for the
 * editor and for the migration (db.migration.V23) that made records of the sources
 * entries had listed each for themselves.
 */
public final class SourceRecords {

	/** Long enough to tell sources apart, short enough for an address people read. */
	static final int SLUG_LENGTH = 80;

	private SourceRecords() {
	}

	/**
	 * A slug for a new record, from its title, with a number added when another record
	 * has it.
	 */
	static String slugFor(String title, Predicate<String> taken) {
		String base = Slugs.from(title);
		if (base.length() > SLUG_LENGTH) {
			int cut = base.lastIndexOf('-', SLUG_LENGTH);
			base = base.substring(0, (cut > 0) ? cut : SLUG_LENGTH);
		}
		if (base.isEmpty()) {
			base = "source";
		}
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/**
	 * Makes one record of each distinct (title, address) pair in {@code entry_source}, in
	 * the order they were first cited, and points every row at its record. Identical
	 * citations share one record; none is lost.
	 */
	public static void mergeEntrySources(Connection connection) throws SQLException {
		Map<Citation, Long> records = new LinkedHashMap<>();
		Set<String> slugs = new HashSet<>();
		Timestamp now = Timestamp.from(Instant.now());
		try (PreparedStatement read = connection
			.prepareStatement("select entry_id, position, title, url from entry_source order by entry_id, position");
				PreparedStatement insert = connection
					.prepareStatement("insert into source (slug, title, url, kind, created_at, updated_at, version)"
							+ " values (?, ?, ?, ?, ?, ?, 0)", new String[] { "id" });
				PreparedStatement point = connection
					.prepareStatement("update entry_source set source_id = ? where entry_id = ? and position = ?");
				ResultSet rows = read.executeQuery()) {
			while (rows.next()) {
				Citation citation = new Citation(rows.getString(3).strip(), blankToNull(rows.getString(4)));
				Long id = records.get(citation);
				if (id == null) {
					String slug = slugFor(citation.title(), slugs::contains);
					slugs.add(slug);
					insert.setString(1, slug);
					insert.setString(2, citation.title());
					insert.setString(3, citation.url());
					insert.setString(4, SourceKind.suggestedBy(citation.url()).name());
					insert.setTimestamp(5, now);
					insert.setTimestamp(6, now);
					insert.executeUpdate();
					try (ResultSet key = insert.getGeneratedKeys()) {
						key.next();
						id = key.getLong(1);
					}
					records.put(citation, id);
				}
				point.setLong(1, id);
				point.setLong(2, rows.getLong(1));
				point.setInt(3, rows.getInt(2));
				point.addBatch();
			}
			point.executeBatch();
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private record Citation(String title, String url) {

		Citation {
			Objects.requireNonNull(title);
		}

	}

}
