import { resolutionLibrary, type ResolutionLibraryEntry } from './resolution-library';
import type { Localized } from './types';

export interface ResolutionTemplate extends ResolutionLibraryEntry {
	/**
	 * Clause text may hold placeholders {{field_key}} referring to `fields`. Clauses carry neither
	 * the formal opening words nor closing punctuation: the renderer adds both.
	 */
	whereas: Localized[];
	resolved: Localized[];
	/** Steps: who moves, seconds, where it goes after adoption. */
	howToAdopt: Localized[];
}

type ResolutionTexts = Pick<ResolutionTemplate, 'whereas' | 'resolved' | 'howToAdopt'>;

const textsBySlug: Record<string, ResolutionTexts> = {
	'defend-immigrant-coworkers': {
		whereas: [
			{
				en: 'ICE and CBP agents are seizing working people on the street, at home and near schools and workplaces in Chicago, Minneapolis and other cities',
				es: 'agentes de ICE y CBP están deteniendo a trabajadores en la calle, en sus casas y cerca de escuelas y lugares de trabajo en Chicago, Minneapolis y otras ciudades'
			},
			{
				en: 'of about 60,000 people held in ICE detention in September 2025, 71.5% had no criminal record',
				es: 'de unas 60,000 personas detenidas por ICE en septiembre de 2025, el 71.5% no tenía antecedentes penales'
			},
			{
				en: 'immigrant workers are part of our workforce and our union, and whole industries could not run without their labor',
				es: 'los trabajadores inmigrantes son parte de nuestra fuerza laboral y de nuestro sindicato, y sin su trabajo industrias enteras no podrían funcionar'
			},
			{
				en: 'an injury to one is an injury to all',
				es: 'un agravio contra uno es un agravio contra todos'
			},
			{
				en: 'labor committees to defend immigrants in New York City and Portland have won union resolutions, built workplace committees and run trainings on the job',
				es: 'los comités laborales en defensa de los inmigrantes de Nueva York y Portland han logrado resoluciones sindicales, han formado comités en los lugares de trabajo y han dado capacitaciones en el trabajo'
			}
		],
		resolved: [
			{
				en: '{{union_name}}, Local {{local_number}}, will defend its immigrant members and coworkers against raids and deportations',
				es: '{{union_name}}, Local {{local_number}}, defenderá a sus miembros y compañeros inmigrantes contra las redadas y las deportaciones'
			},
			{
				en: 'the union will set up a committee to defend immigrants, open to all members, and call its first meeting for {{first_meeting_date}}',
				es: 'el sindicato creará un comité para defender a los inmigrantes, abierto a todos los miembros, y convocará su primera reunión para el {{first_meeting_date}}'
			},
			{
				en: 'the committee will hold workplace trainings so every member knows how to warn coworkers and how to respond when agents appear',
				es: 'el comité organizará capacitaciones en los lugares de trabajo para que cada miembro sepa cómo avisar a sus compañeros y cómo responder cuando aparezcan agentes'
			},
			{
				en: 'the committee will build workplace committees and work with other unions and rapid-response networks in {{city}}',
				es: 'el comité formará comités en los lugares de trabajo y colaborará con otros sindicatos y con las redes de respuesta rápida de {{city}}'
			},
			{
				en: 'this resolution, adopted by the {{body}} on {{meeting_date}}, will be shared with every member in English and Spanish',
				es: 'esta resolución, aprobada por {{body}} el {{meeting_date}}, se compartirá con todos los miembros en inglés y en español'
			}
		],
		howToAdopt: [
			{
				en: 'Fill in the blanks and show the draft to a few coworkers first.',
				es: 'Llene los espacios en blanco y muestre primero el borrador a algunos compañeros.'
			},
			{
				en: 'Ask one member to move the resolution and another to second it.',
				es: 'Pida a un miembro que presente la resolución y a otro que la secunde.'
			},
			{
				en: 'Once it passes, decide who will call the committee’s first meeting.',
				es: 'Cuando se apruebe, defina quién convocará la primera reunión del comité.'
			},
			{
				en: 'Send the adopted text to other locals and ask them to pass their own.',
				es: 'Envíe el texto aprobado a otros locales y pídales que aprueben el suyo.'
			}
		]
	},
	'fourth-amendment-workplace': {
		whereas: [
			{
				en: 'the Fourth Amendment to the US Constitution protects against unreasonable search and seizure',
				es: 'la Cuarta Enmienda de la Constitución de EE. UU. protege contra registros e incautaciones irrazonables'
			},
			{
				en: 'masked ICE and CBP agents have raided stores, a homeless shelter and an apartment building and detained people, US citizens among them, often without a warrant',
				es: 'agentes enmascarados de ICE y CBP han hecho redadas en tiendas, en un albergue y en un edificio de apartamentos, y han detenido a personas, incluso a ciudadanos estadounidenses, muchas veces sin una orden'
			},
			{
				en: 'in Broadview, Illinois, a municipal worker refused to open the door of the municipal building to federal officials',
				es: 'en Broadview, Illinois, un trabajador municipal se negó a abrir la puerta del edificio municipal a funcionarios federales'
			},
			{
				en: 'working people are calling for every workplace to become a Fourth Amendment zone that refuses access to ICE and CBP',
				es: 'trabajadores y trabajadoras proponen que cada lugar de trabajo sea una zona de la Cuarta Enmienda que niegue el acceso a ICE y CBP'
			}
		],
		resolved: [
			{
				en: '{{union_name}}, Local {{local_number}}, declares {{workplace}} a Fourth Amendment zone that refuses access to ICE and CBP',
				es: '{{union_name}}, Local {{local_number}}, declara {{workplace}} zona de la Cuarta Enmienda, que niega el acceso a ICE y CBP'
			},
			{
				en: 'the union will call on {{employer}} to adopt this policy and post it at every entrance',
				es: 'el sindicato pedirá a {{employer}} que adopte esta política y ponga avisos en cada entrada'
			},
			{
				en: 'stewards and members will be trained to alert the union and their coworkers at once if agents appear',
				es: 'los delegados y los miembros recibirán capacitación para avisar de inmediato al sindicato y a sus compañeros si aparecen agentes'
			},
			{
				en: 'the union will urge other workplaces and unions in {{city}} to do the same',
				es: 'el sindicato animará a otros lugares de trabajo y sindicatos de {{city}} a hacer lo mismo'
			},
			{
				en: 'this resolution, adopted by the {{body}} on {{meeting_date}}, will be sent to {{employer}} and posted where members can read it',
				es: 'esta resolución, aprobada por {{body}} el {{meeting_date}}, se enviará a {{employer}} y se colocará donde los miembros puedan leerla'
			}
		],
		howToAdopt: [
			{
				en: 'Fill in the blanks and check the workplace name and address.',
				es: 'Llene los espacios en blanco y revise el nombre y la dirección del lugar de trabajo.'
			},
			{
				en: 'Ask one member to move it and another to second it.',
				es: 'Pida a un miembro que la presente y a otro que la secunde.'
			},
			{
				en: 'Once it passes, deliver it to management and post it on the union board.',
				es: 'Cuando se apruebe, entréguela a la gerencia y colóquela en el tablero del sindicato.'
			},
			{
				en: 'Plan the steward trainings and set a date for the first one.',
				es: 'Planee las capacitaciones de delegados y fije la fecha de la primera.'
			}
		]
	},
	'city-non-compliance': {
		whereas: [
			{
				en: 'the federal government sent 3,000 agents into Minneapolis, a city with about 600 police officers, and by late October 2025 some 3,000 people had been detained in the Chicago area',
				es: 'el gobierno federal envió 3,000 agentes a Minneapolis, una ciudad con unos 600 policías, y para fines de octubre de 2025 unas 3,000 personas habían sido detenidas en el área de Chicago'
			},
			{
				en: 'Chicago’s mayor ordered that city property, including parks and school parking lots, not be used for immigration enforcement',
				es: 'el alcalde de Chicago ordenó que los bienes de la ciudad, incluidos parques y estacionamientos escolares, no se usaran para operativos de inmigración'
			},
			{
				en: 'even Minnesota, called a sanctuary state, has no pledge of non-compliance with ICE and CBP',
				es: 'ni siquiera Minnesota, llamado estado santuario, se ha comprometido a no colaborar con ICE y CBP'
			},
			{
				en: 'signs and lawsuits alone have not stopped the raids',
				es: 'los letreros y las demandas judiciales por sí solos no han detenido las redadas'
			}
		],
		resolved: [
			{
				en: '{{union_name}}, Local {{local_number}}, calls on the {{council}} of {{city}} to pledge that the city will not comply with ICE and CBP, even if that means defying federal law',
				es: '{{union_name}}, Local {{local_number}}, exige que {{council}} de {{city}} se comprometa a que la ciudad no colabore con ICE ni CBP, aunque eso signifique desafiar la ley federal'
			},
			{
				en: 'the union will bring members to speak at council meetings and join with other unions and neighborhood groups to win this pledge',
				es: 'el sindicato llevará a sus miembros a hablar en las sesiones del concejo y se unirá a otros sindicatos y grupos de vecinos para lograr este compromiso'
			},
			{
				en: 'the union will keep building defense in workplaces and neighborhoods, because a pledge on paper is not enough on its own',
				es: 'el sindicato seguirá organizando la defensa en los lugares de trabajo y en los barrios, porque un compromiso en papel no basta por sí solo'
			},
			{
				en: 'this resolution, adopted by the {{body}} on {{meeting_date}}, will be sent to the {{council}} and made public',
				es: 'esta resolución, aprobada por {{body}} el {{meeting_date}}, se enviará a las autoridades de {{city}} y se hará pública'
			}
		],
		howToAdopt: [
			{
				en: 'Fill in the blanks and find out when the council meets and how the public can speak.',
				es: 'Llene los espacios en blanco y averigüe cuándo se reúne el concejo y cómo puede hablar el público.'
			},
			{
				en: 'Ask one member to move it and another to second it.',
				es: 'Pida a un miembro que la presente y a otro que la secunde.'
			},
			{
				en: 'Once it passes, send it to the council and the press, and bring members to the next council meeting.',
				es: 'Cuando se apruebe, envíela al concejo y a la prensa, y lleve a miembros a la siguiente sesión.'
			},
			{
				en: 'Ask other unions and neighborhood groups to pass the same call.',
				es: 'Pida a otros sindicatos y grupos de vecinos que aprueben el mismo llamado.'
			}
		]
	},
	'independent-investigation': {
		whereas: [
			{
				en: 'on January 7, 2026, an ICE agent shot and killed Renee Good in Minneapolis while she was documenting ICE activity',
				es: 'el 7 de enero de 2026, un agente de ICE mató a tiros a Renee Good en Minneapolis mientras ella documentaba las acciones de ICE'
			},
			{
				en: 'on January 24, 2026, federal agents shot and killed Alex Pretti, an ICU nurse at the VA and a member of AFGE, while he was filming agents and standing between them and a woman they had pushed to the ground',
				es: 'el 24 de enero de 2026, agentes federales mataron a tiros a Alex Pretti, enfermero de terapia intensiva del Departamento de Asuntos de Veteranos (VA) y miembro de AFGE, mientras filmaba a los agentes y se interponía entre ellos y una mujer a la que habían tirado al suelo'
			},
			{
				en: 'officials called Alex Pretti a domestic terrorist, while videos taken by witnesses from many angles told a different story',
				es: 'funcionarios llamaron a Alex Pretti terrorista doméstico, mientras que los videos grabados por testigos desde muchos ángulos mostraban otra cosa'
			},
			{
				en: 'the investigation cannot be left to the government whose agents did the killing',
				es: 'la investigación no puede quedar en manos del gobierno cuyos agentes cometieron estos asesinatos'
			}
		],
		resolved: [
			{
				en: '{{union_name}}, Local {{local_number}}, demands an independent investigation into the killings of Renee Good and Alex Pretti',
				es: '{{union_name}}, Local {{local_number}}, exige una investigación independiente de los asesinatos de Renee Good y Alex Pretti'
			},
			{
				en: 'the investigation must be carried out by a democratically elected committee of working people and union members',
				es: 'la investigación deberá estar a cargo de un comité de trabajadores y miembros de sindicatos elegido democráticamente'
			},
			{
				en: 'the union will ask other unions and community groups in {{city}} to back this demand',
				es: 'el sindicato pedirá a otros sindicatos y organizaciones comunitarias de {{city}} que respalden esta exigencia'
			},
			{
				en: 'this resolution, adopted by the {{body}} on {{meeting_date}}, will be sent to {{send_to}}',
				es: 'esta resolución, aprobada por {{body}} el {{meeting_date}}, se enviará a estos destinatarios: {{send_to}}'
			}
		],
		howToAdopt: [
			{
				en: 'Fill in the blanks and decide who should receive copies.',
				es: 'Llene los espacios en blanco y decida quién debe recibir copias.'
			},
			{
				en: 'Ask one member to move it and another to second it.',
				es: 'Pida a un miembro que la presente y a otro que la secunde.'
			},
			{
				en: 'Once it passes, send it out and ask each recipient to adopt the same demand.',
				es: 'Cuando se apruebe, envíela y pida a cada destinatario que adopte la misma exigencia.'
			}
		]
	},
	'revoke-endorsements': {
		whereas: [
			{
				en: 'the Laken Riley Act, the first law passed in January 2025, strips immigrants accused of certain crimes of due process and requires that they be detained',
				es: 'la Ley Laken Riley, la primera ley aprobada en enero de 2025, quita el debido proceso a los inmigrantes acusados de ciertos delitos y obliga a detenerlos'
			},
			{
				en: 'just under 18,000 immigrants were detained under that law in 2025 alone',
				es: 'solo en 2025, casi 18,000 inmigrantes fueron detenidos por esa ley'
			},
			{
				en: 'politicians of both major parties have voted to create ICE and to fund it year after year',
				es: 'políticos de los dos grandes partidos han votado para crear a ICE y financiarlo año tras año'
			},
			{
				en: 'our union endorsed {{politicians}}, whose voting record is: {{votes}}',
				es: 'nuestro sindicato respaldó a {{politicians}}, con este historial de votos: {{votes}}'
			}
		],
		resolved: [
			{
				en: '{{union_name}}, Local {{local_number}}, revokes its endorsement of {{politicians}}',
				es: '{{union_name}}, Local {{local_number}}, retira su respaldo a {{politicians}}'
			},
			{
				en: 'the union will not endorse or give money to any candidate who voted to fund ICE or for the Laken Riley Act',
				es: 'el sindicato no respaldará ni dará dinero a ningún candidato que haya votado por financiar a ICE o a favor de la Ley Laken Riley'
			},
			{
				en: 'this resolution, adopted by the {{body}} on {{meeting_date}}, will be sent to every member and to {{politicians}}',
				es: 'esta resolución, aprobada por {{body}} el {{meeting_date}}, se enviará a todos los miembros y a {{politicians}}'
			}
		],
		howToAdopt: [
			{
				en: 'Look up each vote in the public record and copy it into the form exactly.',
				es: 'Busque cada voto en el registro público y cópielo en el formulario tal como aparece.'
			},
			{
				en: 'Ask one member to move it and another to second it.',
				es: 'Pida a un miembro que la presente y a otro que la secunde.'
			},
			{
				en: 'Once it passes, tell the members and the politicians in writing.',
				es: 'Cuando se apruebe, informe por escrito a los miembros y a los políticos.'
			},
			{
				en: 'Ask other locals to pass the same resolution.',
				es: 'Pida a otros locales que aprueben la misma resolución.'
			}
		]
	},
	'prepare-strike-action': {
		whereas: [
			{
				en: 'on January 23, 2026, a call for no work, no school and no shopping filled the streets of Minneapolis and closed almost a thousand businesses',
				es: 'el 23 de enero de 2026, el llamado a no trabajar, no ir a la escuela y no comprar llenó las calles de Minneapolis y cerró casi mil negocios'
			},
			{
				en: 'a protest or a day of action is not by itself a strike: in a strike, workers together withhold their labor to win their demands',
				es: 'una protesta o una jornada de acción no es por sí sola una huelga: en una huelga, los trabajadores paran juntos el trabajo para ganar sus demandas'
			},
			{
				en: 'employers use no-strike clauses to threaten discipline, as Transdev did in a letter to its workers in January 2026',
				es: 'los patrones usan las cláusulas de no huelga para amenazar con sanciones, como hizo Transdev en una carta a sus trabajadores en enero de 2026'
			},
			{
				en: 'in 2018 West Virginia teachers shut down schools in all 55 counties, defying a ban on public-sector strikes and their own union leaders, and won raises for all public workers in the state',
				es: 'en 2018, los maestros de Virginia Occidental pararon las escuelas de los 55 condados, desafiando la prohibición de huelgas en el sector público y a sus propios dirigentes sindicales, y ganaron aumentos para todos los trabajadores públicos del estado'
			},
			{
				en: 'May Day, Friday, May 1, 2026, is a workday, and national coalitions are building coordinated action for it, including strikes and sick-outs',
				es: 'el Primero de Mayo, viernes 1 de mayo de 2026, es día laborable, y coaliciones nacionales preparan acciones coordinadas para ese día, incluidas huelgas y ausencias masivas por enfermedad'
			}
		],
		resolved: [
			{
				en: '{{union_name}}, Local {{local_number}}, will prepare its members for strike action against the raids',
				es: '{{union_name}}, Local {{local_number}}, preparará a sus miembros para la huelga contra las redadas'
			},
			{
				en: 'the members will elect a strike committee that reports a plan to the membership by {{plan_date}}',
				es: 'los miembros elegirán un comité de huelga que presentará un plan a la membresía a más tardar el {{plan_date}}'
			},
			{
				en: 'the union will hold strike schools in {{city}}, open to union and non-union workers',
				es: 'el sindicato organizará escuelas de huelga en {{city}}, abiertas a trabajadores sindicalizados y no sindicalizados'
			},
			{
				en: 'the union will tell members plainly what the no-strike clause in the contract says and what discipline it threatens, and organize so that members can reject it together instead of facing it alone',
				es: 'el sindicato explicará claramente a los miembros qué dice la cláusula de no huelga del contrato y con qué sanciones amenaza, y se organizará para que los miembros puedan rechazarla juntos en vez de enfrentarla solos'
			},
			{
				en: 'the union will reach out to unorganized workers and other unions nearby, so that a strike has solidarity before it starts',
				es: 'el sindicato buscará a los trabajadores no organizados y a otros sindicatos cercanos, para que la huelga cuente con solidaridad antes de empezar'
			},
			{
				en: 'the union endorses coordinated action on May Day, Friday, May 1, 2026, and will organize its members to take part',
				es: 'el sindicato respalda la acción coordinada del Primero de Mayo, viernes 1 de mayo de 2026, y organizará a sus miembros para participar'
			},
			{
				en: 'this resolution, adopted by the {{body}} on {{meeting_date}}, will be shared with every member and with other unions in {{city}}',
				es: 'esta resolución, aprobada por {{body}} el {{meeting_date}}, se compartirá con todos los miembros y con otros sindicatos de {{city}}'
			}
		],
		howToAdopt: [
			{
				en: 'Find and read the no-strike clause in your contract before the meeting.',
				es: 'Busque y lea la cláusula de no huelga de su contrato antes de la reunión.'
			},
			{
				en: 'Ask one member to move it and another to second it.',
				es: 'Pida a un miembro que la presente y a otro que la secunde.'
			},
			{
				en: 'Once it passes, hold the strike committee election and set the first strike school.',
				es: 'Cuando se apruebe, realice la elección del comité de huelga y fije la primera escuela de huelga.'
			},
			{
				en: 'Share the text with other locals and with May Day organizers in your city.',
				es: 'Comparta el texto con otros locales y con quienes organizan el Primero de Mayo en su ciudad.'
			}
		]
	},
	'strike-solidarity': {
		whereas: [
			{
				en: '{{striking_union}} is on strike against {{struck_employer}} in {{city}}',
				es: '{{striking_union}} está en huelga contra {{struck_employer}} en {{city}}'
			},
			{
				en: 'employers bring in replacement workers to divide workers and break strikes',
				es: 'los patrones traen trabajadores de reemplazo para dividir a los trabajadores y romper las huelgas'
			},
			{
				en: 'strikes are won when the whole community stands with the strikers and other unions join them, up to solidarity strikes',
				es: 'las huelgas se ganan cuando toda la comunidad apoya a los huelguistas y otros sindicatos se suman, hasta con huelgas de solidaridad'
			},
			{
				en: 'an injury to one is an injury to all',
				es: 'un agravio contra uno es un agravio contra todos'
			}
		],
		resolved: [
			{
				en: '{{union_name}}, Local {{local_number}}, stands with {{striking_union}} in its strike against {{struck_employer}}',
				es: '{{union_name}}, Local {{local_number}}, se solidariza con {{striking_union}} en su huelga contra {{struck_employer}}'
			},
			{
				en: 'the union will urge its members to join the picket lines and to refuse to take the strikers’ jobs',
				es: 'el sindicato llamará a sus miembros a sumarse a los piquetes y a no aceptar los puestos de los huelguistas'
			},
			{
				en: 'the union will reach out to replacement workers to win them over, explaining that breaking a strike drags down every worker, themselves included',
				es: 'el sindicato buscará ganarse a los trabajadores de reemplazo, explicándoles que romper una huelga hunde a todos los trabajadores, incluidos ellos mismos'
			},
			{
				en: 'the union will ask other unions and community groups in {{city}} for solidarity, including solidarity strikes',
				es: 'el sindicato pedirá solidaridad a otros sindicatos y grupos comunitarios de {{city}}, incluidas huelgas de solidaridad'
			},
			{
				en: 'this resolution, adopted by the {{body}} on {{meeting_date}}, will be sent to {{striking_union}}',
				es: 'esta resolución, aprobada por {{body}} el {{meeting_date}}, se enviará a {{striking_union}}'
			}
		],
		howToAdopt: [
			{
				en: 'Ask the striking union what support it needs most.',
				es: 'Pregunte al sindicato en huelga qué apoyo necesita más.'
			},
			{
				en: 'Ask one member to move it and another to second it.',
				es: 'Pida a un miembro que la presente y a otro que la secunde.'
			},
			{
				en: 'Once it passes, send it to the striking union and tell members when the pickets are.',
				es: 'Cuando se apruebe, envíela al sindicato en huelga e informe a los miembros los horarios de los piquetes.'
			},
			{
				en: 'Ask other locals to pass the same resolution.',
				es: 'Pida a otros locales que aprueben la misma resolución.'
			}
		]
	},
	'rank-and-file-committees': {
		whereas: [
			{
				en: 'in Chicago, neighbors, teachers and parents formed rapid-response teams and school patrols that warn families when agents approach',
				es: 'en Chicago, vecinos, maestros y padres formaron equipos de respuesta rápida y patrullas escolares que avisan a las familias cuando se acercan los agentes'
			},
			{
				en: 'more than 3,000 people were taken from the Chicago area in 2025, most of them with no criminal record',
				es: 'más de 3,000 personas fueron detenidas en el área de Chicago en 2025, la gran mayoría sin antecedentes penales'
			},
			{
				en: 'the federal government tried to send National Guard troops into Chicago',
				es: 'el gobierno federal intentó enviar tropas de la Guardia Nacional a Chicago'
			},
			{
				en: 'committees of workers, parents, students and neighbors in every workplace, school and neighborhood, independent of the employers and the parties, can coordinate defense, walkouts and protests',
				es: 'los comités de trabajadores, padres, estudiantes y vecinos en cada lugar de trabajo, escuela y barrio, independientes de los patrones y de los partidos, pueden coordinar la defensa, los paros y las protestas'
			}
		],
		resolved: [
			{
				en: '{{union_name}}, Local {{local_number}}, will help form a rank-and-file committee in every workplace it represents, open to all workers, to defend targeted coworkers and their families',
				es: '{{union_name}}, Local {{local_number}}, ayudará a formar un comité de base en cada lugar de trabajo que representa, abierto a todos los trabajadores, para defender a los compañeros amenazados y a sus familias'
			},
			{
				en: 'these committees will link up with committees in schools and neighborhoods in {{city}}',
				es: 'estos comités se coordinarán con los comités de escuelas y barrios en {{city}}'
			},
			{
				en: 'if troops or more federal agents are sent into {{city}}, the union will call all its members out, and will ask every union in the city to do the same',
				es: 'si envían tropas o más agentes federales a {{city}}, el sindicato llamará a sus miembros a salir todos a la calle, y pedirá a todos los sindicatos de la ciudad que hagan lo mismo'
			},
			{
				en: 'this resolution, adopted by the {{body}} on {{meeting_date}}, will be shared with every member and with other unions in {{city}}',
				es: 'esta resolución, aprobada por {{body}} el {{meeting_date}}, se compartirá con todos los miembros y con otros sindicatos de {{city}}'
			}
		],
		howToAdopt: [
			{
				en: 'Talk with coworkers first about who would join a committee.',
				es: 'Hable primero con sus compañeros sobre quién se uniría a un comité.'
			},
			{
				en: 'Ask one member to move it and another to second it.',
				es: 'Pida a un miembro que la presente y a otro que la secunde.'
			},
			{
				en: 'Once it passes, call a first committee meeting at each workplace.',
				es: 'Cuando se apruebe, convoque una primera reunión del comité en cada lugar de trabajo.'
			},
			{
				en: 'Decide in advance how members will hear the call to walk out, so it can go out fast.',
				es: 'Defina de antemano cómo se avisará a los miembros para salir, para que el llamado llegue rápido.'
			}
		]
	}
};

export const resolutionTemplates: ResolutionTemplate[] = resolutionLibrary.map((entry) => {
	const texts = textsBySlug[entry.slug];
	if (!texts) throw new Error(`No clauses for the resolution template "${entry.slug}"`);
	return { ...entry, ...texts };
});

export function findResolutionTemplate(slug: string): ResolutionTemplate | undefined {
	return resolutionTemplates.find((template) => template.slug === slug);
}
