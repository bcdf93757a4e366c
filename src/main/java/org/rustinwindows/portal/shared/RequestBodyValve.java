package org.rustinwindows.portal.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;

/**
 * Reads form and multipart bodies up front, on a limited number of threads, so that
 * <ul>
 * <li>clients that send their bodies slowly hold only some of the server's threads: the
 * others keep answering readers' pages. A body that finds no free reader is refused at
 * once, and Tomcat is told not to drain the rest of it first, which would wait on the
 * same slow client;</li>
 * <li>a body that does not parse is a 400 with one line in the log, instead of the stack
 * trace the container writes when Spring Security's CSRF check trips over it.</li>
 * </ul>
 * A Tomcat valve rather than a servlet filter, because only Tomcat's own request can stop
 * the draining. Tomcat's connection timeout bounds each wait for the client's next bytes.
 */
class RequestBodyValve extends ValveBase {

	private static final Logger logger = LoggerFactory.getLogger(RequestBodyValve.class);

	private final Semaphore readers;

	private final RequestBodyProperties properties;

	RequestBodyValve(RequestBodyProperties properties) {
		super(true);
		this.properties = properties;
		this.readers = new Semaphore(properties.concurrentReads());
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!hasFormBody(request)) {
			getNext().invoke(request, response);
			return;
		}
		if (!admit()) {
			logger.info("Refused {} {}: {} bodies are being read already", request.getMethod(), request.getRequestURI(),
					this.properties.concurrentReads());
			refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE,
					"The portal is receiving many forms at once. Please send yours again in a moment.");
			return;
		}
		try {
			if (isOversizedForm(request)) {
				// OversizedFormFilter answers it with a page. The body is read and
				// dropped here, on a reader's thread, so that the browser sees the page.
				if (!drained(request)) {
					refuse(request, response, HttpStatus.CONTENT_TOO_LARGE,
							"The form is larger than this portal accepts. Nothing was saved.");
					return;
				}
			}
			else {
				// Boot's character encoding filter sets UTF-8 only after this valve, too
				// late
				// for a body read here: Tomcat would take it for ISO-8859-1, and turn
				// every
				// letter beyond ASCII into two, one of them a control character.
				if (request.getCharacterEncoding() == null) {
					request.setCharacterEncoding(StandardCharsets.UTF_8.name());
				}
				request.getParameterMap();
			}
		}
		catch (RuntimeException | IOException ex) {
			logger.info("Unreadable body in {} {}: {}", request.getMethod(), request.getRequestURI(), rootCause(ex));
			boolean tooLarge = isTooLarge(ex);
			refuse(request, response, tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
					tooLarge ? "The upload is larger than this portal accepts." : "The form could not be read.");
			return;
		}
		finally {
			this.readers.release();
		}
		getNext().invoke(request, response);
	}

	private boolean admit() {
		try {
			return this.readers.tryAcquire(this.properties.queueWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * A short page of its own: the site's error page would ask for parameters and so read
	 * the very body being refused.
	 */
	private static void refuse(Request request, Response response, HttpStatus status, String message)
			throws IOException {
		request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		// Both the aborted body and a failed parse mark the request as failed, and Tomcat
		// would then show the site's error page, whose rendering asks for parameters:
		// this
		// answer is the whole of it.
		request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
		response.setErrorReported();
		response.setStatus(status.value());
		response.setHeader("Connection", "close");
		response.setContentType("text/html;charset=UTF-8");
		PrintWriter writer = response.getWriter();
		writer.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status.value() + " "
				+ status.getReasonPhrase() + " · Rust in Windows</title></head>\n<body><main><h1>"
				+ status.getReasonPhrase() + "</h1><p>" + message
				+ "</p><p><a href=\"/\">Home</a></p></main></body></html>\n");
		writer.flush();
	}

	private static boolean isOversizedForm(Request request) {
		int limit = request.getConnector().getMaxPostSize();
		return limit >= 0 && request.getContentLengthLong() > limit
				&& FormContentTypes.isUrlEncoded(request.getContentType());
	}

	/**
	 * Reads the body to its end, unless it is larger than Tomcat would read to drop it.
	 */
	private static boolean drained(Request request) throws IOException {
		long limit = (request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http)
				? http.getMaxSwallowSize() : -1;
		if (limit >= 0 && request.getContentLengthLong() > limit) {
			return false;
		}
		request.getInputStream().transferTo(OutputStream.nullOutputStream());
		return true;
	}

	private static boolean hasFormBody(Request request) {
		return request.getContentLengthLong() != 0 && FormContentTypes.isForm(request.getContentType());
	}

	private static boolean isTooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.equals("SizeException")) {
				return true;
			}
		}
		return false;
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}
