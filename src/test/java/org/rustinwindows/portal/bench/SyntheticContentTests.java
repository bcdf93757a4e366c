package org.rustinwindows.portal.bench;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryFilter;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.EntryLifecycle;
import org.rustinwindows.portal.content.EntryWriter;
import org.rustinwindows.portal.content.NewEntry;
import org.rustinwindows.portal.content.TestEntries;
import org.rustinwindows.portal.testsupport.PortalServerTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's made-up entries are entries the portal accepts, the last of a full run
 * included, and the same seed makes the same entries.
 */
@PortalServerTest
class SyntheticContentTests {

	@Autowired
	EntryWriter writer;

	@Autowired
	EditorialDesk desk;

	@Autowired
	EntryLifecycle lifecycle;

	@AfterEach
	void deleteEntries() {
		TestEntries.deleteMatching(this.desk, this.lifecycle, "bench-");
	}

	@Test
	void areAcceptedByThePortal() {
		SyntheticContent content = new SyntheticContent(7);
		List<Integer> numbers = IntStream.concat(IntStream.rangeClosed(1, 40), IntStream.of(9_999, 10_000, 100_000))
			.boxed()
			.toList();
		numbers.forEach((n) -> this.writer.create(content.entry(n)));
		long stored = Stream.of(EntryKind.values())
			.mapToLong((kind) -> this.desk.list(kind, new EntryFilter(null, null, "bench-", null), 1).totalItems())
			.sum();
		assertThat(stored).isEqualTo(numbers.size());
	}

	@Test
	void areTheSameForTheSameSeed() {
		List<NewEntry> first = IntStream.rangeClosed(1, 20).mapToObj(new SyntheticContent(42)::entry).toList();
		List<NewEntry> second = IntStream.rangeClosed(1, 20).mapToObj(new SyntheticContent(42)::entry).toList();
		assertThat(first).isEqualTo(second);
		assertThat(first.stream().map(NewEntry::kind).distinct()).hasSizeGreaterThan(1);
	}

}
