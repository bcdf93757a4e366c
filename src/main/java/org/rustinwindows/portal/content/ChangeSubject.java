package org.rustinwindows.portal.content;

/**
 * The page a change note concerns, when it is not an entry's.
 *
 * @param key what identifies it for good, such as {@code status-item:12}
 * @param label what the page is, such as "Status"
 * @param title its title now
 * @param path its address
 */
public record ChangeSubject(String key, String label, String title, String path) {

}
