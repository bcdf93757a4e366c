package org.rustinwindows.portal.accounts;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every editor can change their own password.
 */
@Controller
class OwnAccountController {

	private final AccountService accounts;

	OwnAccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/account")
	String show(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "accounts/own-account";
	}

	@PostMapping("/admin/account")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(principal.getName(), form);
				redirect.addFlashAttribute("message", "Your password has been changed.");
				return "redirect:/admin/account";
			}
			catch (AccountRuleException ex) {
				result.rejectValue(ex.field(), "rule", ex.getMessage());
			}
		}
		return "accounts/own-account";
	}

}
