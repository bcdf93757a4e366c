package org.rustinwindows.portal.discovery;

import java.io.ByteArrayOutputStream;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.rustinwindows.portal.content.PageStamp;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.stereotype.Component;

/**
 * Writes sitemaps and sitemap indexes in the sitemaps.org 0.9 format with the JDK's StAX
 * writer, which escapes what must be escaped.
 */
@Component
class SitemapWriter {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

	private final PortalProperties portal;

	SitemapWriter(PortalProperties portal) {
		this.portal = portal;
	}

	/** A {@code urlset}: each page with its last change. */
	byte[] urlSet(List<PageStamp> pages) {
		return write("urlset", "url", pages);
	}

	/** A {@code sitemapindex}: each sitemap file with the last change it lists. */
	byte[] index(List<PageStamp> sitemaps) {
		return write("sitemapindex", "sitemap", sitemaps);
	}

	private byte[] write(String root, String element, List<PageStamp> pages) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = this.factory.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, root);
			xml.writeDefaultNamespace(NAMESPACE);
			for (PageStamp page : pages) {
				xml.writeStartElement(NAMESPACE, element);
				text(xml, "loc", this.portal.absolute(page.path()));
				if (page.lastModified() != null) {
					text(xml, "lastmod", page.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write a sitemap", ex);
		}
		return out.toByteArray();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

}
