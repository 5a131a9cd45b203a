// Makes sure a Chromium is there for the end-to-end tests.
// Debian's chromium is preferred (browser downloads are blocked on the project's machines):
// installed with apt-get when missing and we are root; anywhere else, Playwright's own build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function run(command, args) {
	execFileSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) {
	console.log(`Using Chromium at ${process.env.CHROMIUM_PATH}`);
} else if (existsSync(DEBIAN_CHROMIUM)) {
	console.log(`Using Debian's Chromium at ${DEBIAN_CHROMIUM}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	console.log("Installing Debian's chromium with apt-get…");
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
} else {
	console.log("No system Chromium: installing Playwright's own build…");
	run('npx', ['playwright', 'install', 'chromium']);
}
