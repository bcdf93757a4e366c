package org.rustinwindows.portal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and links entries. Each call is one transaction, so a failure never leaves half
 * an entry behind.
 */
@Service
@Transactional
public class EntryWriter {

	private final EntryRepository entries;

	private final TagRepository tags;

	private final MarkdownRenderer renderer;

	private final Clock clock;

	EntryWriter(EntryRepository entries, TagRepository tags, MarkdownRenderer renderer, Clock clock) {
		this.entries = entries;
		this.tags = tags;
		this.renderer = renderer;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean exists(EntryRef ref) {
		return this.entries.existsByKindAndSlug(ref.kind(), ref.slug());
	}

	/**
	 * @throws IllegalArgumentException when the entry breaks a rule of the model (bad
	 * slug, missing kind-specific field, published without a date, slug taken)
	 */
	public void create(NewEntry draft) {
		validate(draft);
		Instant now = this.clock.instant();
		Entry entry = new Entry(draft.kind(), draft.slug(), now);
		entry.write(draft.title().strip(), draft.summary().strip(), draft.bodyMarkdown(),
				this.renderer.render(draft.bodyMarkdown()));
		if (draft.status() == EntryStatus.PUBLISHED) {
			entry.publish(draft.publishedAt(), (draft.updatedAt() != null) ? draft.updatedAt() : draft.publishedAt());
		}
		else {
			entry.keepAsDraft((draft.updatedAt() != null) ? draft.updatedAt() : now);
		}
		if (draft.kind() == EntryKind.TIMELINE) {
			entry.placeOnTimeline(draft.eventDate());
		}
		if (draft.kind() == EntryKind.FAQ) {
			entry.placeInFaq(draft.faqPosition());
		}
		entry.replaceTags(tagsNamed(draft.tagNames()));
		entry.replaceSources(draft.sources().stream().map((s) -> new Source(s.title(), s.url())).toList());
		this.entries.save(entry);
	}

	/**
	 * Adds explicit links from one entry to others.
	 * @return the targets that do not exist (and were not linked)
	 */
	public List<EntryRef> link(EntryRef from, List<EntryRef> targets) {
		Entry source = this.entries.findByKindAndSlug(from.kind(), from.slug())
			.orElseThrow(() -> new IllegalArgumentException("No entry " + from));
		List<EntryRef> missing = new ArrayList<>();
		for (EntryRef target : targets) {
			this.entries.findByKindAndSlug(target.kind(), target.slug())
				.ifPresentOrElse(source::linkTo, () -> missing.add(target));
		}
		return missing;
	}

	private void validate(NewEntry draft) {
		require(Slugs.isValid(draft.slug()), "slug '" + draft.slug() + "' is not a valid slug");
		require(draft.title() != null && !draft.title().isBlank(), "title is missing");
		require(draft.summary() != null && !draft.summary().isBlank(), "summary is missing");
		require(draft.bodyMarkdown() != null, "body is missing");
		require(draft.status() != EntryStatus.PUBLISHED || draft.publishedAt() != null,
				"a published entry needs a publication date");
		require(draft.kind() != EntryKind.TIMELINE || draft.eventDate() != null, "a timeline event needs a date");
		require(draft.kind() != EntryKind.FAQ || draft.faqPosition() != null, "an FAQ item needs an order");
		require(!this.entries.existsByKindAndSlug(draft.kind(), draft.slug()),
				"slug '" + draft.slug() + "' is already used by another " + draft.kind().label());
	}

	private Set<Tag> tagsNamed(List<String> names) {
		Set<Tag> found = new LinkedHashSet<>();
		for (String name : names) {
			String slug = Slugs.from(name);
			require(!slug.isEmpty(), "tag '" + name + "' has no letters or digits");
			found.add(this.tags.findBySlug(slug).orElseGet(() -> this.tags.save(new Tag(slug, name.strip()))));
		}
		return found;
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new IllegalArgumentException(reason);
		}
	}

}
