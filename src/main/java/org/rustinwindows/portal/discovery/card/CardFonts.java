package org.rustinwindows.portal.discovery.card;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.webjars.WebJarVersionLocator;

/**
 * The site's typeface, Source Sans Pro, for drawing: the same files the pages load
 * (fontsource's web jar), read once.
 */
final class CardFonts {

	private static final String WEB_JAR = "fontsource__source-sans-pro";

	private final Font regular;

	private final Font semibold;

	private final Font bold;

	private CardFonts(Font regular, Font semibold, Font bold) {
		this.regular = regular;
		this.semibold = semibold;
		this.bold = bold;
	}

	static CardFonts load() {
		WebJarVersionLocator locator = new WebJarVersionLocator();
		return new CardFonts(read(locator, 400), read(locator, 600), read(locator, 700));
	}

	Font regular(float size) {
		return this.regular.deriveFont(size);
	}

	Font semibold(float size) {
		return this.semibold.deriveFont(size);
	}

	Font bold(float size) {
		return this.bold.deriveFont(size);
	}

	private static Font read(WebJarVersionLocator locator, int weight) {
		String file = "files/source-sans-pro-latin-" + weight + "-normal.woff";
		String path = locator.fullPath(WEB_JAR, file);
		if (path == null) {
			throw new IllegalStateException("The web jar " + WEB_JAR + " has no " + file);
		}
		try (InputStream in = CardFonts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Cannot read " + path);
			}
			return WoffFont.read(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
