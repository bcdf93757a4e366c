package org.rustinwindows.portal.content;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.rustinwindows.portal.shared.ControlCharacters;
import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renames and merges tags. The old slug stays as an alias, so that the tag's old page
 * answers 301 with the new one.
 */
@Service
@Transactional
public class TagEditor {

	private final TagRepository tags;

	private final TagAliasRepository aliases;

	private final EntryRepository entries;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	TagEditor(TagRepository tags, TagAliasRepository aliases, EntryRepository entries, ApplicationEventPublisher events,
			EntityManager entityManager) {
		this.tags = tags;
		this.aliases = aliases;
		this.entries = entries;
		this.events = events;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public List<TagUsage> usage() {
		return this.tags.usage(EntryStatus.TRASHED);
	}

	@Transactional(readOnly = true)
	public TagRef get(String slug) {
		return TagRef.of(find(slug));
	}

	/**
	 * Gives a tag a new name, and the slug that comes from it.
	 * @return the tag as renamed
	 * @throws EntryRuleException when the name has no letters or digits, or another tag
	 * has its slug (merge into that one instead)
	 */
	public TagRef rename(String slug, String newName, String editor) {
		Tag tag = find(slug);
		String name = (newName != null) ? newName.strip() : "";
		String newSlug = Slugs.from(name);
		if (newSlug.isEmpty() || name.length() > Limits.TAG_NAME || ControlCharacters.inOneLine(name)) {
			throw new EntryRuleException("name",
					"Give a name with letters or digits and no control characters, at most " + Limits.TAG_NAME
							+ " characters.");
		}
		this.tags.findBySlug(newSlug).filter((other) -> !other.getId().equals(tag.getId())).ifPresent((other) -> {
			throw new EntryRuleException("name",
					"The tag “" + other.getName() + "” already has this address; merge into it instead.");
		});
		if (!newSlug.equals(tag.getSlug())) {
			this.aliases.deleteById(newSlug);
			this.aliases.save(new TagAlias(tag.getSlug(), tag.getId()));
		}
		this.events.publishEvent(new TagChanged(tag.getSlug(), newSlug, TagChanged.Change.RENAMED, editor));
		tag.rename(newSlug, name);
		// The index holds tag names inside entries, and tags do not know their entries.
		SearchIndexingPlan index = Search.session(this.entityManager).indexingPlan();
		this.entries.findByTagId(tag.getId()).forEach(index::addOrUpdate);
		return TagRef.of(tag);
	}

	/**
	 * Moves every entry from one tag to another and removes the first; its pages then
	 * redirect to the other's.
	 */
	public TagRef merge(String fromSlug, String intoSlug, String editor) {
		Tag from = find(fromSlug);
		Tag into = find(intoSlug);
		if (from.getId().equals(into.getId())) {
			throw new EntryRuleException("into", "Choose another tag to merge into.");
		}
		for (Entry entry : this.entries.findByTagId(from.getId())) {
			entry.getTags().remove(from);
			entry.getTags().add(into);
		}
		for (TagAlias alias : this.aliases.findByTagId(from.getId())) {
			alias.pointTo(into.getId());
		}
		this.aliases.save(new TagAlias(from.getSlug(), into.getId()));
		this.events.publishEvent(new TagChanged(from.getSlug(), into.getSlug(), TagChanged.Change.MERGED, editor));
		this.tags.delete(from);
		return TagRef.of(into);
	}

	private Tag find(String slug) {
		return this.tags.findBySlug(slug).orElseThrow(() -> new NotFoundException("No tag '" + slug + "'"));
	}

}
