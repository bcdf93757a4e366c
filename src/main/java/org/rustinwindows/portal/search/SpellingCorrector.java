package org.rustinwindows.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.rustinwindows.portal.content.EntryIndex;

import org.springframework.stereotype.Component;

/**
 * Offers "did you mean" for a query that found nothing: each word the index does not know
 * is replaced by the closest word it does know (Lucene's {@link DirectSpellChecker},
 * which needs no separate dictionary). The index also holds drafts, so a correction is
 * offered only when it finds published entries: it never reveals a draft's words.
 */
@Component
class SpellingCorrector {

	private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,}");

	/** Words as written, lower-cased but not stemmed: what a reader would type. */
	private static final String DICTIONARY_FIELD = EntryIndex.BODY_CODE;

	private final EntityManagerFactory entityManagerFactory;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	SpellingCorrector(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		this.checker.setMinQueryLength(3);
	}

	/**
	 * @param query a query that found nothing
	 * @param findsSomething whether a corrected query finds published entries
	 * @return the corrected query, if there is one that finds something
	 */
	Optional<String> correct(ReaderQuery query, Predicate<ReaderQuery> findsSomething) {
		Map<String, String> corrections = new LinkedHashMap<>();
		try (IndexReader reader = Search.mapping(this.entityManagerFactory)
			.scope(Object.class, EntryIndex.ENTITY)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			for (String word : query.words()) {
				if (LETTERS.matcher(word).matches()) {
					closestKnownWord(word.toLowerCase(Locale.ROOT), reader)
						.ifPresent((known) -> corrections.put(word, known));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the search index for spelling suggestions", ex);
		}
		if (corrections.isEmpty()) {
			return Optional.empty();
		}
		ReaderQuery corrected = ReaderQuery.parse(query.withWordsReplaced(corrections));
		return findsSomething.test(corrected) ? Optional.of(corrected.text()) : Optional.empty();
	}

	private Optional<String> closestKnownWord(String word, IndexReader reader) throws IOException {
		Term term = new Term(DICTIONARY_FIELD, word);
		if (reader.docFreq(term) > 0) {
			return Optional.empty();
		}
		SuggestWord[] suggestions = this.checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		return (suggestions.length > 0) ? Optional.of(suggestions[0].string) : Optional.empty();
	}

}
