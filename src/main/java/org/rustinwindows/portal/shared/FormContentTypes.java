package org.rustinwindows.portal.shared;

import java.util.Locale;

import org.springframework.http.MediaType;

/**
 * Which bodies are forms, by the Content-Type's name alone: a malformed header is no
 * reason to fail where bodies are only being sorted.
 */
final class FormContentTypes {

	private FormContentTypes() {
	}

	static boolean isUrlEncoded(String contentType) {
		return startsWith(contentType, MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	static boolean isForm(String contentType) {
		return isUrlEncoded(contentType) || startsWith(contentType, MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static boolean startsWith(String contentType, String type) {
		return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith(type);
	}

}
