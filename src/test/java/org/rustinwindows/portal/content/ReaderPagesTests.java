package org.rustinwindows.portal.content;

import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class ReaderPagesTests {

	private final ContentCatalog catalog = mock(ContentCatalog.class);

	private final ContentVersion version = InMemoryContentVersions.create();

	private final ReaderPages pages = new ReaderPages(this.catalog, mock(PublishedTags.class), this.version);

	@Test
	void countsEachListingOncePerContentVersion() {
		given(this.catalog.countPublished(EntryKind.ARTICLE, null)).willReturn(70L, 71L);
		given(this.catalog.countPublished(EntryKind.TIMELINE, "kernel")).willReturn(6L);
		given(this.catalog.countPublished(EntryKind.TIMELINE, null)).willReturn(20L);

		this.pages.articles(1);
		this.pages.articles(2);
		this.pages.timeline("kernel", TimelineOrder.NEWEST, 1);
		this.pages.timeline(null, TimelineOrder.OLDEST, 1);
		verify(this.catalog).articles(1, 70);
		verify(this.catalog).articles(2, 70);
		verify(this.catalog).timeline("kernel", TimelineOrder.NEWEST, 1, 6);
		verify(this.catalog).timeline(null, TimelineOrder.OLDEST, 1, 20);
		verify(this.catalog, times(1)).countPublished(EntryKind.ARTICLE, null);
		verify(this.catalog, times(1)).countPublished(EntryKind.TIMELINE, "kernel");

		this.version.entryChanged(null);
		this.pages.articles(1);
		verify(this.catalog).articles(1, 71);
		verify(this.catalog, times(2)).countPublished(EntryKind.ARTICLE, null);
	}

	@Test
	void countsTheFaqOnceAsWell() {
		given(this.catalog.countPublished(eq(EntryKind.FAQ), isNull())).willReturn(26L);
		this.pages.faq(1);
		this.pages.faq(2);
		verify(this.catalog).faq(2, 26);
		verify(this.catalog, times(1)).countPublished(EntryKind.FAQ, null);
		verify(this.catalog, times(0)).articles(anyInt(), anyLong());
	}

}
