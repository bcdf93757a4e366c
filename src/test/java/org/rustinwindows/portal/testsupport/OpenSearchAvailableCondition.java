package org.rustinwindows.portal.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class OpenSearchAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (OpenSearchTestServer.configuredUrl() != null) {
			return ConditionEvaluationResult.enabled(
					"OpenSearch at " + OpenSearchTestServer.URL_VARIABLE + "=" + OpenSearchTestServer.configuredUrl());
		}
		if (OpenSearchTestServer.available()) {
			return ConditionEvaluationResult.enabled("OpenSearch from Testcontainers");
		}
		if (OpenSearchTestServer.required()) {
			return ConditionEvaluationResult.enabled("OpenSearch is required but unavailable: the tests will fail");
		}
		return ConditionEvaluationResult.disabled("Skipped: " + OpenSearchTestServer.URL_VARIABLE
				+ " is not set and no Docker engine answers, so there is no OpenSearch to test against "
				+ "(.ci/run starts one)");
	}

}
