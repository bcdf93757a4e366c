package org.rustinwindows.portal.content.admin;

/**
 * One source row of the edit form: a title and an address, as typed.
 *
 * @param title what the source is called
 * @param url where it can be read, if anywhere
 */
record SourceForm(String title, String url) {

	static SourceForm empty() {
		return new SourceForm("", "");
	}

	boolean isBlank() {
		return (this.title == null || this.title.isBlank()) && (this.url == null || this.url.isBlank());
	}

}
