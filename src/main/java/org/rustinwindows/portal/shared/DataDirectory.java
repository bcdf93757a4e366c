package org.rustinwindows.portal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Creates the data directory before anything writes to it, and says where it is, so that
 * an operator knows what to back up.
 */
@Component
class DataDirectory {

	private static final Logger logger = LoggerFactory.getLogger(DataDirectory.class);

	DataDirectory(PortalProperties properties) {
		try {
			Files.createDirectories(properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + properties.dataDir(), ex);
		}
		logger.info("Data directory: {}", properties.dataDir().toAbsolutePath().normalize());
	}

}
