import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { freePort } from './tests/support/free-port';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Chosen once in the runner's process; its workers inherit the variable and agree on the port.
process.env.E2E_PORT ??= String(freePort());
export const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list'], ['./tests/support/summary-reporter.ts']],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	webServer: {
		command: `npm run build && node scripts/serve.js build ${PORT}`,
		url: `http://127.0.0.1:${PORT}/manifest.webmanifest`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore'
	},
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		...devices['Pixel 7'],
		// Debian's Chromium where it exists (Playwright cannot download browsers here).
		...(existsSync(systemChromium)
			? {
					launchOptions: {
						executablePath: systemChromium,
						// The machine has no network: keep Chromium from trying to reach Google.
						args: [
							'--disable-background-networking',
							'--disable-component-update',
							'--disable-sync',
							'--no-first-run',
							'--disable-quic'
						]
					}
				}
			: {}),
		locale: 'en-US',
		serviceWorkers: 'allow',
		trace: 'retain-on-failure'
	},
	projects: [{ name: 'chromium-phone' }]
});
