/**
 * Numbers distinct 32-bit keys in the order they are first seen (0, 1, 2, …), for counting repeated feature
 * hashes and summing repeated model ids. A small open-addressing table reused across calls: a Map allocates per
 * key, and a dense table over all buckets (512 KiB for 2^17 ids) misses the CPU cache on nearly every lookup.
 */
export class SlotTable {
	private keys = new Uint32Array(0);
	private index = new Int32Array(0);
	/** The generation that last wrote each slot: starting a new set is one increment, not a clear. */
	private stamp = new Uint32Array(0);
	private generation = 0;
	private shift = 32;
	private mask = 0;
	/** Distinct keys seen since `reset`. */
	size = 0;

	/** Starts an empty set that will hold at most `capacity` distinct keys. */
	reset(capacity: number): void {
		if (this.keys.length < capacity * 2 || this.generation === 0xffffffff) {
			let bits = 10;
			while (1 << bits < capacity * 2) bits++;
			this.keys = new Uint32Array(1 << bits);
			this.index = new Int32Array(1 << bits);
			this.stamp = new Uint32Array(1 << bits);
			this.generation = 0;
			this.shift = 32 - bits;
			this.mask = (1 << bits) - 1;
		}
		this.generation++;
		this.size = 0;
	}

	/** The key's number in first-seen order; a key not seen since `reset` gets the next one (`size` - 1). */
	indexOf(key: number): number {
		const { keys, stamp, generation, mask } = this;
		let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
		while (stamp[s] === generation) {
			if (keys[s] === key) return this.index[s] as number;
			s = (s + 1) & mask;
		}
		stamp[s] = generation;
		keys[s] = key;
		this.index[s] = this.size;
		return this.size++;
	}
}

/** One table for the featuriser and the model inputs: both use it synchronously, never interleaved. */
export const sharedSlots = new SlotTable();
