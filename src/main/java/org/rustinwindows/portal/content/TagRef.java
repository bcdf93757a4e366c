package org.rustinwindows.portal.content;

/**
 * A tag as pages link to it.
 *
 * @param slug the tag's slug
 * @param name the tag's display name
 */
public record TagRef(String slug, String name) {

	static TagRef of(Tag tag) {
		return new TagRef(tag.getSlug(), tag.getName());
	}

	public String url() {
		return "/tags/" + this.slug;
	}

}
