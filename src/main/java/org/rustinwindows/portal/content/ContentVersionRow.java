package org.rustinwindows.portal.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link ContentVersion} as the one row of its table (V12).
 */
@Component
class ContentVersionRow implements ContentVersion.Store {

	private final JdbcTemplate jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	ContentVersionRow(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long read() {
		Long version = this.jdbc.queryForObject("select version from content_version where id = 1", Long.class);
		return (version != null) ? version : 0;
	}

	@Override
	public void move() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// The entities' rows first, so that this row is the last one locked.
			this.entityManager.flush();
		}
		this.jdbc.update("update content_version set version = version + 1 where id = 1");
	}

}
