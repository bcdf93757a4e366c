package org.rustinwindows.portal.search;

import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.util.Version;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search libraries fit together: Hibernate Search 8.3 on the Hibernate ORM 7 that
 * Spring Boot brings, and the spell checker from the same Lucene release as the index.
 */
class SearchDependenciesTests {

	@Test
	void hibernateSearchRunsOnTheOrmThatSpringBootBrings() {
		assertThat(org.hibernate.Version.getVersionString()).startsWith("7.");
		assertThat(Search.class.getPackage().getImplementationVersion()).startsWith("8.3.");
	}

	@Test
	void theSpellCheckerComesFromTheIndexesLuceneRelease() {
		assertThat(DirectSpellChecker.class.getPackage().getImplementationVersion())
			.startsWith(Version.LATEST.toString());
	}

}
