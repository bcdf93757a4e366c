package org.rustinwindows.portal.discovery.card;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.rustinwindows.portal.content.ContentCatalog;
import org.rustinwindows.portal.content.EntryCard;
import org.rustinwindows.portal.content.EntryKind;
import org.rustinwindows.portal.shared.NotFoundException;
import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pictures that the pages name as {@code og:image}: one per published entry, and one
 * for the portal's other pages. Each is drawn when first asked for; the page cache keeps
 * it until content changes, like the page it stands for.
 */
@RestController
class SocialCardController {

	static final String SITE_CARD = "/cards/site.png";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final ContentCatalog catalog;

	private final String host;

	/** The typeface is read on the first card, not at start-up. */
	private final SingletonSupplier<SocialCardPainter> painter = SingletonSupplier
		.of(() -> new SocialCardPainter(CardFonts.load()));

	SocialCardController(ContentCatalog catalog, PortalProperties portal) {
		this.catalog = catalog;
		this.host = portal.baseUrl().getAuthority();
	}

	@GetMapping(SITE_CARD)
	ResponseEntity<byte[]> site() {
		return png(new SocialCard("Independent reference",
				"Rust in Windows drivers and the Windows kernel, every claim with its source", null));
	}

	/**
	 * @throws NotFoundException unless such an entry is published under this slug
	 */
	@GetMapping("/cards/{section:articles|timeline|faq}/{slug}.png")
	ResponseEntity<byte[]> entry(@PathVariable String section, @PathVariable String slug) {
		EntryKind kind = EntryKind.fromPathSegment(section);
		EntryCard card = this.catalog.publishedCard(kind, slug)
			.orElseThrow(() -> NotFoundException.forSlug(kind.label(), slug));
		return png(new SocialCard(kind.label(), card.title(), date(card)));
	}

	/** The event's date for a timeline event, the publication day for an article. */
	private static String date(EntryCard card) {
		return switch (card.kind()) {
			case TIMELINE -> (card.eventDate() != null) ? card.eventDate().display() : null;
			case ARTICLE -> (card.publishedOn() != null) ? DAY.format(card.publishedOn()) : null;
			case FAQ -> null;
		};
	}

	private ResponseEntity<byte[]> png(SocialCard card) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(this.painter.obtain().paint(card, this.host));
	}

}
