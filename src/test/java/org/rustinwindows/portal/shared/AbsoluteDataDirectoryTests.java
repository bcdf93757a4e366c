package org.rustinwindows.portal.shared;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class AbsoluteDataDirectoryTests {

	private final AbsoluteDataDirectory processor = new AbsoluteDataDirectory();

	private StandardEnvironment environment(String dataDir) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addLast(new MapPropertySource("application", Map.of("portal.data-dir", dataDir, "spring.datasource.url",
					"jdbc:h2:file:${portal.data-dir}/db/portal;MODE=PostgreSQL")));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void makesARelativeDirectoryAbsoluteForEveryPathBuiltFromIt() {
		StandardEnvironment environment = environment("data");
		String expected = Path.of("data").toAbsolutePath().toString();
		assertThat(environment.getProperty("portal.data-dir")).isEqualTo(expected);
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:h2:file:" + expected + "/db/portal;MODE=PostgreSQL");
		assertThat(environment("./target/../data").getProperty("portal.data-dir")).isEqualTo(expected);
	}

	@Test
	void leavesAnAbsoluteDirectoryAlone() {
		String absolute = Path.of("/var/lib/portal").toAbsolutePath().toString();
		StandardEnvironment environment = environment(absolute);
		assertThat(environment.getProperty("portal.data-dir")).isEqualTo(absolute);
		assertThat(environment.getPropertySources().contains("absolutePortalDataDir")).isFalse();
	}

}
