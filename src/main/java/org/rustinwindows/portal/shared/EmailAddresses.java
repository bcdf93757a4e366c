package org.rustinwindows.portal.shared;

import java.util.regex.Pattern;

/**
 * What the portal takes for an email address wherever a reader types one: something, an
 * at sign, and a domain with a dot, in at most 254 characters. Whether it reaches anyone
 * only a mail to it tells.
 */
public final class EmailAddresses {

	/** The longest address SMTP carries. */
	public static final int MAX_LENGTH = 254;

	private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private EmailAddresses() {
	}

	public static boolean isPlausible(String address) {
		return address != null && address.length() <= MAX_LENGTH && PLAUSIBLE.matcher(address).matches();
	}

}
