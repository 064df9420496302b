/** A small least-recently-used cache (Map keeps insertion order; a hit re-inserts the key). */
export class LruCache<K, V> {
	private readonly map = new Map<K, V>();

	constructor(private readonly capacity: number) {}

	get(key: K): V | undefined {
		const value = this.map.get(key);
		if (value !== undefined) {
			this.map.delete(key);
			this.map.set(key, value);
		}
		return value;
	}

	/** Whether `key` is cached (without making it recently used). */
	has(key: K): boolean {
		return this.map.has(key);
	}

	set(key: K, value: V): void {
		this.map.delete(key);
		this.map.set(key, value);
		if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
	}

	clear(): void {
		this.map.clear();
	}
}
