import { execFileSync } from 'node:child_process';

/**
 * A TCP port that nothing listens on right now, found synchronously (Playwright's config and
 * test modules load synchronously), so that a running `npm start` or another checkout's test
 * run never collides with this one.
 */
export function freePort(): number {
	const script =
		"const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
	return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}
