import { describe, expect, it } from 'vitest';
import { findResolutionTemplate, type ResolutionTemplate } from '$lib/content/resolutions';
import type { Locale } from '$lib/content/types';
import { addClause } from './clauses';
import {
	composeDraft,
	documentInput,
	draftFields,
	draftFileName,
	draftMissing,
	draftText,
	draftTitle,
	formatDate,
	recordLines,
	statusLabel,
	templateInput
} from './draft-document';
import {
	emptyAdoptionRecord,
	newDraftData,
	type DraftStatus,
	type ResolutionDraftData
} from './drafts';
import { renderDocument, toPlainText } from './template-engine';

function template(slug: string): ResolutionTemplate {
	const found = findResolutionTemplate(slug);
	if (!found) throw new Error(slug);
	return found;
}

function draft(slug: string, locale: Locale, values: Record<string, string> = {}) {
	return { ...newDraftData(template(slug), locale), values };
}

const filled = {
	union_name: 'ATU',
	local_number: '1005',
	body: 'membership meeting',
	city: 'Minneapolis',
	meeting_date: '2026-05-01',
	striking_union: 'Teamsters Local 120',
	struck_employer: 'Acme Inc.'
};

describe('formatDate', () => {
	it('writes a date out in the draft’s language', () => {
		expect(formatDate('2026-05-01', 'en')).toBe('May 1, 2026');
		expect(formatDate('2026-05-01', 'es')).toBe('1 de mayo de 2026');
	});

	it('leaves anything that is not a real date as typed', () => {
		for (const value of ['', 'next Tuesday', '2026-02-30', '2026-5-1']) {
			expect(formatDate(value, 'en')).toBe(value);
		}
	});
});

describe('draftFields', () => {
	it('asks for the template’s fields that the text uses', () => {
		const data = draft('strike-solidarity', 'en');
		expect(draftFields(data).map((field) => field.key)).toEqual(
			template('strike-solidarity').fields.map((field) => field.key)
		);
	});

	it('drops a field no clause uses any more and adds blanks the user wrote', () => {
		const data = draft('defend-immigrant-coworkers', 'en');
		data.resolved = data.resolved.filter((clause) => !clause.text.includes('first_meeting_date'));
		data.whereas = addClause(data.whereas, 'the {{meeting_place}} is ours');
		const keys = draftFields(data).map((field) => field.key);
		expect(keys).not.toContain('first_meeting_date');
		expect(keys.at(-1)).toBe('meeting_place');
		expect(draftFields(data).at(-1)?.label.en).toBe('meeting place');
	});

	it('still works when the template is gone', () => {
		const data = { ...draft('strike-solidarity', 'en'), templateSlug: 'removed' };
		expect(draftFields(data).map((field) => field.key)).toContain('striking_union');
	});
});

describe('a draft as a document', () => {
	it('fills values, formats dates for its language and marks what is missing', () => {
		const data = draft('strike-solidarity', 'es', { ...filled, struck_employer: '' });
		const text = draftText(data, 'text');
		expect(text).toContain('aprobada por membership meeting el 1 de mayo de 2026');
		expect(text).toContain(
			'Teamsters Local 120 está en huelga contra [Empleador al que hacen huelga]'
		);
		expect(text.startsWith('Solidaridad con un sindicato en huelga\n\nCONSIDERANDO QUE')).toBe(
			true
		);
		expect(draftMissing(data)).toEqual(['struck_employer']);
	});

	it('has nothing missing once every field is filled', () => {
		const data = draft('strike-solidarity', 'en', filled);
		expect(draftMissing(data)).toEqual([]);
		expect(draftText(data, 'text')).not.toMatch(/\[|\]/);
		expect(draftText(data, 'text')).toContain('adopted by the membership meeting on May 1, 2026');
	});

	it('keeps a user’s own title, with blanks', () => {
		const data = {
			...draft('strike-solidarity', 'en', filled),
			title: 'Solidarity with  {{striking_union}}'
		};
		expect(draftTitle(data)).toBe('Solidarity with Teamsters Local 120');
		expect(draftTitle({ ...data, values: {} })).toBe('Solidarity with [Union on strike]');
	});

	it('escapes hostile values in Markdown', () => {
		const data = draft('strike-solidarity', 'en', {
			...filled,
			striking_union: '<img src=x onerror=alert(1)> [x](javascript:alert(1))'
		});
		const markdown = draftText(data, 'markdown');
		expect(markdown).not.toContain('<img');
		expect(markdown).toContain(
			'&lt;img src\\=x onerror\\=alert\\(1\\)&gt; \\[x\\]\\(javascript\\:alert\\(1\\)\\)'
		);
	});

	it('composes the same words the plain text has', () => {
		const data = draft('city-non-compliance', 'en', filled);
		const input = documentInput(data);
		const composed = composeDraft(data);
		expect(toPlainText(composed.title, input.label)).toBe(data.title);
		expect(composed.clauses).toHaveLength(data.whereas.length + data.resolved.length);
	});
});

describe('the adoption record', () => {
	const adopted = (locale: Locale): ResolutionDraftData => ({
		...draft('strike-solidarity', locale, filled),
		adoption: {
			...emptyAdoptionRecord(),
			status: 'adopted',
			body: 'General membership meeting',
			date: '2026-04-14',
			movedBy: 'A. Member',
			secondedBy: 'B. Member',
			votesFor: 45,
			votesAgainst: 0,
			votesAbstaining: null,
			notes: 'private'
		}
	});

	it('lists what is known, in the draft’s language, never the notes', () => {
		expect(recordLines(adopted('es').adoption, 'es')).toEqual([
			{ label: 'Estado', value: 'Aprobada' },
			{ label: 'Órgano que votó', value: 'General membership meeting' },
			{ label: 'Fecha de la votación', value: '14 de abril de 2026' },
			{ label: 'Presentada por', value: 'A. Member' },
			{ label: 'Secundada por', value: 'B. Member' },
			{ label: 'A favor', value: '45' },
			{ label: 'En contra', value: '0' }
		]);
	});

	it('goes into the outputs once the resolution has been brought to a meeting', () => {
		const data = adopted('en');
		expect(draftText(data, 'text')).toContain('Status: Adopted\nBody that voted:');
		expect(draftText(data, 'text')).not.toContain('private');
		expect(draftText(data, 'text', { record: false })).not.toContain('Status:');
		const fresh = draft('strike-solidarity', 'en', filled);
		expect(draftText(fresh, 'text')).not.toContain('Status:');
	});
});

describe('a damaged stored draft', () => {
	it('renders with a language or status this version does not know', () => {
		for (const odd of ['constructor', '__proto__', 'fr']) {
			const data = draft('strike-solidarity', 'en', filled);
			const damaged = {
				...data,
				locale: odd as Locale,
				adoption: { ...data.adoption, status: odd as DraftStatus }
			};
			expect(draftText(damaged, 'markdown')).toBe(
				draftText({ ...data, adoption: damaged.adoption }, 'markdown')
			);
			expect(statusLabel(damaged.adoption.status)).toBe(odd);
			expect(draftText(damaged, 'text')).toContain(`Status: ${odd}`);
		}
	});
});

describe('draftFileName', () => {
	it('makes a plain, safe name from the title', () => {
		expect(draftFileName(draft('strike-solidarity', 'en'), 'md')).toBe(
			'stand-with-a-union-on-strike.md'
		);
		expect(draftFileName(draft('fourth-amendment-workplace', 'es'), 'txt')).toBe(
			'hacer-de-nuestro-lugar-de-trabajo-una-zona-de-la-cuarta.txt'
		);
		const hostile = { ...draft('strike-solidarity', 'en'), title: '../../etc/passwd\u0000 <x>' };
		expect(draftFileName(hostile, 'txt')).toBe('etc-passwd-x.txt');
		expect(draftFileName({ ...hostile, title: '¿¡!?' }, 'md')).toBe('resolution.md');
	});
});

describe('templateInput', () => {
	it('shows every blank by its label in the chosen language', () => {
		const text = renderDocument(templateInput(template('strike-solidarity'), 'es'), 'text');
		expect(text).toContain(
			'[Sindicato en huelga] está en huelga contra [Empleador al que hacen huelga]'
		);
	});
});
