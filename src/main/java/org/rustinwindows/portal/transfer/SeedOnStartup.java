package org.rustinwindows.portal.transfer;

import java.time.Duration;

import org.rustinwindows.portal.shared.BeforeTraffic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Loads missing entries from the content folder when the portal starts, unless seeding is
 * switched off.
 */
@Component
class SeedOnStartup extends BeforeTraffic {

	private static final Logger logger = LoggerFactory.getLogger(SeedOnStartup.class);

	private final SeedProperties properties;

	private final ContentDirectoryImporter importer;

	SeedOnStartup(SeedProperties properties, ContentDirectoryImporter importer) {
		super(BeforeTraffic.SEED_CONTENT);
		this.properties = properties;
		this.importer = importer;
	}

	@Override
	protected void run() {
		if (!this.properties.enabled()) {
			return;
		}
		long start = System.nanoTime();
		ImportReport report = this.importer.importMissing(this.properties.contentDir());
		logger.info(
				"Content from {}: {} entries created, {} already present, {} rejected; {} sources and {} status"
						+ " items created; in {} ms",
				this.properties.contentDir().toAbsolutePath().normalize(), report.created().size(),
				report.unchanged().size(), report.rejected().size(), report.sources(), report.statusItems(),
				Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

}
