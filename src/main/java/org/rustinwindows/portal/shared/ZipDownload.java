package org.rustinwindows.portal.shared;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A zip an admin screen sends as a download: saved under its name, never kept by a cache
 * (it holds what only signed-in people may see, as of the moment it was made).
 */
public final class ZipDownload {

	private ZipDownload() {
	}

	/** Sets the download's headers; the zip is then written to the stream returned. */
	public static OutputStream start(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return response.getOutputStream();
	}

}
