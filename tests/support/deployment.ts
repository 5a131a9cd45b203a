import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/**
 * A static host of its own, for tests that deploy one version of the app over another
 * the way a real host does: the old files disappear, the new ones take their place.
 */
export class Deployment {
	readonly dir = mkdtempSync(join(tmpdir(), 'rank-and-file-deploy-'));
	#server: ChildProcess | undefined;

	constructor(readonly port: number = freePort()) {}

	get url(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	/** Replaces everything deployed with `buildDir` and restarts the server on it. */
	async deploy(buildDir: string): Promise<void> {
		await this.stop();
		rmSync(this.dir, { recursive: true, force: true });
		cpSync(buildDir, this.dir, { recursive: true });
		await this.start();
	}

	async start(): Promise<void> {
		const server = spawn('node', ['scripts/serve.js', this.dir, String(this.port)], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		this.#server = server;
		await new Promise<void>((resolve, reject) => {
			server.stdout!.once('data', () => resolve());
			server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
		});
	}

	async stop(): Promise<void> {
		const server = this.#server;
		if (!server || server.exitCode !== null) return;
		const exited = new Promise((resolve) => server.once('exit', resolve));
		server.kill();
		await exited;
	}

	async dispose(): Promise<void> {
		await this.stop();
		rmSync(this.dir, { recursive: true, force: true });
	}
}

/** Builds the app a second time, with a visible version label, into its own folder. */
export function buildVersion(label: string, outDir: string): void {
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, RF_BUILD_LABEL: label, RF_OUT: outDir },
		stdio: 'ignore'
	});
}
