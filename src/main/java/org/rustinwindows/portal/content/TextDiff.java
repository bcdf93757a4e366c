package org.rustinwindows.portal.content;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Line-by-line comparison of two texts with java-diff-utils, shown the way a unified diff
 * is: changed lines with a few unchanged lines around them, longer unchanged runs
 * collapsed.
 */
final class TextDiff {

	static final int CONTEXT = 3;

	private TextDiff() {
	}

	static List<DiffLine> between(String older, String newer) {
		List<String> oldLines = older.lines().toList();
		List<String> newLines = newer.lines().toList();
		Patch<String> patch = DiffUtils.diff(oldLines, newLines);
		List<DiffLine> all = new ArrayList<>();
		int oldIndex = 0;
		int newIndex = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			while (oldIndex < delta.getSource().getPosition()) {
				all.add(new DiffLine(DiffLine.Change.SAME, ++oldIndex, ++newIndex, oldLines.get(oldIndex - 1)));
			}
			for (String line : delta.getSource().getLines()) {
				all.add(new DiffLine(DiffLine.Change.REMOVED, ++oldIndex, 0, line));
			}
			for (String line : delta.getTarget().getLines()) {
				all.add(new DiffLine(DiffLine.Change.ADDED, 0, ++newIndex, line));
			}
		}
		while (oldIndex < oldLines.size()) {
			all.add(new DiffLine(DiffLine.Change.SAME, ++oldIndex, ++newIndex, oldLines.get(oldIndex - 1)));
		}
		return collapse(all);
	}

	/** Keeps unchanged lines near a change and replaces each longer run by one marker. */
	private static List<DiffLine> collapse(List<DiffLine> lines) {
		boolean[] keep = new boolean[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).change() != DiffLine.Change.SAME) {
				for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lines.size() - 1, i + CONTEXT); j++) {
					keep[j] = true;
				}
			}
		}
		List<DiffLine> shown = new ArrayList<>();
		int skipped = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (keep[i]) {
				if (skipped > 0) {
					shown.add(skippedMarker(skipped));
					skipped = 0;
				}
				shown.add(lines.get(i));
			}
			else {
				skipped++;
			}
		}
		if (skipped > 0) {
			shown.add(skippedMarker(skipped));
		}
		return shown;
	}

	private static DiffLine skippedMarker(int count) {
		return new DiffLine(DiffLine.Change.SKIPPED, 0, 0, count + " unchanged " + ((count == 1) ? "line" : "lines"));
	}

}
