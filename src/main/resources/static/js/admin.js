// Enhancements for the admin pages. Every form works without this script; it only saves keystrokes.
(function () {
	'use strict';

	// Ctrl+S / Cmd+S saves the entry being edited, through the form's own Save button (so the CSRF token and
	// every field go with it).
	document.addEventListener('keydown', function (event) {
		if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
			var save = document.querySelector('[data-save-button]');
			if (save) {
				event.preventDefault();
				save.click();
			}
		}
	});

	// Buttons with data-confirm ask before they submit.
	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-confirm]');
		if (button && !window.confirm(button.getAttribute('data-confirm'))) {
			event.preventDefault();
		}
	});

	// A known source picked by its title brings its address into the row, when the row has none yet. Without
	// this script the title alone still names the known source when the form is saved.
	document.addEventListener('change', function (event) {
		var title = event.target.closest('[data-source-title]');
		var list = title && document.getElementById(title.getAttribute('list'));
		if (!list) {
			return;
		}
		var known = Array.prototype.find.call(list.options, function (option) { return option.value === title.value; });
		var row = title.closest('.source-row') || title.form;
		var address = row && row.querySelector('input[name="sourceUrls"], input[name="sourceUrl"]');
		if (known && known.dataset.url && address && address.value.trim() === '') {
			address.value = known.dataset.url;
		}
	});

	// Tag suggestions for a comma-separated list: the datalist offers each known tag after the tags already
	// typed, so picking one completes the last item instead of replacing the whole list.
	document.querySelectorAll('[data-tag-input]').forEach(function (input) {
		var list = document.getElementById(input.getAttribute('list'));
		if (!list) {
			return;
		}
		var names = Array.prototype.map.call(list.options, function (option) { return option.value; });
		input.addEventListener('input', function () {
			var parts = input.value.split(',');
			var typed = parts.pop().trim().toLowerCase();
			var chosen = parts.map(function (part) { return part.trim().toLowerCase(); });
			var prefix = parts.length ? parts.map(function (part) { return part.trim(); }).join(', ') + ', ' : '';
			list.replaceChildren.apply(list, names
				.filter(function (name) {
					var lower = name.toLowerCase();
					return chosen.indexOf(lower) < 0 && (typed === '' || lower.indexOf(typed) >= 0);
				})
				.slice(0, 20)
				.map(function (name) {
					var option = document.createElement('option');
					option.value = prefix + name;
					return option;
				}));
		});
	});

	// The preview follows the Markdown as the editor scrolls it, and the other way round.
	// Each Markdown heading is paired with the preview's heading in the same place in
	// order; between two pairs the position is interpolated. A fresh preview (htmx swaps
	// it as the editor types) takes the place of the old one's scrolling.
	var body = document.getElementById('body');
	if (body && document.getElementById('preview')) {
		var anchors = null;
		var leader = null;
		var preview = function () { return document.getElementById('preview'); };

		var markdownHeadingOffsets = function () {
			// A copy of the text area's text, as wide and in the same type, so that wrapped
			// lines count as the reader sees them.
			var style = getComputedStyle(body);
			var mirror = document.createElement('div');
			['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'tabSize'].forEach(function (name) {
				mirror.style[name] = style[name];
			});
			mirror.style.position = 'absolute';
			mirror.style.visibility = 'hidden';
			mirror.style.whiteSpace = 'pre-wrap';
			mirror.style.overflowWrap = 'break-word';
			mirror.style.boxSizing = 'content-box';
			mirror.style.width = (body.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) + 'px';
			var markers = [];
			var inFence = false;
			body.value.split('\n').forEach(function (line) {
				if (/^\s{0,3}(```|~~~)/.test(line)) {
					inFence = !inFence;
				}
				else if (!inFence && /^\s{0,3}#{1,6}(\s|$)/.test(line)) {
					var marker = document.createElement('span');
					markers.push(marker);
					mirror.append(marker);
				}
				mirror.append(document.createTextNode(line + '\n'));
			});
			document.body.append(mirror);
			var offsets = markers.map(function (marker) { return marker.offsetTop + parseFloat(style.paddingTop); });
			mirror.remove();
			return offsets;
		};

		var previewHeadingOffsets = function (pane) {
			var top = pane.getBoundingClientRect().top - pane.scrollTop;
			return Array.prototype.map.call(pane.querySelectorAll('h1, h2, h3, h4, h5, h6'), function (heading) {
				return heading.getBoundingClientRect().top - top;
			});
		};

		var build = function () {
			var pane = preview();
			var written = markdownHeadingOffsets();
			var shown = previewHeadingOffsets(pane);
			var ends = [body.scrollHeight - body.clientHeight, pane.scrollHeight - pane.clientHeight];
			anchors = [[0, 0]];
			for (var i = 0; i < Math.min(written.length, shown.length); i++) {
				var last = anchors[anchors.length - 1];
				if (written[i] > last[0] && shown[i] > last[1] && written[i] < ends[0] && shown[i] < ends[1]) {
					anchors.push([written[i], shown[i]]);
				}
			}
			anchors.push(ends);
		};

		// Where `from` (0: the Markdown, 1: the preview) is scrolled to, in the other.
		var follow = function (position, from) {
			var to = 1 - from;
			for (var i = 1; i < anchors.length; i++) {
				if (position <= anchors[i][from] || i === anchors.length - 1) {
					var a = anchors[i - 1];
					var b = anchors[i];
					var span = b[from] - a[from];
					return (span > 0) ? a[to] + (position - a[from]) * (b[to] - a[to]) / span : a[to];
				}
			}
			return 0;
		};

		var sync = function (from) {
			if (anchors === null) {
				build();
			}
			var pane = preview();
			if (from === 0) {
				pane.scrollTop = follow(body.scrollTop, 0);
			}
			else {
				body.scrollTop = follow(pane.scrollTop, 1);
			}
		};

		// Whichever pane the editor scrolls leads; the other's own scroll events, caused
		// by following, are ignored until the editor turns to it.
		var onScroll = function (from) {
			return function () {
				if (leader === null || leader === from) {
					leader = from;
					sync(from);
				}
			};
		};
		var lead = function (from) { return function () { leader = from; }; };
		var bound = null;
		var bindPreview = function () {
			var pane = preview();
			bound = pane;
			pane.addEventListener('scroll', onScroll(1), { passive: true });
			['wheel', 'pointerdown', 'keydown', 'touchstart'].forEach(function (type) {
				pane.addEventListener(type, lead(1), { passive: true });
			});
		};
		body.addEventListener('scroll', onScroll(0), { passive: true });
		['wheel', 'pointerdown', 'keydown', 'touchstart', 'input'].forEach(function (type) {
			body.addEventListener(type, lead(0), { passive: true });
		});
		bindPreview();
		document.body.addEventListener('htmx:afterSettle', function () {
			if (preview() !== bound) {
				bindPreview();
				anchors = null;
				sync(0);
			}
		});
		body.addEventListener('input', function () { anchors = null; });
		window.addEventListener('resize', function () { anchors = null; });
	}

	// The entry editor keeps what is typed on the server every few seconds and when the
	// tab is left (EditorAutosaveController), so that a closed tab or a lost connection
	// loses nothing; and it asks before leaving with changes not saved. Saving the entry
	// is still the editor's own act: nothing kept this way reaches the site.
	var editor = document.getElementById('editor-form');
	if (editor && editor.getAttribute('data-autosave')) {
		var status = editor.querySelector('[data-autosave-status]');
		var typed = function () {
			var fields = new URLSearchParams(new FormData(editor));
			['image', 'action', 'sourceRow'].forEach(function (name) { fields.delete(name); });
			return fields;
		};
		var opened = typed().toString();
		// Shown again after a preview or a restore, the page may hold text not saved yet.
		var unsavedOnArrival = editor.getAttribute('data-unsaved') === 'true';
		var kept = opened;
		var submitting = false;
		var timer = null;
		var keep = function (leaving) {
			var fields = typed();
			var text = fields.toString();
			if (text === kept) {
				return;
			}
			var url = editor.getAttribute('data-autosave');
			if (leaving && navigator.sendBeacon) {
				if (navigator.sendBeacon(url, fields)) {
					kept = text;
				}
				return;
			}
			fetch(url, { method: 'POST', body: fields, credentials: 'same-origin', keepalive: true })
				.then(function (response) {
					if (!response.ok) {
						throw new Error('status ' + response.status);
					}
					kept = text;
					status.textContent = 'Unsaved changes kept at ' + new Date().toLocaleTimeString([],
						{ hour: '2-digit', minute: '2-digit' }) + '.';
				})
				.catch(function () {
					status.textContent = 'Could not keep your changes just now; they are still here. Save when you can.';
				});
		};
		editor.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(function () { keep(false); }, 2000);
		});
		// Any form the page sends (save, merge, let go of a kept text) takes the text along or
		// settles it: no warning then.
		document.addEventListener('submit', function () { submitting = true; });
		document.addEventListener('visibilitychange', function () {
			if (document.visibilityState === 'hidden' && !submitting) {
				keep(true);
			}
		});
		window.addEventListener('pagehide', function () {
			if (!submitting) {
				keep(true);
			}
		});
		window.addEventListener('beforeunload', function (event) {
			if (!submitting && (unsavedOnArrival || typed().toString() !== opened)) {
				event.preventDefault();
				event.returnValue = '';
			}
		});
	}

	// Images in the editor go in at the cursor: picked with the file field, dropped or
	// pasted into the body, or chosen from the media library, then described (required)
	// and captioned (optional). The server stores the file and answers with the Markdown
	// (EditorImageController). Without script the form's button puts it at the end.
	var upload = document.querySelector('[data-image-upload]');
	if (upload && body) {
		var file = upload.querySelector('#image');
		var alt = upload.querySelector('#imageAlt');
		var caption = upload.querySelector('#imageCaption');
		var insertButton = upload.querySelector('[data-insert-image]');
		var token = editor.querySelector('input[name="_csrf"]');
		var cursor = { start: body.value.length, end: body.value.length };
		var chosenUrl = null;

		var note = document.createElement('p');
		note.className = 'hint';
		note.setAttribute('role', 'status');
		upload.append(note);
		var problem = function (message) {
			var error = upload.querySelector('#image-error');
			if (!error) {
				error = document.createElement('span');
				error.id = 'image-error';
				error.className = 'field-error';
				alt.after(error);
			}
			error.textContent = message;
			alt.setAttribute('aria-invalid', 'true');
			alt.setAttribute('aria-describedby', 'image-error');
			alt.focus();
		};
		var clearProblem = function () {
			var error = upload.querySelector('#image-error');
			if (error) {
				error.remove();
			}
			alt.removeAttribute('aria-invalid');
			alt.removeAttribute('aria-describedby');
		};

		['select', 'keyup', 'click', 'input', 'blur'].forEach(function (type) {
			body.addEventListener(type, function () {
				cursor = { start: body.selectionStart, end: body.selectionEnd };
			});
		});

		// The snippet on a paragraph of its own, between what was before and after the cursor.
		var insertAtCursor = function (snippet) {
			var before = body.value.slice(0, cursor.start);
			var after = body.value.slice(cursor.end);
			var lead = (before === '' || /\n\n$/.test(before)) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
			var tail = (after === '' || /^\n\n/.test(after)) ? '' : (/^\n/.test(after) ? '\n' : '\n\n');
			body.value = before + lead + snippet + tail + after;
			var end = (before + lead + snippet).length;
			body.focus();
			body.setSelectionRange(end, end);
			cursor = { start: end, end: end };
			body.dispatchEvent(new Event('input', { bubbles: true }));
		};

		var ready = function (message) {
			note.textContent = message;
			alt.focus();
		};
		var take = function (files) {
			var image = Array.prototype.find.call(files || [], function (candidate) {
				return /^image\//.test(candidate.type);
			});
			if (!image) {
				return false;
			}
			var transfer = new DataTransfer();
			transfer.items.add(image);
			file.files = transfer.files;
			chosenUrl = null;
			ready('Image ready: describe it, then press “' + insertButton.textContent + '”. It goes in at the cursor.');
			return true;
		};
		body.addEventListener('dragover', function (event) {
			if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
				event.preventDefault();
			}
		});
		body.addEventListener('drop', function (event) {
			if (event.dataTransfer && take(event.dataTransfer.files)) {
				event.preventDefault();
			}
		});
		body.addEventListener('paste', function (event) {
			if (event.clipboardData && take(event.clipboardData.files)) {
				event.preventDefault();
			}
		});
		file.addEventListener('change', function () { chosenUrl = null; });

		insertButton.addEventListener('click', function (event) {
			var hasFile = file.files && file.files.length > 0;
			if (!hasFile && !chosenUrl) {
				return;
			}
			event.preventDefault();
			if (alt.value.trim() === '') {
				problem('Describe the image for readers who cannot see it: what it shows, in a sentence.');
				return;
			}
			var fields = new FormData();
			if (hasFile) {
				fields.append('image', file.files[0]);
			}
			else {
				fields.append('imageUrl', chosenUrl);
			}
			fields.append('imageAlt', alt.value);
			fields.append('imageCaption', caption.value);
			fields.append('_csrf', token.value);
			insertButton.disabled = true;
			fetch(editor.getAttribute('data-images'), {
				method: 'POST', body: fields, credentials: 'same-origin', headers: { Accept: 'application/json' }
			})
				.then(function (response) {
					return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
				})
				.then(function (result) {
					if (!result.ok) {
						problem(result.answer.problem);
						return;
					}
					clearProblem();
					insertAtCursor(result.answer.markdown);
					file.value = '';
					alt.value = '';
					caption.value = '';
					chosenUrl = null;
					picked.replaceChildren();
					note.textContent = 'Image inserted at the cursor.';
				})
				.catch(function () {
					problem('The image could not be sent; please try again.');
				})
				.then(function () { insertButton.disabled = false; });
		});

		// The media library in place: its images as buttons; the one chosen goes in like an
		// upload, described and captioned for this entry.
		var picked = document.createElement('p');
		picked.className = 'image-chosen';
		upload.insertBefore(picked, alt.closest('p'));
		var libraryLink = upload.querySelector('[data-library-link]');
		var open = document.createElement('button');
		open.type = 'button';
		open.className = 'secondary';
		open.textContent = 'Choose from the library';
		open.setAttribute('aria-expanded', 'false');
		libraryLink.before(open);
		var list = null;
		open.addEventListener('click', function () {
			if (list) {
				list.remove();
				list = null;
				open.setAttribute('aria-expanded', 'false');
				return;
			}
			fetch(libraryLink.href, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
				.then(function (response) { return response.json(); })
				.then(function (images) {
					list = document.createElement('ul');
					list.className = 'image-picker';
					list.id = 'image-picker';
					list.setAttribute('aria-label', 'Uploaded images');
					open.setAttribute('aria-controls', list.id);
					open.setAttribute('aria-expanded', 'true');
					if (images.length === 0) {
						note.textContent = 'Nothing uploaded yet.';
					}
					images.forEach(function (image, index) {
						var item = document.createElement('li');
						var choose = document.createElement('button');
						choose.type = 'button';
						choose.setAttribute('aria-pressed', 'false');
						choose.setAttribute('aria-label', 'Image ' + (index + 1) + ', ' + image.url);
						var thumbnail = document.createElement('img');
						thumbnail.src = image.url;
						thumbnail.alt = '';
						choose.append(thumbnail);
						choose.addEventListener('click', function () {
							list.querySelectorAll('[aria-pressed]').forEach(function (other) {
								other.setAttribute('aria-pressed', 'false');
							});
							choose.setAttribute('aria-pressed', 'true');
							chosenUrl = image.url;
							file.value = '';
							var shown = thumbnail.cloneNode();
							picked.replaceChildren(shown, document.createTextNode('Chosen: ' + image.url));
							ready('Image chosen: describe it, then press “' + insertButton.textContent + '”.');
						});
						item.append(choose);
						list.append(item);
					});
					open.closest('p').after(list);
				})
				.catch(function () { window.open(libraryLink.href, '_blank'); });
		});
	}
})();
