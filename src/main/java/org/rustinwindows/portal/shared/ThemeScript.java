package org.rustinwindows.portal.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The one script written into the pages themselves: in the head, before anything is
 * painted, it applies the theme the reader chose (so that a page never flashes in the
 * other one) and marks the page as scripted (so that the theme switch shows without
 * moving anything). Inline, because a script file there would hold up the first paint;
 * the Content Security Policy admits it by its hash alone. Every page's model carries it
 * as {@code themeScript}.
 */
@ControllerAdvice
public class ThemeScript {

	private static final String SOURCE = "try{var t=localStorage.getItem('theme');"
			+ "if(t==='light'||t==='dark'){document.documentElement.dataset.theme=t}}catch(e){}"
			+ "document.documentElement.classList.add('js')";

	/** The script as the pages carry it. */
	@ModelAttribute("themeScript")
	public String source() {
		return SOURCE;
	}

	/** The script's hash as a Content Security Policy source. */
	public static String policySource() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(SOURCE.getBytes(StandardCharsets.UTF_8));
			return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
