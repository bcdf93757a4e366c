package org.rustinwindows.portal.feeds;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.rustinwindows.portal.shared.ControlCharacters;

import org.springframework.stereotype.Component;

/**
 * Writes RSS 2.0 and Atom 1.0 with Rome, which takes care of each format's rules
 * (required elements, date formats, escaping).
 */
@Component
class SyndicationWriter {

	byte[] write(FeedFormat format, FeedHeader header, List<FeedItem> items) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType((format == FeedFormat.ATOM) ? "atom_1.0" : "rss_2.0");
		feed.setEncoding(StandardCharsets.UTF_8.name());
		feed.setTitle(header.title());
		feed.setDescription(header.description());
		feed.setLink(header.pageUrl());
		feed.setUri(header.id());
		feed.setLanguage("en");
		SyndPerson author = person();
		author.setUri(header.pageUrl());
		feed.setAuthors(List.of(author));
		feed.setPublishedDate(Date.from(header.updated()));
		feed.setLinks(List.of(link("alternate", header.pageUrl(), "text/html"),
				link("self", header.feedUrl(), format.type())));
		feed.setEntries(items.stream().map(SyndicationWriter::entry).toList());
		try {
			return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Rome refused the " + format.label() + " feed " + header.feedUrl(), ex);
		}
	}

	private static SyndEntry entry(FeedItem item) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setUri(item.id());
		entry.setLink(item.url());
		entry.setTitle(xml(item.title()));
		entry.setPublishedDate(Date.from(item.published()));
		entry.setUpdatedDate(Date.from(item.updated()));
		entry.setDescription(content("text/plain", xml(item.summary())));
		entry.setContents(List.of(content("text/html", xml(item.html()))));
		entry.setCategories(item.tags().stream().map(SyndicationWriter::category).toList());
		// The author as Dublin Core's creator, which RSS takes without an e-mail address
		// (its own author element needs one), and as Atom's author. A timeline event's
		// date, as much of it as is known, as Dublin Core's coverage (the time the entry
		// is about): neither format has a field for it, and Dublin Core's date is where
		// Rome keeps the publication (pubDate, published).
		DCModule dublinCore = (DCModule) entry.getModule(DCModule.URI);
		dublinCore.setCreator(FeedScope.SITE_NAME);
		if (item.eventDate() != null) {
			dublinCore.setCoverage(item.eventDate().iso());
		}
		entry.setAuthors(List.of(person()));
		return entry;
	}

	private static SyndPerson person() {
		SyndPerson person = new SyndPersonImpl();
		person.setName(FeedScope.SITE_NAME);
		return person;
	}

	private static SyndContent content(String type, String value) {
		SyndContent content = new SyndContentImpl();
		content.setType(type);
		content.setValue(value);
		return content;
	}

	private static SyndCategory category(FeedItem.Tag tag) {
		SyndCategory category = new SyndCategoryImpl();
		category.setName(xml(tag.name()));
		category.setTaxonomyUri(tag.url());
		return category;
	}

	/**
	 * Stored text as XML may carry it: a control character saved before editors' input
	 * was checked would otherwise make Rome fail the whole feed.
	 */
	private static String xml(String text) {
		return ControlCharacters.removedForXml(text);
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
