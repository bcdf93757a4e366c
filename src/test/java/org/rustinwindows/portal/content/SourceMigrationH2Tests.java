package org.rustinwindows.portal.content;

/**
 * The source migration on H2 in PostgreSQL mode, as the portal runs by default.
 */
class SourceMigrationH2Tests extends SourceMigrationContract {

	@Override
	Database emptyDatabase() {
		return new Database("jdbc:h2:mem:source-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
	}

}
