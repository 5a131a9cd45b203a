// The data set the bench seeds into the app's own database: 10,000 notes, 2,000 contacts in 20
// groups, 300 checklists of 30 items, 500 incidents and 200 resolution drafts, in English and
// Spanish, as an organizer might have after a few years. It is made of the stored rows
// (src/lib/db/schema.ts, codec.ts) so that the same bench seeds the app before and after a
// rewrite of its data layer, and from a fixed seed so that every run measures the same data.
//
// Besides the rows it returns `targets`: the texts and ids the measurements wait for and act on
// (the newest note's title, the first contact's name, a note with links, …). Waiting for text
// the bench seeded, rather than for list markup, keeps the bench working when lists change.
import { openAppDatabase } from '../../tests/support/open-app-database.js';
import { runnerImport } from 'vite';

export const COUNTS = {
	notes: 10_000,
	contacts: 2_000,
	groups: 20,
	checklists: 300,
	checklistItems: 30,
	incidents: 500,
	drafts: 200
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// mulberry32: the same data on every run, so runs and baselines are comparable.
function prng(seed) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Random helpers over one generator. */
function randomTools(seed) {
	const random = prng(seed);
	const int = (min, max) => min + Math.floor(random() * (max - min + 1));
	const pick = (list) => list[Math.floor(random() * list.length)];
	const chance = (p) => random() < p;
	const some = (list, max) => {
		const chosen = new Set();
		for (let n = int(0, max); n > 0; n--) chosen.add(pick(list));
		return [...chosen];
	};
	// A UUID-shaped id like the app's crypto.randomUUID(), but reproducible.
	const id = () => {
		const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16)).join('');
		return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
	};
	return { random, int, pick, chance, some, id };
}

const englishSentences = [
	'Talked with {name} after the {shift} shift about the {issue}',
	'{count} coworkers signed the petition on {issue} by the break room',
	'The steward says management will not meet before {day}',
	'Bring the grievance forms and the seniority list to the meeting',
	'Supervisor changed the schedule again without notice',
	'We need a translator for the {day} assembly',
	'Heat in the loading dock reached {temp} degrees; two people felt sick',
	'Keep notes short: who, what, when, who saw it',
	'Rapid response call came in at {time}; {count} volunteers went to {place}',
	'Agents left before the legal observer arrived',
	'Ask the local for the contract language on overtime',
	'The committee agreed to hold a practice picket next {day}',
	'Write down the plate numbers and the time, nothing else',
	'Several members want a strike authorization vote',
	'Check in with the families on {place} tomorrow morning',
	'Remember: do not open the door without a judicial warrant',
	'Phone tree worked, but {count} numbers were out of date',
	'Flyers for the rally are at the community center',
	'Management posted a memo about "productivity standards"',
	'Nurses on the night shift are ready to walk out if staffing is cut'
];

const spanishSentences = [
	'Hablé con {name} después del turno de {shift} sobre {issue}',
	'{count} compañeros firmaron la petición sobre {issue} en el comedor',
	'El delegado dice que la gerencia no se reúne antes del {day}',
	'Llevar las hojas de queja y la lista de antigüedad a la reunión',
	'El supervisor cambió el horario otra vez sin avisar',
	'Hace falta intérprete para la asamblea del {day}',
	'En el muelle de carga hizo {temp} grados; dos personas se sintieron mal',
	'Notas cortas: quién, qué, cuándo, quién lo vio',
	'La llamada de respuesta rápida entró a las {time}; fueron {count} voluntarios a {place}',
	'Los agentes se fueron antes de que llegara el observador legal',
	'Pedirle al local el texto del contrato sobre horas extra',
	'El comité acordó hacer un piquete de práctica el próximo {day}',
	'Anotar las placas y la hora, nada más',
	'Varios miembros quieren una votación de autorización de huelga',
	'Visitar mañana temprano a las familias de {place}',
	'Recordar: no abrir la puerta sin una orden judicial firmada por un juez',
	'El árbol telefónico funcionó, pero {count} números estaban viejos',
	'Los volantes para la marcha están en el centro comunitario',
	'La gerencia puso un aviso sobre "estándares de productividad"',
	'Las enfermeras del turno de noche están listas para parar si recortan personal'
];

const firstNames = [
	'María',
	'José',
	'Guadalupe',
	'Juan',
	'Rosa',
	'Luis',
	'Carmen',
	'Miguel',
	'Ana',
	'Jesús',
	'Verónica',
	'Alejandro',
	'Lucía',
	'Francisco',
	'Patricia',
	'Diego',
	'Yesenia',
	'Ramón',
	'Beatriz',
	'Héctor',
	'Sofía',
	'Óscar',
	'Elena',
	'Rubén',
	'Marisol',
	'James',
	'Mary',
	'Robert',
	'Linda',
	'Michael',
	'Keisha',
	'David',
	'Jennifer',
	'Tyrone',
	'Emily',
	'Kevin',
	'Jasmine',
	'Brian',
	'Nguyen',
	'Priya',
	'Mohammed',
	'Fatima',
	'Chen',
	'Olga',
	'Samuel',
	'Denise',
	'Tomás',
	'Iris',
	'Wendy',
	'Xóchitl'
];

const lastNames = [
	'García',
	'Hernández',
	'López',
	'Martínez',
	'González',
	'Rodríguez',
	'Pérez',
	'Sánchez',
	'Ramírez',
	'Flores',
	'Torres',
	'Rivera',
	'Gómez',
	'Díaz',
	'Cruz',
	'Morales',
	'Reyes',
	'Gutiérrez',
	'Ortiz',
	'Chávez',
	'Ruiz',
	'Mendoza',
	'Castillo',
	'Vásquez',
	'Jiménez',
	'Smith',
	'Johnson',
	'Williams',
	'Brown',
	'Jones',
	'Miller',
	'Davis',
	'Wilson',
	'Thompson',
	'Washington',
	'Jackson',
	'Harris',
	'Tran',
	'Kim',
	'Patel',
	'Okafor',
	'Kowalski',
	'Ibrahim',
	'Murphy',
	'Lee'
];

const neighborhoods = [
	'Pilsen',
	'Little Village',
	'Back of the Yards',
	'Brighton Park',
	'Humboldt Park',
	'Boyle Heights',
	'East LA',
	'Huntington Park',
	'Sunset Park',
	'Corona',
	'Segundo Barrio',
	'Northside'
];

const places = [
	'the Kedzie bus depot',
	'the Cermak warehouse',
	'Benito Juárez school',
	'the laundromat on 26th',
	'la parroquia San Pío',
	'el mercado de la 18',
	'the Target parking lot',
	'St. Agnes clinic',
	'la parada del 9',
	'the Ashland day labor corner'
];

const issues = [
	'the heat',
	'forced overtime',
	'the new quotas',
	'la seguridad',
	'los descansos',
	'the pay cut',
	'staffing',
	'el seguro médico',
	'retaliation',
	'the schedule'
];

const groupNames = [
	'Turno de noche — Almacén 4',
	'Pilsen rapid response',
	'Little Village: vigilancia escolar',
	'Legal observers',
	'Intérpretes',
	'Strike committee — Local 743',
	'Comité de huelga — Escuelas',
	'Nurses, 5 West',
	'Drivers, Kedzie depot',
	'Mutual aid kitchen',
	'Back of the Yards tenants',
	'Acompañamiento a la corte',
	'Phone tree captains',
	'Medics',
	'Union stewards',
	'Madres de la escuela Juárez',
	'Warehouse day shift',
	'Brighton Park block club',
	'Trabajadoras del hogar',
	'Sanctuary congregation volunteers'
];

const roleIds = [
	'responder',
	'patrol',
	'observer',
	'school-watch',
	'mutual-aid',
	'translator',
	'legal',
	'medical',
	'union'
];

const agencies = ['ICE ERO', 'CBP', 'HSI', 'unmarked, vests said POLICE', 'policía local', ''];

const tags = [
	'huelga',
	'strike',
	'rapid-response',
	'reunión',
	'meeting',
	'safety',
	'grievance',
	'queja',
	'legal',
	'familias',
	'to-do',
	'pendiente'
];

/** Fills a sentence's {placeholders} with plausible words. */
function fill(template, tools) {
	const { int, pick } = tools;
	const values = {
		name: () => `${pick(firstNames)}`,
		shift: () => pick(['night', 'day', 'swing', 'noche', 'mañana']),
		issue: () => pick(issues),
		count: () => String(int(2, 60)),
		day: () => pick(['Monday', 'Thursday', 'Saturday', 'lunes', 'jueves', 'sábado']),
		temp: () => String(int(92, 108)),
		time: () => `${int(5, 11)}:${String(int(0, 59)).padStart(2, '0')}`,
		place: () => pick(places)
	};
	return template.replace(/\{(\w+)\}/g, (_, key) => values[key]());
}

/** Body text of a note: paragraphs, and now and then a list, a task list or bold text. */
function noteBody(spanish, tools) {
	const { int, pick, chance } = tools;
	const sentences = spanish ? spanishSentences : englishSentences;
	const sentence = () => `${fill(pick(sentences), tools)}.`;
	const blocks = [];
	// Most notes are a few lines; a few are long meeting minutes.
	const size = chance(0.08) ? int(8, 25) : int(0, 4);
	for (let n = 0; n < size; n++) {
		const kind = tools.random();
		if (kind < 0.12) {
			blocks.push(
				Array.from(
					{ length: int(2, 5) },
					() => `- [${chance(0.4) ? 'x' : ' '}] ${sentence()}`
				).join('\n')
			);
		} else if (kind < 0.25) {
			blocks.push(Array.from({ length: int(2, 6) }, () => `- ${sentence()}`).join('\n'));
		} else if (kind < 0.32) {
			blocks.push(`**${sentence()}** ${sentence()}`);
		} else {
			blocks.push(Array.from({ length: int(1, 4) }, sentence).join(' '));
		}
	}
	return blocks.join('\n\n');
}

function noteTitleLine(spanish, tools) {
	const { pick, chance } = tools;
	const words = fill(pick(spanish ? spanishSentences : englishSentences), tools)
		.split(' ')
		.slice(0, tools.int(3, 9))
		.join(' ');
	return chance(0.3) ? `# ${words}` : words;
}

function phone(tools) {
	const { int, pick } = tools;
	// 555-0100 to 555-0199 is the range set aside for fiction: no real person's number.
	return `(${pick(['312', '773', '213', '323', '718', '915'])}) 555-01${String(int(0, 99)).padStart(2, '0')}`;
}

const plain = (text) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

function makeGroups(tools, now) {
	return groupNames.map((name, n) => ({
		id: tools.id(),
		kind: 'contact-group',
		time: now - (400 - n) * DAY,
		data: { name }
	}));
}

function makeContacts(tools, now, groups) {
	const { int, pick, chance, some } = tools;
	const contacts = [];
	for (let n = 0; n < COUNTS.contacts; n++) {
		// The first contact sorts first by name (no other name starts with "Aa"): the bench waits
		// for it on the contacts page and links a note to it.
		const first = n === 0 ? 'Aarón' : pick(firstNames);
		const last =
			n === 0 ? 'Abarca Quintero' : `${pick(lastNames)}${chance(0.3) ? ` ${pick(lastNames)}` : ''}`;
		const name = `${first} ${last}`;
		const spanish = chance(0.55);
		const data = {
			name,
			phones: Array.from({ length: int(1, 2) }, (_, i) => ({
				value: phone(tools),
				label: i === 0 ? 'cell' : pick(['home', 'work'])
			})),
			emails: chance(0.4) ? [`${plain(first)}.${plain(last).split(' ')[0]}${n}@example.org`] : [],
			roles: some(roleIds, 2),
			languages: spanish
				? chance(0.5)
					? ['es', 'en']
					: ['es']
				: chance(0.1)
					? ['en', 'vi']
					: ['en'],
			neighborhood: pick(neighborhoods),
			groupIds: [
				groups[n % groups.length].id,
				...some(groups, 2)
					.map((group) => group.id)
					.filter((id) => id !== groups[n % groups.length].id)
			]
		};
		if (chance(0.3)) data.handle = `${plain(first)}.${int(10, 99)}`;
		if (chance(0.4))
			data.availability = pick([
				'Nights',
				'Weekends',
				'Mornings before 9',
				'Fines de semana',
				'Después de las 5',
				'Any time for emergencies'
			]);
		if (chance(0.2))
			data.notes = fill(pick(spanish ? spanishSentences : englishSentences), tools) + '.';
		contacts.push({ id: tools.id(), kind: 'contact', time: now - int(1, 900) * DAY, data });
	}
	return contacts;
}

/** A user's copy of a built-in checklist, padded to 30 items with items of their own. */
function checklistData(template, n, tools, now) {
	const { int, pick, chance } = tools;
	const items = template.items.map((source) => {
		const item = {
			id: source.id,
			title: { ...source.title },
			sources: [...source.sources],
			done: false,
			note: ''
		};
		if (source.why) item.why = { ...source.why };
		return item;
	});
	while (items.length < COUNTS.checklistItems) {
		const spanish = chance(0.5);
		items.push({
			id: tools.id(),
			title: fill(pick(spanish ? spanishSentences : englishSentences), tools),
			done: false,
			note: ''
		});
	}
	items.length = COUNTS.checklistItems;
	for (const item of items) {
		item.done = chance(0.4);
		if (chance(0.15)) item.note = fill(pick(englishSentences), tools) + '.';
		if (chance(0.1)) {
			const due = new Date(now + int(-20, 60) * DAY);
			item.due = due.toISOString().slice(0, 10);
		}
	}
	// The last item counts something (cards signed), as some built-in items do.
	items[items.length - 1].measure = {
		unit: { en: 'cards signed', es: 'tarjetas firmadas' },
		count: int(0, 120),
		total: 120,
		targetLow: 65,
		targetHigh: 80
	};
	const committee = pick([
		'Almacén 4',
		'Kedzie depot',
		'Escuela Juárez',
		'5 West nurses',
		'Local 743',
		'Hotel workers'
	]);
	return {
		title: chance(0.5)
			? { en: `${committee}: ${template.title.en}`, es: `${committee}: ${template.title.es}` }
			: `${committee} — ${template.title.es} (${n + 1})`,
		items,
		archived: chance(0.1),
		template: { slug: template.slug, version: template.version }
	};
}

function makeChecklists(tools, now, builtIns) {
	const checklists = [];
	for (let n = 0; n < COUNTS.checklists; n++) {
		const data = checklistData(builtIns[n % builtIns.length], n, tools, now);
		checklists.push({ id: tools.id(), kind: 'checklist', time: now - (n + 1) * 3 * DAY, data });
	}
	// The newest checklist: the one the bench waits for and ticks (its items 0–7 are plain ticks).
	const newest = checklists[0];
	newest.data.title = 'Comité del Almacén 4: preparación de huelga';
	newest.data.archived = false;
	newest.time = now - 2 * MINUTE;
	return checklists;
}

function makeIncidents(tools, now) {
	const { int, pick, chance } = tools;
	const incidents = [];
	for (let n = 0; n < COUNTS.incidents; n++) {
		const spanish = chance(0.5);
		const sentences = spanish ? spanishSentences : englishSentences;
		const occurredAt = now - n * 8 * 60 * MINUTE - int(0, 300) * MINUTE;
		incidents.push({
			id: tools.id(),
			kind: 'incident',
			time: occurredAt + int(5, 90) * MINUTE,
			data: {
				occurredAt,
				// The newest incident's place is unique: the bench waits for it on the list.
				place: n === 0 ? 'Esquina de Ashland y la 47' : chance(0.9) ? pick(places) : '',
				agents: int(0, 12),
				vehicles: int(0, 5),
				plates: chance(0.6)
					? Array.from(
							{ length: int(1, 3) },
							() => `${pick(['IL', 'CA', 'TX', 'NY'])} ${tools.id().slice(0, 6).toUpperCase()}`
						).join(', ')
					: '',
				agency: pick(agencies),
				whatHappened: Array.from({ length: int(1, 5) }, () => fill(pick(sentences), tools)).join(
					'. '
				),
				witnesses: chance(0.5) ? `${pick(firstNames)}, ${pick(firstNames)}` : '',
				followUp: chance(0.4) ? fill(pick(sentences), tools) : ''
			}
		});
	}
	return incidents;
}

function makeDrafts(tools, now, templates) {
	const { int, pick, chance } = tools;
	const drafts = [];
	for (let n = 0; n < COUNTS.drafts; n++) {
		const template = templates[n % templates.length];
		const locale = chance(0.5) ? 'es' : 'en';
		const status = pick(['draft', 'draft', 'introduced', 'adopted', 'failed', 'forwarded']);
		const clauses = (list) => list.map((clause) => ({ id: tools.id(), text: clause[locale] }));
		drafts.push({
			id: tools.id(),
			kind: 'resolution-draft',
			time: now - int(1, 700) * DAY,
			data: {
				templateSlug: template.slug,
				templateVersion: template.version,
				locale,
				title: template.title[locale],
				values: Object.fromEntries(
					template.fields
						.filter(() => chance(0.7))
						.map((field) => [
							field.key,
							{
								union_name: pick(['Teamsters', 'SEIU', 'ATU', 'CTU', 'UNITE HERE']),
								local_number: pick(['743', '73', '308', '1', '450']),
								body: locale === 'es' ? 'la asamblea de miembros' : 'membership meeting',
								city: pick(['Chicago', 'Los Angeles', 'El Paso', 'Queens']),
								meeting_date: '2026-03-12'
							}[field.key] ??
								fill(pick(locale === 'es' ? spanishSentences : englishSentences), tools)
						])
				),
				whereas: clauses(template.whereas),
				resolved: clauses(template.resolved),
				adoption: {
					status,
					body: status === 'draft' ? '' : 'membership meeting',
					date: status === 'draft' ? '' : '2026-02-19',
					movedBy: status === 'draft' ? '' : `${pick(firstNames)} ${pick(lastNames)}`,
					secondedBy: status === 'draft' ? '' : `${pick(firstNames)} ${pick(lastNames)}`,
					votesFor: status === 'adopted' ? int(20, 200) : null,
					votesAgainst: status === 'adopted' ? int(0, 20) : null,
					votesAbstaining: null,
					forwardedTo: status === 'forwarded' ? 'Chicago Federation of Labor' : '',
					notes: ''
				},
				paper: chance(0.8) ? 'letter' : 'a4'
			}
		});
	}
	return drafts;
}

/**
 * Notes, with the few the bench acts on: the newest pinned note (first in the list), a note
 * linked to a contact and a checklist (typing), a plain note (cold open before a search) and
 * the one note with a rare word in its title (the search's first hit).
 */
function makeNotes(tools, now, { contacts, checklists, incidents }) {
	const { int, pick, chance, some } = tools;
	const notes = [];
	for (let n = 0; n < COUNTS.notes; n++) {
		const spanish = chance(0.45);
		const body = noteBody(spanish, tools);
		notes.push({
			id: tools.id(),
			kind: 'note',
			time: now - (n + 10) * 90 * MINUTE - int(0, 80) * MINUTE,
			data: {
				text: body ? `${noteTitleLine(spanish, tools)}\n\n${body}` : noteTitleLine(spanish, tools),
				tags: some(tags, 3),
				pinned: chance(0.003),
				archived: chance(0.05),
				links: []
			}
		});
	}
	const [newest, linked, plainNote, searchTarget] = notes;
	Object.assign(newest, { time: now - MINUTE });
	Object.assign(newest.data, {
		text: '# Asamblea del turno de noche: plan de huelga\n\n- [ ] Reservar el salón\n- [x] Avisar a los delegados\n\n**Votación** el jueves a las 6.',
		pinned: true,
		archived: false
	});
	Object.assign(linked.data, {
		// Not the contact's name: the bench waits for that name to show as the link's title.
		text: 'Llamada sobre el comité de tarjetas\n\nQuiere ayudar con las tarjetas. Call back after the night shift.',
		archived: false,
		links: [
			{ kind: 'contact', id: contacts[0].id },
			{ kind: 'checklist', id: checklists[0].id }
		]
	});
	Object.assign(plainNote.data, {
		text: 'Lista para el piquete\n\nAgua, volantes, chalecos, megáfono.',
		archived: false,
		links: []
	});
	Object.assign(searchTarget.data, {
		text: 'Reunión en la panadería Tlaquepaque\n\nEl dueño nos presta el salón de atrás los domingos.',
		archived: false,
		links: []
	});
	// A few more notes about a contact, a checklist or an incident, as organizers keep them.
	for (let n = 4; n < 14; n++) {
		notes[n].data.links = [
			pick([
				{ kind: 'contact', id: pick(contacts).id },
				{ kind: 'checklist', id: pick(checklists).id },
				{ kind: 'incident', id: pick(incidents).id }
			])
		];
	}
	return notes;
}

/** Loads the app's built-in checklists and resolution templates (TypeScript) through Vite. */
async function builtInContent(root) {
	const load = async (file) =>
		(
			await runnerImport(`${root}/src/lib/content/${file}`, {
				configFile: false,
				logLevel: 'error'
			})
		).module;
	const [{ builtInChecklists }, { resolutionTemplates }] = await Promise.all([
		load('checklists.ts'),
		load('resolutions.ts')
	]);
	return { builtInChecklists, resolutionTemplates };
}

/** A checklist's text as the app shows it in English (the bench's locale). */
const localText = (text) => (typeof text === 'string' ? text : text.en);

const toRow = ({ id, kind, time, data }) => ({
	id,
	kind,
	createdAt: time,
	updatedAt: time,
	codec: 'json1',
	body: JSON.stringify(data)
});

/** The rows to store and what the measurements wait for. */
export async function makeDataSet(root, now = Date.now()) {
	const { builtInChecklists, resolutionTemplates } = await builtInContent(root);
	const tools = randomTools(20260114);
	const groups = makeGroups(tools, now);
	const contacts = makeContacts(tools, now, groups);
	const checklists = makeChecklists(tools, now, builtInChecklists);
	const incidents = makeIncidents(tools, now);
	const drafts = makeDrafts(tools, now, resolutionTemplates);
	const notes = makeNotes(tools, now, { contacts, checklists, incidents });

	const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });
	const firstGroup = [...groups].sort((a, b) => collator.compare(a.data.name, b.data.name))[0];
	const records = [...groups, ...contacts, ...checklists, ...incidents, ...drafts, ...notes];
	return {
		rows: records.map(toRow),
		targets: {
			newestNoteTitle: 'Asamblea del turno de noche: plan de huelga',
			firstGroupName: firstGroup.data.name,
			firstContactName: contacts[0].data.name,
			newestChecklistTitle: checklists[0].data.title,
			newestChecklistId: checklists[0].id,
			newestChecklistFirstItem: localText(checklists[0].data.items[0].title),
			newestIncidentPlace: incidents[0].data.place,
			linkedNoteId: notes[1].id,
			linkedContactName: contacts[0].data.name,
			plainNoteId: notes[2].id,
			searchWord: 'tlaquepaque',
			searchHitTitle: 'Reunión en la panadería Tlaquepaque'
		}
	};
}

/**
 * Runs in the page: stores a batch of rows with raw IndexedDB, in the database the app made.
 * Resolves false when the transaction has not committed after `stallMs` (it is then aborted).
 */
async function storeRows({ db, rows, stallMs }) {
	try {
		if (!db.objectStoreNames.contains('records'))
			throw new Error('The app has not created its records store yet');
		const tx = db.transaction('records', 'readwrite');
		for (const row of rows) tx.objectStore('records').put(row);
		const committed = new Promise((done, fail) => {
			tx.oncomplete = () => done(true);
			tx.onerror = () => fail(tx.error);
			tx.onabort = () => fail(tx.error);
		});
		const stalled = new Promise((done) => setTimeout(() => done(false), stallMs));
		const result = await Promise.race([committed, stalled]);
		if (!result) {
			committed.catch(() => {});
			try {
				tx.abort();
			} catch {
				// It finished between the stall and the abort: written after all.
				return await committed.catch(() => false);
			}
		}
		return result;
	} finally {
		db.close();
	}
}

/** Waits in `page` until the app has made its database (a Storage Bucket of its own). */
export async function appDatabaseMade(page) {
	await page.waitForFunction(
		async () => ((await navigator.storageBuckets?.keys()) ?? []).length > 0,
		null,
		{ timeout: 60_000 }
	);
}

/**
 * Writes the data set into the database the app made, in batches, from the app's blank page so
 * that nothing else uses the database meanwhile. Chromium 156 sometimes left a batch's
 * transaction pending for good once about 10 MB were in the bucket (5 of 6 seedings with the app
 * in the page, 1 of 3 from the blank page; never the app's own writes, including the
 * 13,000-record move and restore the bench measures): such a batch is aborted after 15 s and
 * written again in a fresh connection.
 */
export async function seed(page, rows, batchSize = 1000) {
	await page.goto(new URL('/blank.html', page.url()).href);
	for (let start = 0; start < rows.length; start += batchSize) {
		const batch = rows.slice(start, start + batchSize);
		for (let attempt = 1; ; attempt++) {
			const db = await page.evaluateHandle(openAppDatabase);
			if (await page.evaluate(storeRows, { db, rows: batch, stallMs: 15_000 })) break;
			if (attempt === 4) throw new Error(`Seeding rows ${start}… stalled ${attempt} times`);
			console.log(`  (seeding rows ${start}… stalled; writing them again)`);
		}
	}
}
