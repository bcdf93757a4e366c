package org.rustinwindows.portal.content;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

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
	static final int VERSION = 1;

	static final String ENGLISH = "english";

	static final String CODE = "code";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("snowballPorter")
			.param("language", "English");
		context.analyzer(CODE)
			.custom()
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
