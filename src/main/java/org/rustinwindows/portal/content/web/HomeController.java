package org.rustinwindows.portal.content.web;

import org.rustinwindows.portal.content.HomePage;
import org.rustinwindows.portal.content.ReaderPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final ReaderPages pages;

	HomeController(ReaderPages pages) {
		this.pages = pages;
	}

	@GetMapping("/")
	String home(Model model) {
		HomePage home = this.pages.home();
		model.addAttribute("articles", home.articles());
		model.addAttribute("events", home.events());
		model.addAttribute("questions", home.questions());
		model.addAttribute("tags", home.tags());
		return "content/home";
	}

}
