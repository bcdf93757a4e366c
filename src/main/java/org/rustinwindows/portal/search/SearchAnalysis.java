package org.rustinwindows.portal.search;

import java.util.List;
import java.util.Map;

import org.rustinwindows.portal.content.EntryIndex;

/**
 * How entries' text is cut into searchable terms, for the analyzers whose names the
 * mapping in {@link EntryIndex} uses: the one place that defines them, for both backends
 * ({@link LuceneAnalysis} and {@link OpenSearchAnalysis} only spell them). Prose goes
 * through {@value EntryIndex#ENGLISH_ANALYZER}: lower case, accents folded, English
 * stems, so that "drivers" finds "driver". Code goes through
 * {@value EntryIndex#CODE_ANALYZER} as well, so that identifiers stay findable as written
 * and by their parts: {@code IoCreateDevice} as itself and as "io", "create", "device";
 * {@code wdk-sys} as itself, as "wdksys" and as "wdk" and "sys".
 */
final class SearchAnalysis {

	/**
	 * Raise this whenever an analyzer below changes: the index is then rebuilt at the
	 * next start, since its terms were cut the old way.
	 */
	static final int VERSION = 2;

	/** Lower case. */
	static final Step LOWERCASE = Step.same("lowercase");

	/** Accents folded: "é" is "e". */
	static final Step ASCII_FOLDING = new Step("asciiFolding", Map.of(), "asciifolding", Map.of());

	/** English stems (Snowball's Porter stemmer): "drivers" is "driver". */
	static final Step ENGLISH_STEMS = new Step("snowballPorter", Map.of("language", "English"), "snowball",
			Map.of("language", "English"));

	/**
	 * An identifier as written, by its parts (at case changes, hyphens and underscores,
	 * numbers kept whole) and joined: {@code wdk-sys}, "wdk", "sys", "wdksys".
	 */
	static final Step CODE_PARTS = new Step("wordDelimiterGraph",
			Map.of("generateWordParts", "1", "generateNumberParts", "1", "catenateWords", "1", "splitOnCaseChange", "1",
					"splitOnNumerics", "0", "preserveOriginal", "1"),
			"word_delimiter_graph", Map.of("generate_word_parts", true, "generate_number_parts", true, "catenate_words",
					true, "split_on_case_change", true, "split_on_numerics", false, "preserve_original", true));

	/** Every start of a term, two to {@value EntryIndex#PREFIX_MAX_LENGTH} characters. */
	static final Step WORD_STARTS = new Step("edgeNGram",
			Map.of("minGramSize", "2", "maxGramSize", Integer.toString(EntryIndex.PREFIX_MAX_LENGTH)), "edge_ngram",
			Map.of("min_gram", 2, "max_gram", EntryIndex.PREFIX_MAX_LENGTH));

	static final List<Analyzer> ANALYZERS = List.of(
			new Analyzer(EntryIndex.ENGLISH_ANALYZER, "standard", List.of(LOWERCASE, ASCII_FOLDING, ENGLISH_STEMS)),
			new Analyzer(EntryIndex.CODE_ANALYZER, "whitespace", List.of(CODE_PARTS, LOWERCASE, ASCII_FOLDING)),
			new Analyzer(EntryIndex.PREFIX_ANALYZER, "whitespace",
					List.of(CODE_PARTS, LOWERCASE, ASCII_FOLDING, WORD_STARTS)),
			new Analyzer(EntryIndex.PREFIX_QUERY_ANALYZER, "keyword", List.of(LOWERCASE, ASCII_FOLDING)));

	private SearchAnalysis() {
	}

	/**
	 * An analyzer: a tokenizer, named alike by both backends, then token filters.
	 */
	record Analyzer(String name, String tokenizer, List<Step> filters) {

		/** The name under which a filter with parameters is defined on OpenSearch. */
		String openSearchFilterName(Step filter) {
			return this.name + "_" + filter.openSearchType();
		}

	}

	/**
	 * A token filter as each backend names it and its parameters: Lucene's factories take
	 * strings ("1" for on), OpenSearch's settings take typed values.
	 */
	record Step(String luceneName, Map<String, String> luceneParams, String openSearchType,
			Map<String, Object> openSearchParams) {

		static Step same(String name) {
			return new Step(name, Map.of(), name, Map.of());
		}

	}

}
