package org.rustinwindows.portal.content.admin;

import org.springframework.web.multipart.MultipartFile;

/**
 * An image sent with the editor's form, to go into the body.
 *
 * @param image the file, or {@code null} (or empty) when none was chosen
 * @param imageAlt what it shows, for readers who cannot see it: required
 * @param imageCaption shown under it, optional
 */
record AttachedImage(MultipartFile image, String imageAlt, String imageCaption) {

	boolean isDescribed() {
		return this.imageAlt != null && !this.imageAlt.isBlank();
	}

}
