package org.rustinwindows.portal.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Renders every stored body again through {@link MarkdownRenderer}, now that it keeps
 * only what {@link EditorHtmlPolicy} allows, so that no HTML stored before the policy
 * keeps a payload. A Java migration, because the renderer is Java; Boot hands Flyway
 * every migration bean, and Flyway reads the version from the class name, hence its
 * spelling. Entries are read a page at a time in id order, so memory does not grow with
 * the content.
 */
@Component
class V10__Sanitize_entry_html extends BaseJavaMigration {

	private static final int PAGE = 200;

	private final MarkdownRenderer renderer;

	V10__Sanitize_entry_html(MarkdownRenderer renderer) {
		this.renderer = renderer;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (PreparedStatement read = connection.prepareStatement(
				"select id, body_markdown from entry where id > ? order by id fetch first " + PAGE + " rows only");
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
							RenderedMarkdown rendered = this.renderer.render(rows.getString(2));
							html = rendered.html();
							toc = rendered.tocHtml();
						}
						catch (EntryRuleException ex) {
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
