// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', () => {
	highlightCode();
	enhanceCommentLinks();
	enhanceSearchBox();
	addFeedCopyButtons();
	addCodeTools();
	markCurrentSection();
	addEditLink();
	markNewSinceLastVisit();
});

// "New since your last visit": the browser keeps when the reader was last here (localStorage), and every
// tab of this visit compares with the visit before (sessionStorage), so that moving between pages does not
// clear the marks. Pages carry data-changed (milliseconds) on what can be new; the home page's list comes
// from /changes/recent.json, which is the same for every reader. Nothing is sent anywhere.
function markNewSinceLastVisit() {
	const now = Date.now();
	let since = null;
	try {
		since = sessionStorage.getItem('portal-visit-since');
		if (since === null) {
			since = localStorage.getItem('portal-last-visit') || '';
			sessionStorage.setItem('portal-visit-since', since);
		}
		localStorage.setItem('portal-last-visit', String(now));
	}
	catch (e) {
		return;
	}
	const previous = Number(since);
	if (!since || !previous) {
		return;
	}
	document.querySelectorAll('[data-changed]').forEach((item) => {
		if (Number(item.dataset.changed) > previous) {
			item.classList.add('is-new-since-visit');
			const mark = document.createElement('span');
			mark.className = 'new-mark';
			mark.textContent = 'New since your last visit';
			(item.querySelector('h2, h3, th, p') || item).append(mark);
		}
	});
	const section = document.querySelector('[data-since-visit]');
	if (!section) {
		return;
	}
	fetch('/changes/recent.json', { headers: { Accept: 'application/json' } })
		.then((response) => (response.ok ? response.json() : []))
		.then((changes) => {
			const newer = changes.filter((change) => Date.parse(change.at) > previous);
			if (newer.length === 0) {
				return;
			}
			const list = section.querySelector('[data-since-visit-list]');
			newer.forEach((change) => {
				const item = document.createElement('li');
				const what = document.createElement('strong');
				what.textContent = change.what + ' ' + change.label.toLowerCase() + ': ';
				const link = document.createElement('a');
				link.href = change.url;
				link.textContent = change.title;
				item.append(what, link);
				list.append(item);
			});
			section.hidden = false;
		})
		.catch(() => {});
}

// "Edit this page" for an editor who signed in with this browser (the portal-editor
// cookie says so; it holds no secret). The page stays the same for every reader: the
// link comes from the admin area, which answers a signed-in editor only.
function addEditLink() {
	const header = document.querySelector('.entry-header');
	if (!header || !document.cookie.split('; ').includes('portal-editor=1')) {
		return;
	}
	fetch(`/admin/edit-link?path=${encodeURIComponent(window.location.pathname)}`,
		{ headers: { Accept: 'application/json' }, credentials: 'same-origin', redirect: 'manual' })
		.then((response) => {
			if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
				// Signed out meanwhile: stop asking.
				document.cookie = 'portal-editor=; path=/; max-age=0';
				return null;
			}
			return response.ok ? response.json() : null;
		})
		.then((link) => {
			if (link) {
				const line = document.createElement('p');
				line.className = 'edit-this';
				const anchor = document.createElement('a');
				anchor.href = link.url;
				anchor.textContent = link.label;
				line.append(anchor);
				header.append(line);
			}
		})
		.catch(() => {});
}

// The table of contents marks the section being read (aria-current="location"): the last
// heading above the upper third of the window. Without the script the contents are
// plain links.
function markCurrentSection() {
	const links = [...document.querySelectorAll('.toc a[href^="#"]')];
	const sections = links
		.map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
		.filter((section) => section.heading);
	if (sections.length === 0) {
		return;
	}
	let current = null;
	let scheduled = false;
	const update = () => {
		scheduled = false;
		const line = window.innerHeight / 3;
		let reading = null;
		for (const section of sections) {
			if (section.heading.getBoundingClientRect().top <= line) {
				reading = section;
			}
		}
		if (reading === current) {
			return;
		}
		current?.link.removeAttribute('aria-current');
		reading?.link.setAttribute('aria-current', 'location');
		current = reading;
	};
	const schedule = () => {
		if (!scheduled) {
			scheduled = true;
			requestAnimationFrame(update);
		}
	};
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', schedule);
	update();
}

// Colours the code blocks that name their language (plain blocks stay plain), each as it
// comes near the window. The highlighter's scripts, which the page names in its head,
// load when the first block does: a page read without reaching its code never pays for
// them, and none holds up the first paint or the first scroll.
function highlightCode() {
	const scripts = [...document.querySelectorAll('meta[name="code-highlighter"]')].map((meta) => meta.content);
	const blocks = document.querySelectorAll('pre code[class*="language-"]');
	if (scripts.length === 0 || blocks.length === 0 || !('IntersectionObserver' in window)) {
		return;
	}
	let loading = null;
	const load = () => {
		loading ??= scripts.reduce((previous, source) => previous.then(() => new Promise((resolve, reject) => {
			const script = document.createElement('script');
			script.src = source;
			script.onload = resolve;
			script.onerror = reject;
			document.head.append(script);
		})), Promise.resolve());
		return loading;
	};
	const observer = new IntersectionObserver((seen) => {
		seen.filter((entry) => entry.isIntersecting).forEach((entry) => {
			observer.unobserve(entry.target);
			load().then(() => window.hljs.highlightElement(entry.target), () => {});
		});
	}, { rootMargin: '400px 0px' });
	blocks.forEach((block) => observer.observe(block));
}

// A button that copies what text() gives to the clipboard, and says whether it could.
function copyButton(label, text) {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-button';
	button.textContent = 'Copy';
	button.setAttribute('aria-label', label);
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(text());
			button.textContent = 'Copied';
		}
		catch (error) {
			button.textContent = 'Select and copy';
		}
		setTimeout(() => { button.textContent = 'Copy'; }, 2000);
	});
	return button;
}

// In the top band of every code block of an entry: its language, when it names one, and a
// button that copies the code where the browser allows it. Without the script the code is
// selectable as ever.
function addCodeTools() {
	document.querySelectorAll('.prose pre > code').forEach((code) => {
		const language = [...code.classList].find((name) => name.startsWith('language-'))?.slice('language-'.length);
		const tools = document.createElement('div');
		tools.className = 'code-tools';
		if (language) {
			const label = document.createElement('span');
			label.className = 'code-language';
			label.textContent = language;
			tools.append(label);
		}
		if (navigator.clipboard) {
			tools.append(copyButton(language ? `Copy the ${language} code` : 'Copy the code', () => code.textContent));
		}
		if (tools.childElementCount > 0) {
			// The block and its tools together; the wrapper adds no space of its own.
			const pre = code.parentElement;
			const block = document.createElement('div');
			block.className = 'code-block';
			pre.before(block);
			block.append(pre, tools);
		}
	});
}

// The subscribe page shows every feed's address; where the browser allows it, a button
// copies one to the clipboard. Selecting the text works everywhere.
function addFeedCopyButtons() {
	if (!navigator.clipboard) {
		return;
	}
	document.querySelectorAll('code.feed-url').forEach((code) => {
		const button = copyButton(`Copy ${code.textContent}`, () => code.textContent);
		code.closest('li').append(button);
	});
}

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

// The header's search box suggests entries as the reader types (ARIA 1.2 combobox with a
// listbox). Arrow keys move through the suggestions, Enter opens the chosen one, Escape
// closes the list. Without a choice, Enter submits the form as it would without script.
function enhanceSearchBox() {
	const input = document.getElementById('site-search-q');
	if (!input || !window.fetch) {
		return;
	}
	const form = input.form;
	const list = document.createElement('ul');
	list.id = 'site-search-suggestions';
	list.className = 'suggestions';
	list.setAttribute('role', 'listbox');
	list.setAttribute('aria-label', 'Suggestions');
	list.hidden = true;
	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	form.append(list, status);
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-controls', list.id);
	input.setAttribute('aria-expanded', 'false');
	input.setAttribute('autocomplete', 'off');

	let suggestions = [];
	let active = -1;
	let pending = null;
	let timer = null;

	const close = () => {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		active = -1;
	};
	const highlight = (index) => {
		active = index;
		list.querySelectorAll('[role="option"]').forEach((option, i) => {
			option.setAttribute('aria-selected', String(i === index));
		});
		if (index >= 0) {
			input.setAttribute('aria-activedescendant', `site-search-suggestion-${index}`);
		}
		else {
			input.removeAttribute('aria-activedescendant');
		}
	};
	const show = (items) => {
		suggestions = items;
		list.replaceChildren(...items.map((item, i) => {
			const option = document.createElement('li');
			option.id = `site-search-suggestion-${i}`;
			option.setAttribute('role', 'option');
			option.setAttribute('aria-selected', 'false');
			const title = document.createElement('span');
			title.textContent = item.title;
			const kind = document.createElement('span');
			kind.className = 'suggestion-kind';
			kind.textContent = item.kind;
			option.append(title, kind);
			// mousedown, not click: the input keeps focus, so the list is still there.
			option.addEventListener('mousedown', (event) => {
				event.preventDefault();
				window.location.href = item.url;
			});
			return option;
		}));
		status.textContent = items.length === 0 ? '' : `${items.length} suggestion${items.length === 1 ? '' : 's'}, use the arrow keys to choose`;
		if (items.length === 0) {
			close();
			return;
		}
		list.hidden = false;
		input.setAttribute('aria-expanded', 'true');
		highlight(-1);
	};
	const fetchSuggestions = async () => {
		const query = input.value.trim();
		if (query.length < 2) {
			show([]);
			return;
		}
		if (pending) {
			pending.abort();
		}
		pending = new AbortController();
		try {
			const response = await fetch(`/search/suggest?q=${encodeURIComponent(query)}`,
				{ headers: { Accept: 'application/json' }, signal: pending.signal });
			show(response.ok ? await response.json() : []);
		}
		catch (error) {
			if (error.name !== 'AbortError') {
				show([]);
			}
		}
	};

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(fetchSuggestions, 150);
	});
	input.addEventListener('keydown', (event) => {
		if (list.hidden) {
			return;
		}
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			highlight((active + 1) % suggestions.length);
		}
		else if (event.key === 'ArrowUp') {
			event.preventDefault();
			highlight(active <= 0 ? suggestions.length - 1 : active - 1);
		}
		else if (event.key === 'Enter' && active >= 0) {
			event.preventDefault();
			window.location.href = suggestions[active].url;
		}
		else if (event.key === 'Escape') {
			event.preventDefault();
			close();
		}
	});
	input.addEventListener('blur', close);
}
