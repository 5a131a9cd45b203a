import type { Attributed, ContextFact, Localized } from './types';

/**
 * Whistle signals and what the articles say about them. Built-in rapid-response content, drawn
 * only from the four source articles (CONTENT.md §2, §4). Nothing here names a hotline, a lawyer
 * or a phone number: the app asks the user for those.
 */

/** Whistle signals: timing in milliseconds, alternating on/off starting with "on". */
export interface WhistleSignal extends Attributed {
	id: 'agents-present' | 'detention';
	name: Localized;
	meaning: Localized;
	description: Localized;
	pattern: number[];
}

export const whistleSignals: WhistleSignal[] = [
	{
		id: 'agents-present',
		name: { en: 'Agents nearby', es: 'Agentes cerca' },
		meaning: {
			en: 'Immigration agents are in the area.',
			es: 'Hay agentes de inmigración en la zona.'
		},
		description: {
			en: 'Short blasts with breaks between them: a broken rhythm.',
			es: 'Silbidos cortos con pausas entre ellos: un ritmo entrecortado.'
		},
		// Five short blasts read as "broken" next to the detention signal's one long blast.
		pattern: [200, 150, 200, 150, 200, 150, 200, 150, 200],
		sources: ['internationalist']
	},
	{
		id: 'detention',
		name: { en: 'Detention', es: 'Detención' },
		meaning: {
			en: 'Someone is being detained, or agents are trying to detain them.',
			es: 'Están deteniendo a alguien, o los agentes lo están intentando.'
		},
		description: {
			en: 'One long, steady blast without a break.',
			es: 'Un solo silbido largo y continuo, sin pausas.'
		},
		pattern: [3000],
		sources: ['internationalist']
	}
];

/** Where the whistle signals come from, shown under them. */
export const whistleContext: ContextFact[] = [
	{
		text: {
			en: 'In Chicago, community groups, activists and even local shops handed out whistles so people could warn each other.',
			es: 'En Chicago, grupos comunitarios, activistas y hasta negocios del barrio repartieron silbatos para que la gente pudiera avisarse.'
		},
		sources: ['internationalist']
	},
	{
		text: {
			en: 'Chicago teachers’ union members and neighbors kept watch around schools with orange whistles.',
			es: 'Miembros del sindicato de maestros de Chicago y vecinos vigilaron las escuelas con silbatos anaranjados.'
		},
		sources: ['internationalist']
	},
	{
		text: {
			en: 'In Detroit, Peoples Assembly volunteers put together whistle kits to alert neighbors when ICE is close.',
			es: 'En Detroit, voluntarios de la Peoples Assembly armaron kits de silbatos para avisar a los vecinos cuando ICE anda cerca.'
		},
		sources: ['tempest']
	}
];
