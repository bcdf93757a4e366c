package org.rustinwindows.portal.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.testsupport.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports kept for every node, against each database the portal supports: one node's
 * import as another node reads it, while it runs and once it is done. Outside a test
 * transaction, as the import thread keeps it.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ImportJobStoreContract {

	@Autowired
	JdbcTemplate jdbc;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));

	@AfterEach
	void forgetThem() {
		this.jdbc.update("delete from import_job");
	}

	private ImportJobStore node() {
		return new ImportJobStore(this.jdbc, this.clock);
	}

	@Test
	void anImportIsFollowedFromAnotherNodeUntilItsReport() {
		ImportJobStore nodeA = node();
		ImportJobStore nodeB = node();
		ImportJob job = new ImportJob("export.zip", "writer", this.clock.instant());
		nodeA.add(job);
		job.whenChanged(nodeA::update);
		job.begin(3);
		job.stage(ImportStage.WRITING);
		job.written(2);

		ImportJob seen = nodeB.find(job.id()).orElseThrow();
		assertThat(seen.isRunning()).isTrue();
		assertThat(seen.stage()).isEqualTo(ImportStage.WRITING);
		assertThat(seen.written()).isEqualTo(2);
		assertThat(seen.files()).isEqualTo(3);
		assertThat(nodeB.running()).hasValueSatisfying((running) -> assertThat(running.id()).isEqualTo(job.id()));

		ImportReport report = new ImportReport(List.of(new EntryRef(EntryKind.ARTICLE, "new-one")), List.of(),
				List.of(new EntryRef(EntryKind.FAQ, "same")),
				List.of(new ImportReport.Rejection("articles/bad.md", "bad YAML in front matter")), List.of(), 2, 1);
		job.finish(report);
		ImportJob done = nodeB.find(job.id()).orElseThrow();
		assertThat(done.isRunning()).isFalse();
		assertThat(done.stage()).isEqualTo(ImportStage.DONE);
		assertThat(done.report()).isEqualTo(report);
		assertThat(nodeB.running()).isEmpty();
	}

	@Test
	void anImportWhoseNodeFellSilentIsNoLongerRunning() {
		ImportJob job = new ImportJob("export.zip", "writer", this.clock.instant());
		node().add(job);
		this.clock.advance(ImportJobStore.STALE.plusSeconds(1));
		assertThat(node().running()).isEmpty();
		assertThat(node().find(job.id())).isPresent();
	}

	@Test
	void importsStartedBeforeATimeAreForgotten() {
		ImportJob old = new ImportJob("old.zip", "writer", this.clock.instant());
		node().add(old);
		this.clock.advance(Duration.ofDays(2));
		ImportJob recent = new ImportJob("recent.zip", "writer", this.clock.instant());
		node().add(recent);
		node().removeStartedBefore(this.clock.instant().minus(Duration.ofDays(1)));
		assertThat(node().find(old.id())).isEmpty();
		assertThat(node().find(recent.id())).isPresent();
	}

}
