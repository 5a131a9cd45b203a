import type { Attachment } from 'svelte/attachments';

/**
 * For a one-line text that may be long (an item's title): a textarea shown whole, wrapped, where
 * an input would hide its end. CSS grows it to its text (`field-sizing: content` on
 * `textarea.one-line`, app.css), so typing costs no layout work here. Enter does what it does in
 * an input: it submits the form, if any, and never adds a line break.
 */
export const oneLine: Attachment<HTMLTextAreaElement> = (textarea) => {
	textarea.rows = 1;
	const enter = (event: KeyboardEvent) => {
		if (event.key !== 'Enter' || event.isComposing) return;
		event.preventDefault();
		textarea.form?.requestSubmit();
	};
	textarea.addEventListener('keydown', enter);
	return () => textarea.removeEventListener('keydown', enter);
};
