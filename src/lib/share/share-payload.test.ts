import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import type { ChecklistData } from '$lib/checklists/model';
import { copyFromBuiltIn } from '$lib/checklists/templates';
import { builtInChecklists, findBuiltInChecklist } from '$lib/content/checklists';
import type { ContactDraft } from '$lib/contacts/contact-types';
import type { PhoneTreeData } from '$lib/contacts/phone-trees';
import { recordStore } from '$lib/db';
import { createAlert, newAlert, type AlertData } from '$lib/rapid-response/alert-records';
import { stamp } from '$lib/db/store.svelte';
import { loaded, useTestDatabase } from '$lib/db/testing';
import { qrCode, qrVersion, shareFromQrText, shareToQrText } from './qr-payload';
import {
	buildShare,
	copyOfShare,
	importShare,
	parseShare,
	ShareError,
	shareName,
	type SharePayload
} from './share-payload';

useTestDatabase();

/** A user's checklist of n typed items, some ticked, with notes. */
function typedChecklist(n: number): ChecklistData {
	return {
		title: 'Walkout prep',
		archived: false,
		items: Array.from({ length: n }, (_, i) => ({
			id: `item-${i}`,
			title: `Step ${i + 1}: talk to the crew on line ${i + 1}`,
			done: i % 3 === 0,
			note: i % 5 === 0 ? 'asked twice' : ''
		}))
	};
}

const contact = (name: string, groupIds: string[]): ContactDraft => ({
	name,
	phones: [],
	emails: [],
	roles: [],
	languages: [],
	groupIds
});

describe('sharing one thing', () => {
	test('a checklist as a clean copy: nothing ticked, no notes; the receiver gets new ids', async () => {
		const made = await recordStore.create(stamp('checklist', typedChecklist(4)));
		const payload = await buildShare('checklist', made.id, { clean: true });
		const data = payload.records[0]!.data as unknown as ChecklistData;
		expect(data.items.every((item) => !item.done && item.note === '')).toBe(true);

		const href = await importShare(parseShare(JSON.stringify(payload)));
		const all = await loaded(() => recordStore.list<ChecklistData>('checklist'));
		expect(all).toHaveLength(2);
		const copy = all.find((c) => c.id !== made.id)!;
		expect(href).toContain(copy.id);
		expect(copy.data.items.map((i) => i.title)).toEqual(made.data.items.map((i) => i.title));
	});

	test('a phone tree goes with its group and people, private groups left out, links kept', async () => {
		const group = await recordStore.create(stamp('contact-group', { name: 'Night shift' }));
		const rosa = await recordStore.create(stamp('contact', contact('Rosa', [group.id, 'private'])));
		await recordStore.create(stamp('contact', contact('Not in the group', ['private'])));
		const tree = await recordStore.create(
			stamp<PhoneTreeData>(
				'phone-tree',
				{
					groupId: group.id,
					fanOut: 3,
					tree: { rootId: 'self', nodes: [{ callerId: 'self', calleeIds: [rosa.id] }] }
				},
				{ parentId: group.id }
			)
		);
		const payload = await buildShare('phone-tree', tree.id);
		expect(payload.records.map((r) => r.kind)).toEqual(['phone-tree', 'contact-group', 'contact']);
		expect((payload.records[2]!.data as unknown as ContactDraft).groupIds).toEqual([group.id]);

		const [copyTree, copyGroup, copyRosa] = copyOfShare(payload, findBuiltInChecklist);
		const treeData = copyTree!.data as PhoneTreeData;
		expect(treeData.groupId).toBe(copyGroup!.id);
		expect(copyTree!.parentId).toBe(copyGroup!.id);
		expect(treeData.tree.nodes[0]!.calleeIds).toEqual([copyRosa!.id]);
		expect((copyRosa!.data as ContactDraft).groupIds).toEqual([copyGroup!.id]);
		expect(new Set([copyTree!.id, copyGroup!.id, copyRosa!.id]).has(rosa.id)).toBe(false);
	});

	test('a share that is not ours or from a newer version is refused', () => {
		expect(() => parseShare('{"format":"other"}')).toThrow(new ShareError('not-share'));
		expect(() =>
			parseShare('{"format":"rank-and-file-share","version":2,"thing":"checklist","records":[]}')
		).toThrow(new ShareError('newer'));
		expect(() =>
			parseShare(
				'{"format":"rank-and-file-share","version":1,"thing":"checklist","records":[{"kind":"note","id":"x","data":{}}]}'
			)
		).toThrow(new ShareError('not-share'));
	});
});

/** An alert as sent: every field filled, the sender's own ones included. */
const sentAlert = (): AlertData => ({
	...newAlert('meeting-called', { locale: 'es', groupId: 'my-group' }),
	texts: { meeting_place: 'Salón del sindicato', what: 'Traigan su credencial', plates: 'ABC 123' },
	agents: 4,
	vehicles: 2,
	time: '18:30',
	confirmation: 'reported',
	position: { latitude: 41.85, longitude: -87.66, accuracy: 12 },
	closesId: 'an-earlier-alert',
	withoutAccents: true,
	sentAt: 1_760_000_000_000
});

/** A well-formed alert share whose template data is replaced. */
const alertShare = (data: unknown, more: unknown[] = []) =>
	JSON.stringify({
		format: 'rank-and-file-share',
		version: 1,
		thing: 'alert',
		records: [{ kind: 'alert', id: 'a1', data }, ...more]
	});
const template = {
	templateId: 'agents-sighted',
	texts: { where: '18th St' },
	locale: 'en',
	withoutAccents: false
};

describe('sharing an alert as a template', () => {
	test('sends the kind, the wording and the language, never the sender’s moment, place or group', async () => {
		const made = await createAlert(sentAlert());
		const payload = await buildShare('alert', made.id);
		expect(payload.records).toHaveLength(1);
		expect(payload.records[0]!.data).toEqual({
			templateId: 'meeting-called',
			texts: { meeting_place: 'Salón del sindicato', what: 'Traigan su credencial' },
			locale: 'es',
			withoutAccents: true
		});
		expect(shareName(payload, 'en')).toBe('Meeting called, Salón del sindicato');
	});

	test('the receiver gets a new alert of their own, in the QR code as in the file', async () => {
		const made = await createAlert(sentAlert());
		const payload = await buildShare('alert', made.id);
		const scanned = await shareFromQrText(await shareToQrText(payload));
		expect(scanned).toEqual(payload);

		const href = await importShare(parseShare(JSON.stringify(payload)));
		const alerts = await loaded(() => recordStore.list<AlertData>('alert'));
		const copy = alerts.find((alert) => alert.id !== made.id)!;
		expect(href).toBe(`/rapid-response/alert?id=${copy.id}`);
		expect(copy.data).toMatchObject({
			templateId: 'meeting-called',
			texts: { meeting_place: 'Salón del sindicato', what: 'Traigan su credencial' },
			locale: 'es',
			withoutAccents: true,
			agents: 0,
			vehicles: 0,
			confirmation: 'seen'
		});
		for (const key of ['groupId', 'position', 'closesId', 'sentAt'])
			expect(copy.data).not.toHaveProperty(key, expect.anything());
	});

	test.each([
		['an unknown kind of alert', alertShare({ ...template, templateId: 'raid' })],
		['an unknown language', alertShare({ ...template, locale: 'fr' })],
		['a text that is not text', alertShare({ ...template, texts: { where: 18 } })],
		['a field the app never sends', alertShare({ ...template, texts: { agents: '4' } })],
		['a location slipped in', alertShare({ ...template, position: { latitude: 1 } })],
		['texts as a list', alertShare({ ...template, texts: ['18th St'] })],
		['a missing field', alertShare({ ...template, withoutAccents: undefined })],
		['a huge text', alertShare({ ...template, texts: { what: 'x'.repeat(2001) } })],
		[
			'more records than the alert',
			alertShare(template, [{ kind: 'alert', id: 'a2', data: template }])
		]
	])('is refused as damaged, nothing written: %s', async (_case, text) => {
		expect(() => parseShare(text)).toThrow(new ShareError('damaged'));
		expect(await loaded(() => recordStore.list('alert'))).toEqual([]);
	});

	test('a well-formed template is taken as it is', () => {
		const payload: SharePayload = parseShare(alertShare(template));
		expect(payload.records[0]!.data).toEqual(template);
	});
});

describe('the QR code of a share', () => {
	test('a 30-item checklist fits at correction M, and decodes back to the same share', async () => {
		const made = await recordStore.create(stamp('checklist', typedChecklist(30)));
		const payload = await buildShare('checklist', made.id);
		const text = await shareToQrText(payload);
		expect(text).toMatch(/^RF1:[0-9A-Z $%*+\-./:]+$/);
		const code = qrCode(text)!;
		expect(qrVersion(code)).toBeLessThanOrEqual(25);

		// Read the code back as a camera would: as pixels, with jsQR.
		const scale = 4;
		const size = (code.size + 8) * scale;
		const pixels = new Uint8ClampedArray(size * size * 4);
		for (let y = 0; y < size; y++)
			for (let x = 0; x < size; x++) {
				const on = code.get(Math.floor(x / scale) - 4, Math.floor(y / scale) - 4);
				pixels.fill(on ? 0 : 255, (y * size + x) * 4, (y * size + x) * 4 + 3);
				pixels[(y * size + x) * 4 + 3] = 255;
			}
		const read = jsQR(pixels, size, size);
		expect(read?.data).toBe(text);
		expect(await shareFromQrText(read!.data)).toEqual(payload);
	});

	test("a built-in checklist's QR code leaves out wording the receiver has; the import puts it back", async () => {
		const source = builtInChecklists[0]!;
		const made = await recordStore.create(stamp('checklist', copyFromBuiltIn(source)));
		const received = await shareFromQrText(
			await shareToQrText(await buildShare('checklist', made.id))
		);
		const items = (received.records[0]!.data as unknown as ChecklistData).items;
		expect(items.some((item) => item.why)).toBe(false);
		const [copy] = copyOfShare(received, findBuiltInChecklist);
		expect((copy!.data as ChecklistData).items).toEqual(made.data.items);
	});

	test('too much for version 25 gives no code (the file is offered instead)', () => {
		expect(qrCode('A'.repeat(3000))).toBeUndefined();
	});
});
