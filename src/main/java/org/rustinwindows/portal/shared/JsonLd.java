package org.rustinwindows.portal.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes schema.org JSON-LD for the pages' {@code <script type="application/ld+json">}
 * elements. Templates write it with {@code th:utext}: the JSON is escaped here so that
 * nothing in it can close the script element ({@code <}, {@code >} and {@code &} become
 * {@code \}{@code u} escapes, which JSON reads back as the same characters).
 */
public final class JsonLd {

	private static final String CONTEXT = "https://schema.org";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLd() {
	}

	/** A top-level node of the type, with its context. */
	public static Map<String, Object> node(String type, Map<String, Object> properties) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@context", CONTEXT);
		node.put("@type", type);
		node.putAll(properties);
		return node;
	}

	/**
	 * A JSON object with its members in the order given. {@code Map.of} would do, but its
	 * order changes from one start of the JVM to the next, and so would the page's bytes
	 * and its ETag, for every cache in front of the portal.
	 */
	public static Map<String, Object> object(Object... namesAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			object.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return object;
	}

	/** The portal as the author and publisher of what it publishes. */
	public static Map<String, Object> organization(PortalProperties portal) {
		return object("@type", "Organization", "name", "Rust in Windows", "url", portal.absolute("/"));
	}

	/** The node as JSON that is safe inside a script element. */
	public static String write(Map<String, Object> node) {
		return JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
