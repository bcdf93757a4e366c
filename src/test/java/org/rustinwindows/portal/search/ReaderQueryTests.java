package org.rustinwindows.portal.search;

import java.util.NoSuchElementException;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How a query is split when its last word is required as the start of others through the
 * prefix field: the rest must still require everything else, exactly as the whole query
 * would. And what the first ranking step weighs in the body: the words alone.
 */
class ReaderQueryTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			driver                      | driver
			memory safe                 | safe
			"use after" fre             | fre
			IoCreateDev                 | IoCreateDev
			wdk-s                       | wdk-s
			x                           | -
			memory -kmdf                | -
			"use after free"            | -
			driver.                     | -
			""")
	void theOpenWordIsTheLastOneWhenTheQueryEndsInIt(String text, String openWord) {
		assertThat(ReaderQuery.parse(text).openWord()).isEqualTo(Optional.ofNullable(openWord));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			driver                      | ''
			memory safe                 | memory
			"use after" fre             | "use after"
			memory -kmdf safe           | memory -kmdf
			does cargo-wdk support KMDF | cargo\\-wdk support
			""")
	void theRestKeepsEveryOtherWordPhraseAndExclusion(String text, String rest) {
		assertThat(ReaderQuery.parse(text).toSimpleQueryStringBesidesOpenWord(false)).isEqualTo(rest);
	}

	@Test
	void withoutAnOpenWordTheRestIsTheWholeQuery() {
		ReaderQuery query = ReaderQuery.parse("memory safety -kmdf");
		assertThat(query.openWord()).isEmpty();
		assertThat(query.toSimpleQueryStringBesidesOpenWord(true)).isEqualTo(query.toSimpleQueryString(false, true));
	}

	@Test
	void theOpenWordAsWrittenForgivesTyposOnlyWhenAsked() {
		ReaderQuery query = ReaderQuery.parse("memory allocator");
		assertThat(query.openWordAsWritten(false)).isEqualTo("allocator");
		assertThat(query.openWordAsWritten(true)).isEqualTo("(allocator | allocator~1)");
		assertThat(query.toSimpleQueryStringBesidesOpenWord(true)).isEqualTo("(memory | memory~1)");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', textBlock = """
			driver                      ; driver
			memory safe                 ; memory | safe
			"use after free"            ; ''
			"use after" fre -kmdf       ; fre
			does cargo-wdk support KMDF ; cargo\\-wdk | support | KMDF
			""")
	void theLooseWordsLeaveOutPhrasesPrefixesAndExclusions(String text, String loose) {
		assertThat(ReaderQuery.parse(text).toAnyLooseWordQueryString()).isEqualTo(loose);
	}

	@Test
	void aQueryWithoutAnOpenWordHasNoWrittenForm() {
		assertThatExceptionOfType(NoSuchElementException.class)
			.isThrownBy(() -> ReaderQuery.parse("\"use after free\"").openWordAsWritten(false));
	}

	@Test
	void aQuestionOfSeveralWordsReadsAsATitleWithItsQuestionWords() {
		assertThat(ReaderQuery.parse("What is  windows-drivers-rs?").asTitle()).contains("What is windows-drivers-rs");
		assertThat(ReaderQuery.parse("cargo-wdk").asTitle()).as("one word").isEmpty();
		assertThat(ReaderQuery.parse("\"use after free\" rust").asTitle()).as("a phrase").isEmpty();
		assertThat(ReaderQuery.parse("rust -kernel").asTitle()).as("an exclusion").isEmpty();
	}

}
