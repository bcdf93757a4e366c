package org.rustinwindows.portal.testsupport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on a page's
 * markup.
 */
public final class HtmlChecker {

	private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private HtmlChecker() {
	}

	/**
	 * Checks a document and returns its errors, each with line and column; warnings and
	 * info messages are not errors and are left out.
	 */
	public static synchronized List<String> errors(String html) throws Exception {
		Collector collector = new Collector();
		SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
		validator.setUpMainSchema(HTML5_SCHEMA, collector);
		validator.setUpValidatorAndParsers(collector, false, false);
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		source.setEncoding("UTF-8");
		validator.checkHtmlInputSource(source);
		return collector.errors;
	}

	private static final class Collector implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage();
		}

	}

}
