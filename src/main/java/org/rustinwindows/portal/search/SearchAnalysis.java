package org.rustinwindows.portal.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTypeStep;
import org.rustinwindows.portal.content.EntryIndex;

/**
 * How entries' text is cut into searchable terms, for the analyzers whose names the
 * mapping in {@link EntryIndex} uses. Prose goes through
 * {@value EntryIndex#ENGLISH_ANALYZER}: lower case, accents folded, English stems, so
 * that "drivers" finds "driver". Code goes through {@value EntryIndex#CODE_ANALYZER} as
 * well, so that identifiers stay findable as written and by their parts:
 * {@code IoCreateDevice} as itself and as "io", "create", "device"; {@code wdk-sys} as
 * itself, as "wdksys" and as "wdk" and "sys".
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	/**
	 * Raise this whenever an analyzer below changes: the index is then rebuilt at the
	 * next start, since its terms were cut the old way.
	 */
	static final int VERSION = 2;

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(EntryIndex.ENGLISH_ANALYZER)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("snowballPorter")
			.param("language", "English");
		codeTerms(context.analyzer(EntryIndex.CODE_ANALYZER));
		codeTerms(context.analyzer(EntryIndex.PREFIX_ANALYZER)).tokenFilter("edgeNGram")
			.param("minGramSize", "2")
			.param("maxGramSize", Integer.toString(EntryIndex.PREFIX_MAX_LENGTH));
		context.analyzer(EntryIndex.PREFIX_QUERY_ANALYZER)
			.custom()
			.tokenizer("keyword")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}

	/**
	 * Identifiers as written and by their parts, lower case: the terms of
	 * {@value EntryIndex#CODE_ANALYZER}, which {@value EntryIndex#PREFIX_ANALYZER} cuts
	 * further into their starts.
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
