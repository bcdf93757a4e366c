package org.rustinwindows.portal.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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

	private final Map<K, Versioned<V>> values = new ConcurrentHashMap<>();

	private final ContentVersion version;

	private final Function<K, V> builder;

	public ContentCache(ContentVersion version, Function<K, V> builder) {
		this.version = version;
		this.builder = builder;
	}

	public V get(K key) {
		long current = this.version.current();
		Versioned<V> cached = this.values.get(key);
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
