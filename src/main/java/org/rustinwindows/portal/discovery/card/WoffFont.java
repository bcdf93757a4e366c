package org.rustinwindows.portal.discovery.card;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A WOFF 1.0 font read into Java2D. The site's typeface comes as web fonts only
 * (fontsource's files), which Java2D cannot read; a WOFF file is the font's own tables,
 * each compressed with zlib, so unpacking them into an OpenType file is all it takes (no
 * kept Java library does this). WOFF 2.0, which needs Brotli and a transform of the glyph
 * tables, is not read.
 *
 * @see <a href="https://www.w3.org/TR/WOFF/">WOFF File Format 1.0</a>
 */
final class WoffFont {

	private static final int SIGNATURE = 0x774F4646;

	private static final int HEADER_SIZE = 44;

	private static final int WOFF_ENTRY_SIZE = 20;

	private static final int SFNT_ENTRY_SIZE = 16;

	private WoffFont() {
	}

	/**
	 * @param woff the WOFF file's bytes
	 * @return the font at a size of 1 point
	 * @throws IllegalArgumentException when the bytes are not a WOFF 1.0 font
	 */
	static Font read(byte[] woff) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(toOpenType(woff)));
		}
		catch (FontFormatException ex) {
			throw new IllegalArgumentException("Not a font Java2D can read", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The OpenType file the WOFF file packs: the same tables, in the same order,
	 * uncompressed and each aligned to four bytes.
	 */
	static byte[] toOpenType(byte[] woff) {
		ByteBuffer in = ByteBuffer.wrap(woff);
		if (woff.length < HEADER_SIZE || in.getInt(0) != SIGNATURE) {
			throw new IllegalArgumentException("Not a WOFF 1.0 font");
		}
		int flavor = in.getInt(4);
		int tables = Short.toUnsignedInt(in.getShort(12));
		int sfntSize = in.getInt(16);
		if (tables == 0 || sfntSize <= 0 || HEADER_SIZE + tables * WOFF_ENTRY_SIZE > woff.length) {
			throw new IllegalArgumentException("A WOFF font without tables");
		}
		ByteBuffer out = ByteBuffer.allocate(sfntSize);
		int power = Integer.highestOneBit(tables);
		out.putInt(flavor)
			.putShort((short) tables)
			.putShort((short) (power * 16))
			.putShort((short) Integer.numberOfTrailingZeros(power))
			.putShort((short) (tables * 16 - power * 16));
		int dataOffset = 12 + tables * SFNT_ENTRY_SIZE;
		for (int i = 0; i < tables; i++) {
			int entry = HEADER_SIZE + i * WOFF_ENTRY_SIZE;
			int tag = in.getInt(entry);
			int offset = in.getInt(entry + 4);
			int compressedLength = in.getInt(entry + 8);
			int length = in.getInt(entry + 12);
			int checksum = in.getInt(entry + 16);
			if (offset < 0 || compressedLength < 0 || length < compressedLength
					|| (long) offset + compressedLength > woff.length || (long) dataOffset + length > sfntSize) {
				throw new IllegalArgumentException("A WOFF table out of bounds");
			}
			out.putInt(12 + i * SFNT_ENTRY_SIZE, tag)
				.putInt(16 + i * SFNT_ENTRY_SIZE, checksum)
				.putInt(20 + i * SFNT_ENTRY_SIZE, dataOffset)
				.putInt(24 + i * SFNT_ENTRY_SIZE, length);
			byte[] table = (compressedLength == length) ? Arrays.copyOfRange(woff, offset, offset + length)
					: inflate(woff, offset, compressedLength, length);
			out.put(dataOffset, table);
			dataOffset += (length + 3) & ~3;
		}
		return out.array();
	}

	private static byte[] inflate(byte[] woff, int offset, int compressedLength, int length) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(woff, offset, compressedLength);
			byte[] table = new byte[length];
			int read = inflater.inflate(table);
			if (read != length || !inflater.finished()) {
				throw new IllegalArgumentException("A WOFF table that does not unpack to its length");
			}
			return table;
		}
		catch (DataFormatException ex) {
			throw new IllegalArgumentException("A WOFF table that is not zlib data", ex);
		}
		finally {
			inflater.end();
		}
	}

}
