import type { Attributed, Localized } from './types';

/**
 * Prepared alerts: their fields and wording. Built-in rapid-response content, drawn only from the
 * four source articles (CONTENT.md §2, §4). Nothing here names a hotline, a lawyer or a phone
 * number: the app asks the user for those.
 */

export type AlertFieldKey =
	'where' | 'when' | 'what' | 'agents' | 'vehicles' | 'plates' | 'school' | 'meeting_place';

export interface AlertField {
	key: AlertFieldKey;
	label: Localized;
	kind: 'text' | 'number' | 'time';
}

export interface AlertTemplate extends Attributed {
	id:
		'agents-sighted' | 'attempted-detention' | 'school-watch-call' | 'all-clear' | 'meeting-called';
	name: Localized;
	/** When to send it, one line under the name. */
	use: Localized;
	fields: AlertFieldKey[];
	/** The fields in view when the alert opens (one thumb, no scrolling); the rest fold away. */
	quick: AlertFieldKey[];
	/**
	 * Whether the sender says if they saw it themselves or pass on a report: false alarms are
	 * what rapid-response trainings warn about first.
	 */
	confirmable: boolean;
	/**
	 * The message, sentence by sentence, with {{key}} placeholders. A sentence whose field is left
	 * empty is dropped, so an alert sent in a hurry never reads "Plates: ." Short enough for one
	 * SMS when the fields are short.
	 */
	sentences: Localized[];
}

export const alertFields: AlertField[] = [
	{ key: 'where', label: { en: 'Where', es: 'Dónde' }, kind: 'text' },
	{ key: 'school', label: { en: 'School', es: 'Escuela' }, kind: 'text' },
	{ key: 'meeting_place', label: { en: 'Meeting place', es: 'Lugar de reunión' }, kind: 'text' },
	{ key: 'when', label: { en: 'When', es: 'Cuándo' }, kind: 'time' },
	{ key: 'agents', label: { en: 'Number of agents', es: 'Número de agentes' }, kind: 'number' },
	{
		key: 'vehicles',
		label: { en: 'Number of vehicles', es: 'Número de vehículos' },
		kind: 'number'
	},
	{ key: 'plates', label: { en: 'Plates', es: 'Placas' }, kind: 'text' },
	{ key: 'what', label: { en: 'What you see', es: 'Lo que ve' }, kind: 'text' }
];

const whereSentence: Localized = { en: 'Where: {{where}}.', es: 'Dónde: {{where}}.' };
const timeSentence: Localized = { en: 'Time: {{when}}.', es: 'Hora: {{when}}.' };
/** When agents were seen: the sender's own sighting or the report they pass on. */
const seenSentence: Localized = { en: 'Seen: {{when}}.', es: 'Visto: {{when}}.' };
const agentsSentence: Localized = { en: 'Agents: {{agents}}.', es: 'Agentes: {{agents}}.' };
const whatSentence: Localized = { en: '{{what}}', es: '{{what}}' };

export const alertTemplates: AlertTemplate[] = [
	{
		id: 'agents-sighted',
		name: { en: 'Agents sighted', es: 'Agentes a la vista' },
		use: {
			en: 'Warn the network that agents or their vehicles are near.',
			es: 'Avise a la red que hay agentes o sus vehículos cerca.'
		},
		fields: ['where', 'when', 'agents', 'vehicles', 'plates', 'what'],
		quick: ['where', 'agents'],
		confirmable: true,
		sentences: [
			{ en: 'ALERT: immigration agents seen.', es: 'ALERTA: agentes de inmigración a la vista.' },
			whereSentence,
			seenSentence,
			agentsSentence,
			{ en: 'Vehicles: {{vehicles}}.', es: 'Vehículos: {{vehicles}}.' },
			{ en: 'Plates: {{plates}}.', es: 'Placas: {{plates}}.' },
			whatSentence
		],
		sources: ['wsws', 'internationalist']
	},
	{
		id: 'attempted-detention',
		name: { en: 'Attempted detention', es: 'Intento de detención' },
		use: {
			en: 'Call neighbors to a place where agents are trying to detain someone.',
			es: 'Llame a los vecinos a un lugar donde los agentes intentan detener a alguien.'
		},
		fields: ['where', 'when', 'agents', 'what'],
		quick: ['where', 'agents'],
		confirmable: true,
		sentences: [
			{
				en: 'URGENT: agents are trying to detain someone.',
				es: 'URGENTE: los agentes intentan detener a alguien.'
			},
			whereSentence,
			seenSentence,
			agentsSentence,
			whatSentence,
			{ en: 'Neighbors needed now.', es: 'Se necesitan vecinos ya.' }
		],
		sources: ['internationalist', 'wsws']
	},
	{
		id: 'school-watch-call',
		name: { en: 'School watch call', es: 'Llamado de vigilancia escolar' },
		use: {
			en: 'Bring the watch team to a school when agents are near it.',
			es: 'Llame al equipo de vigilancia a una escuela cuando hay agentes cerca.'
		},
		fields: ['school', 'when', 'what'],
		quick: ['school'],
		confirmable: true,
		sentences: [
			{
				en: 'SCHOOL WATCH: agents near a school.',
				es: 'VIGILANCIA ESCOLAR: agentes cerca de una escuela.'
			},
			{ en: 'School: {{school}}.', es: 'Escuela: {{school}}.' },
			seenSentence,
			whatSentence,
			{
				en: 'Watch team to the doors and nearby corners.',
				es: 'Equipo de vigilancia a las puertas y esquinas cercanas.'
			}
		],
		sources: ['internationalist', 'wsws']
	},
	{
		id: 'all-clear',
		name: { en: 'All clear', es: 'Todo despejado' },
		use: {
			en: 'Tell the network the agents have gone.',
			es: 'Avise a la red que los agentes se fueron.'
		},
		fields: ['where', 'when'],
		quick: ['where'],
		confirmable: true,
		sentences: [
			{ en: 'ALL CLEAR: the agents have left.', es: 'DESPEJADO: los agentes se fueron.' },
			whereSentence,
			timeSentence,
			{ en: 'Stay alert.', es: 'Manténganse atentos.' }
		],
		sources: ['internationalist', 'wsws']
	},
	{
		id: 'meeting-called',
		name: { en: 'Meeting called', es: 'Reunión convocada' },
		use: {
			en: 'Call the network together.',
			es: 'Convoque a la red.'
		},
		fields: ['meeting_place', 'when', 'what'],
		quick: ['meeting_place', 'when'],
		confirmable: false,
		sentences: [
			{
				en: 'MEETING: the rapid-response network is meeting.',
				es: 'REUNIÓN: la red de respuesta rápida se reúne.'
			},
			{ en: 'Place: {{meeting_place}}.', es: 'Lugar: {{meeting_place}}.' },
			timeSentence,
			whatSentence
		],
		sources: ['wsws', 'tempest']
	}
];
