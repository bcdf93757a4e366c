package org.rustinwindows.portal.mail;

/**
 * A plain-text mail to one reader.
 *
 * @param to the address
 * @param subject the subject line
 * @param text the body
 * @param unsubscribeUrl where one click ends what this mail belongs to (sent as
 * {@code List-Unsubscribe}, with {@code List-Unsubscribe-Post} for mail programs that do
 * it for the reader), or {@code null}
 */
public record OutgoingMail(String to, String subject, String text, String unsubscribeUrl) {

}
