package org.rustinwindows.portal.content.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.comments.Discussion;
import org.rustinwindows.portal.comments.Discussions;
import org.rustinwindows.portal.content.ArticleView;
import org.rustinwindows.portal.content.ContentFixtures;
import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.FaqAnswer;
import org.rustinwindows.portal.content.HomePage;
import org.rustinwindows.portal.content.ReaderPages;
import org.rustinwindows.portal.content.SourceCitation;
import org.rustinwindows.portal.content.SourceKind;
import org.rustinwindows.portal.content.TagCount;
import org.rustinwindows.portal.content.TagPage;
import org.rustinwindows.portal.content.TagRef;
import org.rustinwindows.portal.content.TimelineOrder;
import org.rustinwindows.portal.content.TimelinePage;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;

/**
 * The public page controllers with their templates, over mocked reader pages.
 */
@WebMvcTest({ HomeController.class, ArticleController.class, TimelineController.class, FaqController.class,
		TagController.class })
@Import({ SliceSecurity.class, EntryDiscussion.class, EntryStructuredData.class, StructuredData.class })
@EnableConfigurationProperties(PortalProperties.class)
class ContentPagesControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ReaderPages pages;

	@MockitoBean
	Discussions discussions;

	@BeforeEach
	void noComments() {
		given(this.discussions.of(anyLong(), any())).willReturn(new Discussion(1L, 0, List.of()));
	}

	@Nested
	class Home {

		@Test
		void showsLatestArticlesEventsQuestionsAndTags() {
			given(ContentPagesControllerTests.this.pages.home())
				.willReturn(new HomePage(List.of(ContentFixtures.article("memory-safety", "The memory-safety case")),
						List.of(ContentFixtures.event("bluehat", "BlueHat IL 2023", "2023-04")),
						List.of(ContentFixtures.question("what-is-it", "What is windows-drivers-rs?")),
						List.of(new TagCount("kernel", "Kernel", 7))));

			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/")).hasStatusOk()
				.hasViewName("content/home")
				.bodyText()
				.contains("href=\"/articles/memory-safety\"", "The memory-safety case")
				.contains("<time datetime=\"2023-04\">April 2023</time>", "href=\"/timeline/bluehat\"")
				.contains("href=\"/faq/what-is-it\"")
				.contains("href=\"/tags/kernel\"");
		}

	}

	@Nested
	class Articles {

		@Test
		void listsAPageWithLinksToTheNeighbouringPages() {
			given(ContentPagesControllerTests.this.pages.articles(eq(2)))
				.willReturn(ContentFixtures.page(List.of(ContentFixtures.article("seh", "SEH and panics")), 2, 3));

			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/articles?page=2")).hasStatusOk()
				.hasViewName("content/articles")
				.bodyText()
				.contains("SEH and panics", "Page 2 of 3")
				.contains("href=\"/articles?page=1\"", "href=\"/articles?page=3\"");
		}

		@Test
		void answersAnUnknownPageWith404() {
			given(ContentPagesControllerTests.this.pages.articles(eq(9))).willThrow(NotFoundException.forPage(9));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/articles?page=9"))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void answersANonNumericPageWith400() {
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/articles?page=two"))
				.hasStatus(HttpStatus.BAD_REQUEST);
		}

		@Test
		void showsAnArticleWithContentsSourcesRelatedEntriesAndNeighbours() {
			EntryCard card = ContentFixtures.article("allocators", "Allocators & <pool> tags");
			given(ContentPagesControllerTests.this.pages.article("allocators")).willReturn(new ArticleView(
					ContentFixtures.detail(card),
					List.of(ContentFixtures.event("repo", "Repository public", "2023-09")),
					ContentFixtures.article("older", "Older article"), ContentFixtures.article("newer", "Newer one")));

			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/articles/allocators")).hasStatusOk()
				.hasViewName("content/article")
				.bodyText()
				.contains("<h1>Allocators &amp; &lt;pool&gt; tags</h1>")
				.contains("<p>Body of allocators</p>", "href=\"#part\"")
				.contains("4 min read", "Published <time datetime=\"2024-03-12\">12 March 2024</time>")
				.contains("updated")
				.contains("<cite>Named publication</cite>", "href=\"https://example.org\"")
				.contains("href=\"/timeline/repo\"")
				.contains("rel=\"prev\" href=\"/articles/older\"", "rel=\"next\" href=\"/articles/newer\"");
		}

		@Test
		void answersAnUnknownOrUnpublishedArticleWith404() {
			given(ContentPagesControllerTests.this.pages.article("draft"))
				.willThrow(NotFoundException.forSlug("Article", "draft"));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/articles/draft"))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	@Nested
	class Timeline {

		@Test
		void showsYearsInTheRequestedOrderWithTheFilterKept() {
			given(ContentPagesControllerTests.this.pages.timeline(eq("kernel"), eq(TimelineOrder.OLDEST), eq(1)))
				.willReturn(TimelinePage.of(new PageView<>(List.of(ContentFixtures.event("chen", "Mostly C", "2018"),
						ContentFixtures.event("bluehat", "Crawl stage", "2023-04-10")), 1, 1, 2)));
			given(ContentPagesControllerTests.this.pages.tags())
				.willReturn(List.of(new TagCount("kernel", "Kernel", 2)));

			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/timeline?order=oldest&tag=kernel"))
				.hasStatusOk()
				.hasViewName("content/timeline")
				.bodyText()
				.contains("<h2 id=\"year-2018\">2018</h2>", "<h2 id=\"year-2023\">2023</h2>")
				.contains("<time datetime=\"2023-04-10\">10 April 2023</time>")
				.contains("<option value=\"kernel\" selected=\"selected\">Kernel</option>")
				.contains("<option value=\"oldest\" selected=\"selected\">")
				.doesNotContain("class=\"pagination\"");
		}

		@Test
		void linksItsPagesKeepingTheOrderAndTopic() {
			given(ContentPagesControllerTests.this.pages.timeline(eq("kernel"), eq(TimelineOrder.OLDEST), eq(2)))
				.willReturn(TimelinePage
					.of(new PageView<>(List.of(ContentFixtures.event("chen", "Mostly C", "2018")), 2, 3, 101)));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/timeline?order=oldest&tag=kernel&page=2"))
				.hasStatusOk()
				.bodyText()
				.contains("<title>Timeline, page 2")
				.contains("rel=\"prev\" href=\"/timeline?order=oldest&amp;tag=kernel&amp;page=1\"")
				.contains("rel=\"next\" href=\"/timeline?order=oldest&amp;tag=kernel&amp;page=3\"")
				.contains("Page 2 of 3");
			given(ContentPagesControllerTests.this.pages.timeline(isNull(), eq(TimelineOrder.NEWEST), eq(1)))
				.willReturn(TimelinePage
					.of(new PageView<>(List.of(ContentFixtures.event("chen", "Mostly C", "2018")), 1, 2, 51)));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/timeline")).bodyText()
				.contains("rel=\"next\" href=\"/timeline?page=2\"");
		}

		@Test
		void treatsAnEmptyTagAsNoFilterAndDefaultsToNewestFirst() {
			given(ContentPagesControllerTests.this.pages.timeline(isNull(), eq(TimelineOrder.NEWEST), eq(1)))
				.willReturn(TimelinePage.of(new PageView<>(List.of(), 1, 1, 0)));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/timeline?tag=")).hasStatusOk()
				.bodyText()
				.contains("No events match.");
		}

		@Test
		void answersAnUnknownOrderWith400() {
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/timeline?order=sideways"))
				.hasStatus(HttpStatus.BAD_REQUEST);
		}

		@Test
		void answersAnUnknownTagWith404() {
			given(ContentPagesControllerTests.this.pages.timeline(eq("nope"), any(), eq(1)))
				.willThrow(new NotFoundException("No tag 'nope'"));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/timeline?tag=nope"))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void showsAnEvent() {
			given(ContentPagesControllerTests.this.pages.timelineEvent("bluehat"))
				.willReturn(ContentFixtures.detail(ContentFixtures.event("bluehat", "Crawl, walk, run", "2023-04")));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/timeline/bluehat")).hasStatusOk()
				.hasViewName("content/timeline-event")
				.bodyText()
				.contains("<h1>Crawl, walk, run</h1>", "<time datetime=\"2023-04\">April 2023</time>")
				.contains("href=\"/timeline?order=oldest#year-2023\"");
		}

	}

	@Nested
	class Faq {

		@Test
		void listsEveryQuestionWithAnAnchor() {
			given(ContentPagesControllerTests.this.pages.faq(
					eq(1)))
				.willReturn(new PageView<>(List.of(
						new FaqAnswer(ContentFixtures.question("what-is-it", "What is it?"),
								"<p>Body of what-is-it</p>",
								List.of(new SourceCitation("A report", null, "a-report", SourceKind.REPORT))),
						new FaqAnswer(ContentFixtures.question("is-it-ready", "Is it ready?"),
								"<p>Body of is-it-ready</p>",
								List.of(new SourceCitation("The repository",
										"https://github.com/microsoft/windows-drivers-rs", "the-repository",
										SourceKind.PRIMARY)))),
						1, 1, 2));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/faq")).hasStatusOk()
				.hasViewName("content/faq")
				.bodyText()
				.contains("href=\"#what-is-it\"", "id=\"what-is-it\"", "href=\"#is-it-ready\"")
				.contains("<p>Body of is-it-ready</p>")
				.contains("<cite>A report</cite>", "href=\"https://github.com/microsoft/windows-drivers-rs\"");
		}

		@Test
		void linksItsPages() {
			given(ContentPagesControllerTests.this.pages.faq(eq(2))).willReturn(new PageView<>(
					List.of(new FaqAnswer(ContentFixtures.question("last", "Last?"), "<p>Last</p>", List.of())), 2, 2,
					26));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/faq?page=2")).hasStatusOk()
				.bodyText()
				.contains("<title>FAQ, page 2", "rel=\"prev\" href=\"/faq?page=1\"", "Page 2 of 2");
		}

		@Test
		void showsOneQuestionOnItsOwnPage() {
			given(ContentPagesControllerTests.this.pages.faqItem("what-is-it"))
				.willReturn(ContentFixtures.detail(ContentFixtures.question("what-is-it", "What is it?")));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/faq/what-is-it")).hasStatusOk()
				.hasViewName("content/faq-item")
				.bodyText()
				.contains("<h1>What is it?</h1>", "href=\"/faq#what-is-it\"");
		}

	}

	@Nested
	class Tags {

		@Test
		void listsTagsWithCounts() {
			given(ContentPagesControllerTests.this.pages.tags())
				.willReturn(List.of(new TagCount("kernel", "Kernel", 1), new TagCount("seh", "SEH", 4)));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/tags")).hasStatusOk()
				.bodyText()
				.contains("href=\"/tags/kernel\"", "1 entry", "4 entries");
		}

		@Test
		void showsEveryKindOfEntryWithATag() {
			given(ContentPagesControllerTests.this.pages.tag(eq("kernel"), eq(1)))
				.willReturn(new TagPage(new TagRef("kernel", "Kernel"),
						ContentFixtures.page(List.of(ContentFixtures.article("a", "An article"),
								ContentFixtures.event("e", "An event", "2023"),
								ContentFixtures.question("q", "A question?")), 1, 1)));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/tags/kernel")).hasStatusOk()
				.hasViewName("content/tag")
				.bodyText()
				.contains("href=\"/articles/a\"", "href=\"/timeline/e\"", "href=\"/faq/q\"")
				.contains("Timeline event", "FAQ");
		}

		@Test
		void answersAnUnknownTagWith404() {
			given(ContentPagesControllerTests.this.pages.tag(eq("nope"), eq(1)))
				.willThrow(new NotFoundException("No tag"));
			assertThat(ContentPagesControllerTests.this.mvc.get().uri("/tags/nope")).hasStatus(HttpStatus.NOT_FOUND);
		}

	}

}
