package org.rustinwindows.portal.feeds;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1). The format is a small JSON
 * document, so Jackson writes it from the records below, named as the specification names
 * its fields.
 */
@Component
class JsonFeedWriter {

	static final String VERSION = "https://jsonfeed.org/version/1.1";

	private final JsonMapper mapper = JsonMapper.builder().build();

	byte[] write(FeedHeader header, List<FeedItem> items) {
		return this.mapper.writeValueAsBytes(new JsonFeed(VERSION, header.title(), header.pageUrl(), header.feedUrl(),
				header.description(), "en", List.of(new Author(FeedScope.SITE_NAME, header.pageUrl())),
				items.stream().map(JsonFeedWriter::item).toList()));
	}

	private static Item item(FeedItem item) {
		return new Item(item.id(), item.url(), item.title(), item.html(), item.summary(), item.published(),
				item.updated(), List.of(new Author(FeedScope.SITE_NAME, null)),
				item.tags().stream().map(FeedItem.Tag::name).toList(),
				(item.eventDate() != null) ? new Timeline(item.eventDate().iso()) : null);
	}

	record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
			@JsonProperty("feed_url") String feedUrl, String description, String language, List<Author> authors,
			List<Item> items) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Author(String name, String url) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml, String summary,
			@JsonProperty("date_published") Instant datePublished, @JsonProperty("date_modified") Instant dateModified,
			List<Author> authors, List<String> tags, @JsonProperty("_timeline") Timeline timeline) {

	}

	/**
	 * A timeline event's date, as much of it as is known ({@code 2023}, {@code 2023-05}
	 * or {@code 2023-05-10}): JSON Feed has no field for it, so it is an extension, whose
	 * name starts with an underscore as the format asks.
	 */
	record Timeline(@JsonProperty("event_date") String eventDate) {

	}

}
