// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', () => {
	if (window.hljs) {
		// Highlight only blocks that name their language; plain blocks stay plain.
		document.querySelectorAll('pre code[class*="language-"]').forEach((block) => window.hljs.highlightElement(block));
	}
	enhanceCommentLinks();
});

// "Write a comment" and "Reply" lead to a page with the form. The entry page carries no
// per-visitor tokens, so that caches can share it; here the form (with its tokens) is
// fetched from that page and shown in place. If anything fails, the link still works.
function enhanceCommentLinks() {
	document.querySelectorAll('a[data-comment-form]').forEach((link) => {
		link.addEventListener('click', async (event) => {
			event.preventDefault();
			const open = document.querySelector('.comment-form-inline');
			if (open) {
				open.remove();
			}
			try {
				const response = await fetch(link.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
				if (!response.ok) {
					throw new Error(`status ${response.status}`);
				}
				const page = new DOMParser().parseFromString(await response.text(), 'text/html');
				const form = page.getElementById('comment-form');
				if (!form) {
					throw new Error('no form');
				}
				form.classList.add('comment-form-inline');
				link.closest('p').after(document.adoptNode(form));
				form.querySelector('input[name="name"]').focus();
			}
			catch (error) {
				window.location.href = link.href;
			}
		});
	});
}
