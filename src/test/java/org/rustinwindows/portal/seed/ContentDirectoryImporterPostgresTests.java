package org.rustinwindows.portal.seed;

import org.rustinwindows.portal.testsupport.EnabledIfPostgresAvailable;
import org.rustinwindows.portal.testsupport.PostgresTestDatabase;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DataJpaTest
@EnabledIfPostgresAvailable
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ContentDirectoryImporterPostgresTests extends ContentDirectoryImporterContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

}
