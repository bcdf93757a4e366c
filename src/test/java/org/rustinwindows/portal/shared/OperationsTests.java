package org.rustinwindows.portal.shared;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What an operator watches: the probes, and the metrics a scraper reads.
 */
@PortalServerTest
class OperationsTests {

	private final MockMvcTester mvc;

	OperationsTests(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@Test
	void readinessCoversTheDatabaseAndTheSearchIndex() {
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).asString().isEqualTo("UP"))
			.hasPathSatisfying("$.components.db.status", (status) -> assertThat(status).asString().isEqualTo("UP"))
			.hasPathSatisfying("$.components.searchIndex.status",
					(status) -> assertThat(status).asString().isEqualTo("UP"));
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
	}

	@Test
	void metricsAreForAdminsOnly() {
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(user("writer").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void metricsCountRequestsSearchesKeptPagesCommentsAndSignIns() {
		this.mvc.get().uri("/search").param("q", "driver").exchange();
		this.mvc.get().uri("/faq").exchange();
		this.mvc.get().uri("/faq").exchange();
		this.mvc.post().uri("/comments").param("target", "1").param("body", "No token.").with(csrf()).exchange();
		this.mvc.post()
			.uri("/login")
			.param("username", "metrics-probe")
			.param("password", "not-a-password")
			.with(csrf())
			.exchange();

		assertThat(this.mvc.get().uri("/actuator/prometheus").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("http_server_requests_seconds_bucket{", "portal_search_seconds_bucket{",
					"portal_search_seconds_count", "portal_page_cache_lookups_total{result=\"hit\"}",
					"portal_page_cache_lookups_total{result=\"miss\"}", "portal_page_cache_size_bytes",
					"portal_comments_posts_total{outcome=\"refused\",status=\"400\"}", "portal_logins_failed_total");
	}

}
