package org.rustinwindows.portal.content.admin;

import org.rustinwindows.portal.content.EntryKind;

/**
 * Which editor page a kept text belongs to: an entry, or a new entry of a kind.
 *
 * @param kind the kind of entry
 * @param id the entry's id, {@code null} for a new one
 */
record EditorKey(EntryKind kind, Long id) {

	String key() {
		return this.kind.pathSegment() + "/" + ((this.id != null) ? this.id : "new");
	}

}
