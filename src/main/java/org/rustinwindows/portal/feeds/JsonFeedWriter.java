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
				item.updated(), item.tags().stream().map(FeedItem.Tag::name).toList());
	}

	record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
			@JsonProperty("feed_url") String feedUrl, String description, String language, List<Author> authors,
			List<Item> items) {

	}

	record Author(String name, String url) {

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml, String summary,
			@JsonProperty("date_published") Instant datePublished, @JsonProperty("date_modified") Instant dateModified,
			List<String> tags) {

	}

}
