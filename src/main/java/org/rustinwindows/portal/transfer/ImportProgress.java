package org.rustinwindows.portal.transfer;

/**
 * What an import tells about itself while it runs, for the page that shows an editor how
 * far it has come. Each step is ignored unless a listener cares for it.
 */
interface ImportProgress {

	/** For imports nobody watches. */
	ImportProgress NONE = new ImportProgress() {
	};

	/** The import has read its files and starts writing them. */
	default void begin(int files) {
	}

	default void stage(ImportStage stage) {
	}

	/** So many more files have been written (or rejected). */
	default void written(int files) {
	}

}
