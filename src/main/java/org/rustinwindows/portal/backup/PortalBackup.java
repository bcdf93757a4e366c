package org.rustinwindows.portal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.rustinwindows.portal.shared.PortalProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Writes a backup as a zip laid out as a data directory: {@code db/} holds the embedded
 * database as H2's {@code BACKUP} copies it (consistent while the portal serves, without
 * stopping writers), {@code media/} the uploaded images kept in a folder, and
 * {@code RESTORE.txt} how to bring a node back from it. On PostgreSQL the database is
 * left to {@code pg_dump}, and the zip holds the images alone.
 */
@Component
class PortalBackup {

	static final String RESTORE_NOTE = "RESTORE.txt";

	private final JdbcTemplate jdbc;

	private final Path dataDir;

	private final Database database;

	PortalBackup(JdbcTemplate jdbc, DataSource dataSource, PortalProperties portal) {
		this.jdbc = jdbc;
		this.dataDir = portal.dataDir();
		this.database = Database.of(dataSource);
	}

	/** The portal's database, which decides what the zip holds. */
	Database database() {
		return this.database;
	}

	/** What a backup does with each kind of database. */
	enum Database {

		/** The embedded H2 in its file: in the zip. */
		EMBEDDED,

		/** PostgreSQL: left to {@code pg_dump}. */
		POSTGRESQL,

		/** An H2 database in memory (tests, trials): nothing outlives the process. */
		IN_MEMORY;

		static Database of(DataSource dataSource) {
			try {
				String product = JdbcUtils.extractDatabaseMetaData(dataSource,
						DatabaseMetaData::getDatabaseProductName);
				String url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
				if (!"H2".equals(product)) {
					return POSTGRESQL;
				}
				return url.startsWith("jdbc:h2:mem:") ? IN_MEMORY : EMBEDDED;
			}
			catch (MetaDataAccessException ex) {
				throw new IllegalStateException("Cannot tell which database the portal runs on", ex);
			}
		}

	}

	void writeZip(OutputStream output) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(output)) {
			if (this.database == Database.EMBEDDED) {
				addDatabase(zip);
			}
			addMedia(zip);
			zip.putNextEntry(new ZipEntry(RESTORE_NOTE));
			zip.write(restoreNote().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
	}

	/** H2 copies its files into a zip of its own; their entries go under {@code db/}. */
	private void addDatabase(ZipOutputStream zip) throws IOException {
		Path copy = Files.createTempFile("portal-db-", ".zip");
		try {
			Files.delete(copy);
			this.jdbc.execute("backup to '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
			try (ZipInputStream database = new ZipInputStream(Files.newInputStream(copy))) {
				for (ZipEntry file = database.getNextEntry(); file != null; file = database.getNextEntry()) {
					zip.putNextEntry(new ZipEntry("db/" + file.getName()));
					database.transferTo(zip);
					zip.closeEntry();
				}
			}
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private void addMedia(ZipOutputStream zip) throws IOException {
		Path media = this.dataDir.resolve("media");
		if (!Files.isDirectory(media)) {
			return;
		}
		List<Path> files;
		try (Stream<Path> listed = Files.list(media)) {
			files = listed.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().endsWith(".part"))
				.sorted()
				.toList();
		}
		for (Path file : files) {
			zip.putNextEntry(new ZipEntry("media/" + file.getFileName()));
			try (InputStream image = Files.newInputStream(file)) {
				image.transferTo(zip);
			}
			zip.closeEntry();
		}
	}

	private String restoreNote() {
		String database = switch (this.database) {
			case EMBEDDED -> "The database is in db/, the uploaded images in media/.\n";
			case POSTGRESQL -> "This zip holds the uploaded images kept in a folder (media/), if any. The database is\n"
					+ "PostgreSQL: back it up with pg_dump -Fc and restore it with pg_restore into a new database.\n";
			case IN_MEMORY -> "This zip holds the uploaded images kept in a folder (media/), if any. The database\n"
					+ "lived in memory and is not in it.\n";
		};
		return """
				Rust in Windows portal backup
				%s
				To restore: stop the portal (or start a new node), unzip this file into an empty data
				directory (PORTAL_DATA_DIR), and start the portal on it. The search index is rebuilt
				in the background at its first start.
				""".formatted(database);
	}

}
