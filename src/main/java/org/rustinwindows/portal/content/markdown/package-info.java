/**
 * Editors' Markdown as HTML: Flexmark with the portal's extensions, within a rendering
 * budget, and an allow-list of what the HTML may keep. Depends on nothing else in
 * content.
 */
package org.rustinwindows.portal.content.markdown;
