package org.rustinwindows.portal.media;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Uploading an image from the edit form: checked by its bytes, stored, inserted into the
 * Markdown, and served with long cache headers.
 */
@PortalServerTest
class ImageUploadTests {

	private final MockMvcTester mvc;

	private final MediaLibrary library;

	ImageUploadTests(MockMvcTester mvc, MediaLibrary library) {
		this.mvc = mvc;
		this.library = library;
	}

	private MvcTestResult upload(MockMultipartFile image) {
		return upload(image, "The build [output]", "");
	}

	private MvcTestResult upload(MockMultipartFile image, String alt, String caption) {
		return this.mvc.post()
			.uri("/admin/articles/new")
			.multipart()
			.file(image)
			.param("title", "Upload test")
			.param("summary", "S")
			.param("body", "Text before.")
			.param("status", "DRAFT")
			.param("imageAlt", alt)
			.param("imageCaption", caption)
			.param("action", "upload")
			.with(user("writer").roles("EDITOR"))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult insert(MockMultipartFile image, String... fields) {
		MockMvcTester.MockMultipartMvcRequestBuilder request = this.mvc.post()
			.uri("/admin/media")
			.accept(MediaType.APPLICATION_JSON)
			.multipart()
			.with(user("writer").roles("EDITOR"))
			.with(csrf());
		if (image != null) {
			request.file(image);
		}
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void pngIsStoredInsertedIntoTheBodyAndServedForAYear() throws Exception {
		MvcTestResult result = upload(new MockMultipartFile("image", "diagram.png", "image/png", ImageTypeTests.PNG));
		assertThat(result).hasStatusOk().bodyText().contains("added at the end of the body");
		Matcher markdown = Pattern.compile("!\\[The build \\\\\\[output\\\\]]\\((/media/[0-9a-f]{32}\\.png)\\)")
			.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(markdown.find()).as("inserted Markdown").isTrue();
		assertThat(result).bodyText().contains("Text before.");
		MvcTestResult served = this.mvc.get().uri(markdown.group(1)).exchange();
		assertThat(served).hasStatusOk().hasContentType("image/png");
		assertThat(served.getResponse().getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
		assertThat(served.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void anImageWithoutItsDescriptionIsNotStoredAndACaptionMakesAFigure() throws Exception {
		MvcTestResult undescribed = upload(new MockMultipartFile("image", "d.png", "image/png", ImageTypeTests.PNG),
				"  ", "");
		assertThat(undescribed).hasStatusOk()
			.bodyText()
			.contains("Describe the image for readers who cannot see it")
			.doesNotContain("added at the end of the body");

		MvcTestResult captioned = upload(new MockMultipartFile("image", "d.png", "image/png", ImageTypeTests.PNG),
				"A build log", "The first build <of> many");
		assertThat(captioned).hasStatusOk();
		// The body comes back in the form's text area, escaped as HTML.
		assertThat(HtmlUtils.htmlUnescape(captioned.getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.containsPattern("<figure>\\s*<img src=\"/media/[0-9a-f]{32}\\.png\" alt=\"A build log\">\\s*"
					+ "<figcaption>The first build &lt;of&gt; many</figcaption>\\s*</figure>");
	}

	@Test
	void theEditorsScriptGetsTheMarkdownToInsertAndCanReuseALibraryImage() throws Exception {
		MvcTestResult uploaded = insert(new MockMultipartFile("image", "d.png", "image/png", ImageTypeTests.PNG),
				"imageAlt", "A diagram", "imageCaption", "");
		assertThat(uploaded).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		String url = this.library.store(ImageTypeTests.PNG);
		assertThat(uploaded).bodyJson().extractingPath("$.markdown").isEqualTo("![A diagram](" + url + ")");

		assertThat(insert(null, "imageUrl", url, "imageAlt", "Again", "imageCaption", "Reused")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.markdown")
			.asString()
			.contains("<figcaption>Reused</figcaption>");
		assertThat(insert(null, "imageUrl", "https://elsewhere.example/x.png", "imageAlt", "Not ours"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(insert(null, "imageUrl", url, "imageAlt", "")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.problem")
			.asString()
			.startsWith("Describe the image");

		assertThat(this.mvc.get().uri("/admin/media").with(user("writer").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("Media library", url);
		assertThat(this.mvc.get()
			.uri("/admin/media")
			.accept(MediaType.APPLICATION_JSON)
			.with(user("writer").roles("EDITOR"))).bodyJson().extractingPath("$[0].url").isEqualTo(url);
		assertThat(this.mvc.get().uri("/admin/media")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void svgOrAnythingElseIsRefusedWhateverItsName() {
		MvcTestResult svg = upload(new MockMultipartFile("image", "logo.png", "image/png",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
					.getBytes(StandardCharsets.UTF_8)));
		assertThat(svg).hasStatusOk()
			.bodyText()
			.contains("Only PNG, JPEG, GIF and WebP images can be uploaded.")
			.doesNotContain("/media/");
	}

	@Test
	void sameImageIsStoredOnceAndEmptyOrOversizedUploadsAreRefused() throws Exception {
		assertThat(this.library.store(ImageTypeTests.PNG)).isEqualTo(this.library.store(ImageTypeTests.PNG));
		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> this.library.store(new byte[0]));
		byte[] huge = new byte[6 * 1024 * 1024];
		System.arraycopy(ImageTypeTests.PNG, 0, huge, 0, ImageTypeTests.PNG.length);
		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> this.library.store(huge))
			.withMessageContaining("larger than 5 MB");
	}

	@Test
	void unknownImageIsNotFound() {
		assertThat(this.mvc.get().uri("/media/0123456789abcdef0123456789abcdef.png")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/media/../db/portal.mv.db")).hasStatus4xxClientError();
	}

}
