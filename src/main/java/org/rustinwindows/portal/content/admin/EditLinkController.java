package org.rustinwindows.portal.content.admin;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rustinwindows.portal.content.EditorialDesk;
import org.rustinwindows.portal.content.EntryKind;

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

	private final EditorialDesk desk;

	EditLinkController(EditorialDesk desk) {
		this.desk = desk;
	}

	/**
	 * @param path the public page's path, such as
	 * {@code /articles/the-memory-safety-case}
	 * @return where to edit the entry it shows, or 404 when it shows none
	 */
	@GetMapping("/admin/edit-link")
	ResponseEntity<Map<String, String>> editLink(@RequestParam String path) {
		Matcher page = ENTRY_PAGE.matcher(path);
		if (!page.matches()) {
			return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
		}
		EntryKind kind = EntryKind.fromPathSegment(page.group(1));
		return this.desk.idOf(kind, page.group(2))
			.map((id) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(Map.of("url", "/admin/" + new EditorKey(kind, id).key(), "label",
						"Edit this " + ((kind == EntryKind.FAQ) ? "question" : kind.label().toLowerCase(Locale.ROOT)))))
			.orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
	}

}
