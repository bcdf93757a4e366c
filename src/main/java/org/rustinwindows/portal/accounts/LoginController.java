package org.rustinwindows.portal.accounts;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST; this only shows the form
 * with the outcome of the last attempt.
 */
@Controller
class LoginController {

	private static final long MAX_MINUTES_SHOWN = 24 * 60;

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String expired, @RequestParam(required = false) Long locked,
			Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/admin";
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("expired", expired != null);
		model.addAttribute("lockedMinutes", (locked != null) ? Math.min(Math.max(locked, 1), MAX_MINUTES_SHOWN) : null);
		return "accounts/login";
	}

}
