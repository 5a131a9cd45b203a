// Command-line options of `npm run bench` (after `--`). The usage text is the documentation.

export const GROUPS = [
	'lists',
	'cold',
	'search',
	'tick',
	'typing',
	'scroll',
	'backup',
	'vault',
	'size',
	'lighthouse'
];

export const USAGE = `npm run bench -- [options]

  --runs N          runs per figure and CPU rate, medians reported (default 5)
  --quick           3 runs and no Lighthouse: about half the time of a full run
  --only a,b        only these measurements: ${GROUPS.join(', ')}
  --cpu 1|4|1,4     CPU rates to measure at: full speed, slowed 4× (default both)
  --no-build        reuse the builds in bench-out/ from the last run (when there are some)
  --save-baseline   write the figures to scripts/bench-baseline.json (the BEFORE figures);
                    with --only, update those figures and keep the others
  --help            this text`;

export function parseOptions(argv) {
	const options = { runs: 5, groups: [...GROUPS], rates: [1, 4], build: true, saveBaseline: false };
	const value = (i, name) => {
		if (argv[i + 1] === undefined) throw new Error(`${name} needs a value`);
		return argv[i + 1];
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help') options.help = true;
		else if (arg === '--quick') {
			options.runs = 3;
			options.groups = options.groups.filter((group) => group !== 'lighthouse');
		} else if (arg === '--runs') options.runs = Number(value(i++, arg));
		else if (arg === '--only') options.groups = value(i++, arg).split(',');
		else if (arg === '--cpu') options.rates = value(i++, arg).split(',').map(Number);
		else if (arg === '--no-build') options.build = false;
		else if (arg === '--save-baseline') options.saveBaseline = true;
		else throw new Error(`Unknown option ${arg}`);
	}
	const unknown = options.groups.filter((group) => !GROUPS.includes(group));
	if (unknown.length > 0) throw new Error(`Unknown measurement ${unknown.join(', ')}`);
	if (!(options.runs >= 1)) throw new Error('--runs needs a number of at least 1');
	if (options.rates.some((rate) => rate !== 1 && rate !== 4))
		throw new Error('--cpu takes 1, 4 or 1,4');
	if (options.saveBaseline && (options.runs < 5 || options.rates.length < 2))
		throw new Error('--save-baseline needs at least 5 runs at both CPU rates');
	return options;
}
