package org.rustinwindows.portal.content;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every entry outside the trash as a content file, for exports. Entries are read a page
 * at a time, each page in its own short read-only transaction, so that an export of any
 * size holds neither a connection nor more than one page of entities for long.
 */
@Component
public class EntryArchive {

	static final int PAGE_SIZE = 200;

	private static final Sort FILE_ORDER = Sort.by("kind", "slug");

	private final EntryRepository entries;

	private final TransactionTemplate readOnly;

	EntryArchive(EntryRepository entries, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Hands every draft, scheduled and published entry to {@code action}, ordered by kind
	 * and slug.
	 */
	public void forEachEntry(Consumer<EntryFile> action) {
		int page = 0;
		boolean more = true;
		while (more) {
			PageRequest request = PageRequest.of(page++, PAGE_SIZE, FILE_ORDER);
			PageOfFiles files = this.readOnly.execute((status) -> read(request));
			files.files().forEach(action);
			more = files.hasNext();
		}
	}

	private PageOfFiles read(PageRequest request) {
		Slice<Entry> slice = this.entries.findByStatusNot(EntryStatus.TRASHED, request);
		return new PageOfFiles(slice.getContent().stream().map(EntrySnapshot::of).toList(), slice.hasNext());
	}

	private record PageOfFiles(List<EntryFile> files, boolean hasNext) {

	}

}
