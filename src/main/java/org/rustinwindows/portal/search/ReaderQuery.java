package org.rustinwindows.portal.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * What a reader typed, read the way people write queries: words, {@code "quoted
 * phrases"} and {@code -excluded} words. Nothing in it is syntax beyond that; every other
 * character is searched for as text, so no query can fail to parse.
 * <p>
 * It becomes a Lucene simple query string in which every part is escaped: all words are
 * required (question words like "does" or "what" are dropped unless nothing else is
 * left), and the last word also matches as a prefix, since the reader may still be typing
 * it. A forgiving form also lets words of five letters or more differ by a typo (two from
 * eight letters on); it costs far more, so search asks for it only when the exact form
 * finds nothing.
 */
final class ReaderQuery {

	/** What this class writes of the simple query syntax: nothing else of it. */
	static final Set<SimpleQueryFlag> SYNTAX = Collections.unmodifiableSet(EnumSet.of(SimpleQueryFlag.AND,
			SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX,
			SimpleQueryFlag.FUZZY, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.ESCAPE, SimpleQueryFlag.WHITESPACE));

	/** Parts beyond this are ignored: they only make a query slower, never better. */
	static final int MAX_PARTS = 12;

	/** The shortest last word also looked for as the start of longer ones. */
	private static final int MIN_PREFIX = 2;

	private static final Set<String> QUESTION_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "can",
			"did", "do", "does", "for", "from", "has", "have", "how", "i", "in", "is", "it", "its", "of", "on", "or",
			"the", "to", "was", "what", "when", "where", "which", "who", "why", "will", "with");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

	/** Sentence punctuation around a word, which is no part of what is looked for. */
	private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:!?.]+|[,;:!?.]+$");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

	private final String text;

	private final List<String> words;

	private final List<String> phrases;

	private final List<String> excluded;

	private final boolean lastWordOpen;

	/** Every word as typed, question words included. */
	private final List<String> typedWords;

	private ReaderQuery(String text, List<String> words, List<String> phrases, List<String> excluded,
			boolean lastWordOpen, List<String> typedWords) {
		this.text = text;
		this.words = words;
		this.typedWords = typedWords;
		this.phrases = phrases;
		this.excluded = excluded;
		this.lastWordOpen = lastWordOpen;
	}

	/**
	 * Reads a query. Control characters count as spaces; an unbalanced quote runs to the
	 * end of the query.
	 */
	static ReaderQuery parse(String raw) {
		String text = CONTROL.matcher(raw).replaceAll(" ").strip().replaceAll("\\s+", " ");
		List<String> words = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		int i = 0;
		while (i < text.length() && words.size() + phrases.size() + excluded.size() < MAX_PARTS) {
			char c = text.charAt(i);
			if (c == ' ') {
				i++;
				continue;
			}
			boolean exclude = c == '-' && i + 1 < text.length() && text.charAt(i + 1) != ' ';
			int start = exclude ? i + 1 : i;
			if (text.charAt(start) == '"') {
				int close = text.indexOf('"', start + 1);
				int end = (close < 0) ? text.length() : close;
				String phrase = text.substring(start + 1, end).replace('"', ' ').strip();
				if (!phrase.isEmpty()) {
					(exclude ? excluded : phrases).add(phrase);
				}
				i = (close < 0) ? end : end + 1;
				continue;
			}
			int end = text.indexOf(' ', start);
			end = (end < 0) ? text.length() : end;
			String word = EDGE_PUNCTUATION.matcher(text.substring(start, end).replace("\"", "")).replaceAll("");
			if (!word.isEmpty()) {
				(exclude ? excluded : words).add(word);
			}
			i = end;
		}
		List<String> typed = List.copyOf(words);
		List<String> meaningful = words.stream().filter((word) -> !isQuestionWord(word)).toList();
		if (!meaningful.isEmpty() || !phrases.isEmpty()) {
			words = new ArrayList<>(meaningful);
		}
		boolean lastWordOpen = !words.isEmpty() && text.endsWith(words.get(words.size() - 1));
		return new ReaderQuery(text, List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded), lastWordOpen,
				typed);
	}

	private static boolean isQuestionWord(String word) {
		return QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
	}

	/** The query as the reader typed it, cleaned of control characters. */
	String text() {
		return this.text;
	}

	/** Whether there is nothing to look for: no word and no phrase. */
	boolean isEmpty() {
		return this.words.isEmpty() && this.phrases.isEmpty();
	}

	/** The required words, in order: for spelling suggestions and the phrase boost. */
	List<String> words() {
		return this.words;
	}

	/**
	 * The words as typed, question words included ("what is cargo-wdk"), when there is
	 * more than one: as a title would hold the question. Empty otherwise, and when a
	 * phrase or an excluded word makes it more than words.
	 */
	Optional<String> asTitle() {
		if (this.typedWords.size() < 2 || !this.phrases.isEmpty() || !this.excluded.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(String.join(" ", this.typedWords));
	}

	/** The same query with some words replaced, for a spelling suggestion. */
	String withWordsReplaced(Map<String, String> replacements) {
		StringBuilder result = new StringBuilder();
		for (String part : this.text.split(" ")) {
			String word = EDGE_PUNCTUATION.matcher(part).replaceAll("");
			String replacement = replacements.get(word);
			result.append(result.isEmpty() ? "" : " ").append((replacement != null) ? replacement : part);
		}
		return result.toString();
	}

	/** Whether a forgiving form of this query differs from the exact one. */
	boolean mayHaveTypos() {
		return this.words.stream().anyMatch((word) -> typosTolerated(word) > 0);
	}

	/**
	 * This query in Lucene's simple query syntax, every part escaped: all words and
	 * phrases required, excluded words excluded.
	 * @param prefixLastWord whether the last word also matches as the start of a word
	 * @param forgiveTypos whether longer words also match words a typo away
	 */
	String toSimpleQueryString(boolean prefixLastWord, boolean forgiveTypos) {
		List<String> parts = positiveParts(prefixLastWord, forgiveTypos);
		addExcluded(parts);
		return String.join(" ", parts);
	}

	/**
	 * The last word, when the reader may still be typing it: what else it may be the
	 * start of. Empty when the query ends otherwise, or in a word too short to be one.
	 */
	Optional<String> openWord() {
		if (!this.lastWordOpen) {
			return Optional.empty();
		}
		String last = this.words.get(this.words.size() - 1);
		return (last.length() >= MIN_PREFIX) ? Optional.of(last) : Optional.empty();
	}

	/**
	 * Everything of {@link #toSimpleQueryString} but the {@link #openWord open word}, so
	 * that the word can be required in another way: empty when nothing else is left.
	 */
	String toSimpleQueryStringBesidesOpenWord(boolean forgiveTypos) {
		List<String> parts = positiveParts(false, forgiveTypos);
		if (openWord().isPresent()) {
			parts.remove(this.words.size() - 1);
		}
		addExcluded(parts);
		return String.join(" ", parts);
	}

	/** The open word as written, or a typo away: its forms other than as a start. */
	String openWordAsWritten(boolean forgiveTypos) {
		return wordClause(openWord().orElseThrow(), false, forgiveTypos);
	}

	private void addExcluded(List<String> parts) {
		this.excluded
			.forEach((word) -> parts.add(word.contains(" ") ? "-\"" + escape(word) + '"' : "-" + escape(word)));
	}

	/**
	 * The words and phrases of this query, any of them: to weigh where the words were
	 * found (in the title, in the summary) once the required form has matched.
	 */
	String toAnyWordQueryString(boolean prefixLastWord, boolean forgiveTypos) {
		return String.join(" | ", positiveParts(prefixLastWord, forgiveTypos));
	}

	/**
	 * The words of this query alone, any of them, as written: without the quoted phrases,
	 * and without the last word as a prefix. Empty when the query is only phrases.
	 */
	String toAnyLooseWordQueryString() {
		return this.words.stream().map(ReaderQuery::escape).collect(Collectors.joining(" | "));
	}

	private List<String> positiveParts(boolean prefixLastWord, boolean forgiveTypos) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < this.words.size(); i++) {
			boolean last = i == this.words.size() - 1;
			parts.add(wordClause(this.words.get(i), prefixLastWord && last && this.lastWordOpen, forgiveTypos));
		}
		this.phrases.forEach((phrase) -> parts.add('"' + escape(phrase) + '"'));
		return parts;
	}

	private static String wordClause(String word, boolean prefix, boolean forgiveTypos) {
		String escaped = escape(word);
		List<String> alternatives = new ArrayList<>();
		alternatives.add(escaped);
		int edits = forgiveTypos ? typosTolerated(word) : 0;
		if (edits > 0) {
			alternatives.add(escaped + "~" + edits);
		}
		if (prefix && word.length() >= MIN_PREFIX) {
			alternatives.add(escaped + "*");
		}
		return (alternatives.size() == 1) ? escaped
				: alternatives.stream().collect(Collectors.joining(" | ", "(", ")"));
	}

	/**
	 * Only words made of letters tolerate typos: identifiers and numbers must be exact.
	 */
	private static int typosTolerated(String word) {
		if (!LETTERS.matcher(word).matches()) {
			return 0;
		}
		if (word.length() >= 10) {
			return 2;
		}
		return (word.length() >= 5) ? 1 : 0;
	}

	/** Escapes every character the simple query syntax gives a meaning to. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\\+|-\"*()~".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	/** Queries are equal when they read alike: the rest is parsed from the text. */
	@Override
	public boolean equals(Object other) {
		return (other instanceof ReaderQuery query) && this.text.equals(query.text);
	}

	@Override
	public int hashCode() {
		return this.text.hashCode();
	}

	@Override
	public String toString() {
		return this.text;
	}

}
