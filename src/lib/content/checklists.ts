import { checklistLibrary, type ChecklistLibraryEntry } from './checklist-library';
import type { Localized, SourceKey } from './types';

export interface ChecklistMeasure {
	/** What is counted, e.g. "cards signed". */
	unit: Localized;
	/** Target band as a percentage of the total, e.g. 65–80. Omit when the articles give none. */
	targetLow?: number;
	targetHigh?: number;
}

export interface BuiltInChecklistItem {
	/** Stable id, unique inside its checklist, kebab-case; never reused for another meaning. */
	id: string;
	title: Localized;
	why?: Localized;
	sources: SourceKey[];
	/** The checklist version that first had this item (1 for the first release). */
	since: number;
	/** Present when the item is a "structure test" the user counts (count of total, target band). */
	measure?: ChecklistMeasure;
}

/** A ready-made checklist: its library entry (checklist-library.ts) with its items. */
export interface BuiltInChecklist extends Omit<ChecklistLibraryEntry, 'itemCount'> {
	items: BuiltInChecklistItem[];
}

// No measure carries a target band: the articles give no percentages, and inventing one would
// pass off a made-up figure as sourced. The user sets their own target on their copy.
const itemsBySlug: Record<string, BuiltInChecklistItem[]> = {
	'what-a-strike-is': [
		{
			id: 'strike-defined',
			title: {
				en: 'Agree on a definition: we stop work together to force our demands',
				es: 'Acuerde una definición: paramos juntos para imponer nuestras demandas'
			},
			why: {
				en: 'A strike is collective: workers hold back their labor until the employer gives in. Demands can be economic or political.',
				es: 'La huelga es colectiva: los trabajadores retienen su trabajo hasta que el patrón cede. Las demandas pueden ser económicas o políticas.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'protest-is-not-strike',
			title: {
				en: 'Tell a protest or day of action apart from a real strike',
				es: 'Distinga una protesta o jornada de acción de una huelga de verdad'
			},
			why: {
				en: 'Workers Strike Back argues 23 January 2026 in Minneapolis was not a general strike: most big companies stayed open.',
				es: 'Según Workers Strike Back, el 23 de enero de 2026 en Minneapolis no fue huelga general: casi todas las grandes empresas siguieron abiertas.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'general-strike',
			title: {
				en: 'Explain a general strike: work stops across a city, region or country',
				es: 'Explique la huelga general: se para el trabajo en una ciudad, región o país'
			},
			why: {
				en: 'It spans many workplaces, sectors and industries at once; that is where its power comes from.',
				es: 'Abarca a la vez muchos centros de trabajo, sectores e industrias; de ahí viene su fuerza.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'public-sector',
			title: {
				en: 'Include the public sector: stopping schools, transit or services counts',
				es: 'Incluya al sector público: parar escuelas, transporte o servicios cuenta'
			},
			why: {
				en: 'Public agencies run on their workers’ labor; when those workers stop, the daily running of government stops too.',
				es: 'Las agencias públicas funcionan con el trabajo de su personal; si este para, se detiene el funcionamiento diario del gobierno.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'invite-everyone',
			title: {
				en: 'Invite union and non-union coworkers to strike school',
				es: 'Invite a la escuela de huelga a compañeros con y sin sindicato'
			},
			why: {
				en: 'Fewer than one in ten US workers has a union, so getting strike-ready cannot wait for one (Tempest).',
				es: 'Menos de uno de cada diez trabajadores en EE. UU. tiene sindicato; prepararse no puede esperar a tenerlo (Tempest).'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'session-times',
			title: {
				en: 'Set a date, time and safe place for each strike-school session',
				es: 'Fije fecha, hora y un lugar seguro para cada sesión de escuela de huelga'
			},
			why: {
				en: 'Regular sessions build the lasting capacity a mass strike needs.',
				es: 'Las sesiones regulares crean la capacidad duradera que exige una huelga masiva.'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'session-contract',
			title: {
				en: 'Give one session to your contract and its no-strike clause',
				es: 'Dedique una sesión a su contrato y su cláusula de no huelga'
			},
			why: {
				en: 'Use the no-strike clause checklist as the plan for that session.',
				es: 'Use la lista sobre la cláusula de no huelga como plan de esa sesión.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'session-strikebreaking',
			title: {
				en: 'Give one session to how employers break strikes and how to answer',
				es: 'Dedique una sesión a cómo los patrones rompen huelgas y cómo responder'
			},
			why: {
				en: 'Replacement workers and repression by politicians are the usual tools; see the replacement-workers checklist.',
				es: 'Los trabajadores de reemplazo y la represión de los políticos son lo habitual; vea la lista sobre trabajadores de reemplazo.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'job-risk',
			title: {
				en: 'Talk honestly about the risk to jobs of walking out unprepared',
				es: 'Hable con franqueza del riesgo para el empleo de parar sin preparación'
			},
			why: {
				en: 'Tempest warns that until labor is better organized, most workers cannot walk out without risking their jobs.',
				es: 'Tempest advierte que, mientras el movimiento obrero no esté mejor organizado, casi nadie puede parar sin arriesgar su empleo.'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'count-attended',
			title: {
				en: 'Count coworkers who have attended at least one session',
				es: 'Cuente a los compañeros que asistieron al menos a una sesión'
			},
			why: {
				en: 'Compare with everyone at your workplace to see how far strike school reaches.',
				es: 'Compárelo con el total de su centro de trabajo para ver hasta dónde llega la escuela de huelga.'
			},
			sources: ['tempest'],
			since: 1,
			measure: { unit: { en: 'coworkers who attended', es: 'compañeros que asistieron' } }
		}
	],
	'no-strike-clause': [
		{
			id: 'get-contract',
			title: {
				en: 'Get a full copy of your current union contract',
				es: 'Consiga una copia completa de su contrato sindical vigente'
			},
			why: {
				en: 'Read the whole text yourself, not someone’s summary of it.',
				es: 'Lea usted mismo el texto completo, no el resumen de otra persona.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'find-clause',
			title: {
				en: 'Find the no-strike clause in the contract',
				es: 'Encuentre la cláusula de no huelga en el contrato'
			},
			why: {
				en: 'Search the text for: strike, walkout, work stoppage, slowdown.',
				es: 'Busque en el texto en inglés: “strike”, “walkout”, “work stoppage”, “slowdown”.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'list-banned-actions',
			title: {
				en: 'List every action the clause bans, not only strikes',
				es: 'Haga una lista de todo lo que la cláusula prohíbe, no solo la huelga'
			},
			why: {
				en: 'The AFSCME–City of Rochester clause also covers walkouts, slowdowns, boycotts and picketing city premises.',
				es: 'La cláusula de AFSCME con la Ciudad de Rochester también abarca paros, trabajo lento, boicots y piquetes en locales municipales.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'know-discipline',
			title: {
				en: 'Write down the discipline the clause threatens, and against whom',
				es: 'Anote qué sanción amenaza la cláusula y contra quién'
			},
			why: {
				en: 'The Rochester clause lets the city fire or discipline anyone who calls, supports or joins such action.',
				es: 'La cláusula de Rochester permite a la ciudad despedir o sancionar a quien convoque, apoye o participe en esas acciones.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'expect-reminder',
			title: {
				en: 'Expect management to remind everyone of the clause before an action',
				es: 'Cuente con que la gerencia recordará la cláusula antes de una acción'
			},
			why: {
				en: 'Transdev wrote to all employees on 21 January 2026, saying ATU 1005’s leaders were not calling a strike.',
				es: 'Transdev escribió a todo el personal el 21 de enero de 2026 diciendo que los líderes de ATU 1005 no llamaban a huelga.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'leaders-stance',
			title: {
				en: 'Find out where your local’s leaders stand before the day',
				es: 'Averigüe antes de la fecha qué posición tienen los líderes de su local'
			},
			why: {
				en: 'In January 2026 some union leaders pointed to no-strike clauses to refuse to back a strike (Workers Strike Back).',
				es: 'En enero de 2026 algunos líderes sindicales invocaron estas cláusulas para no respaldar una huelga (Workers Strike Back).'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'plan-together',
			title: {
				en: 'Plan with coworkers how to reject or defy the clause together',
				es: 'Planee con sus compañeros cómo rechazar o desafiar la cláusula juntos'
			},
			why: {
				en: 'In 2018 West Virginia teachers struck in all 55 counties, defying a strike ban and their own union leaders.',
				es: 'En 2018 los maestros de Virginia Occidental pararon en los 55 condados, desafiando la prohibición y a sus propios líderes.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'bring-resolution',
			title: {
				en: 'Bring your local a resolution to prepare strike action',
				es: 'Lleve a su local una resolución para preparar la huelga'
			},
			why: {
				en: 'Workers Strike Back offers petitions and resolutions to press reluctant union leaders; see the resolution templates.',
				es: 'Workers Strike Back ofrece peticiones y resoluciones para presionar a líderes reacios; vea las plantillas de resolución.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'count-pledged',
			title: {
				en: 'Count coworkers who pledge to act together despite the clause',
				es: 'Cuente a los compañeros que se comprometen a actuar juntos pese a la cláusula'
			},
			why: {
				en: 'Set a target with your committee and track it before any vote or action.',
				es: 'Fije una meta con su comité y sígala antes de cualquier votación o acción.'
			},
			sources: ['wsb'],
			since: 1,
			measure: { unit: { en: 'coworkers pledged', es: 'compañeros comprometidos' } }
		}
	],
	'organize-the-unorganized': [
		{
			id: 'map-nearby',
			title: {
				en: 'Map the non-union jobs and workplaces around yours',
				es: 'Haga un mapa de los trabajos y centros sin sindicato alrededor del suyo'
			},
			why: {
				en: 'In 1934 Teamsters Local 574 first organized the Minneapolis coal drivers, whom the national union had refused to organize.',
				es: 'En 1934 el Local 574 de los Teamsters organizó primero a los choferes de carbón de Minneapolis, a quienes el sindicato nacional se negaba a organizar.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'find-links',
			title: {
				en: 'Note who your work depends on: drivers, suppliers, shared sites',
				es: 'Anote de quién depende su trabajo: choferes, proveedores, sitios compartidos'
			},
			why: {
				en: 'With the coal drivers organized, the 1934 strike stopped all commerce in the city.',
				es: 'Con los choferes de carbón organizados, la huelga de 1934 detuvo todo el comercio de la ciudad.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'one-contact',
			title: {
				en: 'Find one trusted contact in each of those workplaces',
				es: 'Encuentre un contacto de confianza en cada uno de esos centros de trabajo'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'invite-non-union',
			title: {
				en: 'Invite them to strike school and to your meetings',
				es: 'Invítelos a la escuela de huelga y a sus reuniones'
			},
			why: {
				en: 'Strike school is for union and non-union workers alike (Tempest).',
				es: 'La escuela de huelga es para trabajadores con y sin sindicato por igual (Tempest).'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'shared-demands',
			title: {
				en: 'Find the demands you share with them',
				es: 'Busque las demandas que tienen en común'
			},
			why: {
				en: 'Solidarity beyond one workplace was the groundwork for the 1934 general strike.',
				es: 'La solidaridad más allá de un solo centro de trabajo fue la base de la huelga general de 1934.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'across-languages',
			title: {
				en: 'Reach across language and origin; speak Spanish where it helps',
				es: 'Supere las barreras de idioma y origen; hable en español donde ayude'
			},
			why: {
				en: 'WSWS points to Chicago’s labor history: workers won when they united across ethnic and language lines.',
				es: 'WSWS recuerda la historia obrera de Chicago: se ganó cuando los trabajadores se unieron por encima del origen y el idioma.'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'organize-anyway',
			title: {
				en: 'If your union’s higher-ups refuse to help, organize anyway',
				es: 'Si la dirección de su sindicato se niega a ayudar, organice de todos modos'
			},
			why: {
				en: 'In 1934 the Teamsters’ top leaders sought deals with the bosses and tried to undercut the strike.',
				es: 'En 1934 la dirección nacional de los Teamsters buscó arreglos con los patrones e intentó socavar la huelga.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'count-contacts',
			title: {
				en: 'Count nearby unorganized workplaces where you have a contact',
				es: 'Cuente los centros sin sindicato cercanos donde tiene un contacto'
			},
			why: {
				en: 'Out of all the workplaces on your map.',
				es: 'Sobre el total de centros de su mapa.'
			},
			sources: ['wsb'],
			since: 1,
			measure: {
				unit: { en: 'nearby workplaces with a contact', es: 'centros cercanos con un contacto' }
			}
		}
	],
	'replacement-workers-solidarity': [
		{
			id: 'expect-replacements',
			title: {
				en: 'Assume the employer will try to bring in replacement workers',
				es: 'Dé por hecho que el patrón intentará traer trabajadores de reemplazo'
			},
			why: {
				en: 'New York City hospital bosses hired out-of-state nurses to undercut the nurses’ strike (Workers Strike Back).',
				es: 'Los patrones de hospitales de Nueva York contrataron enfermeras de otros estados contra la huelga de enfermería (Workers Strike Back).'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'win-them-over',
			title: {
				en: 'Prepare how to win replacement workers over to the strike',
				es: 'Prepare cómo ganar a los trabajadores de reemplazo para la huelga'
			},
			why: {
				en: 'The case to make: being set against each other drags every worker down, them included.',
				es: 'El argumento: enfrentarnos entre trabajadores nos hunde a todos, también a ellos.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'who-talks',
			title: {
				en: 'Choose who will talk to them, and in which languages',
				es: 'Elija quién hablará con ellos y en qué idiomas'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'community-campaign',
			title: {
				en: 'Build a community-wide campaign so replacements cannot break it',
				es: 'Arme una campaña en toda la comunidad para que el reemplazo no la rompa'
			},
			why: {
				en: 'Solidarity across the whole working-class community is what keeps replacements from breaking a strike.',
				es: 'La solidaridad de toda la comunidad trabajadora es lo que impide que el reemplazo rompa una huelga.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'ask-unions',
			title: {
				en: 'Ask members of other unions to stand with the strike',
				es: 'Pida a los miembros de otros sindicatos que respalden la huelga'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'solidarity-strikes',
			title: {
				en: 'Ask other unions for solidarity strikes, not only statements',
				es: 'Pida a otros sindicatos huelgas de solidaridad, no solo declaraciones'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'expect-repression',
			title: {
				en: 'Plan for repression from politicians of either party',
				es: 'Prepárese para la represión de políticos de ambos partidos'
			},
			why: {
				en: 'In 1934 a supposedly pro-worker Minnesota governor declared martial law and broke the strike.',
				es: 'En 1934 un gobernador de Minnesota que se decía proobrero declaró la ley marcial y rompió la huelga.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'watch-officials',
			title: {
				en: 'Watch for officials who make strikebreaking easier',
				es: 'Vigile a los funcionarios que facilitan romper la huelga'
			},
			why: {
				en: 'New York’s governor signed an order making it easier to hire replacement nurses (Workers Strike Back).',
				es: 'La gobernadora de Nueva York firmó una orden que facilitó contratar enfermeras de reemplazo (Workers Strike Back).'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'count-support',
			title: {
				en: 'Count the unions and community groups that pledged support',
				es: 'Cuente los sindicatos y grupos de la comunidad que prometieron apoyo'
			},
			why: {
				en: 'Out of all the groups you asked.',
				es: 'Sobre el total de grupos a los que pidió apoyo.'
			},
			sources: ['wsb'],
			since: 1,
			measure: {
				unit: { en: 'groups that pledged support', es: 'grupos que prometieron apoyo' }
			}
		}
	],
	'day-of-action': [
		{
			id: 'may-day',
			title: {
				en: 'Mark May Day on the calendar: Friday 1 May 2026, a work day',
				es: 'Marque el Primero de Mayo: viernes 1 de mayo de 2026, día laborable'
			},
			why: {
				en: 'National calls (May Day Strong) aim for coordinated action across the country that day (Tempest).',
				es: 'Convocatorias nacionales (May Day Strong) buscan acciones coordinadas en todo el país ese día (Tempest).'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'build-up-dates',
			title: {
				en: 'Use earlier protests, like No Kings on 28 March, to build toward it',
				es: 'Use protestas previas, como No Kings del 28 de marzo, para prepararlo'
			},
			why: {
				en: 'Tempest proposes joining them with a clear plan for May Day strikes and sick-outs.',
				es: 'Tempest propone sumarse con un plan claro de huelgas y ausencias colectivas para el Primero de Mayo.'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'spread-call',
			title: {
				en: 'Spread the call: no work, no school, no shopping',
				es: 'Difunda la consigna: ni trabajo, ni escuela, ni compras'
			},
			why: {
				en: 'That was the call for 23 January 2026 in Minneapolis.',
				es: 'Fue la convocatoria del 23 de enero de 2026 en Minneapolis.'
			},
			sources: ['tempest', 'wsb'],
			since: 1
		},
		{
			id: 'sick-outs',
			title: {
				en: 'Where a strike is not possible yet, organize a sick-out or mental-health days',
				es: 'Si aún no puede parar, organice ausencias colectivas o días de salud mental'
			},
			why: {
				en: 'On 23 January many workers called in sick or took a mental-health day (Tempest).',
				es: 'El 23 de enero muchos trabajadores se reportaron enfermos o tomaron un día de salud mental (Tempest).'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'businesses-close',
			title: {
				en: 'Ask local businesses to close in solidarity, even for a few hours',
				es: 'Pida a los negocios locales que cierren en solidaridad, aunque sea unas horas'
			},
			why: {
				en: 'Almost a thousand businesses closed on 23 January 2026 (Tempest).',
				es: 'Casi mil negocios cerraron el 23 de enero de 2026 (Tempest).'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'big-employers',
			title: {
				en: 'Aim at the big employers, not only small shops',
				es: 'Apunte a los grandes empleadores, no solo a los negocios pequeños'
			},
			why: {
				en: 'Workers Strike Back notes that the large corporations stayed open on 23 January.',
				es: 'Workers Strike Back señala que las grandes corporaciones siguieron abiertas el 23 de enero.'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'schools',
			title: {
				en: 'Build networks in schools, where workplace and community meet',
				es: 'Forme redes en las escuelas, donde se unen el trabajo y la comunidad'
			},
			why: {
				en: 'Tempest sees schools as strategic sites for a mass strike.',
				es: 'Tempest considera las escuelas lugares estratégicos para una huelga masiva.'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'civil-disobedience',
			title: {
				en: 'Pair strikes with mass civil disobedience that really stops business',
				es: 'Combine la huelga con desobediencia civil masiva que frene los negocios'
			},
			why: {
				en: 'Blocking every SeaTac checkpoint shut that airport; the MSP protest was arranged so the airport stayed open (Workers Strike Back).',
				es: 'Bloquear todos los controles de SeaTac cerró ese aeropuerto; la protesta en MSP se acordó para que siguiera abierto (Workers Strike Back).'
			},
			sources: ['wsb'],
			since: 1
		},
		{
			id: 'count-committed',
			title: {
				en: 'Count coworkers committed to stop work on the day',
				es: 'Cuente a los compañeros comprometidos a no trabajar ese día'
			},
			why: {
				en: 'Include those who will strike, call in sick or take the day off.',
				es: 'Incluya a quienes harán huelga, se reportarán enfermos o tomarán el día.'
			},
			sources: ['tempest'],
			since: 1,
			measure: { unit: { en: 'coworkers committed', es: 'compañeros comprometidos' } }
		}
	],
	'rank-and-file-committee': [
		{
			id: 'choose-base',
			title: {
				en: 'Pick your base: a workplace, a school or a neighborhood',
				es: 'Elija su base: un centro de trabajo, una escuela o un barrio'
			},
			why: {
				en: 'WSWS calls for a committee in every one of them.',
				es: 'WSWS llama a formar un comité en cada uno de ellos.'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'independent',
			title: {
				en: 'Keep it independent of employers and political parties',
				es: 'Manténgalo independiente de los patrones y los partidos políticos'
			},
			why: {
				en: 'WSWS stresses committees run directly by their own members.',
				es: 'WSWS insiste en comités dirigidos directamente por sus propios miembros.'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'open-membership',
			title: {
				en: 'Open it to workers, parents, students and neighbors',
				es: 'Ábralo a trabajadores, padres, estudiantes y vecinos'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'protect-families',
			title: {
				en: 'Set up ways to protect targeted families',
				es: 'Organice formas de proteger a las familias amenazadas'
			},
			why: {
				en: 'Chicago examples: rapid-response warnings and watches at school drop-off and pick-up.',
				es: 'Ejemplos de Chicago: avisos de respuesta rápida y vigilancia a la entrada y salida de las escuelas.'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'mutual-aid',
			title: {
				en: 'Organize meals, groceries and medicine for families afraid to go out',
				es: 'Organice comidas, víveres y medicinas para familias que temen salir'
			},
			why: {
				en: 'In Chicago, volunteers also helped street vendors, who are often targeted.',
				es: 'En Chicago, voluntarios también apoyaron a los vendedores ambulantes, blanco frecuente.'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'walkouts-demonstrations',
			title: {
				en: 'Plan walkouts and demonstrations together',
				es: 'Planee paros y manifestaciones en conjunto'
			},
			why: {
				en: 'In North Carolina an estimated 56,000 high school students walked out or stayed home after mass arrests (WSWS).',
				es: 'En Carolina del Norte unos 56 mil estudiantes de secundaria salieron de clases o no fueron tras arrestos masivos (WSWS).'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'no-division',
			title: {
				en: 'Answer every attempt to divide workers by race, nationality or language',
				es: 'Rechace todo intento de dividirnos por raza, nacionalidad o idioma'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'demands',
			title: {
				en: 'Write down your committee’s demands',
				es: 'Ponga por escrito las demandas del comité'
			},
			why: {
				en: 'WSWS links ending raids and freeing detainees with jobs, housing, health care and schools.',
				es: 'WSWS vincula el fin de las redadas y la liberación de los detenidos con empleo, vivienda, salud y educación.'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'link-sectors',
			title: {
				en: 'Link up with committees in other workplaces and sectors',
				es: 'Conéctese con comités de otros centros de trabajo y sectores'
			},
			why: {
				en: 'WSWS names logistics, transport, education, health care, energy and manufacturing.',
				es: 'WSWS menciona logística, transporte, educación, salud, energía y manufactura.'
			},
			sources: ['wsws'],
			since: 1
		},
		{
			id: 'count-places',
			title: {
				en: 'Count the workplaces, schools and blocks near you with a committee',
				es: 'Cuente los centros de trabajo, escuelas y cuadras cercanos con comité'
			},
			why: {
				en: 'Out of all the places on your list.',
				es: 'Sobre el total de lugares de su lista.'
			},
			sources: ['wsws'],
			since: 1,
			measure: { unit: { en: 'places with a committee', es: 'lugares con comité' } }
		}
	],
	'defend-immigrant-coworkers': [
		{
			id: 'form-committee',
			title: {
				en: 'Form a workplace committee to defend immigrant coworkers',
				es: 'Forme un comité en su trabajo para defender a los compañeros inmigrantes'
			},
			why: {
				en: 'Labor Committees to Defend Immigrants in New York City and Portland built such committees (The Internationalist).',
				es: 'Los Comités Laborales para Defender a los Inmigrantes de Nueva York y Portland formaron comités así (The Internationalist).'
			},
			sources: ['internationalist'],
			since: 1
		},
		{
			id: 'hold-training',
			title: {
				en: 'Hold a workplace training on defending coworkers',
				es: 'Organice una capacitación en el trabajo sobre cómo defender a los compañeros'
			},
			why: {
				en: 'Those committees ran trainings at work as part of the fight (The Internationalist).',
				es: 'Esos comités hicieron capacitaciones en los centros de trabajo como parte de la lucha (The Internationalist).'
			},
			sources: ['internationalist'],
			since: 1
		},
		{
			// The articles give no wording of the law itself: the item points to material and
			// to a lawyer rather than explaining rights in the app's own words.
			id: 'know-your-rights',
			title: {
				en: 'Share Know Your Rights materials with every coworker',
				es: 'Comparta material de Conozca sus Derechos con cada compañero'
			},
			why: {
				en: 'Chicago had such materials handed out widely in October 2025. Check legal points with a lawyer your network trusts: this app gives no legal advice.',
				es: 'Chicago mandó repartir ese material de forma masiva en octubre de 2025. Consulte los puntos legales con un abogado de confianza de su red: esta app no da asesoría legal.'
			},
			sources: ['internationalist'],
			since: 1
		},
		{
			id: 'fourth-amendment-zone',
			title: {
				en: 'Push to make your workplace a Fourth Amendment zone, closed to ICE and CBP',
				es: 'Impulse que su trabajo sea una zona de la Cuarta Enmienda, cerrada a ICE y CBP'
			},
			why: {
				en: 'Tempest proposes this for every workplace; see the resolution templates.',
				es: 'Tempest lo propone para todo centro de trabajo; vea las plantillas de resolución.'
			},
			sources: ['tempest'],
			since: 1
		},
		{
			id: 'contacts',
			title: {
				en: 'Fill in your own rapid-response and lawyer contacts in the app',
				es: 'Anote en la app sus propios contactos de respuesta rápida y de abogados'
			},
			why: {
				en: 'The app ships no phone numbers: use the ones your network has checked.',
				es: 'La app no trae números de teléfono: use los que su red haya verificado.'
			},
			sources: ['internationalist'],
			since: 1
		},
		{
			id: 'commute',
			title: {
				en: 'Plan how at-risk coworkers get to and from work',
				es: 'Planee cómo llegan al trabajo y regresan los compañeros en riesgo'
			},
			why: {
				en: 'In Chicago, many Latino transit workers were racially profiled and harassed on their commute (The Internationalist).',
				es: 'En Chicago, muchos trabajadores latinos del transporte sufrieron perfil racial y acoso en el trayecto al trabajo (The Internationalist).'
			},
			sources: ['internationalist'],
			since: 1
		},
		{
			id: 'everyone-fight',
			title: {
				en: 'Make it everyone’s fight: an injury to one is an injury to all',
				es: 'Haga de esto la lucha de todos: un agravio a uno es un agravio a todos'
			},
			why: {
				en: 'Whole industries, from meatpacking to construction, run on immigrant labor.',
				es: 'Industrias enteras, de las empacadoras de carne a la construcción, dependen del trabajo inmigrante.'
			},
			sources: ['internationalist'],
			since: 1
		},
		{
			id: 'count-trained',
			title: {
				en: 'Count coworkers who have done the training',
				es: 'Cuente a los compañeros que ya tomaron la capacitación'
			},
			sources: ['internationalist'],
			since: 1,
			measure: { unit: { en: 'coworkers trained', es: 'compañeros capacitados' } }
		},
		{
			id: 'union-resolution',
			title: {
				en: 'Get your union to pass a resolution defending immigrant members',
				es: 'Logre que su sindicato apruebe una resolución en defensa de los inmigrantes'
			},
			why: {
				en: 'These committees won such resolutions in several unions; see the resolution templates.',
				es: 'Esos comités lograron resoluciones así en varios sindicatos; vea las plantillas de resolución.'
			},
			sources: ['internationalist'],
			since: 2
		},
		{
			id: 'link-committees',
			title: {
				en: 'Connect with labor committees in other unions and cities',
				es: 'Conéctese con comités laborales de otros sindicatos y ciudades'
			},
			why: {
				en: 'In New York City and Portland they bring together teachers, Teamsters, building trades, health care and restaurant workers.',
				es: 'En Nueva York y Portland reúnen a maestros, Teamsters, oficios de la construcción, trabajadores de salud y de restaurantes.'
			},
			sources: ['internationalist'],
			since: 2
		}
	]
};

export const builtInChecklists: BuiltInChecklist[] = checklistLibrary.map(
	({ slug, version, title, summary, sources }) => ({
		slug,
		version,
		title,
		summary,
		sources,
		items: itemsBySlug[slug] ?? []
	})
);

export function findBuiltInChecklist(slug: string): BuiltInChecklist | undefined {
	return builtInChecklists.find((checklist) => checklist.slug === slug);
}

/** Items a copy made from `fromVersion` does not have yet (since > fromVersion). */
export function itemsAddedSince(
	checklist: BuiltInChecklist,
	fromVersion: number
): BuiltInChecklistItem[] {
	return checklist.items.filter((item) => item.since > fromVersion);
}
