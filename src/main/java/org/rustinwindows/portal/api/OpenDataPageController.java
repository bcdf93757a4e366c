package org.rustinwindows.portal.api;

import java.util.List;

import org.rustinwindows.portal.shared.JsonLd;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /data}: what the API and the dataset offer, under which licence, described for
 * search engines as a schema.org Dataset.
 */
@Controller
class OpenDataPageController {

	private final PortalProperties portal;

	OpenDataPageController(PortalProperties portal) {
		this.portal = portal;
	}

	@GetMapping("/data")
	String data(Model model) {
		model.addAttribute("structuredData",
				JsonLd.write(JsonLd.node("Dataset", JsonLd.object("name", Dataset.NAME, "description",
						Dataset.DESCRIPTION, "url", this.portal.absolute("/data"), "license", Dataset.LICENSE_URL,
						"isAccessibleForFree", true, "creator", JsonLd.organization(this.portal), "keywords",
						List.of("Rust", "Windows", "drivers", "Windows kernel", "memory safety"), "distribution",
						List.of(JsonLd.object("@type", "DataDownload", "encodingFormat", "application/json",
								"contentUrl", this.portal.absolute("/api/dataset.json")))))));
		return "api/data";
	}

}
