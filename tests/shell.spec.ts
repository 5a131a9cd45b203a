import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { horizontalOverflow } from './support/layout-checks';

function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the manifest makes the app installable, with icons that load at their sizes', async ({
	page,
	app
}) => {
	await app.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await page.request.get(href!);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: 'Rank & File',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	expect(manifest.short_name.length).toBeLessThanOrEqual(12);
	expect(manifest.description).toBeTruthy();
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

	const icons: { src: string; sizes: string; purpose: string }[] = manifest.icons;
	for (const wanted of ['192x192', '512x512']) {
		expect(icons.some((i) => i.sizes === wanted && i.purpose === 'any')).toBe(true);
	}
	expect(icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
	for (const icon of icons) {
		const image = await page.request.get(icon.src);
		expect(image.ok(), icon.src).toBe(true);
		const { width, height } = pngSize(await image.body());
		expect(`${width}x${height}`).toBe(icon.sizes);
	}

	expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual([
		'/strike-school',
		'/rapid-response',
		'/resolutions',
		'/notes',
		'/notes/new'
	]);
	// A POST, so that shared text never sits in an address (see tests/no-leaks.spec.ts).
	expect(manifest.share_target).toMatchObject({
		action: '/notes/new',
		method: 'POST',
		enctype: 'multipart/form-data'
	});
	const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	expect(pngSize(await (await page.request.get(touchIcon!)).body())).toEqual({
		width: 180,
		height: 180
	});
	await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute(
		'content',
		'yes'
	);
});

test('home shows the four areas as large targets and the bottom bar reaches each', async ({
	page,
	app
}) => {
	await app.goto('/');
	await expect(app.heading()).toHaveText('Rank & File');
	for (const area of ['Strike school', 'Rapid response', 'Resolutions', 'Notes']) {
		const link = page.getByRole('main').getByRole('link', { name: new RegExp(area) });
		const box = await link.boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(64);
	}
	await app.navigate('Strike');
	await expect(app.heading()).toHaveText('Strike school');
	await app.navigate('Response');
	await expect(app.heading()).toHaveText('Rapid response');
	await app.navigate('Resolutions');
	await expect(app.heading()).toHaveText('Resolutions');
	await app.navigate('Notes');
	await expect(app.heading()).toHaveText('Notes');
	await app.navigate('Home');
	await expect(app.heading()).toHaveText('Rank & File');
});

test('About lists the four source articles', async ({ page, app }) => {
	await app.goto('/about');
	const sources = page.getByRole('main').getByRole('listitem');
	await expect(sources).toHaveCount(4);
	await expect(page.getByText('We Need a General Strike to Stop ICE Terror')).toBeVisible();
	await expect(page.getByText('Lessons from Minneapolis')).toBeVisible();
	await expect(page.getByText(/Chicago Under Siege/)).toBeVisible();
	await expect(page.getByText(/Kristina Betinis/)).toBeVisible();
});

test('one-handed at 320 px: no page scrolls sideways', async ({ page, app }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['/', '/strike-school', '/notes', '/settings', '/about', '/install']) {
		await app.goto(path);
		expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
	}
});

test('the built pages hold real text in the prerendered HTML', () => {
	// Paraglide compiles empty messages when its plugin fails to load: catch that in the build.
	const home = readFileSync('build/index.html', 'utf8');
	expect(home).toContain('Strike school');
	expect(home).toContain('Rapid response');
	expect(home).toContain('Private notes, kept only on this phone');
	const about = readFileSync('build/about.html', 'utf8');
	expect(about).toContain('Lessons from Minneapolis');
});

test('every page carries a strict Content-Security-Policy', async ({ page, app }) => {
	await app.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	// WebAssembly for Argon2id, and nothing else beyond 'self' and the inline scripts' hashes.
	expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+/);
	expect(csp).toContain("connect-src 'self'");
	expect(csp).toContain("object-src 'none'");
	expect(csp).toContain("base-uri 'none'");
	expect(csp).not.toContain('unsafe-inline');
	expect(csp).not.toContain("'unsafe-eval'");
	// A worker gets the CSP of its own script's response, not the page's <meta>.
	const scriptPath = await page.locator('link[rel="modulepreload"]').first().getAttribute('href');
	const script = await page.request.get(new URL(scriptPath!, page.url()).href);
	expect(script.headers()['content-security-policy']).toContain(
		"script-src 'self' 'wasm-unsafe-eval'"
	);
	const inlineHandlers = await page.evaluate(
		() =>
			[...document.querySelectorAll('*')].filter((el) =>
				[...el.attributes].some((a) => a.name.startsWith('on'))
			).length
	);
	expect(inlineHandlers).toBe(0);
});

test.describe('on an iPhone', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
	});

	test('Install explains Add to Home Screen step by step', async ({ page, app }) => {
		await app.goto('/install');
		await expect(page.getByText('On iPhone and iPad, install from Safari:')).toBeVisible();
		await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(3);
		await expect(page.getByText(/Add to Home Screen/)).toBeVisible();
	});
});

/** Chromium's offer to install, as a page receives it; `prompt()` leaves a mark. */
function offerInstalling() {
	const event = new Event('beforeinstallprompt', { cancelable: true });
	Object.assign(event, {
		prompt: async () => {
			(window as unknown as { __prompted: boolean }).__prompted = true;
		},
		userChoice: Promise.resolve({ outcome: 'accepted' })
	});
	dispatchEvent(event);
}

test('where the browser offers installing, Install opens its prompt', async ({ page, app }) => {
	await app.goto('/install');
	await page.evaluate(offerInstalling);
	await page.getByRole('button', { name: 'Install' }).click();
	await expect(page.getByText('Rank & File is installed on this device.')).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __prompted: boolean }).__prompted)).toBe(
		true
	);
});

test('an offer to install made as the app starts is not missed', async ({ page, app }) => {
	// The moment the app has started, before the services that handle installing have loaded.
	await page.addInitScript(`new MutationObserver((_, observer) => {
		if (document.documentElement?.dataset.hydrated === undefined) return;
		observer.disconnect();
		(${offerInstalling.toString()})();
	}).observe(document, { attributes: true, subtree: true });`);
	await app.goto('/install');
	await page.getByRole('button', { name: 'Install' }).click();
	expect(await page.evaluate(() => (window as unknown as { __prompted: boolean }).__prompted)).toBe(
		true
	);
});
