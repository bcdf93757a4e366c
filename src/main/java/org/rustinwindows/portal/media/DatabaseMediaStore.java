package org.rustinwindows.portal.media;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Images in the database (V18), which every node shares: an image uploaded through one
 * node is served by all, and a database backup holds them. The portal serves them itself
 * ({@link DatabaseMediaController}); the most read are kept in memory, weighed by their
 * bytes, since a name never changes its content.
 */
class DatabaseMediaStore implements MediaStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Cache<String, StoredImage> read;

	DatabaseMediaStore(JdbcTemplate jdbc, Clock clock, DataSize memory) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.read = Caffeine.newBuilder()
			.maximumWeight(memory.toBytes())
			.<String, StoredImage>weigher((name, image) -> image.bytes().length)
			.build();
	}

	@Override
	public boolean contains(String name) {
		return !this.jdbc.queryForList("select 1 from media_image where name = ?", Integer.class, name).isEmpty();
	}

	@Override
	public void put(String name, ImageType type, byte[] bytes) {
		if (contains(name)) {
			return;
		}
		try {
			this.jdbc.update("insert into media_image (name, media_type, content, created_at) values (?, ?, ?, ?)",
					name, type.mediaType(), bytes, Timestamp.from(this.clock.instant()));
		}
		catch (DuplicateKeyException storedElsewhere) {
			// The same image, uploaded through another node at the same moment.
		}
	}

	@Override
	public Optional<StoredImage> get(String name) {
		StoredImage cached = this.read.getIfPresent(name);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<StoredImage> stored = this.jdbc
			.query("select media_type, content from media_image where name = ?",
					(row, i) -> new StoredImage(row.getString(1), row.getBytes(2)), name)
			.stream()
			.findFirst();
		stored.ifPresent((image) -> this.read.put(name, image));
		return stored;
	}

	@Override
	public List<String> keptBefore(Instant cutoff) {
		return this.jdbc.queryForList("select name from media_image where created_at < ?", String.class,
				Timestamp.from(cutoff));
	}

	@Override
	public void delete(String name) {
		this.jdbc.update("delete from media_image where name = ?", name);
		this.read.invalidate(name);
	}

	@Override
	public List<KeptImage> newest(int count) {
		return this.jdbc.query("select name, created_at from media_image order by created_at desc, name limit ?",
				(row, i) -> new KeptImage(row.getString(1), row.getTimestamp(2).toInstant()), count);
	}

}
