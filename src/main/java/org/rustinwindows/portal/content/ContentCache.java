package org.rustinwindows.portal.content;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keeps what was built from published content until the content changes, so that serving
 * it again costs a lookup, however large the database. A value is stored with the
 * {@link ContentVersion} read before it was built: one built while a change committed is
 * already outdated, and is rebuilt on its next use.
 *
 * @param <K> what identifies a value
 * @param <V> the values
 */
public final class ContentCache<K, V> {

	private final Cache<K, Versioned<V>> values;

	private final ContentVersion version;

	private final Function<K, V> builder;

	/** A cache for a known, small set of keys: every value is kept. */
	public ContentCache(ContentVersion version, Function<K, V> builder) {
		this(version, Caffeine.newBuilder(), builder);
	}

	/**
	 * A cache for keys that readers choose, such as search queries: at most
	 * {@code maximumSize} values are kept, the least used dropped first.
	 */
	public ContentCache(ContentVersion version, long maximumSize, Function<K, V> builder) {
		this(version, Caffeine.newBuilder().maximumSize(maximumSize), builder);
	}

	private ContentCache(ContentVersion version, Caffeine<Object, Object> settings, Function<K, V> builder) {
		this.values = settings.build();
		this.version = version;
		this.builder = builder;
	}

	public V get(K key) {
		long current = this.version.current();
		Versioned<V> cached = this.values.getIfPresent(key);
		if (cached != null && cached.version() == current) {
			return cached.value();
		}
		V built = this.builder.apply(key);
		this.values.put(key, new Versioned<>(current, built));
		return built;
	}

	private record Versioned<V>(long version, V value) {

	}

}
