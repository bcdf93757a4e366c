package org.rustinwindows.portal.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.rustinwindows.portal.content.EntryIndex;

/**
 * The OpenSearch index's words, by its term suggester: the same edit distance, minimum
 * prefix and accuracy as Lucene's {@code DirectSpellChecker} on the embedded index (both
 * default to them), and a word is corrected only when the index does not hold it.
 * Hibernate Search's query language has no suggestions, so it is asked directly.
 */
class OpenSearchKnownWords implements SpellingCorrector.KnownWords {

	private final OpenSearchRequests requests;

	OpenSearchKnownWords(OpenSearchRequests requests) {
		this.requests = requests;
	}

	@Override
	public Map<String, String> closest(List<String> words) {
		JsonObject suggest = new JsonObject();
		for (int i = 0; i < words.size(); i++) {
			JsonObject term = new JsonObject();
			term.addProperty("field", EntryIndex.BODY_CODE);
			term.addProperty("size", 1);
			term.addProperty("suggest_mode", "missing");
			term.addProperty("min_word_length", 3);
			JsonObject suggestion = new JsonObject();
			suggestion.addProperty("text", words.get(i));
			suggestion.add("term", term);
			suggest.add("word" + i, suggestion);
		}
		JsonObject search = new JsonObject();
		search.addProperty("size", 0);
		search.add("suggest", suggest);
		JsonObject answered = this.requests.onReadAlias("POST", "/_search", search).getAsJsonObject("suggest");
		Map<String, String> closest = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String best = bestOption(answered.getAsJsonArray("word" + i));
			if (best != null) {
				closest.put(words.get(i), best);
			}
		}
		return closest;
	}

	/** The first option of the word's one entry; a word the index holds has none. */
	private static String bestOption(JsonArray entries) {
		if (entries == null) {
			return null;
		}
		for (JsonElement entry : entries) {
			JsonArray options = entry.getAsJsonObject().getAsJsonArray("options");
			if (options != null && !options.isEmpty()) {
				return options.get(0).getAsJsonObject().get("text").getAsString();
			}
		}
		return null;
	}

}
