// The light and dark themes. Without a choice the system's setting rules; a reader who
// presses the switch keeps their choice (localStorage) on every page and visit. This runs
// in the page's head, so that a chosen theme applies before the first paint and never
// flashes in the other one; the switch joins the header once the page is read. Without
// script, the system's theme it is.
(() => {
	const root = document.documentElement;
	const system = window.matchMedia('(prefers-color-scheme: dark)');
	const chosen = () => {
		try {
			const theme = localStorage.getItem('theme');
			return (theme === 'light' || theme === 'dark') ? theme : null;
		}
		catch (error) {
			return null;
		}
	};
	const remember = (theme) => {
		try {
			localStorage.setItem('theme', theme);
		}
		catch (error) {
			// Storage refused (a strict privacy setting): the choice lasts for this page.
		}
	};
	const dark = () => (root.dataset.theme ?? (system.matches ? 'dark' : 'light')) === 'dark';

	if (chosen()) {
		root.dataset.theme = chosen();
	}

	document.addEventListener('DOMContentLoaded', () => {
		const nav = document.querySelector('.site-header .site-nav');
		if (!nav) {
			return;
		}
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'theme-toggle';
		button.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" '
			+ 'd="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/></svg><span>Dark theme</span>';
		const show = () => button.setAttribute('aria-pressed', String(dark()));
		button.addEventListener('click', () => {
			const theme = dark() ? 'light' : 'dark';
			root.dataset.theme = theme;
			remember(theme);
			show();
		});
		system.addEventListener('change', show);
		show();
		nav.after(button);
	});
})();
