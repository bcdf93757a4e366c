package org.rustinwindows.portal.discovery.card;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The social card's picture, drawn in the site's typeface.
 */
class SocialCardPainterTests {

	private static SocialCardPainter painter;

	@BeforeAll
	static void readTheTypeface() {
		painter = new SocialCardPainter(CardFonts.load());
	}

	@Test
	void drawsAPngOfTheSizeSocialSitesAskFor() throws IOException {
		BufferedImage card = read(painter.paint(
				new SocialCard("Timeline event", "Microsoft releases windows-drivers-rs", "September 2023"),
				"rustinwindows.example"));
		assertThat(card.getWidth()).isEqualTo(SocialCardPainter.WIDTH);
		assertThat(card.getHeight()).isEqualTo(SocialCardPainter.HEIGHT);
	}

	@Test
	void theTitleIsDrawn() throws IOException {
		BufferedImage one = read(painter.paint(new SocialCard("Article", "Kernel", null), "example.org"));
		BufferedImage other = read(painter.paint(new SocialCard("Article", "Drivers", null), "example.org"));
		assertThat(differingPixels(one, other)).isGreaterThan(1_000);
	}

	@ParameterizedTest
	@ValueSource(ints = { 4, 7, 30 })
	void aLongTitleAndItsDateStayAboveTheFooter(int repeats) throws IOException {
		String title = "A very long title ".repeat(repeats).strip();
		byte[] png = painter.paint(new SocialCard("Article", title, "1 March 2023"), "example.org");
		BufferedImage card = read(png);
		// The band above the footer's rule stays paper-coloured: no line ran into it.
		for (int y = SocialCardPainter.HEIGHT - 145; y < SocialCardPainter.HEIGHT - 131; y++) {
			for (int x = 100; x < SocialCardPainter.WIDTH - 100; x++) {
				assertThat(card.getRGB(x, y) & 0xffffff).isEqualTo(0xfdfcfa);
			}
		}
	}

	@Test
	void aTitleBeyondTheTypefacesLettersIsDrawnInTheJdksFace() throws IOException {
		BufferedImage latin = read(painter.paint(new SocialCard("FAQ", "Rust", null), "example.org"));
		BufferedImage other = read(painter.paint(new SocialCard("FAQ", "Rust ✓ Ωmega", null), "example.org"));
		assertThat(differingPixels(latin, other)).isGreaterThan(500);
	}

	private static BufferedImage read(byte[] png) throws IOException {
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		return ImageIO.read(new ByteArrayInputStream(png));
	}

	private static int differingPixels(BufferedImage one, BufferedImage other) {
		int differing = 0;
		for (int y = 0; y < one.getHeight(); y++) {
			for (int x = 0; x < one.getWidth(); x++) {
				if (one.getRGB(x, y) != other.getRGB(x, y)) {
					differing++;
				}
			}
		}
		return differing;
	}

}
