package org.rustinwindows.portal.search;

import java.util.Optional;

import org.rustinwindows.portal.content.EntryIndex;

/**
 * What an entry must hold to match a query, written as simple query strings over its
 * text. Search asks for it twice, in two query languages: Hibernate Search's, to rank the
 * matches, and Lucene's, to count them ({@link MatchCounter}). Both are built from this
 * one decision, so that they cannot disagree on what matches.
 *
 * @param whole the query as one simple query string, the last word also as a prefix;
 * {@code null} when the last word is matched by its {@link #start} instead
 * @param start the last word, still being typed, to match as one term of the prefix
 * field; {@code null} when it is not held there
 * @param openWord with a start: the last word as written, or a typo away
 * @param rest with a start: everything else required, empty when nothing is
 */
record RequiredWords(String whole, String start, String openWord, String rest) {

	/**
	 * @param prefixLastWord whether the last word also matches as the start of others
	 * @param forgiveTypos whether longer words may differ by a typo
	 */
	static RequiredWords of(ReaderQuery query, boolean prefixLastWord, boolean forgiveTypos) {
		Optional<String> start = prefixLastWord ? query.openWord().filter(RequiredWords::isHeldAsPrefix)
				: Optional.empty();
		if (start.isEmpty()) {
			return new RequiredWords(query.toSimpleQueryString(prefixLastWord, forgiveTypos), null, null, null);
		}
		return new RequiredWords(null, start.get(), query.openWordAsWritten(forgiveTypos),
				query.toSimpleQueryStringBesidesOpenWord(forgiveTypos));
	}

	/**
	 * Whether the last word is matched as one term of the prefix field. Spelled out as a
	 * prefix over the text instead, a common start like "driver" means merging the
	 * matches of every word that begins with it (151 terms on 100,000 entries).
	 */
	boolean byStart() {
		return this.start != null;
	}

	/**
	 * Whether the prefix field holds this start of a word as it is typed: short enough,
	 * and not changed in length by the analyzer's folding (only ASCII is sure not to be).
	 */
	private static boolean isHeldAsPrefix(String word) {
		return word.length() <= EntryIndex.PREFIX_MAX_LENGTH && word.chars().allMatch((c) -> c < 128);
	}

}
