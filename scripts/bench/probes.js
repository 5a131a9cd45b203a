// In-page instruments, installed in every page the bench opens (before the app's own scripts)
// as window.__bench. Timings are taken in the page, on the page's clock, so the round trips
// between the bench and the browser do not count. A change counts as shown once the frame that
// paints it has been rendered (the task after that frame's requestAnimationFrame); a text waited
// for, at the frame that paints it (found laid out in its requestAnimationFrame callback).

/**
 * The init script. `coldTexts`, when given, starts waiting for those texts at once, before the
 * app runs: that is how a cold start is timed from navigation.
 */
export function installProbes(coldTexts) {
	const bench = {};
	window.__bench = bench;

	const afterFrame = () =>
		new Promise((done) =>
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => done(performance.now());
				channel.port2.postMessage(null);
			})
		);

	// Every tap and key, on the page's clock: measurements start from the event itself.
	bench.pointerDowns = [];
	bench.keyDowns = [];
	addEventListener('pointerdown', (event) => bench.pointerDowns.push(event.timeStamp), true);
	addEventListener('keydown', (event) => bench.keyDowns.push(event.timeStamp), true);

	bench.longTasks = [];
	new PerformanceObserver((list) => {
		for (const task of list.getEntries())
			bench.longTasks.push({ start: task.startTime, duration: task.duration });
	}).observe({ type: 'longtask' });

	/** Total long-task time of tasks that started between `from` and `to`. */
	bench.longTaskTime = (from, to) =>
		bench.longTasks
			.filter((task) => task.start >= from && task.start <= to)
			.reduce((sum, task) => sum + task.duration, 0);

	/** Resolves once `ms` have passed with no long task (at most `limit` ms): the page is idle. */
	bench.quiet = async (ms = 300, limit = 10_000) => {
		const started = performance.now();
		for (;;) {
			await new Promise((done) => setTimeout(done, 50));
			const now = performance.now();
			const last = bench.longTasks.at(-1);
			const lastEnd = last ? last.start + last.duration : 0;
			if (now - Math.max(lastEnd, started) >= ms || now - started > limit) return;
		}
	};

	/** The deepest element whose text contains `text`, if the page has it. */
	const elementWith = (text) => {
		let element = document.body;
		if (!element?.textContent.includes(text)) return undefined;
		for (;;) {
			const child = [...element.children].find((c) => c.textContent.includes(text));
			if (!child) return element;
			element = child;
		}
	};

	const isShown = (element) => {
		const box = element.getBoundingClientRect();
		return (
			box.width > 0 &&
			box.height > 0 &&
			element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
		);
	};

	/**
	 * Resolves with the time at which every one of `texts` is on the page and visible (rendered
	 * with a size, not hidden; not necessarily scrolled into view).
	 */
	bench.textsShown = (texts, timeout = 120_000) =>
		new Promise((done, fail) => {
			let dirty = true;
			const observer = new MutationObserver(() => (dirty = true));
			observer.observe(document, { subtree: true, childList: true, characterData: true });
			const started = performance.now();
			const check = () => {
				if (dirty) {
					dirty = false;
					const elements = texts.map(elementWith);
					if (elements.every(Boolean)) {
						if (elements.every(isShown)) {
							observer.disconnect();
							// Found laid out in this frame's callback: this frame paints them, with
							// no task in between. (A task posted now could wait behind others the
							// page queued, and the figure would count their work as well.)
							done(performance.now());
							return;
						}
						// There but not laid out yet: look again next frame.
						dirty = true;
					}
				}
				if (performance.now() - started > timeout) {
					observer.disconnect();
					fail(new Error(`Never shown: ${texts.join(' / ')}`));
					return;
				}
				requestAnimationFrame(check);
			};
			requestAnimationFrame(check);
		});

	if (coldTexts) bench.cold = bench.textsShown(coldTexts);

	/** Arms a wait for `texts`; collect the time with `await __bench.armed`. */
	bench.armTexts = (texts) => {
		bench.armed = bench.textsShown(texts);
	};

	/**
	 * Arms a wait for the next change of the DOM under `main` and collect it with `await
	 * __bench.armed`: `{ changed, shown }`, the times the DOM changed and its frame was rendered,
	 * or null when nothing changed within `timeout` ms (a key that leaves the results as they
	 * were).
	 */
	bench.armChange = (timeout = 500) => {
		bench.armed = new Promise((done) => {
			const root = document.querySelector('main') ?? document.body;
			const timer = setTimeout(() => {
				observer.disconnect();
				done(null);
			}, timeout);
			const observer = new MutationObserver(() => {
				const changed = performance.now();
				observer.disconnect();
				clearTimeout(timer);
				done(afterFrame().then((shown) => ({ changed, shown })));
			});
			observer.observe(root, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true
			});
		});
	};

	/**
	 * Arms a wait for a tick to show: `checkbox` has the given checked state and the text of the
	 * page has changed (the done count). Collect it with `await __bench.armed`.
	 */
	bench.armTickShown = (checkbox, checked, timeout = 30_000) => {
		const root = document.querySelector('main') ?? document.body;
		const before = root.textContent;
		bench.armed = new Promise((done, fail) => {
			const started = performance.now();
			const check = () => {
				if (checkbox.checked === checked && root.textContent !== before) {
					done(afterFrame());
					return;
				}
				if (performance.now() - started > timeout) {
					fail(new Error('A tick changed no text on the page'));
					return;
				}
				requestAnimationFrame(check);
			};
			requestAnimationFrame(check);
		});
	};

	// Raw IndexedDB, beside the app's own connection: what is on disk, whatever the app thinks.
	let connection;
	const database = () =>
		(connection ??= window.openAppDatabase().then((db) => {
			db.onversionchange = () => {
				db.close();
				connection = undefined;
			};
			return db;
		}));

	bench.readRow = async (id) => {
		const db = await database();
		return new Promise((done, fail) => {
			const request = db.transaction('records').objectStore('records').get(id);
			request.onsuccess = () => done(request.result);
			request.onerror = () => fail(request.error);
		});
	};

	/**
	 * Reads row `id` as it is now, then arms a poll until it differs (its stored body or
	 * updatedAt) or, when `includes` is given, until its body contains that text. Collect the
	 * time with `await __bench.committed`.
	 */
	bench.armCommit = async ({ id, includes }, timeout = 30_000) => {
		const before = await bench.readRow(id);
		bench.committed = (async () => {
			const started = performance.now();
			for (;;) {
				const row = await bench.readRow(id);
				const done = includes
					? row?.body.includes(includes)
					: row?.body !== before?.body || row?.updatedAt !== before?.updatedAt;
				if (done) return performance.now();
				if (performance.now() - started > timeout)
					throw new Error(`Row ${id} was not committed within ${timeout} ms`);
			}
		})();
	};

	/** Records requestAnimationFrame intervals until stopFrames() returns them. */
	bench.recordFrames = () => {
		const deltas = [];
		let last;
		let recording = true;
		const step = (time) => {
			if (last !== undefined) deltas.push(time - last);
			last = time;
			if (recording) requestAnimationFrame(step);
		};
		requestAnimationFrame(step);
		bench.stopFrames = () => {
			recording = false;
			return deltas;
		};
	};

	bench.domNodes = () => document.getElementsByTagName('*').length;
}
