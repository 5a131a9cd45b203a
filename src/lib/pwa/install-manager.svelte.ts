/** The event Chromium fires when the app can be installed; not in TypeScript's DOM types yet. */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallRoute = 'installed' | 'prompt' | 'ios' | 'manual';

function isIos(): boolean {
	const iPadAsMac = navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1;
	return /iPad|iPhone|iPod/.test(navigator.userAgent) || iPadAsMac;
}

function runsInstalled(): boolean {
	const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
	return standalone || matchMedia('(display-mode: standalone)').matches;
}

/** Knows how this browser installs web apps: its own prompt, iOS's Share menu, or by hand. */
class InstallManager {
	route = $state<InstallRoute>('manual');
	#deferred: BeforeInstallPromptEvent | undefined;

	/** `offer`: a beforeinstallprompt the page kept before this started (pwa/start.ts). */
	start(offer?: Event): void {
		this.route = runsInstalled() ? 'installed' : isIos() ? 'ios' : 'manual';
		const take = (event: Event) => {
			// Keep the browser's mini-infobar away; the app offers Install where the user looks.
			event.preventDefault();
			this.#deferred = event as BeforeInstallPromptEvent;
			this.route = 'prompt';
		};
		if (offer) take(offer);
		addEventListener('beforeinstallprompt', take);
		addEventListener('appinstalled', () => {
			this.#deferred = undefined;
			this.route = 'installed';
		});
	}

	async prompt(): Promise<void> {
		const deferred = this.#deferred;
		if (!deferred) return;
		await deferred.prompt();
		const { outcome } = await deferred.userChoice;
		this.#deferred = undefined;
		this.route = outcome === 'accepted' ? 'installed' : 'manual';
	}
}

export const installer = new InstallManager();
