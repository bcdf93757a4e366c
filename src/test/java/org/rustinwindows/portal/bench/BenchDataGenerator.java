package org.rustinwindows.portal.bench;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.rustinwindows.portal.PortalApplication;
import org.rustinwindows.portal.content.EntryIndex;
import org.rustinwindows.portal.content.EntryWriter;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a portal data directory with the seeded content plus N synthetic entries, then
 * builds the search index for all of them, timing each step. Run by
 * {@code bench/generate.sh}; see the README's "Benchmark" section.
 * <p>
 * Entries go through the portal's own {@link EntryWriter}, so they are rendered, tagged
 * and audited exactly as an import would, {@value #BATCH} to a transaction. Indexing on
 * commit is switched off meanwhile and the index is built once at the end by the mass
 * indexer and merged into one segment, which is what the portal does when its index is
 * missing.
 */
public final class BenchDataGenerator {

	/**
	 * Small transactions: each lookup of a tag flushes the persistence context, whose
	 * cost grows with the entries it holds.
	 */
	private static final int BATCH = 50;

	private static final int PROGRESS_EVERY = 2_000;

	private BenchDataGenerator() {
	}

	public static void main(String[] args) throws InterruptedException {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		Path dataDir = Path.of((args.length > 1) ? args[1] : "target/bench-data").toAbsolutePath();
		// Arguments, not default properties: they must win over the test classpath's
		// config/application.properties, which keeps the index in memory.
		String[] settings = { "--portal.data-dir=" + dataDir, "--server.port=0",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
				"--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=write-sync",
				"--spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false" };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
			.run(settings)) {
			EntryWriter writer = context.getBean(EntryWriter.class);
			TransactionTemplate transaction = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			SyntheticContent content = new SyntheticContent(42);
			long start = System.nanoTime();
			for (int from = 1; from <= count; from += BATCH) {
				int first = from;
				int last = Math.min(count, from + BATCH - 1);
				transaction.executeWithoutResult((status) -> {
					for (int n = first; n <= last; n++) {
						writer.create(content.entry(n));
					}
				});
				if (last % PROGRESS_EVERY == 0 || last == count) {
					System.out.printf("Written %,d of %,d entries (%s)%n", last, count, elapsed(start));
				}
			}
			System.out.printf("Wrote %,d entries in %s%n", count, elapsed(start));

			long indexing = System.nanoTime();
			SearchScope<Object> index = Search.mapping(context.getBean(EntityManagerFactory.class))
				.scope(Object.class, EntryIndex.ENTITY);
			index.massIndexer().threadsToLoadObjects(2).startAndWait();
			System.out.printf("Indexed every entry in %s%n", elapsed(indexing));
			// As the portal does after rebuilding its index, so that the benchmark
			// measures the index a rebuilt portal searches.
			long merging = System.nanoTime();
			index.workspace().mergeSegments();
			System.out.printf("Merged the index into one segment in %s%n", elapsed(merging));
		}
	}

	private static String elapsed(long since) {
		Duration duration = Duration.ofNanos(System.nanoTime() - since);
		return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
	}

}
