package org.rustinwindows.portal.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml puts the portal behind a reverse proxy on the host: it must read
 * clients' addresses from the proxy's headers, and trust them only from where the proxy's
 * connections arrive (loopback and Docker's bridge networks), never from the internet.
 */
class ComposeProxySettingsTests {

	@Test
	void theComposeFileTrustsForwardedAddressesFromTheHostsProxyAlone() throws IOException {
		Map<String, String> environment = portalEnvironment();
		assertThat(environment).containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native");
		Pattern trusted = Pattern.compile(environment.get("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES"));
		for (String proxy : new String[] { "127.0.0.1", "172.17.0.1", "172.31.255.254", "0:0:0:0:0:0:0:1" }) {
			assertThat(trusted.matcher(proxy).matches()).as(proxy).isTrue();
		}
		for (String stranger : new String[] { "203.0.113.5", "10.0.0.1", "192.168.1.1", "172.32.0.1", "172.15.0.1",
				"1127.0.0.1" }) {
			assertThat(trusted.matcher(stranger).matches()).as(stranger).isFalse();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> portalEnvironment() throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
			Map<String, Object> compose = new Yaml().load(reader);
			Map<String, Object> services = (Map<String, Object>) compose.get("services");
			Map<String, Object> portal = (Map<String, Object>) services.get("portal");
			return (Map<String, String>) portal.get("environment");
		}
	}

}
