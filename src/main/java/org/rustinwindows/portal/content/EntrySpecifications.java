package org.rustinwindows.portal.content;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The admin list's filters as a JPA query, built from only the filters that are set.
 */
final class EntrySpecifications {

	private EntrySpecifications() {
	}

	static Specification<Entry> matching(EntryKind kind, EntryFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("kind"), kind));
			predicates.add((filter.status() != null) ? cb.equal(root.get("status"), filter.status())
					: cb.notEqual(root.get("status"), EntryStatus.TRASHED));
			if (filter.text() != null) {
				String pattern = LikePatterns.containing(filter.text());
				predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
						cb.like(root.get("slug"), pattern, '\\')));
			}
			if (filter.tag() != null) {
				Subquery<Long> tagged = query.subquery(Long.class);
				var entry = tagged.from(Entry.class);
				var tag = entry.join("tags");
				tagged.select(entry.get("id")).where(cb.equal(tag.get("slug"), filter.tag()));
				predicates.add(root.get("id").in(tagged));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * The list's order, after the columns the filter fixes (kind, and the state when one
	 * is chosen), so that the database reads the page from an index in that order (V7,
	 * and V9 for the title).
	 */
	static Sort order(EntryFilter filter) {
		Sort fixed = (filter.status() != null) ? Sort.by(Sort.Order.asc("kind"), Sort.Order.asc("status"))
				: Sort.by(Sort.Order.asc("kind"));
		return fixed.and(switch (filter.sort()) {
			case PUBLISHED -> Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));
			case TITLE -> Sort.by(Sort.Order.asc("titleSort"), Sort.Order.asc("id"));
			default -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
		});
	}

}
