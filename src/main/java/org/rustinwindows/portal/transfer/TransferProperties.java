package org.rustinwindows.portal.transfer;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on an imported archive. They are checked against the bytes actually unpacked,
 * not the sizes an archive declares, so that a crafted zip cannot get past them.
 *
 * @param maxFiles the most entries (files and folders) an archive may hold
 * @param maxFileSize the largest single file, unpacked
 * @param maxTotalSize the most bytes all files together may unpack to
 * @param maxImportTime how long one import may take; files left when it runs out are
 * reported as not imported, and importing the same archive again goes on where it stopped
 */
@Validated
@ConfigurationProperties("portal.transfer")
record TransferProperties(@Min(1) @DefaultValue("20000") int maxFiles,
		@NotNull @DefaultValue("1MB") DataSize maxFileSize, @NotNull @DefaultValue("64MB") DataSize maxTotalSize,
		@NotNull @DefaultValue("5m") Duration maxImportTime) {

}
