package org.rustinwindows.portal.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A JPA slice test against a real PostgreSQL server (see {@link PostgresTestDatabase}),
 * skipped with the reason where there is none.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@EnabledIfPostgresAvailable
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PostgresDataJpaTest.PostgresDataSource.class)
public @interface PostgresDataJpaTest {

	@TestConfiguration(proxyBeanMethods = false)
	class PostgresDataSource {

		@Bean
		DynamicPropertyRegistrar postgresDataSourceProperties() {
			return PostgresTestDatabase::register;
		}

	}

}
