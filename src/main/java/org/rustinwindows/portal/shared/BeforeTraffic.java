package org.rustinwindows.portal.shared;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done before the web server takes its first request, so that nobody
 * ever sees a portal half seeded or a sign-in page without its first account. Spring
 * starts lifecycle phases in order, and the web server's last: each task runs once, in
 * its phase, while the context starts.
 */
public abstract class BeforeTraffic implements SmartLifecycle {

	/** The search index is checked, and a rebuild started, before content is seeded. */
	public static final int CHECK_SEARCH_INDEX = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 30;

	public static final int CREATE_ADMIN_ACCOUNT = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 20;

	public static final int SEED_CONTENT = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 10;

	private final int phase;

	private volatile boolean done;

	protected BeforeTraffic(int phase) {
		this.phase = phase;
	}

	/** The work itself; an exception stops the portal from starting. */
	protected abstract void run();

	@Override
	public final void start() {
		run();
		this.done = true;
	}

	@Override
	public final void stop() {
		this.done = false;
	}

	@Override
	public final boolean isRunning() {
		return this.done;
	}

	@Override
	public final int getPhase() {
		return this.phase;
	}

}
