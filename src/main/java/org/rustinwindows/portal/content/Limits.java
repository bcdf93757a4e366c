package org.rustinwindows.portal.content;

/**
 * The sizes the schema allows, checked before saving so that an editor gets a message
 * instead of a database error.
 */
public final class Limits {

	public static final int TITLE = 300;

	public static final int SUMMARY = 1000;

	public static final int BODY = 200_000;

	public static final int BODY_HTML = 400_000;

	public static final int BODY_TEXT = 200_000;

	public static final int TOC_HTML = 20_000;

	public static final int FAQ_POSITION = 10_000;

	public static final int TAGS = 20;

	public static final int TAG_NAME = 120;

	public static final int SOURCES = 50;

	public static final int SOURCE_TITLE = 300;

	public static final int SOURCE_URL = 2000;

	public static final int SOURCE_PUBLICATION = 200;

	public static final int SOURCE_AUTHOR = 200;

	public static final int SOURCE_NOTE = 1000;

	private Limits() {
	}

}
