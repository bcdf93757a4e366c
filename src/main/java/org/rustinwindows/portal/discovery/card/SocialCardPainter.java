package org.rustinwindows.portal.discovery.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws the picture that chat apps and social sites show beside a link to the portal: the
 * kind of page and its date, its title as large as fits in four lines, and the portal's
 * mark, name and address, in the site's typeface and colours.
 */
final class SocialCardPainter {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	private static final int MARGIN = 80;

	private static final int MOST_LINES = 4;

	private static final float LARGEST_TITLE = 76;

	private static final float SMALLEST_TITLE = 48;

	/** Space between a title's lines, as a share of its size. */
	private static final float LINE_GAP = 0.08f;

	/** Where the title must end, clear of the footer. */
	private static final float TITLE_BOTTOM = HEIGHT - 150;

	private static final Color TEXT = new Color(0x1d1d1f);

	private static final Color MUTED = new Color(0x55575d);

	private static final Color BORDER = new Color(0xd6d2cb);

	private final CardFonts fonts;

	SocialCardPainter(CardFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * @param card what the picture says
	 * @param host the portal's address as readers know it, e.g. {@code rustinwindows.org}
	 * @return the picture as PNG
	 */
	byte[] paint(SocialCard card, String host) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			graphics.setColor(BrandMark.PAPER);
			graphics.fillRect(0, 0, WIDTH, HEIGHT);
			graphics.setColor(BrandMark.ACCENT);
			graphics.fillRect(0, 0, 24, HEIGHT);

			float y = MARGIN + 40;
			String heading = heading(card);
			if (!heading.isEmpty()) {
				graphics.setColor(BrandMark.ACCENT);
				Font label = this.fonts.semibold(30).deriveFont(Map.of(TextAttribute.TRACKING, 0.08f));
				drawLine(graphics, heading, label, MARGIN, y);
			}
			graphics.setColor(TEXT);
			drawTitle(graphics, card.title(), y + 60);

			graphics.setColor(BORDER);
			graphics.fillRect(MARGIN, HEIGHT - 130, WIDTH - 2 * MARGIN, 2);
			BrandMark.draw(graphics, MARGIN, HEIGHT - 104, 56);
			graphics.setColor(TEXT);
			drawLine(graphics, "Rust in Windows", this.fonts.bold(36), MARGIN + 76, HEIGHT - 63);
			graphics.setColor(MUTED);
			Font address = this.fonts.regular(30);
			float width = (float) address.getStringBounds(host, graphics.getFontRenderContext()).getWidth();
			drawLine(graphics, host, address, WIDTH - MARGIN - width, HEIGHT - 63);
		}
		finally {
			graphics.dispose();
		}
		return png(image);
	}

	/** The kind of page and its date, on one line above the title. */
	private static String heading(SocialCard card) {
		String label = (card.label() != null) ? card.label().toUpperCase(Locale.ROOT) : "";
		String date = (card.date() != null) ? card.date().toUpperCase(Locale.ROOT) : "";
		return (!label.isEmpty() && !date.isEmpty()) ? label + "  ·  " + date : label + date;
	}

	/**
	 * The title at the largest size at which it takes at most four lines above the
	 * footer; a title too long even at the smallest size ends its fourth line with an
	 * ellipsis.
	 */
	private void drawTitle(Graphics2D graphics, String title, float top) {
		FontRenderContext context = graphics.getFontRenderContext();
		float room = TITLE_BOTTOM - top;
		float size = LARGEST_TITLE;
		List<TextLayout> lines = lines(title, this.fonts.bold(size), context);
		while ((lines.size() > MOST_LINES || height(lines, size) > room) && size > SMALLEST_TITLE) {
			size -= 4;
			lines = lines(title, this.fonts.bold(size), context);
		}
		if (lines.size() > MOST_LINES) {
			lines = new ArrayList<>(lines.subList(0, MOST_LINES));
			lines.set(MOST_LINES - 1, shortened(lines.get(MOST_LINES - 1), title, this.fonts.bold(size), context));
		}
		float y = top;
		for (TextLayout line : lines) {
			y += line.getAscent();
			line.draw(graphics, MARGIN, y);
			y += line.getDescent() + line.getLeading() + size * LINE_GAP;
		}
	}

	private static float height(List<TextLayout> lines, float size) {
		float height = 0;
		for (TextLayout line : lines) {
			height += line.getAscent() + line.getDescent() + line.getLeading() + size * LINE_GAP;
		}
		return height;
	}

	private static List<TextLayout> lines(String text, Font font, FontRenderContext context) {
		AttributedString styled = new AttributedString(text);
		styled.addAttribute(TextAttribute.FONT, drawable(font, text, Font.BOLD));
		LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), context);
		List<TextLayout> lines = new ArrayList<>();
		while (measurer.getPosition() < text.length()) {
			lines.add(measurer.nextLayout(WIDTH - 2f * MARGIN));
		}
		return lines;
	}

	/** The fourth line of a title that does not fit, cut at a word and ended with "…". */
	private static TextLayout shortened(TextLayout line, String title, Font font, FontRenderContext context) {
		String start = title.substring(0, Math.min(title.length(), line.getCharacterCount())).stripTrailing();
		Font used = drawable(font, title, Font.BOLD);
		while (!start.isEmpty()) {
			TextLayout candidate = new TextLayout(start + "…", used, context);
			if (candidate.getAdvance() <= WIDTH - 2f * MARGIN) {
				return candidate;
			}
			int space = start.lastIndexOf(' ');
			start = (space > 0) ? start.substring(0, space).stripTrailing() : start.substring(0, start.length() - 1);
		}
		return new TextLayout("…", used, context);
	}

	private static void drawLine(Graphics2D graphics, String text, Font font, float x, float y) {
		graphics.setFont(drawable(font, text, Font.PLAIN));
		graphics.drawString(text, x, y);
	}

	/**
	 * The typeface where it has every letter of the text, else the JDK's own sans-serif
	 * face at the same size (bold for a title): the web font carries the Latin letters
	 * only.
	 */
	private static Font drawable(Font font, String text, int fallbackStyle) {
		return (font.canDisplayUpTo(text) == -1) ? font
				: new Font(Font.SANS_SERIF, fallbackStyle, 1).deriveFont(font.getSize2D());
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a PNG in memory", ex);
		}
		return out.toByteArray();
	}

}
