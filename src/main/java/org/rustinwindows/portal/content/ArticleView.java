package org.rustinwindows.portal.content;

import java.util.List;

/**
 * An article page: the article, articles on the same subjects, and its neighbours in
 * publication order.
 *
 * @param article the article
 * @param related published entries sharing most tags with it
 * @param previous the next older article, or {@code null}
 * @param next the next newer article, or {@code null}
 */
public record ArticleView(EntryDetail article, List<EntryCard> related, EntryCard previous, EntryCard next) {

}
