package org.rustinwindows.portal.content;

/**
 * How many entries of one kind are in each state.
 *
 * @param kind the kind of entry
 * @param published visible to the public
 * @param scheduled waiting for their publication time
 * @param drafts being written
 * @param trashed in the trash
 */
public record KindCounts(EntryKind kind, long published, long scheduled, long drafts, long trashed) {

}
