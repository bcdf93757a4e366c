package org.rustinwindows.portal.content.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rustinwindows.portal.content.EditablePages;
import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.content.SourceDesk;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "Edit this page" link a signed-in editor sees on an entry's public page. The page
 * itself is the same for everyone and cached; its script asks here, in the admin area,
 * which only answers a signed-in editor and is never cached.
 */
@RestController
class EditLinkController {

	private static final Pattern ENTRY_PAGE = Pattern.compile("/(articles|timeline|faq)/([a-z0-9-]{1,160})");

	private static final Pattern SOURCE_PAGE = Pattern.compile("/sources/([a-z0-9-]{1,160})");

	private final EditorialDesk desk;

	private final SourceDesk sources;

	private final List<EditablePages> otherPages;

	EditLinkController(EditorialDesk desk, SourceDesk sources, List<EditablePages> otherPages) {
		this.desk = desk;
		this.sources = sources;
		this.otherPages = otherPages;
	}

	/**
	 * @param path the public page's path, such as
	 * {@code /articles/the-memory-safety-case}
	 * @return where to edit what it shows; 204 for a page with nothing to edit, and 404
	 * for an entry's page whose entry is gone
	 */
	@GetMapping("/admin/edit-link")
	ResponseEntity<Map<String, String>> editLink(@RequestParam String path) {
		Matcher page = ENTRY_PAGE.matcher(path);
		if (!page.matches()) {
			return otherLink(path);
		}
		EntryKind kind = EntryKind.fromPathSegment(page.group(1));
		return this.desk.idOf(kind, page.group(2))
			.map((id) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(Map.of("url", "/admin/" + new EditorKey(kind, id).key(), "label",
						"Edit this " + ((kind == EntryKind.FAQ) ? "question" : kind.label().toLowerCase(Locale.ROOT)))))
			.orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
	}

	private ResponseEntity<Map<String, String>> otherLink(String path) {
		Matcher source = SOURCE_PAGE.matcher(path);
		Optional<EditablePages.EditLink> link = source.matches()
				? this.sources.idOf(source.group(1))
					.map((id) -> new EditablePages.EditLink("/admin/sources/" + id, "Describe this source"))
				: this.otherPages.stream().flatMap((pages) -> pages.editLink(path).stream()).findFirst();
		return link
			.map((found) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(Map.of("url", found.url(), "label", found.label())))
			.orElseGet(() -> ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build());
	}

}
