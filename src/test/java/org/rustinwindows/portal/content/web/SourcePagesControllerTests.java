package org.rustinwindows.portal.content.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.ContentFixtures;
import org.rustinwindows.portal.content.EventDate;
import org.rustinwindows.portal.content.SourceCiter;
import org.rustinwindows.portal.content.SourceDetails;
import org.rustinwindows.portal.content.SourceKind;
import org.rustinwindows.portal.content.SourceListing;
import org.rustinwindows.portal.content.SourcePage;
import org.rustinwindows.portal.content.SourcePages;
import org.rustinwindows.portal.content.SourceView;
import org.rustinwindows.portal.discovery.StructuredData;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PageView;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.testsupport.SliceSecurity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;

/**
 * The {@code /sources} index and a source's page, with their templates, over mocked
 * source pages.
 */
@WebMvcTest(SourceController.class)
@Import({ SliceSecurity.class, StructuredData.class })
@EnableConfigurationProperties(PortalProperties.class)
class SourcePagesControllerTests {

	private static final SourceView THURROTT = new SourceView(7,
			new SourceDetails("thurrott-rewriting", "Thurrott.com: Microsoft is rewriting parts of the kernel", null,
					"Thurrott.com", null, EventDate.parse("2023-04"), SourceKind.REPORT,
					"A report of the BlueHat IL 2023 talk."),
			Instant.parse("2024-01-01T00:00:00Z"), 0);

	private static final SourceView REPOSITORY = new SourceView(8,
			new SourceDetails("windows-drivers-rs-repository", "microsoft/windows-drivers-rs on GitHub",
					"https://github.com/microsoft/windows-drivers-rs", null, null, null, SourceKind.PRIMARY, null),
			Instant.parse("2024-01-01T00:00:00Z"), 0);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SourcePages pages;

	@Test
	void theIndexListsEachSourceWithItsKindBylineAndCitations() {
		given(this.pages.index(eq(1), isNull())).willReturn(
				new PageView<>(List.of(new SourceListing(REPOSITORY, 3), new SourceListing(THURROTT, 1)), 1, 1, 2));

		assertThat(this.mvc.get().uri("/sources")).hasStatusOk()
			.hasViewName("content/sources")
			.bodyText()
			.contains("microsoft/windows-drivers-rs on GitHub", "primary source", "cited 3 times")
			.contains("Thurrott.com · April 2023", "report", "cited once")
			.contains("href=\"/sources/thurrott-rewriting\"", "href=\"/sources?kind=report\"");
	}

	@Test
	void theIndexNarrowsToOneKind() {
		given(this.pages.index(eq(1), eq(SourceKind.PRIMARY)))
			.willReturn(new PageView<>(List.of(new SourceListing(REPOSITORY, 3)), 1, 1, 1));

		assertThat(this.mvc.get().uri("/sources?kind=primary")).hasStatusOk()
			.bodyText()
			.contains("microsoft/windows-drivers-rs on GitHub")
			.containsPattern("href=\"/sources\\?kind=primary\"\\s+aria-current=\"page\"");
	}

	@Test
	void anUnknownKindIsABadRequest() {
		assertThat(this.mvc.get().uri("/sources?kind=rumour")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aPagePastTheLastIsNotFound() {
		given(this.pages.index(anyInt(), isNull())).willThrow(new NotFoundException("No page 9"));

		assertThat(this.mvc.get().uri("/sources?page=9")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aSourcePageShowsWhatItIsAndEverythingThatCitesIt() {
		given(this.pages.source("thurrott-rewriting")).willReturn(new SourcePage(THURROTT,
				List.of(ContentFixtures.article("bluehat-il-2023", "BlueHat IL 2023: Rust arrives in the kernel")),
				List.of(new SourceCiter("Status", "Rust in the kernel: experimental", "/status/kernel-code",
						EventDate.parse("2023-04-27")))));

		assertThat(this.mvc.get().uri("/sources/thurrott-rewriting")).hasStatusOk()
			.hasViewName("content/source")
			.bodyText()
			.contains("Thurrott.com: Microsoft is rewriting parts of the kernel", "Thurrott.com · April 2023")
			.contains("No address is known for it", "A report of the BlueHat IL 2023 talk.", "A report, not Microsoft")
			.contains("BlueHat IL 2023: Rust arrives in the kernel", "Rust in the kernel: experimental",
					"27 April 2023");
	}

	@Test
	void anUnknownSourceIsNotFound() {
		given(this.pages.source("nothing")).willThrow(NotFoundException.forSlug("source", "nothing"));

		assertThat(this.mvc.get().uri("/sources/nothing")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
