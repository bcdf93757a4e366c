package org.rustinwindows.portal.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManagerFactory;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.rustinwindows.portal.content.EntryIndex;

/**
 * What Hibernate Search's query language does not say, asked of the entries' OpenSearch
 * index directly, through the client Hibernate Search already holds (its nodes, pool and
 * credentials).
 */
class OpenSearchRequests {

	private final EntityManagerFactory entityManagerFactory;

	OpenSearchRequests(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** The answer to a request on the index, by the alias searches read. */
	JsonObject onReadAlias(String method, String endpoint, JsonObject body) {
		return send(method, "/" + index().descriptor().readName() + endpoint, body);
	}

	/** The answer to a request on the index, by the alias changes go to. */
	JsonObject onWriteAlias(String method, String endpoint, JsonObject body) {
		return send(method, "/" + index().descriptor().writeName() + endpoint, body);
	}

	private JsonObject send(String method, String path, JsonObject body) {
		Request request = new Request(method, path);
		if (body != null) {
			request.setJsonEntity(body.toString());
		}
		try {
			Response response = index().backend().client(RestClient.class).performRequest(request);
			try (Reader answer = new InputStreamReader(response.getEntity().getContent(), StandardCharsets.UTF_8)) {
				return JsonParser.parseReader(answer).getAsJsonObject();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("OpenSearch did not answer " + method + " " + path, ex);
		}
	}

	private ElasticsearchIndexManager index() {
		return Search.mapping(this.entityManagerFactory)
			.indexedEntity(EntryIndex.ENTITY)
			.indexManager()
			.unwrap(ElasticsearchIndexManager.class);
	}

}
