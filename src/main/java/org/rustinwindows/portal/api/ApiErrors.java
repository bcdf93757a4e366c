package org.rustinwindows.portal.api;

import org.rustinwindows.portal.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API's errors as JSON, whatever went wrong: an unknown id is a 404, a parameter it
 * cannot read a 400 that names it.
 */
@RestControllerAdvice(assignableTypes = { OpenDataApi.class, DatasetController.class })
class ApiErrors {

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ApiError> refused(ResponseStatusException ex) {
		return error(ex.getStatusCode(), ex.getReason());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> unreadable(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getName() + " must be a whole number.");
	}

	static ResponseEntity<ApiError> error(HttpStatusCode status, String message) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiError(status.value(), (known != null) ? known.getReasonPhrase() : "Error", message));
	}

}
