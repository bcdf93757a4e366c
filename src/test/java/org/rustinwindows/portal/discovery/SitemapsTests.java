package org.rustinwindows.portal.discovery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.InMemoryContentVersions;
import org.rustinwindows.portal.content.PageStamp;
import org.rustinwindows.portal.content.SitemapPages;
import org.rustinwindows.portal.shared.PortalProperties;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The sitemap's shape as the number of entries grows past one file: a sitemap index whose
 * parts are each a valid sitemap.
 */
class SitemapsTests {

	private static final Instant CHANGED = Instant.parse("2025-06-01T12:00:00Z");

	private final ContentCatalog catalog = mock(ContentCatalog.class);

	private Sitemaps sitemaps(int maxUrls, int entries) {
		return sitemaps(maxUrls, entries, new ListedPages(List.of(new PageStamp("/status", CHANGED)),
				List.of(new PageStamp("/sources/a-report", CHANGED))));
	}

	private Sitemaps sitemaps(int maxUrls, int entries, SitemapPages otherPages) {
		given(this.catalog.publishedCount()).willReturn((long) entries);
		given(this.catalog.lastPublishedChange()).willReturn(CHANGED);
		given(this.catalog.tagPages()).willReturn(List.of(new PageStamp("/tags/kernel", CHANGED)));
		given(this.catalog.publishedPages(anyInt(), anyInt())).willAnswer((call) -> {
			int slice = call.getArgument(0);
			int size = call.getArgument(1);
			return IntStream.range(slice * size, Math.min(entries, (slice + 1) * size))
				.mapToObj((n) -> new PageStamp("/articles/entry-" + n, CHANGED))
				.toList();
		});
		PortalProperties portal = new PortalProperties(Path.of("data"), URI.create("https://portal.example"));
		return new Sitemaps(this.catalog, new SitemapWriter(portal), new SitemapProperties(maxUrls),
				InMemoryContentVersions.create(), List.of(otherPages));
	}

	@Test
	void isOneFileWhileEverythingFits() throws Exception {
		Sitemaps sitemaps = sitemaps(50_000, 30);
		byte[] root = sitemaps.part(Sitemaps.ROOT).orElseThrow();
		SitemapSchema.validateUrlSet(root);
		String xml = new String(root, StandardCharsets.UTF_8);
		assertThat(xml).contains("<loc>https://portal.example/</loc>", "<loc>https://portal.example/tags/kernel</loc>",
				"<loc>https://portal.example/articles/entry-29</loc>", "<lastmod>2025-06-01T12:00:00Z</lastmod>",
				"<loc>https://portal.example/status</loc>", "<loc>https://portal.example/sources/a-report</loc>");
		assertThat(xml.split("<url>")).hasSize(5 + 1 + 2 + 30 + 1);
		assertThat(sitemaps.part(1)).isEmpty();
	}

	@Test
	void becomesAnIndexOfValidSitemapsPastTheLimit() throws Exception {
		Sitemaps sitemaps = sitemaps(10, 25);
		byte[] root = sitemaps.part(Sitemaps.ROOT).orElseThrow();
		SitemapSchema.validateIndex(root);
		assertThat(new String(root, StandardCharsets.UTF_8))
			.contains("<sitemapindex", "<loc>https://portal.example/sitemaps/1.xml</loc>",
					"<loc>https://portal.example/sitemaps/5.xml</loc>")
			.doesNotContain("sitemaps/6.xml");
		int listed = 0;
		// The lists, three files of entries, and one of the other module's pages.
		for (int part = 1; part <= 5; part++) {
			byte[] file = sitemaps.part(part).orElseThrow();
			SitemapSchema.validateUrlSet(file);
			listed += new String(file, StandardCharsets.UTF_8).split("<url>").length - 1;
		}
		assertThat(listed).isEqualTo(5 + 1 + 2 + 25);
		assertThat(sitemaps.part(6)).isEmpty();
		assertThat(sitemaps.part(-1)).isEmpty();
	}

	@Test
	void pagesOfOtherModulesGetFilesOfTheirOwnWhenTheyOutgrowOne() throws Exception {
		List<PageStamp> sources = IntStream.range(0, 23)
			.mapToObj((n) -> new PageStamp("/sources/source-" + n, CHANGED))
			.toList();
		Sitemaps sitemaps = sitemaps(10, 12, new ListedPages(List.of(new PageStamp("/sources", CHANGED)), sources));

		String root = new String(sitemaps.part(Sitemaps.ROOT).orElseThrow(), StandardCharsets.UTF_8);
		// The lists and tags, two files of entries, three of sources.
		assertThat(root).contains("<loc>https://portal.example/sitemaps/6.xml</loc>").doesNotContain("sitemaps/7.xml");
		List<String> listed = new ArrayList<>();
		for (int part = 1; part <= 6; part++) {
			byte[] file = sitemaps.part(part).orElseThrow();
			SitemapSchema.validateUrlSet(file);
			List<String> locations = Pattern.compile("<loc>https://portal.example([^<]*)</loc>")
				.matcher(new String(file, StandardCharsets.UTF_8))
				.results()
				.map((found) -> found.group(1))
				.toList();
			assertThat(locations).hasSizeLessThanOrEqualTo(10);
			listed.addAll(locations);
		}
		assertThat(listed).doesNotHaveDuplicates()
			.hasSize(5 + 1 + 1 + 12 + 23)
			.contains("/sources", "/sources/source-0", "/sources/source-22", "/articles/entry-11");
		assertThat(sitemaps.part(7)).isEmpty();
	}

	/** Pages of another module, as the sitemap asks for them. */
	private record ListedPages(List<PageStamp> lists, List<PageStamp> pages) implements SitemapPages {

		@Override
		public long count() {
			return this.pages.size();
		}

		@Override
		public List<PageStamp> slice(int slice, int size) {
			int from = Math.min(this.pages.size(), slice * size);
			return this.pages.subList(from, Math.min(this.pages.size(), from + size));
		}

	}

	@Test
	void schemasRefuseWhatTheProtocolForbids() {
		String relative = "<urlset xmlns=\"" + SitemapWriter.NAMESPACE + "\"><url><loc>/relative</loc></url></urlset>";
		String badDate = "<urlset xmlns=\"" + SitemapWriter.NAMESPACE
				+ "\"><url><loc>https://portal.example/</loc><lastmod>yesterday</lastmod></url></urlset>";
		String empty = "<sitemapindex xmlns=\"" + SitemapWriter.NAMESPACE + "\"></sitemapindex>";
		assertThatExceptionOfType(SAXException.class)
			.isThrownBy(() -> SitemapSchema.validateUrlSet(relative.getBytes(StandardCharsets.UTF_8)));
		assertThatExceptionOfType(SAXException.class)
			.isThrownBy(() -> SitemapSchema.validateUrlSet(badDate.getBytes(StandardCharsets.UTF_8)));
		assertThatExceptionOfType(SAXException.class)
			.isThrownBy(() -> SitemapSchema.validateIndex(empty.getBytes(StandardCharsets.UTF_8)));
	}

}
