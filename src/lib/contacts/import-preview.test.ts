import { describe, expect, it } from 'vitest';
import { importWarningMessages, previewRows } from './import-preview';
import { parseVCardFile } from './vcard-import';

function preview(file: string) {
	const result = parseVCardFile(new TextEncoder().encode(file));
	if (!result.ok) throw new Error(result.error.code);
	return {
		rows: previewRows(result.contacts, [], result.warnings).map((row) => [
			row.draft.name,
			row.selected
		]),
		messages: importWarningMessages(result.warnings, result.contacts)
	};
}

describe('a file that stops inside a card', () => {
	it('names the cut contact and leaves it unticked', () => {
		const { rows, messages } = preview(
			'BEGIN:VCARD\nFN:Ana\nEND:VCARD\nBEGIN:VCARD\nFN:Beto\nTEL:555-01'
		);
		expect(rows).toEqual([
			['Ana', true],
			['Beto', false]
		]);
		expect(messages).toEqual([
			'The file seems cut short: Beto may be missing details and was left unticked.'
		]);
	});

	it('names the card whose END was lost, not the complete cards it holds', () => {
		const { rows, messages } = preview(
			[
				'BEGIN:VCARD',
				'FN:Ana',
				'TEL:5550100',
				'BEGIN:VCARD',
				'FN:Beto',
				'END:VCARD',
				'BEGIN:VCARD',
				'FN:Cruz',
				'END:VCARD',
				''
			].join('\n')
		);
		expect(rows).toEqual([
			['Ana', false],
			['Beto', true],
			['Cruz', true]
		]);
		expect(messages).toEqual([
			'The file seems cut short: Ana may be missing details and was left unticked.'
		]);
	});

	it('names at most three contacts', () => {
		const { rows, messages } = preview(
			['A', 'B', 'C', 'D'].map((name) => `BEGIN:VCARD\nFN:${name}\n`).join('')
		);
		expect(rows.every(([, selected]) => selected === false)).toBe(true);
		expect(messages).toEqual([
			'The file seems cut short: A, B, C, … may be missing details and were left unticked.'
		]);
	});
});
