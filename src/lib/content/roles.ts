import type { Localized } from './types';

/**
 * The built-in roles of a rapid-response network. Built-in rapid-response content, drawn only from
 * the four source articles (CONTENT.md §2, §4). Nothing here names a hotline, a lawyer or a phone
 * number: the app asks the user for those.
 */

export type RoleId =
	| 'responder'
	| 'patrol'
	| 'observer'
	| 'school-watch'
	| 'mutual-aid'
	| 'translator'
	| 'legal'
	| 'medical'
	| 'union';

export interface BuiltInRole {
	id: RoleId;
	name: Localized;
	description: Localized;
}

export const builtInRoles: BuiltInRole[] = [
	{
		id: 'responder',
		name: { en: 'Responder', es: 'Respuesta rápida' },
		description: {
			en: 'Goes to the scene when an alert comes in.',
			es: 'Acude al lugar cuando llega una alerta.'
		}
	},
	{
		id: 'patrol',
		name: { en: 'Patrol / driver', es: 'Patrulla / conductor' },
		description: {
			en: 'Follows agents’ vehicles and warns the network.',
			es: 'Sigue los vehículos de los agentes y avisa a la red.'
		}
	},
	{
		id: 'observer',
		name: { en: 'Observer', es: 'Observador' },
		description: {
			en: 'Watches, films and writes down what agents do.',
			es: 'Observa, graba y anota lo que hacen los agentes.'
		}
	},
	{
		id: 'school-watch',
		name: { en: 'School watch', es: 'Vigilancia escolar' },
		description: {
			en: 'Watches a school at drop-off and dismissal.',
			es: 'Vigila una escuela a la hora de entrada y de salida.'
		}
	},
	{
		id: 'mutual-aid',
		name: { en: 'Mutual aid', es: 'Ayuda mutua' },
		description: {
			en: 'Brings meals, groceries and medicine to families who cannot go out.',
			es: 'Lleva comida, víveres y medicinas a familias que no pueden salir.'
		}
	},
	{
		id: 'translator',
		name: { en: 'Translator', es: 'Traductor' },
		description: {
			en: 'Translates between English and Spanish for neighbors and the network.',
			es: 'Traduce entre inglés y español para los vecinos y la red.'
		}
	},
	{
		id: 'legal',
		name: { en: 'Legal contact', es: 'Contacto legal' },
		description: {
			en: 'Keeps in touch with the local legal group and lawyers.',
			es: 'Mantiene el contacto con el grupo legal local y los abogados.'
		}
	},
	{
		id: 'medical',
		name: { en: 'Medical', es: 'Atención médica' },
		description: {
			en: 'Gives first aid until medical help arrives.',
			es: 'Da primeros auxilios hasta que llega la ayuda médica.'
		}
	},
	{
		id: 'union',
		name: { en: 'Union contact', es: 'Contacto sindical' },
		description: {
			en: 'Links the network with unions and workplace committees.',
			es: 'Conecta la red con los sindicatos y los comités de trabajo.'
		}
	}
];
