package org.rustinwindows.portal.shared;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared secrets against each database the portal supports. Outside a test transaction,
 * as nodes ask for them when they start.
 */
@Import(SharedSecrets.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class SharedSecretsContract {

	@Autowired
	SharedSecrets secrets;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetThem() {
		this.jdbc.update("delete from shared_secret where name like 'test-%'");
	}

	@Test
	void aSecretIsMadeOnceAndReadEverAfter() {
		byte[] made = this.secrets.get("test-random");
		assertThat(made).hasSize(32);
		assertThat(this.secrets.get("test-random")).isEqualTo(made);
		assertThat(this.secrets.get("test-other")).isNotEqualTo(made);
	}

	@Test
	void aSecretKeptBeforeBecomesTheSharedOne() {
		byte[] earlier = "kept by one node".getBytes(StandardCharsets.UTF_8);
		assertThat(this.secrets.get("test-earlier", () -> earlier)).isEqualTo(earlier);
		assertThat(this.secrets.get("test-earlier", () -> null)).isEqualTo(earlier);
	}

	@Test
	void whenTwoNodesMakeItAtOnceBothTakeTheOneStoredFirst() {
		byte[] stored = this.secrets.get("test-race", () -> {
			// Another node stores its own between this one's look and its insert.
			this.jdbc.update("insert into shared_secret (name, secret) values ('test-race', 'b3RoZXI=')");
			return "mine".getBytes(StandardCharsets.UTF_8);
		});
		assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo("other");
	}

}
