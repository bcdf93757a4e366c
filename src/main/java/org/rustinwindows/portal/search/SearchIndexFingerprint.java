package org.rustinwindows.portal.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;

/**
 * A digest of what the index holds: every field with its type, analyzer and abilities,
 * plus {@link SearchAnalysis#VERSION} for what analyzers do and the engine that writes
 * the files (on the embedded index, its Lucene version). When it differs from the one
 * kept with the index, the documents were written by another mapping and the index is
 * rebuilt.
 */
final class SearchIndexFingerprint {

	private SearchIndexFingerprint() {
	}

	static String of(String engine, IndexDescriptor index) {
		String fields = index.staticFields()
			.stream()
			.filter(IndexFieldDescriptor::isValueField)
			.map(SearchIndexFingerprint::describe)
			.sorted()
			.collect(Collectors.joining("\n"));
		return sha256(engine + "\nanalysis " + SearchAnalysis.VERSION + "\n" + fields);
	}

	private static String describe(IndexFieldDescriptor field) {
		IndexValueFieldTypeDescriptor type = field.toValueField().type();
		return String.join(" ", field.absolutePath(), type.valueClass().getName(), type.analyzerName().orElse("-"),
				type.searchAnalyzerName().orElse("-"), type.normalizerName().orElse("-"),
				flag("search", type.searchable()), flag("sort", type.sortable()), flag("project", type.projectable()),
				flag("aggregate", type.aggregable()), flag("multi", field.multiValued()));
	}

	private static String flag(String name, boolean value) {
		return value ? name : "no-" + name;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
