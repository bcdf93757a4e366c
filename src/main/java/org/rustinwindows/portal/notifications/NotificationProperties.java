package org.rustinwindows.portal.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who is told what by mail ({@code portal.notifications.*}).
 *
 * @param moderators the addresses that get the digest of comments waiting for moderation;
 * none by default
 * @param moderatorDigestInterval how often that digest is made, when comments wait
 */
@ConfigurationProperties("portal.notifications")
record NotificationProperties(@DefaultValue List<String> moderators,
		@DefaultValue("1h") Duration moderatorDigestInterval) {

}
