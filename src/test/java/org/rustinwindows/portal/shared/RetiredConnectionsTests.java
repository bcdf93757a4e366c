package org.rustinwindows.portal.shared;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryFile;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database keeps accepting writes after the pool has retired every connection, the
 * one that ran the migrations included, as Hikari does after its maximum lifetime. With
 * H2 2.4.240 every insert into a table with an {@code IN (...)} check then failed.
 */
@PortalServerTest
class RetiredConnectionsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	EntryWriter writer;

	@Autowired
	EditorialDesk desk;

	@Autowired
	EntryLifecycle lifecycle;

	@AfterEach
	void deleteEntries() {
		TestEntries.deleteMatching(this.desk, this.lifecycle, "test-retired-");
	}

	@Test
	void writesSucceedOnConnectionsOpenedAfterTheMigrations() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		retireEveryConnection(pool);

		long id = this.writer
			.create(new EntryFile(new NewEntry(EntryKind.ARTICLE, "test-retired-pool", "After retirement", "S", "B",
					EntryStatus.DRAFT, null, null, null, null, List.of("retired"), List.of()), List.of()), "test");

		assertThat(this.desk.edit(EntryKind.ARTICLE, id).file().entry().title()).isEqualTo("After retirement");
	}

	private static void retireEveryConnection(HikariDataSource pool) throws InterruptedException {
		pool.getHikariPoolMXBean().softEvictConnections();
		for (int i = 0; i < 100 && pool.getHikariPoolMXBean().getActiveConnections() > 0; i++) {
			Thread.sleep(50);
		}
		assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
	}

}
