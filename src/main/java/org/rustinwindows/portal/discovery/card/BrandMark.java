package org.rustinwindows.portal.discovery.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The portal's mark, drawn: a rounded square in the accent colour with a letter R cut
 * from lines and curves. It is the same shape as {@code static/images/logo-mark.svg} and
 * the favicon, on a 32-unit square, so that the card and the pages show one mark.
 */
final class BrandMark {

	static final Color ACCENT = new Color(0x9a3412);

	static final Color PAPER = new Color(0xfdfcfa);

	private static final float UNITS = 32;

	private BrandMark() {
	}

	/** Draws the mark with its top-left corner at x, y, size pixels square. */
	static void draw(Graphics2D graphics, float x, float y, float size) {
		AffineTransform saved = graphics.getTransform();
		graphics.translate(x, y);
		graphics.scale(size / UNITS, size / UNITS);
		graphics.setColor(ACCENT);
		graphics.fill(new RoundRectangle2D.Float(0, 0, UNITS, UNITS, 12, 12));
		graphics.setColor(PAPER);
		graphics.fill(letter());
		graphics.setTransform(saved);
	}

	/**
	 * M9 24V8h7.5c2.5 0 4.5 2 4.5 4.5 0 2.1-1.4 3.8-3.3 4.34L22.5 24h-4l-4.2-7H13v7z and
	 * its counter.
	 */
	private static Path2D letter() {
		Path2D.Float r = new Path2D.Float(Path2D.WIND_EVEN_ODD);
		r.moveTo(9, 24);
		r.lineTo(9, 8);
		r.lineTo(16.5f, 8);
		r.curveTo(19, 8, 21, 10, 21, 12.5f);
		r.curveTo(21, 14.6f, 19.6f, 16.3f, 17.7f, 16.84f);
		r.lineTo(22.5f, 24);
		r.lineTo(18.5f, 24);
		r.lineTo(14.3f, 17);
		r.lineTo(13, 17);
		r.lineTo(13, 24);
		r.closePath();
		r.moveTo(13, 13.8f);
		r.lineTo(16.3f, 13.8f);
		r.curveTo(17.35f, 13.8f, 18.2f, 12.95f, 18.2f, 11.9f);
		r.curveTo(18.2f, 10.85f, 17.35f, 10, 16.3f, 10);
		r.lineTo(13, 10);
		r.closePath();
		return r;
	}

}
