package org.rustinwindows.portal.content;

/**
 * The names under which {@link Entry} is found in the full-text index: what the search
 * capability may query and project. Only published entries are meant for readers, so
 * every query filters on {@link #STATUS} = {@link #PUBLISHED}.
 */
public final class EntryIndex {

	/** The indexed entity's name, for a search scope built without the entity class. */
	public static final String ENTITY = "Entry";

	/** The entry's kind, as the name of an {@link EntryKind} constant. */
	public static final String KIND = "kind";

	public static final String SLUG = "slug";

	public static final String STATUS = "status";

	public static final String PUBLISHED = EntryStatus.PUBLISHED.name();

	public static final String PUBLISHED_AT = "publishedAt";

	/** The event's year on the timeline, otherwise the publication year. */
	public static final String YEAR = "year";

	/** Prose fields, analyzed with English stems; projectable and highlightable. */
	public static final String TITLE = "title";

	public static final String SUMMARY = "summary";

	/** The body as readers read it, without Markdown syntax. */
	public static final String BODY = "bodyText";

	/** The same three, analyzed as code: identifiers as written and by their parts. */
	public static final String TITLE_CODE = "title_code";

	public static final String SUMMARY_CODE = "summary_code";

	public static final String BODY_CODE = "bodyText_code";

	/**
	 * All searchable text at once (title, summary, body, tag names, source titles), as
	 * English and as code: where a search requires its words.
	 */
	public static final String TEXT = "searchText";

	public static final String TEXT_CODE = "searchText_code";

	/**
	 * The starts of the terms of {@link #TEXT_CODE}, up to {@link #PREFIX_MAX_LENGTH}
	 * characters: where the start of a word matches as one term. Matched with the typed
	 * start as it is, lower-cased.
	 */
	public static final String TEXT_PREFIX = "searchText_prefix";

	/**
	 * The longest start of a word {@link #TEXT_PREFIX} holds. A longer one is looked up
	 * among the terms of {@link #TEXT_CODE}, which few begin with.
	 */
	public static final int PREFIX_MAX_LENGTH = 15;

	public static final String TAG_NAME = "tags.name";

	public static final String TAG_SLUG = "tags.slug";

	public static final String SOURCE_TITLE = "sources.title";

	/**
	 * Analyzers, defined by the search module's analysis configurer: prose, with English
	 * stems, so that "drivers" finds "driver".
	 */
	public static final String ENGLISH_ANALYZER = "english";

	/**
	 * Identifiers as written and by their parts: {@code IoCreateDevice} and "io create
	 * device".
	 */
	public static final String CODE_ANALYZER = "code";

	/**
	 * Every start of every term {@link #CODE_ANALYZER} makes, for {@link #TEXT_PREFIX}.
	 */
	public static final String PREFIX_ANALYZER = "prefix";

	/**
	 * A typed start of a word as {@link #PREFIX_ANALYZER} holds it: the whole word,
	 * normalized.
	 */
	public static final String PREFIX_QUERY_ANALYZER = "prefix_query";

	private EntryIndex() {
	}

}
