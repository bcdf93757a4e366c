package org.rustinwindows.portal.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only when an OpenSearch node can be had (see
 * {@link OpenSearchTestServer}); otherwise the class is reported as skipped, with the
 * reason. When {@code PORTAL_TEST_OPENSEARCH_REQUIRED=true}, as in CI, it always runs, so
 * that a missing server fails loudly instead of passing silently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OpenSearchAvailableCondition.class)
public @interface EnabledIfOpenSearchAvailable {

}
