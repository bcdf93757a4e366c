package org.rustinwindows.portal.testsupport;

import org.rustinwindows.portal.shared.RenderBudget;
import org.rustinwindows.portal.shared.RenderingProperties;

/** The rendering budget as the portal configures it, for tests that build renderers. */
public final class RenderBudgets {

	/** One set of worker threads shared by every test of a run. */
	public static final RenderBudget DEFAULT = new RenderBudget(RenderingProperties.defaults());

	private RenderBudgets() {
	}

}
