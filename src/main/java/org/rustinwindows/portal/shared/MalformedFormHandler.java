package org.rustinwindows.portal.shared;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;

/**
 * A form posted with a list index no browser would send ({@code sourceTitles[300]},
 * {@code sourceTitles[abc]}) makes Spring's constructor binding of records fail with an
 * {@link IndexOutOfBoundsException} or a {@link NumberFormatException}. That is bad
 * input, answered with the 400 page; the same exceptions from anywhere else are faults
 * and still surface as such. A multipart body that does not parse is bad input too, and
 * worth one line in the log rather than the stack trace the servlet container would
 * write.
 */
@ControllerAdvice
class MalformedFormHandler {

	private static final Logger logger = LoggerFactory.getLogger(MalformedFormHandler.class);

	@ExceptionHandler(MultipartException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String malformedMultipart(MultipartException ex, HttpServletRequest request) {
		logger.info("Malformed multipart body in {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMostSpecificCause().getMessage());
		return "error/4xx";
	}

	@ExceptionHandler({ IndexOutOfBoundsException.class, NumberFormatException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String malformedForm(RuntimeException ex) {
		boolean fromBinding = Arrays.stream(ex.getStackTrace())
			.anyMatch((frame) -> frame.getClassName().equals(DataBinder.class.getName()));
		if (!fromBinding) {
			throw ex;
		}
		return "error/4xx";
	}

}
