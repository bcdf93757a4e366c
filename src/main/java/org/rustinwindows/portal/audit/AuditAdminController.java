package org.rustinwindows.portal.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for admins (the rule for {@code /admin/audit} is in the security
 * configuration), newest first, optionally for one person.
 */
@Controller
class AuditAdminController {

	private final AuditLog log;

	AuditAdminController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(defaultValue = "1") int page,
			Model model) {
		String who = (actor != null && actor.length() <= 60) ? actor : null;
		model.addAttribute("actor", who);
		model.addAttribute("page", this.log.page(who, page));
		model.addAttribute("pageQuery", (who != null)
				? UriComponentsBuilder.newInstance().queryParam("actor", who).encode().build().getQuery() : "");
		return "admin/audit/log";
	}

}
