package org.rustinwindows.portal.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class PostgresAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (PostgresTestDatabase.dockerAvailable()) {
			return ConditionEvaluationResult.enabled("PostgreSQL from Testcontainers");
		}
		if (PostgresTestDatabase.configuredUrl() != null) {
			return ConditionEvaluationResult.enabled(
					"PostgreSQL at " + PostgresTestDatabase.URL_VARIABLE + "=" + PostgresTestDatabase.configuredUrl());
		}
		if (PostgresTestDatabase.required()) {
			return ConditionEvaluationResult.enabled("PostgreSQL is required but unavailable: the tests will fail");
		}
		return ConditionEvaluationResult
			.disabled("Skipped: no Docker engine answers and " + PostgresTestDatabase.URL_VARIABLE
					+ " is not set, so there is no PostgreSQL to test against " + "(.ci/run starts one)");
	}

}
