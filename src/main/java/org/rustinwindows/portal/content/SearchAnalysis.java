package org.rustinwindows.portal.content;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTypeStep;

/**
 * How entries' text is cut into searchable terms. Prose goes through {@value #ENGLISH}:
 * lower case, accents folded, English stems, so that "drivers" finds "driver". Code goes
 * through {@value #CODE} as well, so that identifiers stay findable as written and by
 * their parts: {@code IoCreateDevice} as itself and as "io", "create", "device";
 * {@code wdk-sys} as itself, as "wdksys" and as "wdk" and "sys".
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	/**
	 * Raise this whenever an analyzer below changes: the index is then rebuilt at the
	 * next start, since its terms were cut the old way.
	 */
	static final int VERSION = 2;

	static final String ENGLISH = "english";

	static final String CODE = "code";

	/**
	 * Every start of every term {@value #CODE} makes, from two characters up to
	 * {@link EntryIndex#PREFIX_MAX_LENGTH}, so that the start of a word still being typed
	 * is one term to look up instead of every word that begins with it.
	 */
	static final String PREFIX = "prefix";

	/**
	 * A typed start of a word as {@value #PREFIX} holds it: the whole word, normalized.
	 */
	static final String PREFIX_QUERY = "prefix_query";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("snowballPorter")
			.param("language", "English");
		codeTerms(context.analyzer(CODE));
		codeTerms(context.analyzer(PREFIX)).tokenFilter("edgeNGram")
			.param("minGramSize", "2")
			.param("maxGramSize", Integer.toString(EntryIndex.PREFIX_MAX_LENGTH));
		context.analyzer(PREFIX_QUERY)
			.custom()
			.tokenizer("keyword")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}

	/**
	 * Identifiers as written and by their parts, lower case: the terms of {@value #CODE},
	 * which {@value #PREFIX} cuts further into their starts.
	 */
	private static LuceneAnalysisOptionalComponentsStep codeTerms(LuceneAnalyzerTypeStep analyzer) {
		return analyzer.custom()
			.tokenizer("whitespace")
			.tokenFilter("wordDelimiterGraph")
			.param("generateWordParts", "1")
			.param("generateNumberParts", "1")
			.param("catenateWords", "1")
			.param("splitOnCaseChange", "1")
			.param("splitOnNumerics", "0")
			.param("preserveOriginal", "1")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}

}
