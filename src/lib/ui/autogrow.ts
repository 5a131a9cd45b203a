import type { Attachment } from 'svelte/attachments';

/**
 * For a one-line text that may be long (an item's title): a textarea that grows to show all of
 * it, wrapped, where an input would hide its end. Given the field's value, so that it fits again
 * whenever the value changes, typed or set (cleared after adding). Enter does what it does in an
 * input: it submits the form, if any, and never adds a line break.
 */
export function autogrow(value: string): Attachment<HTMLTextAreaElement> {
	return (textarea) => {
		void value;
		textarea.rows = 1;
		textarea.style.height = 'auto';
		const borders = textarea.offsetHeight - textarea.clientHeight;
		textarea.style.height = `${textarea.scrollHeight + borders}px`;
		const enter = (event: KeyboardEvent) => {
			if (event.key !== 'Enter' || event.isComposing) return;
			event.preventDefault();
			textarea.form?.requestSubmit();
		};
		textarea.addEventListener('keydown', enter);
		return () => textarea.removeEventListener('keydown', enter);
	};
}
