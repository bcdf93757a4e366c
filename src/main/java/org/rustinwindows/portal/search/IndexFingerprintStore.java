package org.rustinwindows.portal.search;

import java.util.Optional;

/**
 * Where the {@link SearchIndexFingerprint} of what the index holds is kept: with the
 * index, so that an index wiped or replaced loses it too.
 */
interface IndexFingerprintStore {

	Optional<String> read();

	void write(String fingerprint);

}
