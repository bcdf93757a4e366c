package org.rustinwindows.portal.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.accounts.SecurityConfiguration;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.ContentFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@WebMvcTest(SearchController.class)
@Import(SecurityConfiguration.class)
class SearchControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ContentCatalog catalog;

	@Test
	void showsResultsAndKeepsTheQueryInTheBoxEscaped() {
		given(this.catalog.containing("<b>wdk</b>", 1)).willReturn(
				ContentFixtures.page(List.of(ContentFixtures.article("wdk", "windows-drivers-rs crates")), 1, 2));
		assertThat(this.mvc.get().uri("/search").param("q", " <b>wdk</b> ")).hasStatusOk()
			.hasViewName("search/results")
			.bodyText()
			.contains("value=\"&lt;b&gt;wdk&lt;/b&gt;\"", "href=\"/articles/wdk\"")
			.contains("href=\"/search?q=%3Cb%3Ewdk%3C/b%3E&amp;page=2\"")
			.doesNotContain("<b>wdk</b>");
	}

	@Test
	void invitesASearchWhenTheQueryIsEmpty() {
		assertThat(this.mvc.get().uri("/search").param("q", "   ")).hasStatusOk()
			.bodyText()
			.contains("Type a word or a phrase");
		then(this.catalog).shouldHaveNoInteractions();
	}

	@Test
	void refusesOverlongQueriesWith400() {
		assertThat(this.mvc.get().uri("/search").param("q", "x".repeat(SearchController.MAX_QUERY_LENGTH + 1)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		then(this.catalog).should(never())
			.containing(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyInt());
	}

}
