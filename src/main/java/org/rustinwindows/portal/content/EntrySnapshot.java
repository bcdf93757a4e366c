package org.rustinwindows.portal.content;

import java.util.Comparator;
import java.util.List;

/**
 * An entry as it stands, in the shape of a content file: what revisions keep and exports
 * write. Tags and links come out in a fixed order, so that an unchanged entry always
 * gives the same text.
 */
final class EntrySnapshot {

	private EntrySnapshot() {
	}

	static EntryFile of(Entry entry) {
		EntryStatus status = (entry.getStatus() == EntryStatus.TRASHED) ? entry.getTrashedFrom() : entry.getStatus();
		List<String> tagNames = entry.getTags()
			.stream()
			.map(Tag::getName)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		List<SourceRef> sources = entry.getSources()
			.stream()
			.map((source) -> new SourceRef(source.getTitle(), source.getUrl()))
			.toList();
		List<EntryRef> related = entry.getLinks()
			.stream()
			.map((target) -> new EntryRef(target.getKind(), target.getSlug()))
			.sorted(Comparator.comparing(EntryRef::toString))
			.toList();
		return new EntryFile(new NewEntry(entry.getKind(), entry.getSlug(), entry.getTitle(), entry.getSummary(),
				entry.getBodyMarkdown(), status, entry.getPublishedAt(), entry.getUpdatedAt(), entry.getEventDate(),
				entry.getFaqPosition(), tagNames, sources), related);
	}

	/**
	 * The same file with the parts that do not count as content put in a fixed form: the
	 * time of the last change, and the order of tags and links.
	 */
	static EntryFile comparable(EntryFile file) {
		NewEntry entry = file.entry();
		return new EntryFile(
				new NewEntry(entry.kind(), entry.slug(), entry.title().strip(), entry.summary().strip(),
						entry.bodyMarkdown().strip(), entry.status(), entry.publishedAt(), null, entry.eventDate(),
						entry.faqPosition(),
						entry.tagNames().stream().map(String::strip).sorted(String.CASE_INSENSITIVE_ORDER).toList(),
						entry.sources()),
				file.related().stream().distinct().sorted(Comparator.comparing(EntryRef::toString)).toList());
	}

}
