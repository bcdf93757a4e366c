// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', () => {
	if (window.hljs) {
		// Highlight only blocks that name their language; plain blocks stay plain.
		document.querySelectorAll('pre code[class*="language-"]').forEach((block) => window.hljs.highlightElement(block));
	}
});
