package org.rustinwindows.portal.media;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rustinwindows.portal.testsupport.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images kept in the database, against each database the portal supports: what two nodes
 * share when {@code portal.media.store=database}. Outside a test transaction, as uploads
 * and readers reach them.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class DatabaseMediaStoreContract {

	private static final String NAME = "0123456789abcdef0123456789abcdef.png";

	@Autowired
	JdbcTemplate jdbc;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));

	@AfterEach
	void forgetThem() {
		this.jdbc.update("delete from media_image");
	}

	private DatabaseMediaStore node() {
		return new DatabaseMediaStore(this.jdbc, this.clock, DataSize.ofMegabytes(1));
	}

	@Test
	void anImageKeptThroughOneNodeIsServedByAnother() {
		DatabaseMediaStore nodeA = node();
		DatabaseMediaStore nodeB = node();
		assertThat(nodeB.get(NAME)).isEmpty();
		nodeA.put(NAME, ImageType.PNG, ImageTypeTests.PNG);
		assertThat(nodeB.contains(NAME)).isTrue();
		assertThat(nodeB.get(NAME)).hasValueSatisfying((image) -> {
			assertThat(image.mediaType()).isEqualTo("image/png");
			assertThat(image.bytes()).isEqualTo(ImageTypeTests.PNG);
		});
	}

	@Test
	void theSameImageKeptTwiceIsKeptOnce() {
		node().put(NAME, ImageType.PNG, ImageTypeTests.PNG);
		node().put(NAME, ImageType.PNG, ImageTypeTests.PNG);
		assertThat(this.jdbc.queryForObject("select count(*) from media_image", Integer.class)).isOne();
	}

	@Test
	void listsWhatWasKeptBeforeATimeAndForgetsWhatIsRemoved() {
		DatabaseMediaStore nodeA = node();
		DatabaseMediaStore nodeB = node();
		nodeA.put(NAME, ImageType.PNG, ImageTypeTests.PNG);
		assertThat(nodeB.get(NAME)).isPresent();
		this.clock.advance(Duration.ofHours(1));
		String later = "fedcba9876543210fedcba9876543210.png";
		nodeA.put(later, ImageType.PNG, ImageTypeTests.PNG);

		assertThat(nodeA.keptBefore(this.clock.instant().minus(Duration.ofMinutes(30)))).containsExactly(NAME);
		nodeA.delete(NAME);
		assertThat(nodeA.get(NAME)).isEmpty();
		assertThat(nodeA.contains(later)).isTrue();
	}

	@Test
	void listsTheNewestFirst() {
		node().put(NAME, ImageType.PNG, ImageTypeTests.PNG);
		Instant first = this.clock.instant();
		this.clock.advance(Duration.ofMinutes(5));
		String later = "fedcba9876543210fedcba9876543210.png";
		node().put(later, ImageType.PNG, ImageTypeTests.PNG);

		assertThat(node().newest(10)).containsExactly(new MediaStore.KeptImage(later, this.clock.instant()),
				new MediaStore.KeptImage(NAME, first));
		assertThat(node().newest(1)).extracting(MediaStore.KeptImage::name).containsExactly(later);
	}

}
