package org.rustinwindows.portal.content.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Constructs whose parsing cost grows with the square of their number in Flexmark, each
 * capped well below where a body would take seconds to render (measured in
 * {@code bench/README.md}), and nesting, whose rendering recurses once per level.
 */
final class CostlyConstructs {

	static final int TABLE_ROWS = 3000;

	static final int CHARACTER_REFERENCES = 5000;

	static final int LINK_DEFINITIONS = 1000;

	static final int NESTING = 64;

	private static final Pattern TABLE_ROW = Pattern.compile("(?m)^[^\\n]*\\|[^\\n]*$");

	private static final Pattern CHARACTER_REFERENCE = Pattern
		.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

	private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]{1,999}\\]:");

	private CostlyConstructs() {
	}

	/**
	 * @throws MarkdownRefusedException naming the first construct used more often than
	 * allowed
	 */
	static void check(String markdown) {
		require(count(TABLE_ROW, markdown) <= TABLE_ROWS, "Use at most " + TABLE_ROWS + " table rows.");
		require(count(CHARACTER_REFERENCE, markdown) <= CHARACTER_REFERENCES,
				"Use at most " + CHARACTER_REFERENCES + " character references such as &amp;amp;.");
		require(count(LINK_DEFINITION, markdown) <= LINK_DEFINITIONS,
				"Use at most " + LINK_DEFINITIONS + " link definitions such as [name]: https://….");
	}

	/** How deep the document's tree goes, walked with a stack of its own. */
	static int nestingDepth(Node root) {
		int deepest = 0;
		Deque<Node> nodes = new ArrayDeque<>();
		Deque<Integer> depths = new ArrayDeque<>();
		nodes.push(root);
		depths.push(0);
		while (!nodes.isEmpty()) {
			Node node = nodes.pop();
			int depth = depths.pop();
			deepest = Math.max(deepest, depth);
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				nodes.push(child);
				depths.push(depth + 1);
			}
		}
		return deepest;
	}

	private static long count(Pattern pattern, String text) {
		return pattern.matcher(text).results().count();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new MarkdownRefusedException(message);
		}
	}

}
