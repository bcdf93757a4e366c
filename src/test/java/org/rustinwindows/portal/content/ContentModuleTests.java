package org.rustinwindows.portal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.comments.CommentCountChanged;
import org.rustinwindows.portal.comments.Discussions;
import org.rustinwindows.portal.media.MediaLibrary;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content module on its own (with the shared settings and clock; what it uses of the
 * comments and media modules mocked): a comment's approval, announced by the comments
 * module, reaches the count that entry cards and pages show.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:content-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"portal.data-dir=target/test-data/content-module",
		// The search module, whose index readiness includes, is not part of it.
		"management.endpoint.health.validate-group-membership=false" })
class ContentModuleTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("module-");

	@MockitoBean
	Discussions discussions;

	@MockitoBean
	MediaLibrary media;

	private final ReaderPages pages;

	ContentModuleTests(ReaderPages pages) {
		this.pages = pages;
	}

	@Test
	void keepsTheCountOfApprovedCommentsTheCommentsModuleAnnounces(Scenario scenario) {
		long id = entries.article("discussed").publish();
		assertThat(comments("module-discussed")).isZero();

		scenario.publish(new CommentCountChanged(id, 3))
			.andWaitForStateChange(() -> comments("module-discussed"), (count) -> count == 3)
			.andVerify((count) -> assertThat(count).isEqualTo(3));
		scenario.publish(new CommentCountChanged(id, 2))
			.andWaitForStateChange(() -> comments("module-discussed"), (count) -> count == 2)
			.andVerify((count) -> assertThat(count).isEqualTo(2));
	}

	private long comments(String slug) {
		return this.pages.article(slug).article().card().comments();
	}

}
