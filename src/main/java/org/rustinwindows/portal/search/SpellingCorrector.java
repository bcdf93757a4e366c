package org.rustinwindows.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Offers "did you mean" for a query that found nothing: each word the index does not know
 * is replaced by the closest word it does know ({@link KnownWords}, from the index
 * itself: no separate dictionary). The index also holds drafts, so a correction is
 * offered only when it finds published entries: it never reveals a draft's words.
 */
class SpellingCorrector {

	private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,}");

	private final KnownWords knownWords;

	SpellingCorrector(KnownWords knownWords) {
		this.knownWords = knownWords;
	}

	/**
	 * @param query a query that found nothing
	 * @param findsSomething whether a corrected query finds published entries
	 * @return the corrected query, if there is one that finds something
	 */
	Optional<String> correct(ReaderQuery query, Predicate<ReaderQuery> findsSomething) {
		Map<String, String> lowerCased = new LinkedHashMap<>();
		for (String word : query.words()) {
			if (LETTERS.matcher(word).matches()) {
				lowerCased.put(word, word.toLowerCase(Locale.ROOT));
			}
		}
		if (lowerCased.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> closest = this.knownWords.closest(List.copyOf(lowerCased.values()));
		Map<String, String> corrections = new LinkedHashMap<>();
		lowerCased.forEach((word, lower) -> {
			if (closest.containsKey(lower)) {
				corrections.put(word, closest.get(lower));
			}
		});
		if (corrections.isEmpty()) {
			return Optional.empty();
		}
		ReaderQuery corrected = ReaderQuery.parse(query.withWordsReplaced(corrections));
		return findsSomething.test(corrected) ? Optional.of(corrected.text()) : Optional.empty();
	}

	/**
	 * The words the index holds, as readers type them: lower-cased but not stemmed
	 * ({@link org.rustinwindows.portal.content.EntryIndex#BODY_CODE}).
	 */
	interface KnownWords {

		/**
		 * @param words lower-cased words of three letters or more
		 * @return for each word the index does not hold, the closest one it does, if any
		 * is close enough
		 */
		Map<String, String> closest(List<String> words);

	}

}
