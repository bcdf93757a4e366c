package org.rustinwindows.portal.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.rustinwindows.portal.content.markdown.EditorHtmlPolicy;
import org.rustinwindows.portal.content.markdown.MarkdownRefusedException;
import org.rustinwindows.portal.content.markdown.MarkdownRenderer;
import org.rustinwindows.portal.content.markdown.RenderedMarkdown;
import org.rustinwindows.portal.shared.RenderBudget;
import org.rustinwindows.portal.shared.RenderingProperties;

/**
 * Renders every stored body again with today's {@link MarkdownRenderer}, for a database
 * migration to call when the renderer's output changes (db.migration.V10 did, when
 * editors' HTML began to be sanitized). Entries are read a page at a time in id order, so
 * memory does not grow with the content; a body that no longer renders within the budget
 * keeps its stored HTML, sanitized.
 */
public final class StoredBodies {

	private static final int PAGE = 200;

	private StoredBodies() {
	}

	public static void renderAgain(Connection connection) throws SQLException {
		RenderBudget budget = new RenderBudget(RenderingProperties.defaults());
		try {
			renderAgain(connection, new MarkdownRenderer(budget));
		}
		finally {
			budget.destroy();
		}
	}

	static void renderAgain(Connection connection, MarkdownRenderer renderer) throws SQLException {
		try (PreparedStatement read = connection
			.prepareStatement("select id, body_markdown, body_html, toc_html from entry where id > ? order by id"
					+ " fetch first " + PAGE + " rows only");
				PreparedStatement write = connection
					.prepareStatement("update entry set body_html = ?, toc_html = ? where id = ?")) {
			long after = 0;
			int count;
			do {
				count = 0;
				read.setLong(1, after);
				try (ResultSet rows = read.executeQuery()) {
					while (rows.next()) {
						after = rows.getLong(1);
						String html;
						String toc;
						try {
							RenderedMarkdown rendered = renderer.render(rows.getString(2));
							html = rendered.html();
							toc = rendered.tocHtml();
						}
						catch (MarkdownRefusedException ex) {
							html = EditorHtmlPolicy.sanitize(rows.getString(3));
							toc = rows.getString(4);
						}
						write.setString(1, html);
						write.setString(2, toc);
						write.setLong(3, after);
						write.addBatch();
						count++;
					}
				}
				write.executeBatch();
			}
			while (count == PAGE);
		}
	}

}
