package org.rustinwindows.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Rust in Windows portal: articles, a timeline and an FAQ on Microsoft's
 * Rust-in-Windows initiative.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
