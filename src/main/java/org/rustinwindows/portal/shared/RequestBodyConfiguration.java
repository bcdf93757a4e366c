package org.rustinwindows.portal.shared;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link RequestBodyValve} in front of every request the embedded Tomcat serves. */
@Configuration(proxyBeanMethods = false)
class RequestBodyConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> requestBodyValve(RequestBodyProperties properties) {
		return (factory) -> factory
			.addContextCustomizers((context) -> context.getPipeline().addValve(new RequestBodyValve(properties)));
	}

}
