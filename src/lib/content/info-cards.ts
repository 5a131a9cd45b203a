import type { Attributed, Localized } from './types';

/**
 * The rapid-response cards: school watch, know your rights, patrol risks, mutual aid, documenting
 * incidents. Built-in rapid-response content, drawn only from the four source articles (CONTENT.md
 * §2, §4). Nothing here names a hotline, a lawyer or a phone number: the app asks the user for
 * those.
 */

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
