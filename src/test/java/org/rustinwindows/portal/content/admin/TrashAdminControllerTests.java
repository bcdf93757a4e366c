package org.rustinwindows.portal.content.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.EntryStatus;
import org.rustinwindows.portal.content.EntrySummary;
import org.rustinwindows.portal.shared.PageView;
import org.rustinwindows.portal.testsupport.AdminScreenTest;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The trash: every editor lists and restores, only admins empty it.
 */
@AdminScreenTest(TrashAdminController.class)
class TrashAdminControllerTests {

	private final MockMvcTester mvc;

	@MockitoBean
	EditorialDesk desk;

	@MockitoBean
	EntryLifecycle lifecycle;

	TrashAdminControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	private static EntrySummary allocators(EntryStatus status) {
		return new EntrySummary(5, EntryKind.ARTICLE, "allocators", "Allocators", status, null,
				Instant.parse("2026-01-15T10:00:00Z"), 4);
	}

	@Test
	void listsWhatIsInTheTrash() {
		given(this.desk.trash(1)).willReturn(new PageView<>(List.of(allocators(EntryStatus.TRASHED)), 1, 1, 1));
		assertThat(this.mvc.get().uri("/admin/trash").with(user("editor").roles("EDITOR"))).hasStatusOk()
			.hasViewName("admin/content/trash")
			.bodyText()
			.contains("Allocators");
	}

	@Test
	void restoresAnEntryInTheStateItHad() {
		given(this.lifecycle.restore(5, "editor")).willReturn(allocators(EntryStatus.DRAFT));
		assertThat(this.mvc.post().uri("/admin/trash/5/restore").with(user("editor").roles("EDITOR")).with(csrf()))
			.hasRedirectedUrl("/admin/trash")
			.flash()
			.containsEntry("message", "Restored “Allocators” as draft.");
	}

	@Test
	void onlyAnAdminEmptiesIt() {
		assertThat(this.mvc.post().uri("/admin/trash/empty").with(user("editor").roles("EDITOR")).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		then(this.lifecycle).shouldHaveNoInteractions();
		given(this.lifecycle.emptyTrash(anyString())).willReturn(1);
		assertThat(this.mvc.post().uri("/admin/trash/empty").with(user("admin").roles("ADMIN")).with(csrf()))
			.hasRedirectedUrl("/admin/trash")
			.flash()
			.containsEntry("message", "Deleted 1 entry for good.");
	}

}
