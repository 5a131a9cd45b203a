/**
 * What rendered Markdown must never hold: elements that run code, load from elsewhere or post
 * somewhere, event handlers, styling hooks, links to script, and images from off the page's
 * origin. Unit tests run it on happy-dom; end-to-end tests inject it into Chromium with
 * `markdownProblemsScript`, so it uses nothing from outside its own body.
 */
export function markdownProblems(root: ParentNode): string[] {
	const forbiddenTags = [
		'script',
		'iframe',
		'object',
		'embed',
		'svg',
		'math',
		'style',
		'base',
		'meta',
		'link',
		'form',
		'frame',
		'frameset',
		'template',
		'textarea',
		'button',
		'select',
		'video',
		'audio',
		'source',
		'picture'
	];
	const hookAttributes = ['style', 'class', 'id', 'name', 'target', 'srcset', 'formaction'];
	const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster'];
	const decode = (value: string) => {
		const textarea = document.createElement('textarea');
		textarea.innerHTML = value;
		return textarea.value;
	};
	// The scheme as a browser reads it: entities decoded, control characters and spaces gone.
	// Attribute values come decoded once already; decoding again covers any later reader.
	const schemeOf = (value: string) =>
		[...decode(value).trim()]
			.filter((char) => {
				const code = char.charCodeAt(0);
				return code > 0x20 && (code < 0x7f || code > 0x9f);
			})
			.join('')
			.toLowerCase();
	// Where the browser would send the request: `https:host/x` is a path on an https page and
	// another site on an http one.
	const leavesThePage = (src: string) => {
		try {
			return new URL(decode(src), window.location.href).origin !== window.location.origin;
		} catch {
			return false;
		}
	};

	const problems: string[] = [];
	for (const element of Array.from(root.querySelectorAll('*'))) {
		const tag = element.tagName.toLowerCase();
		if (forbiddenTags.includes(tag)) problems.push(`<${tag}>`);
		if (
			tag === 'input' &&
			(element.getAttribute('type') !== 'checkbox' || !element.hasAttribute('disabled'))
		) {
			problems.push('enabled or non-checkbox <input>');
		}
		if (tag === 'a' && element.getAttribute('rel') !== 'noopener noreferrer nofollow') {
			problems.push('<a> without rel');
		}
		for (const { name, value } of Array.from(element.attributes)) {
			const attribute = name.toLowerCase();
			if (attribute.startsWith('on') || hookAttributes.includes(attribute)) {
				problems.push(`${tag}[${attribute}]`);
			}
			if (!urlAttributes.includes(attribute)) continue;
			const url = schemeOf(value);
			if (/^(?:javascript|vbscript|file):/.test(url))
				problems.push(`${tag}[${attribute}]=${value}`);
			const rasterImage = tag === 'img' && /^data:image\/(?:png|gif|jpeg|webp)[;,]/.test(url);
			if (url.startsWith('data:') && !rasterImage) problems.push(`${tag}[${attribute}]=${value}`);
			if (tag === 'img' && !url.startsWith('data:') && leavesThePage(value)) {
				problems.push(`remote img ${value}`);
			}
		}
	}
	return problems;
}

/** Defines `window.markdownProblems` in a page, for `addInitScript`. */
export const markdownProblemsScript = `window.markdownProblems = ${markdownProblems.toString()};`;
