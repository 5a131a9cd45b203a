// Search-as-you-type benchmark for src/lib/search over 10,000 generated notes.
//
//   node --expose-gc scripts/bench-search.js
//
// Node 20 cannot strip TypeScript types and neither tsx nor vite-node is installed, so this is
// plain JavaScript and loads the TypeScript module through Vite's own module runner.
// Without --expose-gc the heap figure includes garbage and is only a rough upper bound.
import { runnerImport } from 'vite';

const NOTES = 10_000;
const BUDGET_MS = 16;

const { module } = await runnerImport(
	new URL('../src/lib/search/search-index.ts', import.meta.url).pathname,
	{ configFile: false, logLevel: 'error' }
);
const { SearchIndex } = module;

// mulberry32: the same notes on every run, so runs are comparable.
function prng(seed) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const english = `strike union steward grievance contract bargaining picket line shift overtime wages
	safety boss manager retaliation petition meeting members organizing committee solidarity
	walkout vote assembly rank file workers warehouse hospital school teachers nurses drivers
	rapid response raid ICE agents warrant judicial witness document video phone rights know
	silent lawyer family children neighbors block alert chat signal phone tree volunteer shift
	hotline training card sign majority demand schedule break heat injury report supervisor
	pay stub hours classification layoff seniority pension healthcare benefits dues local
	chapter delegate caucus newsletter flyer leaflet canvass door knock tenants rent landlord
	eviction church community center march rally protest boycott sanctuary city council
	deadline deportation detention court hearing bond release accompaniment translation
	interpreter spanish english records notes timeline evidence photos plate vehicle van`
	.split(/\s+/)
	.filter(Boolean);
const spanish = `huelga sindicato delegado queja contrato negociación piquete línea turno horas
	extra salario seguridad patrón jefe gerente represalia petición reunión miembros comité
	solidaridad paro votación asamblea base trabajadores almacén hospital escuela maestras
	enfermeras choferes respuesta rápida redada migra agentes orden judicial testigo
	documentar video teléfono derechos conozca silencio abogado familia niños vecinos cuadra
	alerta grupo voluntarios capacitación tarjeta firma mayoría exigencia horario descanso
	calor lesión informe supervisor talón pago clasificación despido antigüedad pensión salud
	beneficios cuotas local sección boletín volante casa inquilinos renta desalojo iglesia
	comunidad centro marcha protesta boicot santuario ciudad concejo plazo deportación
	detención corte audiencia fianza liberación acompañamiento traducción intérprete
	registros notas cronología pruebas fotos placa vehículo camioneta acción niño mañana`
	.split(/\s+/)
	.filter(Boolean);
const fillerEn = ['the', 'a', 'and', 'of', 'to', 'in', 'we', 'they', 'at', 'for', 'with', 'on'];
const fillerEs = ['el', 'la', 'de', 'y', 'en', 'que', 'los', 'las', 'por', 'con', 'para', 'un'];
const tagPool = ['strike', 'huelga', 'rapid-response', 'meeting', 'reunión', 'safety', 'ice'];

function generateNotes(count) {
	const random = prng(20260114);
	const pick = (list) => list[Math.floor(random() * list.length)];
	const sentence = (words, filler, n) =>
		Array.from({ length: n }, () => (random() < 0.35 ? pick(filler) : pick(words))).join(' ');
	const notes = [];
	for (let i = 0; i < count; i++) {
		const spanishNote = random() < 0.45;
		const words = spanishNote ? spanish : english;
		const filler = spanishNote ? fillerEs : fillerEn;
		const wordCount = 20 + Math.floor(random() * 381);
		const paragraphs = [];
		for (let left = wordCount; left > 0;) {
			const n = Math.min(left, 8 + Math.floor(random() * 20));
			paragraphs.push(sentence(words, filler, n) + '.');
			left -= n;
		}
		notes.push({
			id: `note:${i}`,
			kind: 'note',
			title: sentence(words, filler, 3 + Math.floor(random() * 5)),
			body: paragraphs.join(random() < 0.3 ? '\n\n' : ' '),
			tags: Array.from({ length: Math.floor(random() * 3) }, () => pick(tagPool)),
			href: `/notes/${i}`,
			updatedAt: 1_760_000_000_000 + Math.floor(random() * 10_000_000_000)
		});
	}
	return notes;
}

const queries = [
	'huelga',
	'strike',
	'deportación',
	'deportacion',
	'strke',
	'rapid response',
	'know your rights',
	'asamblea',
	'steward',
	'grievance',
	'contrato',
	'sindicato',
	'union meeting',
	'picket line',
	'línea de piquete',
	'migra',
	'ice raid',
	'redada',
	'warrant',
	'orden judicial',
	'testigo',
	'witness',
	'documentar video',
	'boycott',
	'solidaridad',
	'solidarity',
	'vecinos',
	'neighbors block',
	'escuela',
	'overtime',
	'horas extra',
	'salario',
	'wages',
	'safety report',
	'seguridad',
	'retaliation',
	'represalia',
	'petition',
	'marcha',
	'comite',
	'committee vote',
	'organizing',
	'turno',
	'bargaining',
	'detención',
	'court hearing',
	'acompañamiento',
	'eviction',
	'inquilinos',
	'teachers strike'
];

const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const round = (n) => Math.round(n * 100) / 100;
const heapMb = () => {
	globalThis.gc?.();
	return process.memoryUsage().heapUsed / 1024 / 1024;
};

const notes = generateNotes(NOTES);
const heapBefore = heapMb();
let started = performance.now();
const index = new SearchIndex();
index.addAll(notes);
const buildMs = performance.now() - started;
const heapDelta = heapMb() - heapBefore;

started = performance.now();
index.replaceKind('note', notes.slice());
const unchangedReplaceMs = performance.now() - started;

const latencies = [];
for (const query of queries) {
	for (let i = 1; i <= query.length; i++) {
		const typed = query.slice(0, i);
		started = performance.now();
		index.search(typed, { limit: 30 });
		latencies.push(performance.now() - started);
	}
}
latencies.sort((a, b) => a - b);
const median = percentile(latencies, 0.5);
const p95 = percentile(latencies, 0.95);

console.log(`index: ${index.size} notes, ${round(buildMs)} ms build`);
console.log(`replaceKind with nothing changed: ${round(unchangedReplaceMs)} ms`);
console.log(`${latencies.length} searches, max ${round(latencies.at(-1))} ms`);
console.log(
	`search: median ${round(median)} ms, p95 ${round(p95)} ms, build ${Math.round(buildMs)} ms, heap ${round(heapDelta)} MB (${NOTES} notes)`
);
if (median > BUDGET_MS) {
	console.error(`median ${round(median)} ms is over the ${BUDGET_MS} ms budget`);
	process.exitCode = 1;
}
