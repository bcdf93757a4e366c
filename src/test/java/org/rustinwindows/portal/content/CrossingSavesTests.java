package org.rustinwindows.portal.content;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors save the same version of an entry at the same moment, each in its own
 * transaction, as two browsers do. Whichever order the database lets them commit in, one
 * is saved and the other gets the conflict with the saved version to merge against:
 * neither an error nor a lost paragraph. Which check catches the second one (the version
 * read before writing, or the optimistic lock at commit) depends on the timing, so the
 * race is run several times.
 */
@PortalServerTest
class CrossingSavesTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-crossing-");

	private final EntryWriter writer;

	CrossingSavesTests(EntryWriter writer) {
		this.writer = writer;
	}

	@Test
	void oneOfTwoCrossingSavesIsSavedAndTheOtherIsAConflict() throws Exception {
		long id = entries.article("contested").body("First.").draft();
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try {
			for (int round = 1; round <= 6; round++) {
				EntryEditView opened = entries.opened(EntryKind.ARTICLE, id);
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<EditOutcome>> saves = List.of("alice", "bob")
					.stream()
					.map((editor) -> editors.submit(() -> {
						EntryFile mine = TestEntries.copyOf(opened.file().entry())
							.body("Round " + opened.version() + " by " + editor + ".")
							.file(opened.status());
						together.await(10, TimeUnit.SECONDS);
						return this.writer.update(id, opened.version(), mine, editor);
					}))
					.toList();
				List<EditOutcome> outcomes = List.of(saves.get(0).get(30, TimeUnit.SECONDS),
						saves.get(1).get(30, TimeUnit.SECONDS));

				assertThat(outcomes).as("round %d", round).containsOnlyOnce(EditOutcome.SAVED);
				EditOutcome.Conflict conflict = outcomes.stream()
					.filter(EditOutcome.Conflict.class::isInstance)
					.map(EditOutcome.Conflict.class::cast)
					.findFirst()
					.orElseThrow();
				EntryEditView saved = entries.opened(EntryKind.ARTICLE, id);
				assertThat(conflict.current().version()).isEqualTo(saved.version()).isGreaterThan(opened.version());
				assertThat(conflict.current().file().entry().bodyMarkdown())
					.isEqualTo(saved.file().entry().bodyMarkdown());
			}
		}
		finally {
			editors.shutdownNow();
		}
	}

}
