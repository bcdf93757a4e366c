package org.rustinwindows.portal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * Where a claim comes from: a title and a link. An entry keeps its sources in the order
 * the author gave.
 */
@Embeddable
public class Source {

	@Column(name = "title", nullable = false)
	@FullTextField(analyzer = EntryIndex.ENGLISH_ANALYZER)
	private String title;

	@Column(name = "url")
	private String url;

	protected Source() {
	}

	public Source(String title, String url) {
		this.title = title;
		this.url = url;
	}

	public String getTitle() {
		return this.title;
	}

	public String getUrl() {
		return this.url;
	}

}
