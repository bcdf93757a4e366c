package org.rustinwindows.portal.content;

/**
 * A tag as the admin lists it.
 *
 * @param slug the tag's slug
 * @param name its display name
 * @param entries how many entries carry it, in any state but the trash
 */
public record TagUsage(String slug, String name, long entries) {

}
