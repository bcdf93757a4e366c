package org.rustinwindows.portal.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs browser tests only where Debian's Chromium is installed; otherwise they are
 * reported as skipped, with the reason. With {@code PORTAL_TEST_BROWSER_REQUIRED=true},
 * as in CI, they always run and fail if it is missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith({ BrowserAvailableCondition.class, SharedChromium.class })
public @interface EnabledIfBrowserAvailable {

}
