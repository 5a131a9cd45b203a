import type { Localized, SourceKey } from './types';

/**
 * Built-in rapid-response content, drawn only from the four source articles (CONTENT.md §2, §4).
 * Nothing here names a hotline, a lawyer or a phone number: the app asks the user for those.
 */

export interface Attributed {
	sources: SourceKey[];
}

/** Optional context facts with dates and figures, attributed (CONTENT.md §4). */
export interface ContextFact extends Attributed {
	/** ISO yyyy-mm-dd, only where the article gives the day. */
	date?: string;
	text: Localized;
}

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

export interface CardSection extends Attributed {
	heading: Localized;
	points: Localized[];
}

export interface InfoCard extends Attributed {
	id: string;
	title: Localized;
	intro: Localized;
	sections: CardSection[];
}

export const schoolWatchCard: InfoCard = {
	id: 'school-watch',
	title: {
		en: 'School watch: “sidewalk solidarity”',
		es: 'Vigilancia escolar: “solidaridad en la acera”'
	},
	intro: {
		en: 'Teachers, school staff, parents and neighbors watch the school doors when children arrive and leave, and raise the alarm if agents appear.',
		es: 'Maestros, personal escolar, padres y vecinos vigilan las puertas de la escuela a la hora de entrada y de salida, y dan la alarma si aparecen agentes.'
	},
	sections: [
		{
			heading: { en: 'Set up the watch', es: 'Organice la vigilancia' },
			points: [
				{
					en: 'Cover drop-off and dismissal times.',
					es: 'Cubra la hora de entrada y la de salida.'
				},
				{
					en: 'Stand at the school doors and on the nearby corners.',
					es: 'Párese en las puertas de la escuela y en las esquinas cercanas.'
				},
				{
					en: 'Carry a whistle. Chicago teams used orange ones.',
					es: 'Lleve un silbato. Los equipos de Chicago usaron silbatos anaranjados.'
				},
				{
					en: 'Stay in the rapid-response chat so you can call neighbors fast.',
					es: 'Manténgase en el chat de respuesta rápida para llamar pronto a los vecinos.'
				}
			],
			sources: ['internationalist', 'wsws']
		},
		{
			heading: { en: 'If agents appear', es: 'Si aparecen agentes' },
			points: [
				{
					en: 'Blow the whistle so everyone knows.',
					es: 'Toque el silbato para que todos se enteren.'
				},
				{
					en: 'The school calls the children inside and locks the outer doors: a “soft lockdown”.',
					es: 'La escuela llama a los niños adentro y cierra con llave las puertas exteriores: un “cierre preventivo”.'
				},
				{
					en: 'Alert neighbors through the rapid-response chat.',
					es: 'Avise a los vecinos por el chat de respuesta rápida.'
				},
				{
					en: 'Neighbors line up to form corridors so the children get through safely.',
					es: 'Los vecinos forman pasillos para que los niños pasen seguros.'
				}
			],
			sources: ['internationalist']
		},
		{
			heading: { en: 'What the articles report', es: 'Lo que cuentan los artículos' },
			points: [
				{
					en: 'At one Chicago school a teacher blew her whistle when she saw agents. The crowd outside grew to about 100, even though agents threw tear gas.',
					es: 'En una escuela de Chicago, una maestra tocó el silbato al ver agentes. La gente afuera llegó a unas 100 personas, aunque los agentes lanzaron gas lacrimógeno.'
				},
				{
					en: 'Chicago schools saw attendance drop sharply as families kept children home for fear of arrests at the school doors.',
					es: 'La asistencia en las escuelas de Chicago bajó mucho porque las familias dejaron a los niños en casa por miedo a detenciones en la entrada.'
				}
			],
			sources: ['internationalist', 'wsws']
		}
	],
	sources: ['internationalist', 'wsws']
};

export const knowYourRightsCard: InfoCard = {
	id: 'know-your-rights',
	title: {
		en: 'Rights: what the articles report',
		es: 'Derechos: lo que cuentan los artículos'
	},
	intro: {
		en: 'This card is not legal advice. It only repeats what the source articles say. Your local legal group’s wording, which the app shows separately, comes first.',
		es: 'Esta tarjeta no es asesoría legal. Solo repite lo que dicen los artículos de origen. Lo que indique su grupo legal local, que la app muestra aparte, tiene prioridad.'
	},
	sections: [
		{
			heading: { en: 'The Fourth Amendment', es: 'La Cuarta Enmienda' },
			points: [
				{
					en: 'The Fourth Amendment to the US Constitution protects against unreasonable search and seizure.',
					es: 'La Cuarta Enmienda de la Constitución de EE. UU. protege contra registros y detenciones irrazonables.'
				},
				{
					en: 'The article says pulling people out of their homes to check them for warrants violates it.',
					es: 'El artículo dice que sacar a la gente de su casa para revisar si tiene órdenes de arresto viola esa enmienda.'
				}
			],
			sources: ['internationalist']
		},
		{
			heading: { en: 'The 2022 consent decree', es: 'El acuerdo judicial de 2022' },
			points: [
				{
					en: 'The article reports that a 2022 consent decree bars ICE from arresting people without a warrant unless agents can show probable cause.',
					es: 'El artículo informa que un acuerdo judicial (consent decree) de 2022 prohíbe a ICE arrestar sin orden judicial, salvo que los agentes demuestren causa probable.'
				},
				{
					en: 'The article reports that a federal judge in Chicago extended it to February 2026.',
					es: 'El artículo informa que un juez federal de Chicago lo extendió hasta febrero de 2026.'
				},
				{
					en: 'It may no longer apply. Check with your local legal group whether it is still in force.',
					es: 'Puede que ya no esté vigente. Consulte con su grupo legal local si todavía aplica.'
				}
			],
			sources: ['internationalist']
		},
		{
			heading: { en: 'Signs and doors', es: 'Letreros y puertas' },
			points: [
				{
					en: 'Chicago’s mayor ordered official signs stating that no officer may enter the premises for immigration enforcement.',
					es: 'El alcalde de Chicago ordenó letreros oficiales que dicen que ningún agente puede entrar al lugar para hacer cumplir leyes de inmigración.'
				},
				{
					en: 'Near Chicago, a worker refused to open a town building’s door to federal officials who arrived unannounced. They left.',
					es: 'Cerca de Chicago, un trabajador se negó a abrir la puerta de un edificio municipal a funcionarios federales que llegaron sin aviso. Se fueron.'
				}
			],
			sources: ['internationalist']
		},
		{
			heading: { en: 'Fourth Amendment zones', es: 'Zonas de la Cuarta Enmienda' },
			points: [
				{
					en: 'A workplace can be declared a “Fourth Amendment zone” that refuses access to ICE and CBP.',
					es: 'Un lugar de trabajo puede declararse “zona de la Cuarta Enmienda” que niega el acceso a ICE y CBP.'
				},
				{
					en: 'Towns and cities can be pushed to pledge not to cooperate with ICE and CBP.',
					es: 'Se puede presionar a pueblos y ciudades para que se comprometan a no cooperar con ICE y CBP.'
				}
			],
			sources: ['tempest']
		}
	],
	sources: ['internationalist', 'tempest']
};

export const patrolRisksCard: InfoCard = {
	id: 'patrol-risks',
	title: {
		en: 'Patrols and observers: the risks',
		es: 'Patrullas y observadores: los riesgos'
	},
	intro: {
		en: 'People’s patrols follow agents’ vehicles to warn neighbors, and observers film what agents do. The articles report that people doing this were detained, shot and killed. Read the risks before you take this role.',
		es: 'Las patrullas populares siguen los vehículos de los agentes para avisar a los vecinos, y los observadores graban lo que hacen los agentes. Los artículos cuentan que hubo personas detenidas, baleadas y asesinadas por hacerlo. Lea los riesgos antes de asumir este papel.'
	},
	sections: [
		{
			heading: { en: 'What patrols do', es: 'Qué hacen las patrullas' },
			points: [
				{
					en: 'Follow unmarked vehicles, ready to sound the alarm and warn everyone.',
					es: 'Siguen vehículos sin identificación, listos para dar la alarma y avisar a todos.'
				},
				{
					en: 'Warn families when ICE or CBP vehicles are on their way.',
					es: 'Avisan a las familias cuando se acercan vehículos de ICE o CBP.'
				},
				{
					en: 'Film agents. Eyewitness video of Alex Pretti’s killing, from several angles, contradicted officials’ claims.',
					es: 'Graban a los agentes. Los videos de testigos del asesinato de Alex Pretti, desde varios ángulos, contradijeron lo que dijeron las autoridades.'
				}
			],
			sources: ['internationalist', 'wsws', 'tempest']
		},
		{
			heading: { en: 'Risks the articles report', es: 'Riesgos que cuentan los artículos' },
			points: [
				{
					en: 'In Chicago, members of a rapid-response team were detained for filming agents.',
					es: 'En Chicago, miembros de un equipo de respuesta rápida fueron detenidos por grabar a los agentes.'
				},
				{
					en: 'In Chicago, a woman who trailed agents in her car to warn neighbors was rammed and shot five times. She and others now face federal assault charges.',
					es: 'En Chicago, a una mujer que seguía en su carro a los agentes para avisar a los vecinos la chocaron y le dispararon cinco veces. Ella y otras personas ahora enfrentan cargos federales de agresión.'
				},
				{
					en: 'Agents surrounded a driver and told her to move her car, which she could not do without hitting them. They pulled her out and arrested her for “impeding” them.',
					es: 'Unos agentes rodearon a una conductora y le ordenaron mover su carro, algo imposible sin atropellarlos. La sacaron del carro y la arrestaron por “obstaculizar” su operativo.'
				}
			],
			sources: ['internationalist']
		},
		{
			heading: { en: 'Killed while watching', es: 'Asesinados mientras observaban' },
			points: [
				{
					en: 'Renee Good was shot dead by an ICE agent in Minneapolis while she was documenting agents.',
					es: 'Renee Good murió baleada por un agente de ICE en Minneapolis mientras documentaba a los agentes.'
				},
				{
					en: 'Alex Pretti, a nurse monitoring ICE in his own time, was shot dead right after filming agents and helping a protester they had pushed to the ground.',
					es: 'Alex Pretti, enfermero que vigilaba a ICE en su tiempo libre, murió baleado justo después de grabar a los agentes y ayudar a una manifestante que habían tirado al suelo.'
				}
			],
			sources: ['wsb', 'tempest']
		}
	],
	sources: ['internationalist', 'wsws', 'wsb', 'tempest']
};

export const mutualAidCard: InfoCard = {
	id: 'mutual-aid',
	title: { en: 'Mutual aid', es: 'Ayuda mutua' },
	intro: {
		en: 'Some families are too afraid to leave home. Neighbors bring them what they need.',
		es: 'Algunas familias tienen demasiado miedo para salir de casa. Los vecinos les llevan lo que necesitan.'
	},
	sections: [
		{
			heading: { en: 'What to bring', es: 'Qué llevar' },
			points: [
				{ en: 'Cooked meals.', es: 'Comida preparada.' },
				{ en: 'Groceries.', es: 'Víveres.' },
				{ en: 'Medicine.', es: 'Medicinas.' },
				{ en: 'Other everyday necessities.', es: 'Otras cosas de uso diario.' }
			],
			sources: ['wsws']
		},
		{
			heading: { en: 'Who needs it', es: 'Quién lo necesita' },
			points: [
				{
					en: 'Families who stay home for fear of being taken.',
					es: 'Familias que no salen por miedo a que se las lleven.'
				},
				{
					en: 'Street vendors, who are among those most likely to be targeted.',
					es: 'Vendedores ambulantes, que están entre los que más corren riesgo de ser detenidos.'
				}
			],
			sources: ['wsws', 'internationalist']
		},
		{
			heading: { en: 'What the articles report', es: 'Lo que cuentan los artículos' },
			points: [
				{
					en: 'On Chicago’s Southwest Side, small businesses cooked thousands of meals for families afraid to go out.',
					es: 'En el Southwest Side de Chicago, pequeños negocios prepararon miles de comidas para familias con miedo de salir.'
				},
				{
					en: 'After a tamale vendor was arrested in Rogers Park, Chicago, some 400 neighbors turned out nearby in solidarity.',
					es: 'Después de que arrestaron a un vendedor de tamales en Rogers Park, Chicago, unos 400 vecinos salieron cerca del lugar en solidaridad.'
				}
			],
			sources: ['wsws', 'internationalist']
		}
	],
	sources: ['wsws', 'internationalist']
};

/** The incident-report fields' labels (what to write down), attributed to the articles that stress documenting. */
export const incidentGuide: InfoCard = {
	id: 'incident-guide',
	title: { en: 'Document an incident', es: 'Documente un incidente' },
	intro: {
		en: 'Many of the people in these articles were documenting agents. Write down what you saw as soon as you can, while it is fresh.',
		es: 'Muchas de las personas de estos artículos estaban documentando a los agentes. Anote lo que vio lo antes posible, mientras lo recuerda bien.'
	},
	sections: [
		{
			heading: { en: 'What to write down', es: 'Qué anotar' },
			points: [
				{
					en: 'When: date and time.',
					es: 'Cuándo: fecha y hora.'
				},
				{
					en: 'Where: address, corner or landmark.',
					es: 'Dónde: dirección, esquina o punto de referencia.'
				},
				{
					en: 'Who: how many agents, which agency if shown, masks or gear.',
					es: 'Quiénes: cuántos agentes, de qué agencia si se ve, si llevaban máscaras o equipo táctico.'
				},
				{
					en: 'Vehicles: how many, type, color, marked or unmarked, plates.',
					es: 'Vehículos: cuántos, tipo, color, con o sin identificación, placas.'
				},
				{
					en: 'What happened: step by step, and who was taken.',
					es: 'Qué pasó: paso a paso, y a quién se llevaron.'
				},
				{
					en: 'Witnesses: who else saw it, and whether anyone filmed.',
					es: 'Testigos: quién más lo vio y si alguien grabó.'
				}
			],
			sources: ['wsb', 'tempest', 'internationalist']
		},
		{
			heading: { en: 'Why it matters', es: 'Por qué importa' },
			points: [
				{
					en: 'Video showed that Silverio Villegas González did not hit agents with his car, as officials had claimed.',
					es: 'Un video mostró que Silverio Villegas González no golpeó a los agentes con su carro, como afirmaron las autoridades.'
				},
				{
					en: 'Eyewitness video of Alex Pretti’s killing was seen by millions and contradicted the official story.',
					es: 'Millones vieron los videos de testigos del asesinato de Alex Pretti, que contradijeron la versión oficial.'
				},
				{
					en: 'Documenting is not safe: Renee Good was killed while documenting agents. See the patrols and observers card.',
					es: 'Documentar no es seguro: a Renee Good la mataron mientras documentaba a los agentes. Vea la tarjeta de patrullas y observadores.'
				}
			],
			sources: ['internationalist', 'tempest', 'wsb']
		}
	],
	sources: ['wsb', 'tempest', 'internationalist']
};

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
