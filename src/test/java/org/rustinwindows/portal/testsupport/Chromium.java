package org.rustinwindows.portal.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * Debian's Chromium driven by Playwright. Playwright's own browser download cannot work
 * here, so it is switched off and the system browser is launched instead.
 */
public final class Chromium implements AutoCloseable {

	static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private final Playwright playwright;

	private final Browser browser;

	private Chromium() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGUMENTS));
	}

	/**
	 * Starts Playwright and the browser; create one per test class, they take seconds to
	 * start.
	 */
	public static Chromium launch() {
		return new Chromium();
	}

	public BrowserContext newContext() {
		return newContext(new Browser.NewContextOptions());
	}

	/**
	 * A context for a reader who prefers reduced motion, unless the options say
	 * otherwise. The site scrolls smoothly for everyone else, and when Playwright retries
	 * a click it scrolls with the page's own behaviour: on a loaded machine the target
	 * can then stay in motion, outside the viewport, until the click times out.
	 */
	public BrowserContext newContext(Browser.NewContextOptions options) {
		if (options.reducedMotion == null) {
			options.setReducedMotion(ReducedMotion.REDUCE);
		}
		return this.browser.newContext(options);
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
