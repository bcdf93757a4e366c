package org.rustinwindows.portal.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class PublishedCountsTests {

	private final ContentCatalog catalog = mock(ContentCatalog.class);

	private final ContentVersion version = new ContentVersion();

	private final PublishedCounts counts = new PublishedCounts(this.catalog, this.version);

	@Test
	void countsEachListingOncePerContentVersion() {
		given(this.catalog.countPublished(EntryKind.ARTICLE, null)).willReturn(70L, 71L);
		given(this.catalog.countPublished(EntryKind.TIMELINE, "kernel")).willReturn(6L);
		given(this.catalog.countPublished(EntryKind.TIMELINE, null)).willReturn(20L);

		assertThat(this.counts.of(EntryKind.ARTICLE)).isEqualTo(70);
		assertThat(this.counts.of(EntryKind.ARTICLE)).isEqualTo(70);
		assertThat(this.counts.of(EntryKind.TIMELINE, "kernel")).isEqualTo(6);
		assertThat(this.counts.of(EntryKind.TIMELINE)).isEqualTo(20);
		verify(this.catalog, times(1)).countPublished(EntryKind.ARTICLE, null);
		verify(this.catalog, times(1)).countPublished(EntryKind.TIMELINE, "kernel");

		this.version.entryChanged(null);
		assertThat(this.counts.of(EntryKind.ARTICLE)).isEqualTo(71);
		verify(this.catalog, times(2)).countPublished(EntryKind.ARTICLE, null);
	}

}
