package org.rustinwindows.portal.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded images.
 *
 * @param maxImageSize the largest image accepted
 */
@ConfigurationProperties("portal.media")
record MediaProperties(@DefaultValue("5MB") DataSize maxImageSize) {

}
