package org.rustinwindows.portal.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where uploaded images are kept, by name ({@code portal.media.store}): a folder under
 * the data directory, which one node serves, or the database, which every node shares.
 */
interface MediaStore {

	boolean contains(String name);

	/** Keeps the image under that name; a name already kept is left as it is. */
	void put(String name, ImageType type, byte[] bytes);

	/** The image, for stores whose images the portal serves itself. */
	Optional<StoredImage> get(String name);

	/**
	 * The names of everything kept since before that time, images and leftovers of
	 * interrupted uploads alike.
	 */
	List<String> keptBefore(Instant cutoff);

	void delete(String name);

	/** The images kept last, newest first (leftovers of interrupted uploads left out). */
	List<KeptImage> newest(int count);

	/**
	 * An image as the media library lists it.
	 *
	 * @param name its name in the store
	 * @param keptAt when it was first uploaded
	 */
	record KeptImage(String name, Instant keptAt) {

	}

	/** An image as served: its type and bytes. */
	record StoredImage(String mediaType, byte[] bytes) {

	}

}
