package org.rustinwindows.portal.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Puts together two editors' changes to the same text, line by line, as diff3 does: each
 * side is compared with the text both started from (java-diff-utils); a change only one
 * side made, or both made alike, is taken as it is; where both changed the same lines
 * differently, the editor chooses ({@link Clash}).
 */
public final class ThreeWayMerge {

	private ThreeWayMerge() {
	}

	/**
	 * @param base the text both editors started from
	 * @param theirs the text saved meanwhile
	 * @param mine the text of the editor who saves now
	 */
	public static Merge of(String base, String theirs, String mine) {
		List<String> baseLines = base.lines().toList();
		List<Change> changes = new ArrayList<>();
		DiffUtils.diff(baseLines, theirs.lines().toList())
			.getDeltas()
			.forEach((delta) -> changes.add(Change.of(Side.THEIRS, delta)));
		DiffUtils.diff(baseLines, mine.lines().toList())
			.getDeltas()
			.forEach((delta) -> changes.add(Change.of(Side.MINE, delta)));
		changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));

		List<Part> parts = new ArrayList<>();
		int position = 0;
		int index = 0;
		int clashes = 0;
		while (index < changes.size()) {
			// The changes that touch one another, from either side, settle together.
			int start = changes.get(index).start();
			int end = changes.get(index).end();
			List<Change> together = new ArrayList<>();
			while (index < changes.size() && changes.get(index).start() <= end) {
				end = Math.max(end, changes.get(index).end());
				together.add(changes.get(index));
				index++;
			}
			if (position < start) {
				parts.add(new Settled(baseLines.subList(position, start)));
			}
			List<String> theirLines = apply(baseLines, start, end, together, Side.THEIRS);
			List<String> myLines = apply(baseLines, start, end, together, Side.MINE);
			boolean theyChanged = together.stream().anyMatch((change) -> change.side() == Side.THEIRS);
			boolean iChanged = together.stream().anyMatch((change) -> change.side() == Side.MINE);
			if (!iChanged || theirLines.equals(myLines)) {
				parts.add(new Settled(theirLines));
			}
			else if (!theyChanged) {
				parts.add(new Settled(myLines));
			}
			else {
				parts.add(new Clash(++clashes, baseLines.subList(start, end), theirLines, myLines));
			}
			position = end;
		}
		if (position < baseLines.size()) {
			parts.add(new Settled(baseLines.subList(position, baseLines.size())));
		}
		return new Merge(List.copyOf(parts), mine.endsWith("\n") || theirs.endsWith("\n"));
	}

	/** The base's lines from start to end as one side changed them. */
	private static List<String> apply(List<String> base, int start, int end, List<Change> changes, Side side) {
		List<String> lines = new ArrayList<>();
		int position = start;
		for (Change change : changes) {
			if (change.side() != side) {
				continue;
			}
			lines.addAll(base.subList(position, change.start()));
			lines.addAll(change.lines());
			position = change.end();
		}
		lines.addAll(base.subList(position, end));
		return lines;
	}

	/** Which editor's change. */
	private enum Side {

		THEIRS, MINE

	}

	/** One side's change: base lines from start to end replaced by lines. */
	private record Change(Side side, int start, int end, List<String> lines) {

		static Change of(Side side, AbstractDelta<String> delta) {
			int start = delta.getSource().getPosition();
			return new Change(side, start, start + delta.getSource().size(), delta.getTarget().getLines());
		}

	}

	/**
	 * The texts put together: settled lines and the clashes the editor chooses for.
	 *
	 * @param parts the text in order
	 * @param endsWithNewLine whether the text ends with a line break
	 */
	public record Merge(List<Part> parts, boolean endsWithNewLine) {

		public List<Clash> clashes() {
			return this.parts.stream().filter(Clash.class::isInstance).map(Clash.class::cast).toList();
		}

		/**
		 * The merged text.
		 * @param choices the choice for each clash, in order
		 * @throws IllegalArgumentException unless there is one choice for each clash
		 */
		public String text(List<Choice> choices) {
			if (choices.size() != clashes().size()) {
				throw new IllegalArgumentException(
						"Choose for each of the " + clashes().size() + " changes both editors made");
			}
			List<String> lines = new ArrayList<>();
			for (Part part : this.parts) {
				if (part instanceof Settled settled) {
					lines.addAll(settled.lines());
				}
				else if (part instanceof Clash clash) {
					lines.addAll(clash.resolved(choices.get(clash.number() - 1)));
				}
			}
			return String.join("\n", lines) + (this.endsWithNewLine && !lines.isEmpty() ? "\n" : "");
		}

	}

	/** A part of the merged text. */
	public sealed interface Part permits Settled, Clash {

	}

	/** Lines both editors agree on, or that one of them changed alone. */
	public record Settled(List<String> lines) implements Part {

	}

	/**
	 * Lines both editors changed, each differently.
	 *
	 * @param number its place among the clashes, from 1
	 * @param base the lines before either change
	 * @param theirs the lines as saved meanwhile
	 * @param mine the lines as this editor wrote them
	 */
	public record Clash(int number, List<String> base, List<String> theirs, List<String> mine) implements Part {

		List<String> resolved(Choice choice) {
			return switch (choice) {
				case THEIRS -> this.theirs;
				case MINE -> this.mine;
				case BOTH -> {
					List<String> both = new ArrayList<>(this.theirs);
					both.addAll(this.mine);
					yield both;
				}
			};
		}

	}

	/** What the editor keeps of a clash. */
	public enum Choice {

		THEIRS, MINE, BOTH

	}

}
