package org.rustinwindows.portal.media;

/**
 * Whether anything the portal keeps still shows an uploaded image. Implemented by the
 * module that stores what refers to images, so that media need not know it.
 */
public interface MediaUsage {

	/**
	 * @param url the image's address on the portal, such as
	 * {@code /media/0123456789abcdef0123456789abcdef.png}
	 * @return whether an entry, in any state, or any revision of one mentions it
	 */
	boolean isInUse(String url);

}
