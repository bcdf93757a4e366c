package org.rustinwindows.portal.content.admin;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Where the "Edit this page" link on a public page leads: asked by the page's script,
 * answered in the admin area for signed-in editors only, never cached.
 */
@PortalServerTest
class EditLinkTests {

	private static final RequestPostProcessor EDITOR = user("writer").roles("EDITOR");

	private final MockMvcTester mvc;

	private final EditorialDesk desk;

	EditLinkTests(MockMvcTester mvc, EditorialDesk desk) {
		this.mvc = mvc;
		this.desk = desk;
	}

	@Test
	void anEntrysPageLeadsToItsEditor() {
		long id = this.desk.idOf(EntryKind.TIMELINE, "windows-drivers-rs-goes-public").orElseThrow();
		assertThat(this.mvc.get()
			.uri("/admin/edit-link?path=/timeline/windows-drivers-rs-goes-public")
			.accept(MediaType.APPLICATION_JSON)
			.with(EDITOR)).hasStatusOk()
			.hasHeader("Cache-Control", "no-store")
			.bodyJson()
			.isLenientlyEqualTo("{\"url\": \"/admin/timeline/" + id + "\", \"label\": \"Edit this timeline event\"}");
		assertThat(this.mvc.get().uri("/admin/edit-link?path=/faq/does-windows-drivers-rs-support-kmdf").with(EDITOR))
			.bodyJson()
			.extractingPath("$.label")
			.isEqualTo("Edit this question");
	}

	@Test
	void aStatusItemsAndASourcesPagesLeadToTheirEditors() {
		assertThat(this.mvc.get().uri("/admin/edit-link?path=/status/wdk-sys").with(EDITOR)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.label")
			.isEqualTo("Edit this status item");
		assertThat(this.mvc.get().uri("/admin/edit-link?path=/sources/windows-drivers-rs-repository").with(EDITOR))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.label")
			.isEqualTo("Describe this source");
	}

	@Test
	void otherPagesAndStrangersGetNothing() {
		assertThat(this.mvc.get().uri("/admin/edit-link").param("path", "/articles/no-such-article").with(EDITOR))
			.hasStatus(HttpStatus.NOT_FOUND);
		for (String path : new String[] { "/tags/memory-safety", "/articles", "/status/no-such-item",
				"/sources/no-such-source", "https://elsewhere.example/articles/x" }) {
			assertThat(this.mvc.get().uri("/admin/edit-link").param("path", path).with(EDITOR)).as(path)
				.hasStatus(HttpStatus.NO_CONTENT);
		}
		assertThat(this.mvc.get().uri("/admin/edit-link?path=/articles/the-memory-safety-case"))
			.hasStatus(HttpStatus.FOUND);
	}

}
