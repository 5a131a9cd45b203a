import { describe, expect, test } from 'vitest';
import { ShareInbox } from './share-inbox';

/** What a share sheet POSTs to the share target. */
function share(fields: Record<string, string>): Request {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) body.append(name, value);
	return new Request('https://app.example/notes/new', { method: 'POST', body });
}

describe('the share inbox', () => {
	test('answers a share with a 303 to an address with no shared text, and hands it over once', async () => {
		const inbox = new ShareInbox();
		const kept: Promise<unknown>[] = [];
		const answer = await inbox.receive(
			share({ title: 'Raid report', text: 'Agents at 18th St', url: 'https://example.org/post' }),
			(work) => void kept.push(work)
		);
		expect(answer.status).toBe(303);
		expect(answer.headers.get('location')).toBe('https://app.example/notes/new?shared=1');
		expect(inbox.take()).toEqual({
			title: 'Raid report',
			text: 'Agents at 18th St',
			url: 'https://example.org/post'
		});
		expect(inbox.take()).toBeNull();
		// Taken, the worker no longer keeps itself alive for it.
		await expect(Promise.all(kept)).resolves.toBeDefined();
	});

	test('a share with only some fields brings null for the others', async () => {
		const inbox = new ShareInbox();
		await inbox.receive(share({ text: 'Only text' }), () => undefined);
		expect(inbox.take()).toEqual({ title: null, text: 'Only text', url: null });
	});

	test('text nobody takes is forgotten after a while', async () => {
		const inbox = new ShareInbox(5);
		const kept: Promise<unknown>[] = [];
		await inbox.receive(share({ text: 'Left behind' }), (work) => void kept.push(work));
		await Promise.all(kept);
		expect(inbox.take()).toBeNull();
	});

	test('a newer share replaces an older one', async () => {
		const inbox = new ShareInbox();
		await inbox.receive(share({ text: 'First' }), () => undefined);
		await inbox.receive(share({ text: 'Second' }), () => undefined);
		expect(inbox.take()?.text).toBe('Second');
		expect(inbox.take()).toBeNull();
	});

	test('a body that cannot be read still opens the page, with nothing to take', async () => {
		const inbox = new ShareInbox();
		const broken = new Request('https://app.example/notes/new', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			body: 'not a form'
		});
		const answer = await inbox.receive(broken, () => undefined);
		expect(answer.status).toBe(303);
		expect(inbox.take()).toBeNull();
	});
});
