package org.rustinwindows.portal.bench;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's made-up entries are entries the portal accepts, the last of a full run
 * included, and the same seed makes the same entries.
 */
@PortalServerTest
class SyntheticContentTests {

	@RegisterExtension
	static TestEntries entries = TestEntries.prefixed("bench-");

	@Test
	void areAcceptedByThePortal() {
		SyntheticContent content = new SyntheticContent(7);
		List<Integer> numbers = IntStream.concat(IntStream.rangeClosed(1, 40), IntStream.of(9_999, 10_000, 100_000))
			.boxed()
			.toList();
		numbers.forEach((n) -> entries.add(content.entry(n)));
		assertThat(entries.count()).isEqualTo(numbers.size());
	}

	@Test
	void areTheSameForTheSameSeed() {
		List<NewEntry> first = IntStream.rangeClosed(1, 20).mapToObj(new SyntheticContent(42)::entry).toList();
		List<NewEntry> second = IntStream.rangeClosed(1, 20).mapToObj(new SyntheticContent(42)::entry).toList();
		assertThat(first).isEqualTo(second);
		assertThat(first.stream().map(NewEntry::kind).distinct()).hasSizeGreaterThan(1);
	}

}
