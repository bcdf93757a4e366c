package org.rustinwindows.portal.media;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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
		return this.mvc.post()
			.uri("/admin/articles/new")
			.multipart()
			.file(image)
			.param("title", "Upload test")
			.param("summary", "S")
			.param("body", "Text before.")
			.param("status", "DRAFT")
			.param("imageAlt", "The build [output]")
			.param("action", "upload")
			.with(user("writer").roles("EDITOR"))
			.with(csrf())
			.exchange();
	}

	@Test
	void pngIsStoredInsertedIntoTheBodyAndServedForAYear() throws Exception {
		MvcTestResult result = upload(new MockMultipartFile("image", "diagram.png", "image/png", ImageTypeTests.PNG));
		assertThat(result).hasStatusOk().bodyText().contains("added at the end of the body");
		Matcher markdown = Pattern.compile("!\\[The build output]\\((/media/[0-9a-f]{32}\\.png)\\)")
			.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(markdown.find()).as("inserted Markdown").isTrue();
		assertThat(result).bodyText().contains("Text before.");
		MvcTestResult served = this.mvc.get().uri(markdown.group(1)).exchange();
		assertThat(served).hasStatusOk().hasContentType("image/png");
		assertThat(served.getResponse().getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
		assertThat(served.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
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
