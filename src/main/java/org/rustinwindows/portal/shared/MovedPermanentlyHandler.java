package org.rustinwindows.portal.shared;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Answers {@link MovedPermanentlyException} with 301 and the new address, keeping the
 * query string.
 */
@ControllerAdvice
class MovedPermanentlyHandler {

	@ExceptionHandler(MovedPermanentlyException.class)
	ResponseEntity<Void> movedPermanently(MovedPermanentlyException moved) {
		String location = ServletUriComponentsBuilder.fromCurrentRequest()
			.replacePath(moved.location())
			.build()
			.toUriString();
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, location).build();
	}

}
