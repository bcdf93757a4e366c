package org.rustinwindows.portal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.testsupport.EnabledIfPostgresAvailable;
import org.rustinwindows.portal.testsupport.PostgresTestDatabase;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on a new database of a real PostgreSQL server, as they run in production.
 */
@EnabledIfPostgresAvailable
class TwoNodesPostgresTests extends TwoNodesContract {

	@Override
	List<String> database() {
		return PostgresTestDatabase.freshDatabase("two_nodes");
	}

	/**
	 * Comments from one address, sent to each node in turn: the limit (five in its
	 * window) is reached across both, where buckets in each node's memory would take ten.
	 */
	@Test
	void aBurstOfCommentsIsRefusedAcrossBothNodes() throws Exception {
		long article = this.nodeA.getBean(EntryWriter.class)
			.create(article("two-nodes-burst", "Commented from both sides"));
		int accepted = 0;
		int status = 303;
		for (int attempt = 0; attempt < 12 && status == 303; attempt++) {
			ConfigurableApplicationContext node = (attempt % 2 == 0) ? this.nodeA : this.nodeB;
			status = comment(node, node, article, "Comment number " + attempt + " in the burst.").statusCode();
			accepted += (status == 303) ? 1 : 0;
		}
		assertThat(status).as("the burst ends refused").isEqualTo(429);
		assertThat(accepted).isBetween(1, 5);
	}

}
