package org.rustinwindows.portal.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a source speaks for Microsoft itself (its repository, a post or a talk of its
 * own) or reports on it. A claim that rests only on reports is shown as reported.
 */
public enum SourceKind {

	PRIMARY("Primary source"), REPORT("Report");

	private final String label;

	SourceKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The word content files use: {@code primary} or {@code report}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The kind an address suggests before an editor says otherwise: Microsoft's own sites
	 * and its GitHub organisation are primary, everything else (and no address) a report.
	 */
	public static SourceKind suggestedBy(String url) {
		if (url == null) {
			return REPORT;
		}
		try {
			URI uri = new URI(url.strip());
			String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
			String path = (uri.getPath() != null) ? uri.getPath().toLowerCase(Locale.ROOT) : "";
			boolean microsoftSite = host.equals("microsoft.com") || host.endsWith(".microsoft.com");
			boolean microsoftRepository = host.equals("github.com") && path.startsWith("/microsoft/");
			return (microsoftSite || microsoftRepository) ? PRIMARY : REPORT;
		}
		catch (URISyntaxException ex) {
			return REPORT;
		}
	}

	/**
	 * Reads {@code primary} or {@code report}, in any case.
	 * @throws IllegalArgumentException for any other word
	 */
	public static SourceKind fromWord(String word) {
		for (SourceKind kind : values()) {
			if (kind.word().equalsIgnoreCase(word.strip())) {
				return kind;
			}
		}
		throw new IllegalArgumentException("kind '" + word + "' is unknown: use primary or report");
	}

}
