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
})();
