import type { Localized, SourceKey } from './types';

export type FieldKind = 'text' | 'multiline' | 'date' | 'number';

export interface ResolutionField {
	/** snake_case, [a-z][a-z0-9_]* */
	key: string;
	label: Localized;
	hint?: Localized;
	kind: FieldKind;
}

/**
 * The resolution templates as the library lists them and as a draft fills them in: what each is
 * for and its blanks. Their clauses and adoption steps are in resolutions.ts, loaded where a
 * template is read or a draft started: the drafts and the list stay light.
 */
export interface ResolutionLibraryEntry {
	/** kebab-case, stable, used as the prerendered page path */
	slug: string;
	version: number;
	title: Localized;
	/** One or two sentences. */
	whenToUse: Localized;
	fields: ResolutionField[];
	sources: SourceKey[];
}

// Spanish clauses put {{body}} and other fill-ins straight after a preposition, so their hints
// ask for the article ("la asamblea ...") to keep the grammar right whatever the user types.
const unionName: ResolutionField = {
	key: 'union_name',
	label: { en: 'Union name', es: 'Nombre del sindicato' },
	hint: { en: 'For example: SEIU, ATU, Teamsters', es: 'Por ejemplo: SEIU, ATU, Teamsters' },
	kind: 'text'
};

const localNumber: ResolutionField = {
	key: 'local_number',
	label: { en: 'Local number', es: 'Número del local' },
	hint: {
		en: 'Number or name of your local or chapter',
		es: 'Número o nombre de su local o capítulo'
	},
	kind: 'text'
};

const body: ResolutionField = {
	key: 'body',
	label: { en: 'Body that votes', es: 'Órgano que vota' },
	hint: {
		en: 'For example: membership meeting, executive board',
		es: 'Con el artículo. Por ejemplo: la asamblea de miembros, la junta ejecutiva'
	},
	kind: 'text'
};

const city: ResolutionField = {
	key: 'city',
	label: { en: 'City or town', es: 'Ciudad o pueblo' },
	kind: 'text'
};

const meetingDate: ResolutionField = {
	key: 'meeting_date',
	label: { en: 'Meeting date', es: 'Fecha de la reunión' },
	kind: 'date'
};

export const resolutionLibrary: ResolutionLibraryEntry[] = [
	{
		slug: 'defend-immigrant-coworkers',
		version: 1,
		title: {
			en: 'Defend our immigrant members and coworkers',
			es: 'Defender a nuestros miembros y compañeros inmigrantes'
		},
		whenToUse: {
			en: 'When raids threaten immigrant members or coworkers and you want the union to commit to defending them, with a committee and workplace trainings.',
			es: 'Cuando las redadas amenazan a miembros o compañeros inmigrantes y usted quiere que el sindicato se comprometa a defenderlos, con un comité y capacitaciones en el trabajo.'
		},
		fields: [
			unionName,
			localNumber,
			body,
			city,
			meetingDate,
			{
				key: 'first_meeting_date',
				label: {
					en: 'Date of the committee’s first meeting',
					es: 'Fecha de la primera reunión del comité'
				},
				kind: 'date'
			}
		],
		sources: ['internationalist', 'wsws']
	},
	{
		slug: 'fourth-amendment-workplace',
		version: 1,
		title: {
			en: 'Make our workplace a Fourth Amendment zone',
			es: 'Hacer de nuestro lugar de trabajo una zona de la Cuarta Enmienda'
		},
		whenToUse: {
			en: 'When you want your workplace to refuse access to ICE and CBP, and the employer to say so in public.',
			es: 'Cuando usted quiere que su lugar de trabajo niegue el acceso a ICE y CBP, y que el empleador lo diga públicamente.'
		},
		fields: [
			unionName,
			localNumber,
			body,
			city,
			meetingDate,
			{
				key: 'workplace',
				label: { en: 'Workplace', es: 'Lugar de trabajo' },
				hint: { en: 'Name and address of the site', es: 'Nombre y dirección del lugar' },
				kind: 'text'
			},
			{
				key: 'employer',
				label: { en: 'Employer', es: 'Empleador' },
				kind: 'text'
			}
		],
		sources: ['tempest', 'internationalist']
	},
	{
		slug: 'city-non-compliance',
		version: 1,
		title: {
			en: 'Call on our city to refuse to cooperate with ICE and CBP',
			es: 'Exigir que nuestra ciudad no colabore con ICE ni CBP'
		},
		whenToUse: {
			en: 'When you want the union to press your city or town to pledge non-compliance with ICE and CBP.',
			es: 'Cuando usted quiere que el sindicato presione a su ciudad o pueblo para que se comprometa a no colaborar con ICE ni CBP.'
		},
		fields: [
			unionName,
			localNumber,
			body,
			city,
			meetingDate,
			{
				key: 'council',
				label: { en: 'City council or town board', es: 'Concejo municipal o junta del pueblo' },
				hint: {
					en: 'The body that can make the pledge',
					es: 'Con el artículo. Por ejemplo: el concejo municipal'
				},
				kind: 'text'
			}
		],
		sources: ['tempest', 'internationalist']
	},
	{
		slug: 'independent-investigation',
		version: 1,
		title: {
			en: 'Demand an independent investigation into the killings of Renee Good and Alex Pretti',
			es: 'Exigir una investigación independiente de los asesinatos de Renee Good y Alex Pretti'
		},
		whenToUse: {
			en: 'When members want the union to back an investigation that neither the government nor its agents control.',
			es: 'Cuando los miembros quieren que el sindicato respalde una investigación que no controlen ni el gobierno ni sus agentes.'
		},
		fields: [
			unionName,
			localNumber,
			body,
			city,
			meetingDate,
			{
				key: 'send_to',
				label: { en: 'Send copies to', es: 'Enviar copias a' },
				hint: {
					en: 'For example: other locals, the labor council, local media',
					es: 'Por ejemplo: otros locales, la federación sindical, medios locales'
				},
				kind: 'text'
			}
		],
		sources: ['wsb', 'tempest']
	},
	{
		slug: 'revoke-endorsements',
		version: 1,
		title: {
			en: 'Revoke endorsements of politicians who voted to fund ICE',
			es: 'Retirar el respaldo a políticos que votaron por financiar a ICE'
		},
		whenToUse: {
			en: 'When politicians your union endorsed voted to fund ICE or for the Laken Riley Act. Check their votes in the public record first.',
			es: 'Cuando políticos que su sindicato respaldó votaron por financiar a ICE o a favor de la Ley Laken Riley. Antes, verifique sus votos en el registro público.'
		},
		fields: [
			unionName,
			localNumber,
			body,
			meetingDate,
			{
				key: 'politicians',
				label: { en: 'Politicians and their offices', es: 'Políticos y sus cargos' },
				hint: { en: 'Separate names with commas', es: 'Separe los nombres con comas' },
				kind: 'text'
			},
			{
				key: 'votes',
				label: { en: 'How they voted', es: 'Cómo votaron' },
				hint: {
					en: 'Which vote, and when, as the public record shows it',
					es: 'Qué votación y cuándo, tal como aparece en el registro público'
				},
				kind: 'multiline'
			}
		],
		sources: ['wsb']
	},
	{
		slug: 'prepare-strike-action',
		version: 1,
		title: {
			en: 'Prepare for strike action against the raids',
			es: 'Prepararnos para la huelga contra las redadas'
		},
		whenToUse: {
			en: 'When members want to move from protest to strike action, face the no-strike clause together, and join May Day 2026.',
			es: 'Cuando los miembros quieren pasar de la protesta a la huelga, enfrentar juntos la cláusula de no huelga y sumarse al Primero de Mayo de 2026.'
		},
		fields: [
			unionName,
			localNumber,
			body,
			city,
			meetingDate,
			{
				key: 'plan_date',
				label: { en: 'Date the strike plan is due', es: 'Fecha de entrega del plan de huelga' },
				kind: 'date'
			}
		],
		sources: ['wsb', 'tempest']
	},
	{
		slug: 'strike-solidarity',
		version: 1,
		title: {
			en: 'Stand with a union on strike',
			es: 'Solidaridad con un sindicato en huelga'
		},
		whenToUse: {
			en: 'When another union is on strike and the employer is bringing in replacement workers.',
			es: 'Cuando otro sindicato está en huelga y el empleador trae trabajadores de reemplazo.'
		},
		fields: [
			unionName,
			localNumber,
			body,
			city,
			meetingDate,
			{
				key: 'striking_union',
				label: { en: 'Union on strike', es: 'Sindicato en huelga' },
				kind: 'text'
			},
			{
				key: 'struck_employer',
				label: { en: 'Employer they are striking', es: 'Empleador al que hacen huelga' },
				kind: 'text'
			}
		],
		sources: ['wsb', 'internationalist']
	},
	{
		slug: 'rank-and-file-committees',
		version: 1,
		title: {
			en: 'Form rank-and-file committees and go all out if troops come',
			es: 'Formar comités de base y salir todos si llegan tropas'
		},
		whenToUse: {
			en: 'When agents are raiding your city and you want a committee in every workplace, and a plan to walk out if troops or more federal agents arrive.',
			es: 'Cuando hay redadas en su ciudad y usted quiere un comité en cada lugar de trabajo, y un plan para salir todos si llegan tropas o más agentes federales.'
		},
		fields: [unionName, localNumber, body, city, meetingDate],
		sources: ['wsws', 'internationalist']
	}
];

export function findResolutionEntry(slug: string): ResolutionLibraryEntry | undefined {
	return resolutionLibrary.find((entry) => entry.slug === slug);
}
