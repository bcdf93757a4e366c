package org.rustinwindows.portal.transfer;

/**
 * The steps of an import, in the order it takes them, with the words the progress page
 * shows for each.
 */
enum ImportStage {

	WAITING("Waiting to start"), WRITING("Writing the entries"), INDEXING("Adding them to the search index"),
	LINKING("Linking related entries"), DONE("Done"), FAILED("Stopped by a fault");

	private final String label;

	ImportStage(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
