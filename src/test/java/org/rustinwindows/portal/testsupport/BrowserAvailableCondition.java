package org.rustinwindows.portal.testsupport;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class BrowserAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Chromium.EXECUTABLE)) {
			return ConditionEvaluationResult.enabled("Chromium at " + Chromium.EXECUTABLE);
		}
		if (Boolean.parseBoolean(System.getenv("PORTAL_TEST_BROWSER_REQUIRED"))) {
			return ConditionEvaluationResult.enabled("Chromium is required but missing: the tests will fail");
		}
		return ConditionEvaluationResult.disabled(
				"Skipped: no Chromium at " + Chromium.EXECUTABLE + " (apt-get install chromium; .ci/run installs it)");
	}

}
