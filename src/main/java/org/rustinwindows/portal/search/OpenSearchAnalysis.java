package org.rustinwindows.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;

/**
 * The analyzers of {@link SearchAnalysis}, spelled for OpenSearch: a filter with
 * parameters is defined under a name of its own, which the analyzer then lists.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		for (SearchAnalysis.Analyzer analyzer : SearchAnalysis.ANALYZERS) {
			List<String> filters = new ArrayList<>();
			for (SearchAnalysis.Step filter : analyzer.filters()) {
				if (filter.openSearchParams().isEmpty()) {
					filters.add(filter.openSearchType());
					continue;
				}
				String name = analyzer.openSearchFilterName(filter);
				ElasticsearchAnalysisComponentParametersStep defined = context.tokenFilter(name)
					.type(filter.openSearchType());
				for (Map.Entry<String, Object> param : filter.openSearchParams().entrySet()) {
					Object value = param.getValue();
					if (value instanceof Boolean flag) {
						defined = defined.param(param.getKey(), flag);
					}
					else if (value instanceof Number number) {
						defined = defined.param(param.getKey(), number);
					}
					else {
						defined = defined.param(param.getKey(), value.toString());
					}
				}
				filters.add(name);
			}
			context.analyzer(analyzer.name())
				.custom()
				.tokenizer(analyzer.tokenizer())
				.tokenFilters(filters.toArray(String[]::new));
		}
	}

}
