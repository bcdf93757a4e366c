package org.rustinwindows.portal.content.markdown;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rustinwindows.portal.shared.RenderBudget;
import org.rustinwindows.portal.shared.RenderingProperties;
import org.rustinwindows.portal.testsupport.RenderBudgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Markdown built to be costly either renders within the budget or is refused with a
 * message for its writer: never seconds of CPU, never a stack overflow.
 */
class RenderingBudgetTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer(RenderBudgets.DEFAULT);

	static Stream<Arguments> costlyBodies() {
		StringBuilder definitions = new StringBuilder();
		for (int i = 0; i < 8000; i++) {
			definitions.append("[l").append(i).append("]: https://example.org/").append(i).append('\n');
		}
		return Stream.of(Arguments.of("30,000 table rows", "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(30000)),
				Arguments.of("30,000 character references", "&amp; &lt; &copy; ".repeat(10000)),
				Arguments.of("8,000 link definitions", definitions.toString()),
				Arguments.of("2,900 table rows", "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(2900)),
				Arguments.of("4,900 character references", "&amp; ".repeat(4900)),
				Arguments.of("5,000 quote levels", ">".repeat(5000)),
				Arguments.of("100,000 quote levels", ">".repeat(100000)),
				Arguments.of("5,000 asterisks", "*".repeat(5000)),
				Arguments.of("100,000 underscores", "_".repeat(100000)),
				Arguments.of("5,000 nested bullets", "-".repeat(5000)),
				Arguments.of("20,000 nested numbered lists", "1. ".repeat(20000)),
				Arguments.of("50,000 brackets", "[".repeat(50000)),
				Arguments.of("20,000 emphasis pairs", "*a* _b_ ".repeat(20000)),
				Arguments.of("200,000 characters of one word", "x".repeat(200000)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("costlyBodies")
	void rendersWithinTheBudgetOrRefusesWithAMessage(String name, String body) {
		long start = System.nanoTime();
		MarkdownRefusedException refused = catchThrowableOfType(MarkdownRefusedException.class,
				() -> this.renderer.render(body));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).as(name).isLessThan(Duration.ofSeconds(6));
		if (refused != null) {
			assertThat(refused.getMessage()).isNotBlank();
		}
	}

	@Test
	void refusesEachCostlyConstructPastItsLimitWithItsOwnMessage() {
		assertThatExceptionOfType(MarkdownRefusedException.class)
			.isThrownBy(() -> this.renderer.render("| x |\n".repeat(CostlyConstructs.TABLE_ROWS + 1)))
			.withMessageContaining("table rows");
		assertThatExceptionOfType(MarkdownRefusedException.class)
			.isThrownBy(() -> this.renderer.render("&amp;".repeat(CostlyConstructs.CHARACTER_REFERENCES + 1)))
			.withMessageContaining("character references");
		assertThatExceptionOfType(MarkdownRefusedException.class).isThrownBy(
				() -> this.renderer.render("[a]: https://example.org\n".repeat(CostlyConstructs.LINK_DEFINITIONS + 1)))
			.withMessageContaining("link definitions");
	}

	@Test
	void aParseThatOutlivesItsTimeLimitIsStoppedAndRefused() {
		MarkdownRenderer hurried = new MarkdownRenderer(
				new RenderBudget(new RenderingProperties(Duration.ofMillis(1), 1, 4)));
		long start = System.nanoTime();
		assertThatExceptionOfType(MarkdownRefusedException.class)
			.isThrownBy(() -> hurried.render("&amp; &lt; &copy; ".repeat(1600)))
			.withMessageContaining("takes too long");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

}
