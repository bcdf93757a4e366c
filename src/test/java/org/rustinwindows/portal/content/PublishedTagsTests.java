package org.rustinwindows.portal.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class PublishedTagsTests {

	private final ContentCatalog catalog = mock(ContentCatalog.class);

	private final ContentVersion version = InMemoryContentVersions.create();

	private final PublishedTags tags = new PublishedTags(this.catalog, this.version);

	@Test
	void countsOncePerContentVersion() {
		// One answer after the other without willReturn's generic varargs, which the
		// compiler warns about, and warnings fail the build.
		given(this.catalog.tags()).willReturn(List.of(new TagCount("kernel", "Kernel", 1)))
			.willReturn(List.of(new TagCount("kernel", "Kernel", 2)));
		assertThat(this.tags.all()).containsExactly(new TagCount("kernel", "Kernel", 1));
		assertThat(this.tags.mostUsed(5)).containsExactly(new TagCount("kernel", "Kernel", 1));
		verify(this.catalog, times(1)).tags();
		this.version.entryChanged(null);
		assertThat(this.tags.all()).containsExactly(new TagCount("kernel", "Kernel", 2));
		verify(this.catalog, times(2)).tags();
	}

	@Test
	void putsTheMostUsedFirstThenByName() {
		given(this.catalog.tags()).willReturn(List.of(new TagCount("arm64", "ARM64", 2),
				new TagCount("kernel", "Kernel", 7), new TagCount("kmdf", "KMDF", 2), new TagCount("seh", "SEH", 1)));
		assertThat(this.tags.mostUsed(3)).extracting(TagCount::slug).containsExactly("kernel", "arm64", "kmdf");
		assertThat(this.tags.all()).extracting(TagCount::slug).containsExactly("arm64", "kernel", "kmdf", "seh");
		assertThat(this.tags.count("kmdf")).isEqualTo(2);
		assertThat(this.tags.count("unknown")).isZero();
	}

}
