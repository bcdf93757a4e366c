package org.rustinwindows.portal.api;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rustinwindows.portal.content.ContentVersion;
import org.rustinwindows.portal.content.OpenData;
import org.rustinwindows.portal.content.PublishedTags;
import org.rustinwindows.portal.content.SourceListing;
import org.rustinwindows.portal.shared.PageView;
import org.rustinwindows.portal.shared.PortalProperties;
import org.rustinwindows.portal.tracker.StatusBoard;
import org.rustinwindows.portal.tracker.StatusItemHistory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The downloadable dataset: everything published in one JSON file, written a page of
 * entries at a time as it is read, so that memory does not grow with the content. Its
 * validator is the content's version: it changes exactly when the file would.
 */
@RestController
@Tag(name = "Open data")
class DatasetController {

	private static final int SOURCES_PAGE = 100;

	private final OpenData data;

	private final PublishedTags tags;

	private final StatusBoard board;

	private final ContentVersion version;

	private final PortalProperties portal;

	private final JsonMapper json;

	private final Clock clock;

	DatasetController(OpenData data, PublishedTags tags, StatusBoard board, ContentVersion version,
			PortalProperties portal, JsonMapper json, Clock clock) {
		this.data = data;
		this.tags = tags;
		this.board = board;
		this.version = version;
		this.portal = portal;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping(path = "/api/dataset.json", produces = "application/json")
	@Operation(summary = "Everything published, in one file, under CC BY 4.0")
	@ApiResponse(responseCode = "200", description = "The dataset",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Dataset.class)))
	ResponseEntity<StreamingResponseBody> dataset(WebRequest request) {
		String etag = "\"dataset-" + this.version.current() + "\"";
		CacheControl caching = CacheControl.noCache().cachePublic();
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(caching).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(etag)
			.cacheControl(caching)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rust-in-windows-dataset.json").build().toString())
			.body(this::write);
	}

	private void write(OutputStream output) throws IOException {
		try (JsonGenerator out = this.json.createGenerator(output)) {
			out.writeStartObject();
			out.writeStringProperty("name", Dataset.NAME);
			out.writeStringProperty("description", Dataset.DESCRIPTION);
			out.writeStringProperty("license", Dataset.LICENSE);
			out.writeStringProperty("licenseUrl", Dataset.LICENSE_URL);
			out.writeStringProperty("generatedAt", this.clock.instant().toString());
			out.writeStringProperty("site", this.portal.absolute("/"));
			out.writeName("entries");
			out.writeStartArray();
			this.data.forEachEntry(out::writePOJO);
			out.writeEndArray();
			out.writeName("tags");
			out.writePOJO(this.tags.all());
			out.writeName("sources");
			out.writeStartArray();
			PageView<SourceListing> sources;
			int page = 1;
			do {
				sources = this.data.sources(page++, SOURCES_PAGE);
				sources.items().forEach((listing) -> out.writePOJO(SourceResource.of(listing)));
			}
			while (sources.hasNext());
			out.writeEndArray();
			out.writeName("statusItems");
			out.writeStartArray();
			for (StatusItemHistory item : this.board.histories()) {
				out.writePOJO(StatusItemResource.of(item));
			}
			out.writeEndArray();
			out.writeEndObject();
		}
	}

}
