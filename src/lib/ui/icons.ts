/**
 * Stroke icons drawn on a 24 px grid, inline so that no icon font or request is needed.
 * Each entry is the inner SVG markup: fixed strings from this file, never user input.
 */
export const icons = {
	home: '<path d="M3 10.5 12 3l9 7.5V21h-6v-6H9v6H3z"/>',
	strike: '<path d="M5 21V4"/><path d="M5 4h12l-2.5 4.5L17 13H5"/>',
	response: '<path d="M6 16v-5a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 21h4"/>',
	resolutions:
		'<path d="M14 3H6v18h12V7z"/><path d="M14 3v4h4"/><path d="M9 12h6"/><path d="M9 16h6"/>',
	notes: '<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="m13 7 4 4"/>',
	settings:
		'<path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1"/><circle cx="15" cy="6" r="2"/><circle cx="9" cy="12" r="2"/><circle cx="17" cy="18" r="2"/>',
	info: '<circle cx="12" cy="12" r="9"/><path d="M12 11v6"/><path d="M12 7.5v.5"/>',
	install: '<path d="M12 4v11"/><path d="m7 10 5 5 5-5"/><path d="M5 20h14"/>',
	plus: '<path d="M12 5v14M5 12h14"/>',
	back: '<path d="m15 5-7 7 7 7"/>',
	forward: '<path d="m9 5 7 7-7 7"/>',
	close: '<path d="M6 6l12 12M18 6 6 18"/>',
	trash: '<path d="M4 7h16"/><path d="M9 7V4h6v3"/><path d="M6 7l1 14h10l1-14"/>',
	search: '<circle cx="11" cy="11" r="6"/><path d="m20 20-4.5-4.5"/>',
	reload: '<path d="M20 12a8 8 0 1 1-2.3-5.7"/><path d="M20 4v5h-5"/>',
	offline:
		'<path d="M3 3l18 18"/><path d="M8.5 16.5a5 5 0 0 1 7 0"/><path d="M5 12.5a10 10 0 0 1 5-2.7"/><path d="M14 9.8a10 10 0 0 1 5 2.7"/><path d="M12 20h.01"/>'
} as const;

export type IconName = keyof typeof icons;
