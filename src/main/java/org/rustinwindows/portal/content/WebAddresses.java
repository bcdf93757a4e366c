package org.rustinwindows.portal.content;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one rule for source addresses: absolute http or https URLs with a host.
 */
final class WebAddresses {

	private WebAddresses() {
	}

	static boolean isValid(String url) {
		if (url == null || url.strip().length() > Limits.SOURCE_URL) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
