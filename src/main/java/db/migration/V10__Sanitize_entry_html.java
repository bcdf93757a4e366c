package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.rustinwindows.portal.content.StoredBodies;

/**
 * Renders every stored body again now that editors' HTML is sanitized, so that nothing
 * stored before keeps a payload. A Java migration because the renderer is Java; it lives
 * where Flyway looks for migrations itself ({@code classpath:db/migration}), so that
 * every context that migrates a database, test slices included, finds it, and Flyway
 * reads its version from the class name, hence the spelling.
 */
public class V10__Sanitize_entry_html extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		StoredBodies.renderAgain(context.getConnection());
	}

}
