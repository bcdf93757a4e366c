package org.rustinwindows.portal.api;

import java.time.Instant;
import java.util.List;

import org.rustinwindows.portal.content.EntryData;
import org.rustinwindows.portal.content.TagCount;

/**
 * The downloadable dataset ({@code /api/dataset.json}): everything published, in one
 * file. This record documents its shape in the OpenAPI document; the file itself is
 * written as it is read.
 *
 * @param name what it is
 * @param description what it holds
 * @param license the licence of the portal's own text (the works it cites belong to their
 * owners)
 * @param licenseUrl the licence's text
 * @param generatedAt when it was written
 * @param site the portal's address
 * @param entries every published entry, oldest first
 * @param tags every tag published entries carry
 * @param sources every source something published cites
 * @param statusItems every item on the status board, with its history
 */
public record Dataset(String name, String description, String license, String licenseUrl, Instant generatedAt,
		String site, List<EntryData> entries, List<TagCount> tags, List<SourceResource> sources,
		List<StatusItemResource> statusItems) {

	static final String NAME = "Rust in Windows: the portal's dataset";

	static final String DESCRIPTION = "Every published article, timeline event and FAQ item of the Rust in Windows"
			+ " portal with its tags and sources, every cited source, and the status board with its sourced history.";

	static final String LICENSE = "CC-BY-4.0";

	static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

}
