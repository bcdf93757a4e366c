package org.rustinwindows.portal.content;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.ThreeWayMerge.Choice;
import org.rustinwindows.portal.content.ThreeWayMerge.Merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Two editors' changes put together: what only one changed is kept, what both changed
 * alike is kept once, and where both changed the same lines the editor chooses.
 */
class ThreeWayMergeTests {

	private static final String BASE = """
			title: Drivers
			---
			First paragraph.

			Second paragraph.

			Third paragraph.
			""";

	@Test
	void changesToDifferentLinesAreBothKept() {
		String theirs = BASE.replace("First paragraph.", "First paragraph, revised by them.");
		String mine = BASE.replace("Third paragraph.", "Third paragraph.\n\nA fourth, added by me.");
		Merge merge = ThreeWayMerge.of(BASE, theirs, mine);
		assertThat(merge.clashes()).isEmpty();
		assertThat(merge.text(List.of())).isEqualTo("""
				title: Drivers
				---
				First paragraph, revised by them.

				Second paragraph.

				Third paragraph.

				A fourth, added by me.
				""");
	}

	@Test
	void theSameChangeOnBothSidesIsKeptOnce() {
		String both = BASE.replace("Second paragraph.", "Second paragraph, fixed.");
		Merge merge = ThreeWayMerge.of(BASE, both, both);
		assertThat(merge.clashes()).isEmpty();
		assertThat(merge.text(List.of())).isEqualTo(both);
	}

	@Test
	void differentChangesToTheSameLinesAreTheEditorsChoice() {
		String theirs = BASE.replace("Second paragraph.", "Second paragraph, their way.")
			.replace("title: Drivers", "title: Rust drivers");
		String mine = BASE.replace("Second paragraph.", "Second paragraph, my way.");
		Merge merge = ThreeWayMerge.of(BASE, theirs, mine);
		assertThat(merge.clashes()).singleElement().satisfies((clash) -> {
			assertThat(clash.number()).isEqualTo(1);
			assertThat(clash.base()).containsExactly("Second paragraph.");
			assertThat(clash.theirs()).containsExactly("Second paragraph, their way.");
			assertThat(clash.mine()).containsExactly("Second paragraph, my way.");
		});
		assertThat(merge.text(List.of(Choice.MINE))).startsWith("title: Rust drivers\n")
			.contains("Second paragraph, my way.")
			.doesNotContain("their way");
		assertThat(merge.text(List.of(Choice.THEIRS))).contains("Second paragraph, their way.")
			.doesNotContain("my way");
		assertThat(merge.text(List.of(Choice.BOTH)))
			.contains("Second paragraph, their way.\nSecond paragraph, my way.\n");
		assertThatIllegalArgumentException().isThrownBy(() -> merge.text(List.of()));
	}

	@Test
	void insertionsAtTheSamePlaceClashAndBothCanBeKept() {
		String theirs = BASE + "\nTheir ending.\n";
		String mine = BASE + "\nMy ending.\n";
		Merge merge = ThreeWayMerge.of(BASE, theirs, mine);
		assertThat(merge.clashes()).hasSize(1);
		assertThat(merge.text(List.of(Choice.BOTH))).endsWith("Third paragraph.\n\nTheir ending.\n\nMy ending.\n");
	}

	@Test
	void aDeletionOnOneSideAndAnUntouchedLineOnTheOtherIsADeletion() {
		String theirs = BASE.replace("Second paragraph.\n\n", "");
		Merge merge = ThreeWayMerge.of(BASE, theirs, BASE);
		assertThat(merge.text(List.of())).isEqualTo(theirs);
		assertThat(ThreeWayMerge.of(BASE, BASE, theirs).text(List.of())).isEqualTo(theirs);
	}

}
