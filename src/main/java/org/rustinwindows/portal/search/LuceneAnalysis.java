package org.rustinwindows.portal.search;

import java.util.Map;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analyzers of {@link SearchAnalysis}, spelled for the embedded Lucene index.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		for (SearchAnalysis.Analyzer analyzer : SearchAnalysis.ANALYZERS) {
			LuceneAnalysisOptionalComponentsStep steps = context.analyzer(analyzer.name())
				.custom()
				.tokenizer(analyzer.tokenizer());
			for (SearchAnalysis.Step filter : analyzer.filters()) {
				LuceneAnalysisComponentParametersStep step = steps.tokenFilter(filter.luceneName());
				for (Map.Entry<String, String> param : filter.luceneParams().entrySet()) {
					step = step.param(param.getKey(), param.getValue());
				}
				steps = step;
			}
		}
	}

}
