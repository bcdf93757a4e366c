package org.rustinwindows.portal.discovery.card;

import java.awt.Font;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reading the site's web font into Java2D.
 */
class WoffFontTests {

	@Test
	void theSitesTypefaceReadsWithItsNameAndLetters() {
		CardFonts fonts = CardFonts.load();
		Font bold = fonts.bold(40);
		assertThat(bold.getFamily()).isEqualTo("Source Sans Pro");
		assertThat(bold.getFontName()).containsIgnoringCase("bold");
		assertThat(bold.canDisplayUpTo("Rust in Windows: “drivers” – 2023 €")).isEqualTo(-1);
		assertThat(fonts.regular(40).getFontName()).doesNotContainIgnoringCase("bold");
	}

	@Test
	void somethingElseIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> WoffFont.toOpenType("not a font".getBytes()))
			.withMessageContaining("WOFF");
		byte[] header = new byte[44];
		header[0] = 'w';
		header[1] = 'O';
		header[2] = 'F';
		header[3] = 'F';
		header[13] = 3;
		header[19] = 100;
		assertThatIllegalArgumentException().isThrownBy(() -> WoffFont.toOpenType(header));
	}

}
