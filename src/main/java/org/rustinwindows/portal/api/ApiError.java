package org.rustinwindows.portal.api;

/**
 * What the API says when it cannot answer.
 *
 * @param status the HTTP status
 * @param error its reason phrase
 * @param message what was wrong, in words a developer can act on
 */
public record ApiError(int status, String error, String message) {

}
