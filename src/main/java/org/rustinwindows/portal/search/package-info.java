/**
 * Finding published content from the search box in every page's header.
 * <p>
 * <b>What is indexed.</b> Titles weigh more than tag names, tag names more than
 * summaries, summaries more than bodies (the body as readers read it, Markdown syntax
 * stripped); the titles of sources count too. Every text field is indexed twice: as
 * English (lower case, accents folded, Porter stems, so {@code drivers} finds
 * {@code driver}) and as code (split on spaces, then at case changes, hyphens and
 * underscores, keeping the original and the joined form, so {@code wdk-sys},
 * {@code IoCreateDevice} and {@code #[panic_handler]} are found by their parts). A third
 * form holds the start of every word, two to 15 characters (edge n-grams over the code
 * terms), so that the start of the last word, which the reader may still be typing, is
 * one term to look up; a longer or non-ASCII start is matched as a prefix of the code
 * terms.
 * <p>
 * <b>Ranking takes two steps</b>, as search engines do with their costlier signals. The
 * first weighs every match only by where its words are (title ×4, tag names ×3, summary
 * ×2, body) and finds the best {@code portal.search.rerank-window}. Counting every match
 * (the total and the facets) is a pass of its own, on another thread while a core is idle
 * ({@code portal.search.counting-threads}): on the embedded index, Lucene's facet module
 * over the index's doc values, with the query as Lucene's simple query parser reads it
 * (the parser Hibernate Search's {@code simpleQueryString} runs); on OpenSearch, terms
 * aggregations. The second step weighs those best matches again with what costs a read of
 * every body: the last word as a prefix in the body, quoted phrases in the body, and the
 * words next to each other; pages past them keep the first step's order. What the first
 * step found is kept per query and filters ({@code portal.search.cache-size}) until any
 * entry or tag changes.
 * <p>
 * <b>The index</b> is mapped by content's {@code Entry}, on one of two backends
 * ({@code portal.search.backend}): Hibernate Search's embedded Lucene index, or one
 * OpenSearch index that every node shares (its Elasticsearch backend). The analyzers are
 * defined once ({@code SearchAnalysis}); the counts and "did you mean" have a part for
 * each backend ({@code SearchBackendConfiguration}); ranking, highlights and suggestions
 * are the same queries on both, and the same tests hold them. The embedded index is
 * rebuilt in the background at start-up when it is empty but the database is not, when
 * its mapping's fingerprint changed, or when the portal stopped without closing it, then
 * merged into one segment: a search looks every word up in each segment.
 * <p>
 * <b>On OpenSearch</b> each node indexes what it commits, as it commits, and one node at
 * a time indexes again the entries changed lately and mends a count that differs
 * ({@code SearchIndexCatchUp}), for a node killed between a commit and its indexing.
 * Hibernate Search's outbox polling would do this without the catch-up, but its 8.3
 * artifact is not served here, and 8.2's on 8.3's engine mixes versions that upstream
 * does not support together.
 */
@ApplicationModule(allowedDependencies = { "content", "shared" })
package org.rustinwindows.portal.search;

import org.springframework.modulith.ApplicationModule;
