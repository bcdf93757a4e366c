package org.rustinwindows.portal.content;

/**
 * How many entries of one kind are in each state.
 *
 * @param kind the kind of entry
 * @param published visible to the public
 * @param drafts being written
 */
public record KindCounts(EntryKind kind, long published, long drafts) {

}
