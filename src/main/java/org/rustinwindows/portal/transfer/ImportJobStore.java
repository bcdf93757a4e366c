package org.rustinwindows.portal.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Imports kept in the database (V19), so that every node shows an import's progress and
 * report, whichever node runs it, and that no node starts one while another's runs. An
 * import whose row has not changed for {@link #STALE} is taken for one whose node died.
 */
@Component
class ImportJobStore {

	/**
	 * Far longer than any stage of an import goes without telling how far it has come.
	 */
	static final Duration STALE = Duration.ofMinutes(10);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, source, editor, started, stage, files, written, report";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ImportJobStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void add(ImportJob job) {
		this.jdbc.update(
				"insert into import_job (id, source, editor, started, stage, files, written, report, updated_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, null, ?)",
				job.id(), job.source(), job.editor(), Timestamp.from(job.started()), job.stage().name(), job.files(),
				job.written(), now());
	}

	void update(ImportJob job) {
		this.jdbc.update(
				"update import_job set stage = ?, files = ?, written = ?, report = ?, updated_at = ? where id = ?",
				job.stage().name(), job.files(), job.written(),
				(job.report() != null) ? JSON.writeValueAsString(job.report()) : null, now(), job.id());
	}

	Optional<ImportJob> find(String id) {
		return this.jdbc.query("select " + COLUMNS + " from import_job where id = ?", ImportJobStore::job, id)
			.stream()
			.findFirst();
	}

	/** The import under way on any node, if there is one. */
	Optional<ImportJob> running() {
		List<ImportJob> running = this.jdbc.query("select " + COLUMNS
				+ " from import_job where stage not in ('DONE', 'FAILED') and updated_at > ? order by started desc",
				ImportJobStore::job, Timestamp.from(this.clock.instant().minus(STALE)));
		return running.stream().findFirst();
	}

	/** Forgets the imports started before that time. */
	void removeStartedBefore(Instant time) {
		this.jdbc.update("delete from import_job where started < ?", Timestamp.from(time));
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static ImportJob job(ResultSet row, int number) throws SQLException {
		String report = row.getString("report");
		return ImportJob.kept(row.getString("id"), row.getString("source"), row.getString("editor"),
				row.getTimestamp("started").toInstant(), ImportStage.valueOf(row.getString("stage")),
				row.getInt("files"), row.getInt("written"),
				(report != null) ? JSON.readValue(report, ImportReport.class) : null);
	}

}
