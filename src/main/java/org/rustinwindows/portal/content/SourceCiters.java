package org.rustinwindows.portal.content;

import java.util.List;

/**
 * What a module that cites sources outside entries (the status board's changes) offers a
 * source's page: the published things that cite it. Implemented there, so that this
 * module needs to know nothing of theirs.
 */
public interface SourceCiters {

	/** The published things that cite the source, newest first. */
	List<SourceCiter> citing(long sourceId);

	/** Whether anything, published or not, cites it: such a source is kept. */
	boolean cites(long sourceId);

}
