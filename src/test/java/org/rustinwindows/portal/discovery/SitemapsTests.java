package org.rustinwindows.portal.discovery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.InMemoryContentVersions;
import org.rustinwindows.portal.content.PageStamp;
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
				InMemoryContentVersions.create(),
				List.of(() -> List.of(new PageStamp("/status", CHANGED), new PageStamp("/sources/a-report", CHANGED))));
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
					"<loc>https://portal.example/sitemaps/4.xml</loc>")
			.doesNotContain("sitemaps/5.xml");
		int listed = 0;
		for (int part = 1; part <= 4; part++) {
			byte[] file = sitemaps.part(part).orElseThrow();
			SitemapSchema.validateUrlSet(file);
			listed += new String(file, StandardCharsets.UTF_8).split("<url>").length - 1;
		}
		assertThat(listed).isEqualTo(5 + 1 + 2 + 25);
		assertThat(sitemaps.part(5)).isEmpty();
		assertThat(sitemaps.part(-1)).isEmpty();
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
