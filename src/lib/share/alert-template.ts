import { alertTemplates, type AlertTemplate } from '$lib/content/alert-templates';
import type { Locale } from '$lib/content/types';
import { newAlert, templateOf, type AlertData } from '$lib/rapid-response/alert-records';
import { alertSummary, composeAlert } from '$lib/rapid-response/alerts';

/** The typed texts a template carries: the place and the details, reusable another day. */
const TEMPLATE_TEXTS = ['where', 'school', 'meeting_place', 'what'] as const;
type TemplateText = (typeof TEMPLATE_TEXTS)[number];

/** Longer than any alert that still fits a few SMS; a longer text is a crafted file. */
const MAX_TEXT = 2000;

/**
 * What a shared alert holds: a template a teammate can send from their own phone. It carries
 * what the alert says and in which language: its kind, the place and the details as typed, and
 * whether accents are left out. It leaves out, on purpose:
 * - the time, the numbers of agents and vehicles and the plates: they describe one sighting, and
 *   would be wrong when the teammate sends the template another day;
 * - whether the sender saw it: a copied "I saw it myself" would be a false confirmation, the
 *   first thing rapid-response trainings warn about;
 * - the sender's location, their chosen group (their contacts stay on their phone, and its id
 *   means nothing on another) and the alert it closes or when it was sent (their own history).
 */
export interface AlertTemplateData {
	templateId: AlertTemplate['id'];
	texts: Partial<Record<TemplateText, string>>;
	locale: Locale;
	withoutAccents: boolean;
}

export function alertTemplateOf(data: AlertData): AlertTemplateData {
	const texts: AlertTemplateData['texts'] = {};
	for (const key of TEMPLATE_TEXTS) {
		const text = data.texts[key];
		if (text) texts[key] = text;
	}
	return {
		templateId: data.templateId,
		texts,
		locale: data.locale,
		withoutAccents: data.withoutAccents
	};
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const only = (value: Record<string, unknown>, keys: readonly string[]) =>
	Object.keys(value).every((key) => keys.includes(key));

/**
 * A received alert template checked field by field, or undefined when anything is off: an
 * unknown kind or language, a text that is not text or is far too long, or a field the app
 * never sends (a crafted file must not slip a location or a group into the receiver's alert).
 */
export function parseAlertTemplate(data: Record<string, unknown>): AlertTemplateData | undefined {
	const { templateId, texts, locale, withoutAccents } = data;
	if (!only(data, ['templateId', 'texts', 'locale', 'withoutAccents'])) return undefined;
	if (!alertTemplates.some((template) => template.id === templateId)) return undefined;
	if (locale !== 'en' && locale !== 'es') return undefined;
	if (typeof withoutAccents !== 'boolean' || !isObject(texts) || !only(texts, TEMPLATE_TEXTS))
		return undefined;
	const valid = Object.values(texts).every(
		(text) => typeof text === 'string' && text.length <= MAX_TEXT
	);
	if (!valid) return undefined;
	return {
		templateId: templateId as AlertTemplate['id'],
		texts: texts as AlertTemplateData['texts'],
		locale,
		withoutAccents
	};
}

/** The receiver's own alert from a template: ready in their composer, with their defaults. */
export function alertFromTemplate(template: AlertTemplateData): AlertData {
	return {
		...newAlert(template.templateId, { locale: template.locale }),
		texts: { ...template.texts },
		withoutAccents: template.withoutAccents
	};
}

/** "Meeting called, Union hall": the kind and the place, as a preview names the template. */
export const alertTemplateName = (template: AlertTemplateData, locale: Locale): string =>
	alertSummary({ ...alertFromTemplate(template), time: '' }, locale);

/**
 * The template's wording in its own language, for the receiver to read before importing: only
 * what the template holds, without the time and the confirmation the receiver adds when sending.
 */
export const alertTemplateText = (template: AlertTemplateData): string =>
	composeAlert(templateOf(template), template.texts, template.locale);
