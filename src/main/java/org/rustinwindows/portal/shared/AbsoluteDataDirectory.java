package org.rustinwindows.portal.shared;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code portal.data-dir} absolute before anything reads it. H2 refuses a database
 * path that is only implicitly relative ({@code PORTAL_DATA_DIR=data} gives
 * {@code jdbc:h2:file:data/db/portal}), and every other path built from it (index,
 * uploads, keys) is then also independent of whichever code resolves it.
 */
class AbsoluteDataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "portal.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String directory = environment.getProperty(PROPERTY);
		if (directory == null || directory.isBlank() || Path.of(directory).isAbsolute()) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("absolutePortalDataDir",
					Map.of(PROPERTY, Path.of(directory).toAbsolutePath().normalize().toString())));
	}

	/** After the configuration files have been read. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
