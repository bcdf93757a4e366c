package org.rustinwindows.portal.search;

import java.net.URI;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search index for admins: where it lives, how many entries it holds beside the
 * database, and a rebuild on request, by the same path the start-up check takes.
 */
@Controller
@RequestMapping("/admin/search-index")
class SearchIndexAdminController {

	private final SearchIndexOnStartup index;

	private final SearchBackendProperties backend;

	SearchIndexAdminController(SearchIndexOnStartup index, SearchBackendProperties backend) {
		this.index = index;
		this.backend = backend;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("backend",
				(this.backend.backend() == SearchBackend.OPENSEARCH)
						? "OpenSearch at "
								+ this.backend.uris().stream().map(URI::toString).collect(Collectors.joining(", "))
						: "Embedded Lucene index under the data directory");
		model.addAttribute("indexed", this.index.indexedCount());
		model.addAttribute("stored", this.index.storedCount());
		model.addAttribute("rebuilding", this.index.isRebuilding());
		return "admin/search-index";
	}

	@PostMapping("/rebuild")
	String rebuild(RedirectAttributes redirect) {
		this.index.rebuildNow();
		redirect.addFlashAttribute("message",
				"The rebuild has started in the background. Search answers from what is indexed meanwhile.");
		return "redirect:/admin/search-index";
	}

}
