package org.rustinwindows.portal.content;

import java.time.Instant;

/** An entry found by one of its tags, with what ranks it among related entries. */
record TaggedEntry(Long id, Instant publishedAt) {

}
