package org.rustinwindows.portal.accounts;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins create accounts, disable and enable them, and reset passwords.
 */
@Controller
@RequestMapping("/admin/users")
class UsersAdminController {

	private final AccountService accounts;

	UsersAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", NewAccountForm.empty());
		return showList(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.create(form, principal.getName());
				redirect.addFlashAttribute("message", "Created the account " + form.username().strip() + ".");
				return "redirect:/admin/users";
			}
			catch (AccountRuleException ex) {
				result.rejectValue(ex.field(), "rule", ex.getMessage());
			}
		}
		return showList(model);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			this.accounts.disable(id, principal.getName());
			redirect.addFlashAttribute("message", "Disabled " + this.accounts.get(id).username() + ".");
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		this.accounts.enable(id, principal.getName());
		redirect.addFlashAttribute("message", "Enabled " + this.accounts.get(id).username() + ".");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/password")
	String passwordForm(@PathVariable long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		model.addAttribute("form", PasswordForm.empty());
		return "accounts/reset-password";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		AccountView account = this.accounts.get(id);
		if (!result.hasErrors()) {
			try {
				this.accounts.resetPassword(id, form, principal.getName());
				redirect.addFlashAttribute("message", "Set a new password for " + account.username() + ".");
				return "redirect:/admin/users";
			}
			catch (AccountRuleException ex) {
				result.rejectValue(ex.field(), "rule", ex.getMessage());
			}
		}
		model.addAttribute("account", account);
		return "accounts/reset-password";
	}

	private String showList(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		return "accounts/users";
	}

}
