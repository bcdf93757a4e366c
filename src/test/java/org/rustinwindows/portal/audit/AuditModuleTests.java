package org.rustinwindows.portal.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryChanged;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryRef;
import org.rustinwindows.portal.content.TagChanged;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit module on its own (with the shared clock): what the content module announces
 * reaches the log, without the content module running.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:audit-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"portal.data-dir=target/test-data/audit-module",
		// The search module, whose index readiness includes, is not part of it.
		"management.endpoint.health.validate-group-membership=false" })
class AuditModuleTests {

	private final AuditLog log;

	AuditModuleTests(AuditLog log) {
		this.log = log;
	}

	@Test
	void recordsWhoChangedWhichEntry(Scenario scenario) {
		scenario
			.publish(new EntryChanged(7, new EntryRef(EntryKind.ARTICLE, "allocators"), "Allocators",
					EntryChanged.Change.UPDATED, "alice"))
			.andWaitForStateChange(() -> entriesBy("alice"), (entries) -> !entries.isEmpty())
			.andVerify((entries) -> assertThat(entries).singleElement().satisfies((entry) -> {
				assertThat(entry.action()).isEqualTo("edited");
				assertThat(entry.target()).isEqualTo("Article “Allocators” (articles/allocators)");
			}));
	}

	@Test
	void recordsTagRenames(Scenario scenario) {
		scenario.publish(new TagChanged("Drivers", "Driver development", TagChanged.Change.RENAMED, "bob"))
			.andWaitForStateChange(() -> entriesBy("bob"), (entries) -> !entries.isEmpty())
			.andVerify((entries) -> assertThat(entries).extracting(AuditEntry::target)
				.containsExactly("Drivers → Driver development"));
	}

	private List<AuditEntry> entriesBy(String actor) {
		return this.log.page(actor, 1).items();
	}

}
