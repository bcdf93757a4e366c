package org.rustinwindows.portal.content;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentCacheTests {

	private final ContentVersion version = InMemoryContentVersions.create();

	private final List<String> built = new ArrayList<>();

	@Test
	void buildsAValueOnceUntilContentChanges() {
		ContentCache<String, String> cache = new ContentCache<>(this.version, this::build);
		assertThat(cache.get("a")).isEqualTo("a@0");
		assertThat(cache.get("a")).isEqualTo("a@0");
		assertThat(this.built).containsExactly("a");
		this.version.entryChanged(
				new EntryChanged(1, new EntryRef(EntryKind.ARTICLE, "x"), "X", EntryChanged.Change.UPDATED, "test"));
		assertThat(cache.get("a")).isEqualTo("a@1");
		this.version.tagChanged(null);
		assertThat(cache.get("a")).isEqualTo("a@2");
		assertThat(this.built).containsExactly("a", "a", "a");
	}

	@Test
	void keepsAValueBuiltDuringAChangeOnlyUntilItsNextUse() {
		ContentCache<String, String> cache = new ContentCache<>(this.version, (key) -> {
			// The change commits while the value is being built from the old content.
			this.version.tagChanged(null);
			return build(key);
		});
		cache.get("a");
		cache.get("a");
		assertThat(this.built).containsExactly("a", "a");
	}

	@Test
	void aBoundedCacheServesAndRebuildsAlike() {
		ContentCache<String, String> cache = new ContentCache<>(this.version, 100, this::build);
		for (int i = 0; i < 3; i++) {
			assertThat(cache.get("a")).isEqualTo("a@0");
			assertThat(cache.get("b")).isEqualTo("b@0");
		}
		assertThat(this.built).containsExactly("a", "b");
	}

	private String build(String key) {
		this.built.add(key);
		return key + "@" + this.version.current();
	}

}
