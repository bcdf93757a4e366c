package org.rustinwindows.portal.shared;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Secrets that every node of a portal must share, kept in the database: the first node
 * that asks for one makes it, and every node after reads that one. A secret in
 * configuration is preferred where the database may travel further than the nodes (its
 * backups, say): whoever holds a secret's row holds the secret.
 */
@Component
public class SharedSecrets {

	private static final int SIZE = 32;

	private final JdbcTemplate jdbc;

	SharedSecrets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The secret of that name, made of random bytes when there is none yet.
	 */
	public byte[] get(String name) {
		return get(name, () -> null);
	}

	/**
	 * The secret of that name, made from {@code first} when there is none yet (such as a
	 * key that one node kept before its secrets were shared), or of random bytes when
	 * that gives {@code null}. When two nodes make it at once, both take the one stored
	 * first.
	 */
	public byte[] get(String name, Supplier<byte[]> first) {
		byte[] stored = stored(name);
		if (stored != null) {
			return stored;
		}
		byte[] made = first.get();
		try {
			this.jdbc.update("insert into shared_secret (name, secret) values (?, ?)", name,
					Base64.getEncoder().encodeToString((made != null) ? made : random()));
		}
		catch (DuplicateKeyException madeElsewhere) {
			// Another node stored its own first: that one holds.
		}
		return stored(name);
	}

	private byte[] stored(String name) {
		List<String> found = this.jdbc.queryForList("select secret from shared_secret where name = ?", String.class,
				name);
		return found.isEmpty() ? null : Base64.getDecoder().decode(found.get(0));
	}

	private static byte[] random() {
		byte[] secret = new byte[SIZE];
		new SecureRandom().nextBytes(secret);
		return secret;
	}

}
