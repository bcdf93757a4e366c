package org.rustinwindows.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes made-up entries as files of {@code content/}, for
 * {@code bench/compare.sh import}:
 * {@code ContentFilesGenerator <count> <directory> [first]}. The directory is filled as
 * the portal's own {@code content/} is, with entries numbered from {@code first} (1
 * unless given), so that sets written from different numbers can be imported one after
 * the other.
 */
public final class ContentFilesGenerator {

	private ContentFilesGenerator() {
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		Path directory = Path.of(args[1]);
		int first = (args.length > 2) ? Integer.parseInt(args[2]) : 1;
		SyntheticContent content = new SyntheticContent(42);
		for (int n = first; n < first + count; n++) {
			SyntheticContent.ContentFileText file = content.file(n);
			Path target = directory.resolve(file.path());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.text(), StandardCharsets.UTF_8);
		}
		System.out.println("Wrote " + count + " content files to " + directory);
	}

}
