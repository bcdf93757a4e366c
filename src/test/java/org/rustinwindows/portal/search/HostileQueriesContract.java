package org.rustinwindows.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries and parameters written to break a search engine or the page around it. Each
 * must be answered with a results page (200) or a page saying what to change (400): never
 * a 500, and never with any of it reflected as markup: on each backend
 * ({@link HostileQueriesTests}, {@link HostileQueriesOpenSearchTests}), whose query
 * parsers differ.
 */
abstract class HostileQueriesContract {

	@Autowired
	MockMvcTester mvc;

	static Stream<Arguments> queries() {
		List<String> queries = new ArrayList<>(List.of(
				// The simple query syntax and its neighbours, balanced or not.
				"\"", "\"\"", "\"unbalanced phrase", "unbalanced\"", "\"a\" \"b", "*", "**", "rust*", "?", "~", "~1",
				"kernel~", "kernel~999", "-", "--", "-\"", "- -", "-kernel", "+", "++", "|", "||", "()", "((((((",
				")))", "\\", "\\\\", "\\\"", "kernel\\", "AND", "a AND OR NOT b", "title:rust", "bodyText:*",
				"[* TO *]", "{1 TO 2}", "/regex.*/", "^2", "rust^10", "&&", "!", "@#$%^&*()_+", "%", "_",
				// Other languages' injections.
				"'; DROP TABLE entry; --", "' OR 1=1 --", "<script>alert(1)</script>",
				"\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "${7*7}", "[[${7*7}]]", "*{7*7}",
				"__${T(java.lang.Runtime).getRuntime().exec('id')}__::x", "../../etc/passwd", "%00", "%2e%2e%2f",
				// Control and invisible characters.
				"\u0000", "rust\u0000kernel\u0007", "a\u0008b", "\u202Erust", "\uFEFF", "\t\n\r", "\u3000",
				"\u2028kernel\u2029",
				// Other scripts.
				"Ржавчина", "錆 言語", "ラスト", "مرحبا بالعالم", "עברית", "🦀", "🦀🦀🦀 rust", "Ω≈ç√∫",
				// Lengths around the limit, and beyond it.
				"x".repeat(200), "\"".repeat(200), "-".repeat(200), "~".repeat(200), "*".repeat(200), "( ".repeat(100),
				"a ".repeat(100), "x".repeat(201), "word ".repeat(2000), "a".repeat(10_000)));
		return queries.stream().map((query) -> Arguments.of(describe(query), query));
	}

	private static String describe(String query) {
		String visible = query.codePoints()
			.mapToObj((c) -> Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c))
			.reduce("", String::concat);
		return (visible.length() > 40) ? visible.substring(0, 40) + "… (" + query.length() + " chars)" : visible;
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("queries")
	void neverBreakTheResultsPage(String description, String query) {
		MvcTestResult result = this.mvc.get().uri("/search").param("q", query).exchange();
		int status = result.getResponse().getStatus();
		assertThat(status).as("status for %s", description).isIn(200, 400);
		if (query.length() > 200) {
			assertThat(status).isEqualTo(400);
			assertThat(result).bodyText().contains("at most 200 characters");
		}
		assertThat(result).bodyText().doesNotContain("<script>alert", "<img src=x");
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("queries")
	void neverBreakTheSuggestions(String description, String query) {
		MvcTestResult result = this.mvc.get().uri("/search/suggest").param("q", query).exchange();
		assertThat(result.getResponse().getStatus()).as("status for %s", description)
			.isEqualTo((query.length() > 200) ? 400 : 200);
		assertThat(result).hasContentType("application/json");
	}

	static Stream<Arguments> parameters() {
		return Stream.of(Arguments.of("kind", "<script>alert(1)</script>"), Arguments.of("kind", "ARTICLE"),
				Arguments.of("tag", "../.."), Arguments.of("tag", "Memory Safety"),
				Arguments.of("tag", "a".repeat(101)), Arguments.of("year", "20x3"), Arguments.of("year", "99999"),
				Arguments.of("year", "-2023"), Arguments.of("page", "0"), Arguments.of("page", "1e3"),
				Arguments.of("page", "2147483648"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("parameters")
	void refuseBadFiltersWithAMessage(String name, String value) {
		assertThat(this.mvc.get().uri("/search").param("q", "kernel").param(name, value)).hasStatus4xxClientError()
			.bodyText()
			.contains("role=\"alert\"", "value=\"kernel\"")
			.doesNotContain("<script>alert(1)");
	}

}
