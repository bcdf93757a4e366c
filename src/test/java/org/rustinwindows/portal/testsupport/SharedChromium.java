package org.rustinwindows.portal.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts Chromium once for the whole test run, on first use, and closes it when the run
 * ends: starting a browser takes seconds, and every browser test class can share one.
 */
class SharedChromium implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == Chromium.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return extensionContext.getRoot()
			.getStore(ExtensionContext.Namespace.create(SharedChromium.class))
			.computeIfAbsent(Chromium.class, (key) -> Chromium.launch(), Chromium.class);
	}

}
