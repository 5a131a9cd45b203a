import type { ContextFact } from './types';

/**
 * Dated context from the articles (the timeline card). Built-in rapid-response content, drawn only
 * from the four source articles (CONTENT.md §2, §4). Nothing here names a hotline, a lawyer or a
 * phone number: the app asks the user for those.
 */

export const contextFacts: ContextFact[] = [
	{
		text: {
			en: 'Operation Midway Blitz began in the Chicago area in early September 2025. By late October, some 3,000 people had been detained there.',
			es: 'La Operación Midway Blitz empezó en el área de Chicago a principios de septiembre de 2025. Para fines de octubre, unas 3,000 personas habían sido detenidas allí.'
		},
		sources: ['internationalist', 'wsws']
	},
	{
		date: '2025-09-12',
		text: {
			en: 'Silverio Villegas González was shot dead by ICE agents in Franklin Park, near Chicago, just after dropping his son at daycare.',
			es: 'Silverio Villegas González murió baleado por agentes de ICE en Franklin Park, cerca de Chicago, justo después de dejar a su hijo en la guardería.'
		},
		sources: ['internationalist', 'tempest']
	},
	{
		date: '2025-09-21',
		text: {
			en: 'Of 60,000 people held in ICE detention nationwide, 71.5% had no criminal record (USA Today, 3 October 2025).',
			es: 'De 60,000 personas en detención de ICE en todo el país, el 71.5% no tenía antecedentes penales (USA Today, 3 de octubre de 2025).'
		},
		sources: ['internationalist']
	},
	{
		date: '2025-10-04',
		text: {
			en: 'In Brighton Park, Chicago, federal agents shot a woman five times after she trailed them to warn neighbors.',
			es: 'En Brighton Park, Chicago, agentes federales le dispararon cinco veces a una mujer que los seguía para avisar a los vecinos.'
		},
		sources: ['internationalist']
	},
	{
		date: '2025-10-06',
		text: {
			en: 'Chicago’s mayor barred immigration enforcement from city property, including parks and school parking lots, and ordered signs and Know Your Rights materials.',
			es: 'El alcalde de Chicago prohibió usar propiedad de la ciudad, incluidos parques y estacionamientos escolares, para operativos de inmigración, y ordenó letreros y materiales sobre derechos.'
		},
		sources: ['internationalist']
	},
	{
		date: '2026-01-07',
		text: {
			en: 'Renee Good was killed by an ICE agent in Minneapolis while documenting agents.',
			es: 'Renee Good fue asesinada por un agente de ICE en Minneapolis mientras documentaba a los agentes.'
		},
		sources: ['wsb', 'tempest']
	},
	{
		text: {
			en: 'About 3,000 federal agents were sent to Minneapolis, a city with about 600 police officers.',
			es: 'Enviaron a unos 3,000 agentes federales a Minneapolis, una ciudad con unos 600 policías.'
		},
		sources: ['tempest', 'wsb']
	},
	{
		date: '2026-01-20',
		text: {
			en: 'Five-year-old Liam Conejo Ramos was arrested on his way home from preschool in Columbia Heights, near Minneapolis.',
			es: 'Liam Conejo Ramos, de cinco años, fue arrestado camino a casa desde el preescolar en Columbia Heights, cerca de Minneapolis.'
		},
		sources: ['tempest']
	},
	{
		date: '2026-01-23',
		text: {
			en: 'Day of action in Minneapolis: “no work, no school, no shopping”. Almost a thousand businesses closed, at least for a few hours.',
			es: 'Jornada de acción en Minneapolis: “ni trabajo, ni escuela, ni compras”. Casi mil negocios cerraron, al menos por unas horas.'
		},
		sources: ['tempest', 'wsb']
	},
	{
		date: '2026-01-24',
		text: {
			en: 'Alex Pretti, an ICU nurse and union member, was killed by federal agents in Minneapolis moments after filming them.',
			es: 'Alex Pretti, enfermero de cuidados intensivos y sindicalista, fue asesinado por agentes federales en Minneapolis justo después de grabarlos.'
		},
		sources: ['wsb', 'tempest']
	},
	{
		text: {
			en: 'Since July 2025, 35 people have died in federal custody and eight have been killed in the field by immigration agents.',
			es: 'Desde julio de 2025, 35 personas murieron bajo custodia federal y ocho fueron asesinadas en la calle por agentes de inmigración.'
		},
		sources: ['tempest']
	},
	{
		text: {
			en: 'Fewer than 10% of US workers are in a union.',
			es: 'Menos del 10% de los trabajadores de EE. UU. están sindicalizados.'
		},
		sources: ['tempest']
	}
];
