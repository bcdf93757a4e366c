package org.rustinwindows.portal.discovery;

import java.io.ByteArrayInputStream;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * Validates sitemaps against the sitemaps.org 0.9 schemas kept under
 * {@code src/test/resources/sitemaps}.
 */
final class SitemapSchema {

	private SitemapSchema() {
	}

	static void validateUrlSet(byte[] xml) throws Exception {
		validate("sitemaps/sitemap.xsd", xml);
	}

	static void validateIndex(byte[] xml) throws Exception {
		validate("sitemaps/siteindex.xsd", xml);
	}

	private static void validate(String schema, byte[] xml) throws Exception {
		URL location = SitemapSchema.class.getClassLoader().getResource(schema);
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		// Secure processing refuses maxOccurs="50000" (it expands the content model); the
		// schemas are the project's own files, not input.
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, false);
		Schema compiled;
		try {
			compiled = factory.newSchema(location);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The schema " + schema + " does not compile", ex);
		}
		compiled.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

}
