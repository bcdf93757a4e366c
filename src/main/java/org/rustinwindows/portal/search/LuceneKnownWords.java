package org.rustinwindows.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.rustinwindows.portal.content.EntryIndex;

/**
 * The embedded index's words, by Lucene's {@link DirectSpellChecker}, which reads them
 * from the index's terms.
 */
class LuceneKnownWords implements SpellingCorrector.KnownWords {

	private final EntityManagerFactory entityManagerFactory;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	LuceneKnownWords(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		this.checker.setMinQueryLength(3);
	}

	@Override
	public Map<String, String> closest(List<String> words) {
		Map<String, String> closest = new HashMap<>();
		try (IndexReader reader = Search.mapping(this.entityManagerFactory)
			.scope(Object.class, EntryIndex.ENTITY)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			for (String word : words) {
				Term term = new Term(EntryIndex.BODY_CODE, word);
				if (reader.docFreq(term) == 0) {
					SuggestWord[] suggestions = this.checker.suggestSimilar(term, 1, reader,
							SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
					if (suggestions.length > 0) {
						closest.put(word, suggestions[0].string);
					}
				}
			}
			return closest;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the search index for spelling suggestions", ex);
		}
	}

}
