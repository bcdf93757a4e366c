package org.rustinwindows.portal.search;

import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The OpenSearch index's fingerprint, in its mapping's {@code _meta}: it lives and dies
 * with the index, and every node reads the same one.
 */
class OpenSearchIndexMeta implements IndexFingerprintStore {

	private static final String KEY = "portal_fingerprint";

	private final OpenSearchRequests requests;

	OpenSearchIndexMeta(OpenSearchRequests requests) {
		this.requests = requests;
	}

	@Override
	public Optional<String> read() {
		JsonObject indexes = this.requests.onReadAlias("GET", "/_mapping", null);
		for (Map.Entry<String, JsonElement> index : indexes.entrySet()) {
			JsonObject mappings = index.getValue().getAsJsonObject().getAsJsonObject("mappings");
			JsonObject meta = (mappings != null) ? mappings.getAsJsonObject("_meta") : null;
			if (meta != null && meta.has(KEY)) {
				return Optional.of(meta.get(KEY).getAsString());
			}
		}
		return Optional.empty();
	}

	@Override
	public void write(String fingerprint) {
		JsonObject meta = new JsonObject();
		meta.addProperty(KEY, fingerprint);
		JsonObject mapping = new JsonObject();
		mapping.add("_meta", meta);
		this.requests.onWriteAlias("PUT", "/_mapping", mapping);
	}

}
