import { execFileSync } from 'node:child_process';

/**
 * A TCP port that nothing listens on right now, found synchronously (Playwright's config and
 * test modules load synchronously), so that a running `npm start` or another checkout's test
 * run never collides with this one.
 */
export function freePort(): number {
	// Written as text: console.log colours a number when FORCE_COLOR is set, as it is in
	// Playwright's workers, and "\x1b[33m4173\x1b[39m" is not a port.
	const script =
		"const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
	return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}
