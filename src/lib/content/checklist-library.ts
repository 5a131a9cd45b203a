import type { Localized, SourceKey } from './types';

/**
 * The ready-made checklists as the library lists them: what each is and how many items it has.
 * Their items are in checklists.ts, loaded where a checklist is read or copied: a page that only
 * lists them stays light.
 */
export interface ChecklistLibraryEntry {
	/** URL slug, kebab-case, stable: it is the prerendered page's path segment. */
	slug: string;
	/** Bumped whenever items are added; copies remember the version they came from. */
	version: number;
	title: Localized;
	summary: Localized;
	sources: SourceKey[];
	/** How many items the checklist has (checklists.test.ts checks it against the items). */
	itemCount: number;
}

export const checklistLibrary: ChecklistLibraryEntry[] = [
	{
		slug: 'what-a-strike-is',
		version: 1,
		title: {
			en: 'What a strike is, and strike school',
			es: 'Qué es una huelga, y escuela de huelga'
		},
		summary: {
			en: 'Get clear on what a strike is and is not, then run strike-school sessions that get union and non-union coworkers ready to strike.',
			es: 'Aclare qué es una huelga y qué no lo es, y organice sesiones de escuela de huelga que preparen para parar a compañeros con y sin sindicato.'
		},
		sources: ['wsb', 'tempest'],
		itemCount: 10
	},
	{
		slug: 'no-strike-clause',
		version: 1,
		title: {
			en: 'Know your contract’s no-strike clause',
			es: 'Conozca la cláusula de no huelga de su contrato'
		},
		summary: {
			en: 'Find the clause in your union contract that bans strikes, learn exactly what it threatens, and plan with coworkers how to reject or defy it together.',
			es: 'Encuentre la cláusula de su contrato sindical que prohíbe la huelga, sepa con qué amenaza exactamente y planee con sus compañeros cómo rechazarla o desafiarla juntos.'
		},
		sources: ['wsb'],
		itemCount: 9
	},
	{
		slug: 'organize-the-unorganized',
		version: 1,
		title: {
			en: 'Organize the unorganized next to you first',
			es: 'Organice primero a quienes no tienen sindicato a su lado'
		},
		summary: {
			en: 'Before a strike, spread solidarity to the non-union workers around your workplace so the action can really shut things down.',
			es: 'Antes de una huelga, extienda la solidaridad a los trabajadores sin sindicato de su entorno para que la acción pueda paralizar de verdad.'
		},
		sources: ['wsb', 'tempest', 'wsws'],
		itemCount: 8
	},
	{
		slug: 'replacement-workers-solidarity',
		version: 1,
		title: {
			en: 'Replacement workers and community solidarity',
			es: 'Trabajadores de reemplazo y solidaridad de la comunidad'
		},
		summary: {
			en: 'Plan ahead for the employer’s replacement workers and for repression by politicians, and build solidarity so neither can break the strike.',
			es: 'Prepárese para los trabajadores de reemplazo del patrón y la represión de los políticos, y construya solidaridad para que nada rompa la huelga.'
		},
		sources: ['wsb'],
		itemCount: 9
	},
	{
		slug: 'day-of-action',
		version: 1,
		title: {
			en: 'Build toward a coordinated day of action',
			es: 'Prepare una jornada de acción coordinada'
		},
		summary: {
			en: 'Use coordinated dates like May Day 2026 to build strike power: sick-outs where a strike is not yet possible, businesses closing, and action that really stops business.',
			es: 'Use fechas coordinadas como el Primero de Mayo de 2026 para crecer hacia la huelga: ausencias colectivas donde aún no se pueda parar, cierres de comercios y acciones que frenen los negocios.'
		},
		sources: ['tempest', 'wsb'],
		itemCount: 9
	},
	{
		slug: 'rank-and-file-committee',
		version: 1,
		title: {
			en: 'Start a rank-and-file committee',
			es: 'Forme un comité de base'
		},
		summary: {
			en: 'Set up an independent committee in your workplace, school or neighborhood to defend targeted families and coordinate walkouts and demonstrations.',
			es: 'Forme un comité independiente en su trabajo, escuela o barrio para defender a las familias amenazadas y coordinar paros y manifestaciones.'
		},
		sources: ['wsws'],
		itemCount: 10
	},
	{
		slug: 'defend-immigrant-coworkers',
		version: 2,
		title: {
			en: 'Defend immigrant coworkers at work',
			es: 'Defienda a sus compañeros inmigrantes en el trabajo'
		},
		summary: {
			en: 'Form a workplace committee and run trainings so coworkers can defend immigrant members together, independently of the bosses and politicians.',
			es: 'Forme un comité en su centro de trabajo y organice capacitaciones para que los compañeros defiendan juntos a los inmigrantes, sin depender de patrones ni políticos.'
		},
		sources: ['internationalist', 'tempest'],
		itemCount: 10
	}
];

export function findLibraryEntry(slug: string): ChecklistLibraryEntry | undefined {
	return checklistLibrary.find((entry) => entry.slug === slug);
}
