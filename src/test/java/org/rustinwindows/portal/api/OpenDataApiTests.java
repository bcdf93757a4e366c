package org.rustinwindows.portal.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rustinwindows.portal.testsupport.PortalHttp;
import org.rustinwindows.portal.testsupport.PortalServerTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only JSON API against the portal with its seeded content: every answer has the
 * shape its OpenAPI document gives it (checked with a JSON Schema validator, every
 * property documented), unknown ids are 404 and unreadable parameters 400, in JSON.
 */
@PortalServerTest
class OpenDataApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private PortalHttp http() {
		return new PortalHttp(this.port);
	}

	private JsonNode get(String path) {
		HttpResponse<String> response = http().get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		return JSON.readTree(response.body());
	}

	@Test
	void theDocumentDescribesEveryPath() {
		JsonNode document = get("/api/openapi.json");

		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(document.path("info").path("license").path("name").asString()).isEqualTo("CC BY 4.0");
		assertThat(names(document.path("paths"))).containsExactlyInAnyOrder("/api/entries", "/api/entries/{id}",
				"/api/tags", "/api/sources", "/api/sources/{id}", "/api/status", "/api/status/{slug}",
				"/api/dataset.json");
	}

	@Test
	void pagesOfEntriesWalkThePublishedOnesByIdWithoutGapsOrRepeats() {
		for (String kind : new String[] { null, "faq" }) {
			String query = (kind != null) ? "kind=" + kind + "&" : "";
			JsonNode first = get("/api/entries?" + query + "size=7");
			List<Long> ids = new ArrayList<>();
			for (int page = 1; page <= first.path("totalPages").asInt(); page++) {
				for (JsonNode item : get("/api/entries?" + query + "size=7&page=" + page).path("items")) {
					ids.add(item.path("id").asLong());
					if (kind != null) {
						assertThat(item.path("kind").asString()).isEqualTo(kind);
					}
				}
			}
			assertThat(ids).as(query).hasSize(first.path("totalItems").asInt()).isSorted().doesNotHaveDuplicates();
		}
	}

	@Test
	void everyAnswerHasTheShapeTheDocumentGivesIt() {
		JsonNode document = get("/api/openapi.json");
		JsonNode entries = get("/api/entries?kind=articles&size=3");
		long entryId = entries.path("items").get(0).path("id").asLong();
		long sourceId = get("/api/sources").path("items").get(0).path("id").asLong();
		Map<String, String> answers = Map.of("/api/entries", "/api/entries?page=2&size=5", "/api/entries/{id}",
				"/api/entries/" + entryId, "/api/tags", "/api/tags", "/api/sources", "/api/sources?size=4",
				"/api/sources/{id}", "/api/sources/" + sourceId, "/api/status", "/api/status", "/api/status/{slug}",
				"/api/status/wdk-sys", "/api/dataset.json", "/api/dataset.json");

		answers.forEach((documented, asked) -> {
			List<Error> errors = schemaOf(document, documented).validate(get(asked));
			assertThat(errors).as("%s against the schema of %s", asked, documented).isEmpty();
		});
		assertThat(entries.path("items")).hasSize(3);
		assertThat(entries.path("items").get(0).path("kind").asString()).isEqualTo("articles");
	}

	@Test
	void theDatasetHoldsEverythingPublishedUnderItsLicence() {
		JsonNode dataset = get("/api/dataset.json");

		assertThat(dataset.path("license").asString()).isEqualTo("CC-BY-4.0");
		assertThat(dataset.path("entries").size()).isEqualTo(get("/api/entries?size=100").path("totalItems").asInt());
		assertThat(dataset.path("statusItems").size()).isGreaterThanOrEqualTo(18);
		assertThat(dataset.path("sources").size()).isGreaterThanOrEqualTo(16);
		HttpResponse<String> again = http().get("/api/dataset.json", "If-None-Match",
				http().get("/api/dataset.json").headers().firstValue("ETag").orElseThrow());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void answersCarryValidatorsAndAreOpenToAnyOrigin() {
		HttpResponse<String> first = http().get("/api/status");

		assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(http().get("/api/status", "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	@ParameterizedTest
	@CsvSource({ "/api/entries/999999, 404", "/api/entries/abc, 400", "/api/sources/999999, 404",
			"/api/status/no-such-item, 404", "/api/entries?kind=blog, 400", "/api/entries?page=0, 400",
			"/api/entries?size=101, 400", "/api/entries?page=999, 404", "/api/entries?page=x, 400" })
	void badRequestsAreTold4xxInJson(String path, int status) {
		HttpResponse<String> response = http().get(path);

		assertThat(response.statusCode()).as(path).isEqualTo(status);
		JsonNode error = JSON.readTree(response.body());
		assertThat(error.path("status").asInt()).isEqualTo(status);
		assertThat(error.path("message").asString()).isNotBlank();
	}

	/**
	 * The JSON schema of a path's 200 answer, with its components, and every object
	 * closed: a property the document does not name fails the check.
	 */
	private static Schema schemaOf(JsonNode document, String path) {
		JsonNode answer = document.path("paths").path(path).path("get").path("responses").path("200");
		JsonNode schema = answer.path("content").values().iterator().next().path("schema");
		ObjectNode root = JSON.createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.setAll((ObjectNode) schema.deepCopy());
		ObjectNode components = (ObjectNode) document.path("components").deepCopy();
		components.path("schemas").values().forEach((component) -> {
			if (component.has("properties") && !component.has("additionalProperties")) {
				((ObjectNode) component).put("additionalProperties", false);
			}
		});
		root.set("components", components);
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new java.util.ArrayList<>();
		Iterator<String> iterator = object.propertyNames().iterator();
		iterator.forEachRemaining(names::add);
		return names;
	}

}
