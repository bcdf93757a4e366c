package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.rustinwindows.portal.content.SourceRecords;

/**
 * Makes one source record of each distinct title and address the entries cite, and points
 * their rows at it. A Java migration because a record's slug and kind are worked out by
 * the same Java rules the editor uses.
 */
public class V23__Merge_entry_sources extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		SourceRecords.mergeEntrySources(context.getConnection());
	}

}
