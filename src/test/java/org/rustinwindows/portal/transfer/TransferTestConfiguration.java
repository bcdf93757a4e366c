package org.rustinwindows.portal.transfer;

import org.rustinwindows.portal.content.ContentTestConfiguration;
import org.rustinwindows.portal.search.BulkIndexing;
import org.rustinwindows.portal.tracker.TrackerTestConfiguration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;

/**
 * The transfer services and the content and tracker modules beneath them on a JPA test
 * slice, without the web layer and without seeding at start-up, so that each test chooses
 * its content.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ContentTestConfiguration.class, TrackerTestConfiguration.class, BulkIndexing.class })
@EnableConfigurationProperties(TransferProperties.class)
@ComponentScan(basePackageClasses = ContentImporter.class,
		excludeFilters = { @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Controller.class),
				@ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = SeedOnStartup.class) })
class TransferTestConfiguration {

}
