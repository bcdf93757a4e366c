package org.rustinwindows.portal.transfer;

import java.util.List;

import org.rustinwindows.portal.content.EntryKind;

/**
 * Where a file in an archive would go in the content folder. The path only names the
 * entry's kind; nothing is ever written to disk under it, but a path that tries to climb
 * out of the archive is still refused, so that the report never repeats one as if it were
 * fine.
 *
 * @param name the path as the archive gives it
 * @param kind the kind of entry its folder stands for, or null (also for other records)
 * @param recordFolder the folder of other records it is in ({@code sources} or
 * {@code status}), or null
 * @param problem why it is not a content file, or null when it is one
 * @param ignored whether it is a hidden file or archiver metadata, to pass over silently
 */
record ArchivePath(String name, EntryKind kind, String recordFolder, String problem, boolean ignored) {

	private static final String NOT_CONTENT = "not a content file: expected articles/, timeline/, faq/, sources/ or status/ "
			+ "holding .md files, at the top of the archive or in one folder";

	static ArchivePath of(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
				|| name.chars().anyMatch(Character::isISOControl)) {
			return new ArchivePath(name, null, null, "unsafe path", false);
		}
		List<String> segments = List.of(name.split("/"));
		if (segments.stream().anyMatch((segment) -> segment.isEmpty() || segment.equals(".") || segment.equals(".."))) {
			return new ArchivePath(name, null, null, "unsafe path", false);
		}
		if (segments.stream().anyMatch((segment) -> segment.startsWith(".") || segment.equals("__MACOSX"))) {
			return new ArchivePath(name, null, null, null, true);
		}
		int size = segments.size();
		if (size < 2 || size > 3 || !segments.get(size - 1).endsWith(".md")) {
			return new ArchivePath(name, null, null, NOT_CONTENT, false);
		}
		String folder = segments.get(size - 2);
		if (ContentFileReader.SOURCES.equals(folder) || ContentFileReader.STATUS.equals(folder)) {
			return new ArchivePath(name, null, folder, null, false);
		}
		for (EntryKind kind : EntryKind.values()) {
			if (kind.pathSegment().equals(folder)) {
				return new ArchivePath(name, kind, null, null, false);
			}
		}
		return new ArchivePath(name, null, null, NOT_CONTENT, false);
	}

}
