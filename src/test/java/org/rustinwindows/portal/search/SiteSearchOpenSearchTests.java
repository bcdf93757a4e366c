package org.rustinwindows.portal.search;

import jakarta.persistence.EntityManagerFactory;

import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.ContentVersion;
import org.rustinwindows.portal.content.PublishedTags;
import org.rustinwindows.portal.content.TagEditor;
import org.rustinwindows.portal.testsupport.OpenSearchPortalTest;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@link SiteSearchContract} on a shared OpenSearch index.
 */
@OpenSearchPortalTest
class SiteSearchOpenSearchTests extends SiteSearchContract {

	SiteSearchOpenSearchTests(MockMvcTester mvc, SiteSearch search, EntityManagerFactory entityManagerFactory,
			ContentCatalog catalog, SpellingCorrector spelling, MatchCounter counter, TagEditor tagEditor,
			SearchProperties properties, ContentVersion contentVersion, PublishedTags publishedTags) {
		super(mvc, search, entityManagerFactory, catalog, spelling, counter, tagEditor, properties, contentVersion,
				publishedTags);
	}

}
