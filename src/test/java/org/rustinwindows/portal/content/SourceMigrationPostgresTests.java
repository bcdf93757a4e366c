package org.rustinwindows.portal.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rustinwindows.portal.testsupport.EnabledIfPostgresAvailable;
import org.rustinwindows.portal.testsupport.PostgresTestDatabase;

/**
 * The source migration on a real PostgreSQL server, the production database, in a
 * database of its own.
 */
@EnabledIfPostgresAvailable
class SourceMigrationPostgresTests extends SourceMigrationContract {

	@Override
	Database emptyDatabase() {
		String name = "source_migration_" + System.nanoTime();
		List<String> arguments = PostgresTestDatabase.freshDatabase(name);
		Map<String, String> properties = arguments.stream()
			.map((argument) -> argument.substring(2).split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> pair[1]));
		return new Database(properties.get("spring.datasource.url"), properties.get("spring.datasource.username"),
				properties.get("spring.datasource.password"));
	}

}
