package org.rustinwindows.portal.discovery.card;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page names a picture for links shared in chats and on social sites, and the portal
 * draws it.
 */
@PortalServerTest
class SocialCardTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("test-card-");

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvcTester mvc;

	@Test
	void anArticlesPageNamesItsOwnCardAndItsTimes() {
		String page = page("/articles/the-memory-safety-case");
		assertThat(meta(page, "og:image")).isEqualTo(BASE + "/cards/articles/the-memory-safety-case.png");
		assertThat(meta(page, "og:image:width")).isEqualTo("1200");
		assertThat(meta(page, "og:image:height")).isEqualTo("630");
		assertThat(meta(page, "og:image:alt")).isEqualTo("The memory-safety case behind Rust in Windows");
		assertThat(meta(page, "og:site_name")).isEqualTo("Rust in Windows");
		assertThat(meta(page, "article:published_time")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(meta(page, "article:modified_time")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(page).contains("<meta name=\"twitter:card\" content=\"summary_large_image\">",
				"<meta name=\"twitter:image\" content=\"" + meta(page, "og:image") + "\">");
	}

	@Test
	void listsAndTheHomePageNameThePortalsCard() {
		for (String path : new String[] { "/", "/timeline", "/faq", "/tags" }) {
			String page = page(path);
			assertThat(meta(page, "og:image")).as(path).isEqualTo(BASE + "/cards/site.png");
			assertThat(page).as(path).doesNotContain("article:published_time");
		}
	}

	@Test
	void everyKindOfEntryHasACard() throws IOException {
		for (String path : new String[] { "/cards/articles/the-memory-safety-case.png",
				"/cards/timeline/windows-drivers-rs-goes-public.png",
				"/cards/faq/does-windows-drivers-rs-support-kmdf.png", "/cards/site.png" }) {
			MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo("image/png");
			BufferedImage card = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
			assertThat(card.getWidth()).isEqualTo(SocialCardPainter.WIDTH);
			assertThat(card.getHeight()).isEqualTo(SocialCardPainter.HEIGHT);
		}
	}

	@Test
	void aDraftOrAnUnknownSlugHasNone() {
		entries.article("draft").title("Not out yet").draft();
		assertThat(this.mvc.get().uri("/cards/articles/" + entries.slug("draft") + ".png"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/cards/articles/no-such-article.png")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/cards/drafts/the-memory-safety-case.png")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private String page(String path) {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String meta(String page, String property) {
		Matcher meta = Pattern.compile("<meta property=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\">")
			.matcher(page);
		assertThat(meta.find()).as(property).isTrue();
		return meta.group(1);
	}

}
