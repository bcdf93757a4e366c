package org.rustinwindows.portal.audit;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What admins read in the audit log after changes made through the admin.
 */
@PortalServerTest
class AuditLogTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void changesAndSignInsAreRecordedWithWhoAndWhat() {
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.param("username", "audited")
			.param("displayName", "Audited")
			.param("role", "EDITOR")
			.param("password", "a-long-password-1")
			.with(user("chief").roles("ADMIN"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/admin/articles/new")
			.param("title", "Audited draft")
			.param("slug", "audited-draft")
			.param("summary", "S")
			.param("body", "B")
			.param("status", "DRAFT")
			.with(user("audited").roles("EDITOR"))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", "audited")
			.param("password", "a-long-password-1")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("192.0.2.200");
				return request;
			})).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/admin/audit").with(user("chief").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("created the account")
			.contains("Article “Audited draft” (articles/audited-draft)")
			.contains("signed in");
		assertThat(this.mvc.get().uri("/admin/audit?actor=audited").with(user("chief").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("Audited draft")
			.doesNotContain("created the account");
	}

	@Test
	void changeThatFailsLeavesNoAuditLine() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/new")
			.param("title", "Duplicate")
			.param("slug", "the-memory-safety-case")
			.param("summary", "S")
			.param("status", "DRAFT")
			.with(user("failing").roles("EDITOR"))
			.with(csrf())).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/audit?actor=failing").with(user("chief").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("Nothing recorded.");
	}

	@Test
	void editorsCannotReadTheLog() {
		assertThat(this.mvc.get().uri("/admin/audit").with(user("writer").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
