package org.rustinwindows.portal.transfer;

/**
 * What an import tells about itself while it runs, for the page that shows an editor how
 * far it has come.
 */
interface ImportProgress {

	/** For imports nobody watches, such as seeding. */
	ImportProgress NONE = new ImportProgress() {

		@Override
		public void begin(int files) {
		}

		@Override
		public void stage(ImportStage stage) {
		}

		@Override
		public void written(int files) {
		}

	};

	/** The import has read its files and starts writing them. */
	void begin(int files);

	void stage(ImportStage stage);

	/** So many more files have been written (or rejected). */
	void written(int files);

}
