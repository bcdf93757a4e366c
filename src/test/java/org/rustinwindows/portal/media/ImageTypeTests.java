package org.rustinwindows.portal.media;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTypeTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Test
	void recognisesTheAcceptedFormatsByTheirBytes() {
		assertThat(ImageType.detect(PNG)).contains(ImageType.PNG);
		assertThat(ImageType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains(ImageType.JPEG);
		assertThat(ImageType.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(ImageType.GIF);
		assertThat(ImageType.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
			.contains(ImageType.WEBP);
	}

	@Test
	void refusesEverythingElseWhateverItIsCalled() {
		assertThat(ImageType.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageType.detect("<html><body>not a png</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageType.detect("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageType.detect(new byte[] { (byte) 0x89, 'P', 'N' })).isEmpty();
		assertThat(ImageType.detect(new byte[0])).isEmpty();
	}

}
