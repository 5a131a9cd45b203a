// Makes sure Debian's `age` command is there: the interoperability test decrypts an app backup
// with it. Installed with apt-get when missing and we are root; elsewhere that test is skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (spawnSync('age', ['--version']).status === 0) {
	console.log('Using the age command on the PATH');
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	console.log("Installing Debian's age with apt-get…");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'age'], {
		stdio: 'inherit',
		env
	});
} else {
	console.log('No age command and not root: the age interoperability test will be skipped');
}
