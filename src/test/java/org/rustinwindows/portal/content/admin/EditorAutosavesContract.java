package org.rustinwindows.portal.content.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.testsupport.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts kept as editors type, against each database the portal supports: one per editor
 * and entry, replaced at each keep, found from any node, let go after a month. Outside a
 * test transaction, as the requests keep them.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class EditorAutosavesContract {

	private static final EditorKey ARTICLE = new EditorKey(EntryKind.ARTICLE, 7L);

	private static final EditorKey NEW_EVENT = new EditorKey(EntryKind.TIMELINE, null);

	@Autowired
	JdbcTemplate jdbc;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));

	@AfterEach
	void forgetThem() {
		this.jdbc.update("delete from editor_autosave");
	}

	private EditorAutosaves node() {
		return new EditorAutosaves(this.jdbc, this.clock);
	}

	@Test
	void theLastTextKeptIsFoundFromAnyNodeWithEveryField() {
		EntryForm first = form("First words", "Zoë’s “draft”\r\nwith a CRLF");
		node().keep("alice", ARTICLE, first);
		this.clock.advance(Duration.ofSeconds(5));
		EntryForm second = form("Second words", "Body ✓");
		node().keep("alice", ARTICLE, second);

		EditorAutosaves.Autosave kept = node().find("alice", ARTICLE).orElseThrow();
		assertThat(kept.form()).isEqualTo(second);
		assertThat(kept.savedAt()).isEqualTo(this.clock.instant());
		assertThat(this.jdbc.queryForObject("select count(*) from editor_autosave", Integer.class)).isEqualTo(1);
	}

	@Test
	void eachEditorAndEachEntryHasItsOwn() {
		node().keep("alice", ARTICLE, form("Alice's", "a"));
		node().keep("bob", ARTICLE, form("Bob's", "b"));
		node().keep("alice", NEW_EVENT, form("Alice's new event", "c"));

		assertThat(node().find("alice", ARTICLE).orElseThrow().form().title()).isEqualTo("Alice's");
		assertThat(node().find("bob", ARTICLE).orElseThrow().form().title()).isEqualTo("Bob's");
		assertThat(node().find("alice", NEW_EVENT).orElseThrow().form().title()).isEqualTo("Alice's new event");
		assertThat(node().find("bob", NEW_EVENT)).isEmpty();

		node().forget("alice", ARTICLE);
		assertThat(node().find("alice", ARTICLE)).isEmpty();
		assertThat(node().find("bob", ARTICLE)).isPresent();
	}

	@Test
	void aTextNotComeBackToForAMonthIsLetGo() {
		node().keep("alice", NEW_EVENT, form("Long ago", "x"));
		this.clock.advance(Duration.ofDays(31));
		node().keep("alice", ARTICLE, form("Today", "y"));
		assertThat(node().find("alice", NEW_EVENT)).isEmpty();
		assertThat(node().find("alice", ARTICLE)).isPresent();
	}

	private static EntryForm form(String title, String body) {
		return new EntryForm("3", title, "a-slug", "A summary.", body, "kernel, drivers", List.of("A source", ""),
				List.of("https://example.org/", ""), "DRAFT", "", "2023-04", "", "articles/other", "2");
	}

}
