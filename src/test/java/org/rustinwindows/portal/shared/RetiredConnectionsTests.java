package org.rustinwindows.portal.shared;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.EntryKind;
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

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-retired-");

	@Autowired
	DataSource dataSource;

	@Test
	void writesSucceedOnConnectionsOpenedAfterTheMigrations() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		retireEveryConnection(pool);

		long id = entries.article("pool").title("After retirement").tags("retired").draft();

		assertThat(entries.opened(EntryKind.ARTICLE, id).file().entry().title()).isEqualTo("After retirement");
	}

	private static void retireEveryConnection(HikariDataSource pool) throws InterruptedException {
		pool.getHikariPoolMXBean().softEvictConnections();
		for (int i = 0; i < 100 && pool.getHikariPoolMXBean().getActiveConnections() > 0; i++) {
			Thread.sleep(50);
		}
		assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
	}

}
