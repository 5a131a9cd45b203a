/**
 * An in-memory CacheStorage for the worker's unit tests (Node has none): the part of the Cache
 * API the worker uses, keyed by absolute URL as a browser keys it. `addAll` fetches with the
 * global `fetch` and, like the browser's, stores all of the answers or none.
 */
export class MemoryCaches {
	readonly #caches = new Map<string, MemoryCache>();

	async open(name: string): Promise<MemoryCache> {
		let cache = this.#caches.get(name);
		if (!cache) {
			cache = new MemoryCache();
			this.#caches.set(name, cache);
		}
		return cache;
	}

	async keys(): Promise<string[]> {
		return [...this.#caches.keys()];
	}

	async delete(name: string): Promise<boolean> {
		return this.#caches.delete(name);
	}
}

export class MemoryCache {
	readonly #entries = new Map<string, Response>();

	async match(key: RequestInfo | URL): Promise<Response | undefined> {
		return this.#entries.get(absolute(key))?.clone();
	}

	async put(key: RequestInfo | URL, response: Response): Promise<void> {
		this.#entries.set(absolute(key), response);
	}

	async addAll(requests: Request[]): Promise<void> {
		const responses = await Promise.all(requests.map((request) => fetch(request)));
		if (responses.some((response) => !response.ok)) throw new TypeError('A request failed');
		requests.forEach((request, index) => this.#entries.set(request.url, responses[index]!));
	}

	async delete(key: RequestInfo | URL): Promise<boolean> {
		return this.#entries.delete(absolute(key));
	}

	async keys(): Promise<Request[]> {
		return [...this.#entries.keys()].map((url) => new Request(url));
	}
}

function absolute(key: RequestInfo | URL): string {
	const url = typeof key === 'string' ? key : key instanceof URL ? key.href : key.url;
	return new URL(url, location.href).href;
}
