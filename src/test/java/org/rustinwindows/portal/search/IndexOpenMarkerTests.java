package org.rustinwindows.portal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class IndexOpenMarkerTests {

	@TempDir
	Path folder;

	@Test
	void aCleanStopLeavesNoMark() {
		Path file = this.folder.resolve("entry.open");
		IndexOpenMarker marker = new IndexOpenMarker(file);
		assertThat(marker.open()).isFalse();
		assertThat(file).exists();
		marker.close();
		assertThat(file).doesNotExist();
		assertThat(new IndexOpenMarker(file).open()).isFalse();
	}

	@Test
	void aMarkLeftByAProcessThatIsGoneTellsOfACrash() throws IOException {
		Path file = this.folder.resolve("entry.open");
		Files.writeString(file, "2147483646 2020-01-01T00:00:00Z\n");
		assertThat(new IndexOpenMarker(file).open()).isTrue();
	}

	@Test
	void aMarkLeftByAnEarlierRunWithTheSameProcessIdTellsOfACrash() throws IOException {
		Path file = this.folder.resolve("entry.open");
		Files.writeString(file, ProcessHandle.current().pid() + " 2020-01-01T00:00:00Z\n");
		assertThat(new IndexOpenMarker(file).open()).as("a restarted container's process 1").isTrue();
	}

	@Test
	void aMarkOfARunningProcessIsNoCrash() throws IOException {
		Path file = this.folder.resolve("entry.open");
		Files.writeString(file, IndexOpenMarker.name(ProcessHandle.current().parent().orElseThrow()) + "\n");
		assertThat(new IndexOpenMarker(file).open()).as("another portal on the same folder").isFalse();
		assertThat(new IndexOpenMarker(file).open()).as("this one again, as another of its contexts").isFalse();
	}

	@Test
	void closingLeavesAnotherProcessesMarkAlone() throws IOException {
		Path file = this.folder.resolve("entry.open");
		new IndexOpenMarker(file).open();
		Files.writeString(file, "2147483646 2020-01-01T00:00:00Z\n");
		new IndexOpenMarker(file).close();
		assertThat(file).exists();
	}

}
