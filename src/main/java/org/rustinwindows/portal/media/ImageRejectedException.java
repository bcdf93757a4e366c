package org.rustinwindows.portal.media;

/**
 * An upload is not an image the portal accepts; the message says why, for the editor.
 */
public class ImageRejectedException extends Exception {

	private static final long serialVersionUID = 1L;

	ImageRejectedException(String message) {
		super(message);
	}

}
