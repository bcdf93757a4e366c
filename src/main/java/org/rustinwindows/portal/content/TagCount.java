package org.rustinwindows.portal.content;

/**
 * A tag with the number of published entries that carry it.
 *
 * @param slug the tag's slug
 * @param name the tag's display name
 * @param count the number of published entries with the tag
 */
public record TagCount(String slug, String name, long count) {

	public String url() {
		return "/tags/" + this.slug;
	}

}
