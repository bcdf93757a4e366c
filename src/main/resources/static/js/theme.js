// The theme switch in the header. Without a choice the system's setting rules; a reader
// who presses the switch keeps their choice (localStorage) on every page and visit. The
// choice is applied before the first paint by the head's own script (ThemeScript); this
// one, deferred, makes the switch work.
(() => {
	const root = document.documentElement;
	const system = window.matchMedia('(prefers-color-scheme: dark)');
	const dark = () => (root.dataset.theme ?? (system.matches ? 'dark' : 'light')) === 'dark';
	const remember = (theme) => {
		try {
			localStorage.setItem('theme', theme);
		}
		catch (error) {
			// Storage refused (a strict privacy setting): the choice lasts for this page.
		}
	};
	document.querySelectorAll('[data-theme-toggle]').forEach((button) => {
		const show = () => button.setAttribute('aria-pressed', String(dark()));
		button.addEventListener('click', () => {
			const theme = dark() ? 'light' : 'dark';
			root.dataset.theme = theme;
			remember(theme);
			show();
		});
		system.addEventListener('change', show);
		show();
	});
})();
