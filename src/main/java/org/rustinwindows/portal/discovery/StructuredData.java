package org.rustinwindows.portal.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rustinwindows.portal.shared.JsonLd;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.stereotype.Component;

/**
 * The BreadcrumbList (schema.org JSON-LD) that the layout writes on every page. What a
 * page is about (an article, an event, a question) is described by the module that owns
 * it.
 */
@Component("structuredData")
public class StructuredData {

	private final PortalProperties portal;

	StructuredData(PortalProperties portal) {
		this.portal = portal;
	}

	/**
	 * The trail from the home page to this page: the section's list, then the page.
	 * @param path the page's path
	 * @param title the page's title
	 */
	public String breadcrumbs(String path, String title) {
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(crumb(1, "Home", "/"));
		String[] segments = path.split("/");
		if (segments.length > 1) {
			String section = "/" + segments[1];
			String sectionName = sectionName(segments[1]);
			if (segments.length > 2 && sectionName != null) {
				items.add(crumb(2, sectionName, section));
				items.add(crumb(3, title, path));
			}
			else {
				items.add(crumb(2, title, path));
			}
		}
		return JsonLd.write(JsonLd.node("BreadcrumbList", JsonLd.object("itemListElement", items)));
	}

	private Map<String, Object> crumb(int position, String name, String path) {
		return JsonLd.object("@type", "ListItem", "position", position, "name", name, "item",
				this.portal.absolute(path));
	}

	private static String sectionName(String segment) {
		return switch (segment) {
			case "articles" -> "Articles";
			case "timeline" -> "Timeline";
			case "faq" -> "FAQ";
			case "tags" -> "Tags";
			default -> null;
		};
	}

}
