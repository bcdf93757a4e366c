package org.rustinwindows.portal.discovery;

import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What search engines read before the pages: {@code /robots.txt}, which keeps them out of
 * the admin area, the search results and the comment forms and names the sitemap, and the
 * sitemap itself.
 */
@RestController
class DiscoveryController {

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final Sitemaps sitemaps;

	private final PortalProperties portal;

	DiscoveryController(Sitemaps sitemaps, PortalProperties portal) {
		this.sitemaps = sitemaps;
		this.portal = portal;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Disallow: /search
				Disallow: /comments/
				Disallow: /notifications/

				Sitemap: %s
				""".formatted(this.portal.absolute("/sitemap.xml"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
			.cacheControl(CacheControl.noCache().cachePublic())
			.body(robots);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() {
		return xml(this.sitemaps.part(Sitemaps.ROOT).orElseThrow());
	}

	/**
	 * @throws NotFoundException for a part the sitemap does not have
	 */
	@GetMapping("/sitemaps/{part:\\d{1,6}}.xml")
	ResponseEntity<byte[]> sitemapPart(@PathVariable int part) {
		return xml(
				this.sitemaps.part(part).orElseThrow(() -> new NotFoundException("The sitemap has no part " + part)));
	}

	private static ResponseEntity<byte[]> xml(byte[] body) {
		return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache().cachePublic()).body(body);
	}

}
