package org.rustinwindows.portal.content.admin;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryRuleException;
import org.rustinwindows.portal.content.TagEditor;
import org.rustinwindows.portal.content.TagRef;
import org.rustinwindows.portal.content.TagUsage;
import org.rustinwindows.portal.testsupport.AdminScreenTest;

import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Tags with their use, renamed or merged from the editor screens.
 */
@AdminScreenTest(TagAdminController.class)
class TagAdminControllerTests {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	private final MockMvcTester mvc;

	@MockitoBean
	TagEditor tags;

	TagAdminControllerTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@BeforeEach
	void twoTags() {
		given(this.tags.usage())
			.willReturn(List.of(new TagUsage("drivers", "Drivers", 3), new TagUsage("kernel", "Kernel", 9)));
		given(this.tags.get("drivers")).willReturn(new TagRef("drivers", "Drivers"));
	}

	@Test
	void listsTagsWithHowManyEntriesCarryThem() {
		assertThat(this.mvc.get().uri("/admin/tags").with(EDITOR)).hasStatusOk()
			.hasViewName("admin/content/tags")
			.bodyText()
			.contains("Drivers", "Kernel");
	}

	@Test
	void renamesATag() {
		given(this.tags.rename("drivers", "Driver development", "editor"))
			.willReturn(new TagRef("driver-development", "Driver development"));
		assertThat(this.mvc.post()
			.uri("/admin/tags/drivers/rename")
			.with(EDITOR)
			.with(csrf())
			.param("name", "Driver development")).hasRedirectedUrl("/admin/tags")
			.flash()
			.containsEntry("message", "Renamed “Drivers” to “Driver development”.");
	}

	@Test
	void showsWhyANameWasRefusedBesideWhatWasTyped() {
		given(this.tags.rename("drivers", "Kernel", "editor"))
			.willThrow(new EntryRuleException("name", "Another tag has this name; merge them instead."));
		assertThat(this.mvc.post().uri("/admin/tags/drivers/rename").with(EDITOR).with(csrf()).param("name", "Kernel"))
			.hasStatusOk()
			.hasViewName("admin/content/tag")
			.bodyText()
			.contains("Another tag has this name; merge them instead.", "value=\"Kernel\"");
	}

	@Test
	void mergesATagIntoAnother() {
		given(this.tags.merge("drivers", "kernel", "editor")).willReturn(new TagRef("kernel", "Kernel"));
		assertThat(this.mvc.post().uri("/admin/tags/drivers/merge").with(EDITOR).with(csrf()).param("into", "kernel"))
			.hasRedirectedUrl("/admin/tags")
			.flash()
			.containsEntry("message", "Merged “Drivers” into “Kernel”.");
	}

}
