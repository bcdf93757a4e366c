package org.rustinwindows.portal.comments;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The comment form and its submission. The form lives on a page of its own, never cached,
 * because it carries per-visitor tokens; entry pages link to it (and a script brings it
 * inline), so that they stay the same for everyone and cacheable. A stored comment
 * answers 303 to its entry page with a receipt (Post, Redirect, Get).
 */
@Controller
class CommentController {

	private static final String FORM = "comments/form";

	private final CommentPosting posting;

	private final MeterRegistry meters;

	CommentController(CommentPosting posting, MeterRegistry meters) {
		this.posting = posting;
		this.meters = meters;
	}

	@GetMapping("/comments/new")
	String form(@RequestParam(required = false) String target, @RequestParam(required = false) String parent,
			Model model, HttpServletResponse response) {
		CommentTargets.CommentTarget found = this.posting.target(target);
		Comment replyTo = this.posting.parent(parent, found.id()).orElse(null);
		CommentForm form = CommentForm.empty(found.id(), (replyTo != null) ? replyTo.getId() : null);
		return show(form.withToken(this.posting.issueToken(found.id(), (replyTo != null) ? replyTo.getId() : null)),
				found, replyTo, Map.of(), null, model, response);
	}

	@PostMapping("/comments")
	ModelAndView post(CommentForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
		PostOutcome outcome = this.posting.post(form, request.getRemoteAddr());
		count(outcome);
		if (outcome instanceof PostOutcome.Posted posted) {
			RedirectView redirect = new RedirectView(posted.redirect(), true);
			redirect.setStatusCode(HttpStatus.SEE_OTHER);
			return new ModelAndView(redirect);
		}
		PostOutcome.Refused refused = (PostOutcome.Refused) outcome;
		Comment replyTo = refused.replyTo();
		Long parentId = (replyTo != null) ? replyTo.getId() : null;
		response.setStatus(refused.status());
		String view = show(form.withToken(this.posting.issueToken(refused.target().id(), parentId)), refused.target(),
				replyTo, refused.fieldErrors(), refused.problem(), model, response);
		return new ModelAndView(view, model.asMap());
	}

	/** Comments posted, and refused with the status that tells why (429: too many). */
	private void count(PostOutcome outcome) {
		Counter.builder("portal.comments.posts")
			.description("Comments sent by readers, posted or refused")
			.tag("outcome", (outcome instanceof PostOutcome.Refused) ? "refused" : "posted")
			.tag("status", (outcome instanceof PostOutcome.Refused refused) ? String.valueOf(refused.status()) : "303")
			.register(this.meters)
			.increment();
	}

	@ExceptionHandler(InvalidReplyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidReply(InvalidReplyException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "error/4xx";
	}

	private String show(CommentForm form, CommentTargets.CommentTarget target, Comment replyTo,
			Map<String, String> errors, String problem, Model model, HttpServletResponse response) {
		// The tokens are this visitor's alone: no cache may keep or share the page.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("form", form);
		model.addAttribute("target", target);
		model.addAttribute("replyTo", (replyTo != null)
				? new ReplyContext(replyTo.getId(), replyTo.getAuthorName(), replyTo.getBodyHtml()) : null);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return FORM;
	}

	/**
	 * The comment being answered, quoted above the form.
	 *
	 * @param id its id
	 * @param authorName who wrote it
	 * @param bodyHtml its sanitized body
	 */
	record ReplyContext(long id, String authorName, String bodyHtml) {

	}

}
