import {
	incidentGuide,
	knowYourRightsCard,
	mutualAidCard,
	patrolRisksCard,
	schoolWatchCard,
	type InfoCard
} from '$lib/content/info-cards';
import { contextFacts } from '$lib/content/timeline';
import { whistleContext, whistleSignals } from '$lib/content/whistle';
import { localize } from '$lib/content/localize';
import type { Locale, Localized, SourceKey } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import type { IconName } from '$lib/ui/icons';

export type CardSlug =
	| 'whistle-code'
	| 'school-watch'
	| 'know-your-rights'
	| 'patrol-risks'
	| 'mutual-aid'
	| 'document-incidents'
	| 'timeline';

/** A built-in card with its own prerendered page under /rapid-response/cards/. */
export interface BuiltInCard {
	slug: CardSlug;
	icon: IconName;
	sources: SourceKey[];
	title(locale?: Locale): string;
	/** Every word on the card, for search. */
	text(locale?: Locale): string;
	/** The card's sections, for the cards that are plain InfoCards. */
	info?: InfoCard;
}

const unique = (keys: SourceKey[]): SourceKey[] => [...new Set(keys)];
const words = (texts: Localized[], locale?: Locale) =>
	texts.map((text) => localize(text, locale)).join('\n');

function infoCard(slug: CardSlug, icon: IconName, card: InfoCard): BuiltInCard {
	return {
		slug,
		icon,
		info: card,
		sources: card.sources,
		title: (locale) => localize(card.title, locale),
		text: (locale) =>
			words(
				[card.intro, ...card.sections.flatMap((section) => [section.heading, ...section.points])],
				locale
			)
	};
}

export const builtInCards: BuiltInCard[] = [
	{
		slug: 'whistle-code',
		icon: 'whistle',
		sources: unique([...whistleSignals, ...whistleContext].flatMap((item) => item.sources)),
		title: (locale) => m.rr_whistle_title({}, { locale }),
		text: (locale) =>
			[
				m.rr_whistle_summary({}, { locale }),
				words(
					[
						...whistleSignals.flatMap((signal) => [
							signal.name,
							signal.meaning,
							signal.description
						]),
						...whistleContext.map((fact) => fact.text)
					],
					locale
				)
			].join('\n')
	},
	infoCard('school-watch', 'school', schoolWatchCard),
	infoCard('know-your-rights', 'info', knowYourRightsCard),
	infoCard('patrol-risks', 'eye', patrolRisksCard),
	infoCard('mutual-aid', 'users', mutualAidCard),
	infoCard('document-incidents', 'edit', incidentGuide),
	{
		slug: 'timeline',
		icon: 'calendar',
		sources: unique(contextFacts.flatMap((fact) => fact.sources)),
		title: (locale) => m.rr_timeline_title({}, { locale }),
		text: (locale) =>
			[
				m.rr_timeline_intro({}, { locale }),
				words(
					contextFacts.map((fact) => fact.text),
					locale
				)
			].join('\n')
	}
];

export const cardSlugs = builtInCards.map((card) => card.slug);

export function findCard(slug: string): BuiltInCard | undefined {
	return builtInCards.find((card) => card.slug === slug);
}

export const cardHref = (slug: CardSlug): string => `/rapid-response/cards/${slug}`;
