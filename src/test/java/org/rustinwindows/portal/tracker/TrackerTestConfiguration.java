package org.rustinwindows.portal.tracker;

import org.rustinwindows.portal.content.ContentTestConfiguration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The tracker's services on top of the content module's, in a JPA test slice: the base
 * package without its reader pages and editor screens.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ContentTestConfiguration.class)
@ComponentScan(basePackageClasses = StatusBoard.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.rustinwindows\\.portal\\.tracker\\.(web|admin)\\..*"))
public class TrackerTestConfiguration {

}
