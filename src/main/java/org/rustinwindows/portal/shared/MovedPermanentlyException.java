package org.rustinwindows.portal.shared;

/**
 * What a visitor asked for lives at another address now, such as an entry whose slug
 * changed. Answered with 301 and the new address.
 */
public class MovedPermanentlyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String location;

	public MovedPermanentlyException(String location) {
		super("Moved to " + location);
		this.location = location;
	}

	public String location() {
		return this.location;
	}

}
