/**
 * Camouflage normalisation with an offset map. Undoes the word-camouflage tricks people use to slip past
 * filters (homoglyphs, zero-width characters, accents, leetspeak, masked letters, insults split by hyphens, dots
 * or underscores, spaced and stretched letters) so the featuriser sees the plain word, and keeps, for every output character, the UTF-16 range of the
 * original draft it came from, so explanations can underline the user's own characters.
 */
import { HOMOGLYPHS, LEET, STANDS_FOR } from './confusables.ts';
import { SPLIT_WORDS, unmask } from './lexicon.ts';

/** Normalised text plus, per output UTF-16 unit, the [start, end) range in the original draft. */
export interface Normalized {
	text: string;
	start: number[];
	end: number[];
}

export interface CharSeq {
	chars: string[];
	start: number[];
	end: number[];
}

// Tested one code point at a time, so a combining mark (U+034F) in the class is what we mean.
const INVISIBLE =
	// biome-ignore lint/suspicious/noMisleadingCharacterClass: matched per code point, never against a sequence
	/[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFE00-\uFE0F\uFEFF]/;

const foldCache = new Map<string, string>();

function fold(ch: string): string {
	const cached = foldCache.get(ch);
	if (cached !== undefined) return cached;
	let out = HOMOGLYPHS[ch] ?? HOMOGLYPHS[ch.toLowerCase()];
	if (out === undefined) {
		out = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
		out = [...out].map((c) => HOMOGLYPHS[c] ?? c).join('');
	}
	if (foldCache.size < 50_000) foldCache.set(ch, out);
	return out;
}

const ASCII_LOWER = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code).toLowerCase());

/** Any UTF-16 unit past the 128 ASCII ones (no `u` flag: surrogate halves match too). */
const NON_ASCII = /[\u0080-\uffff]/;

/** Step 1: per code point, drop invisibles, fold homoglyphs/accents/width, lower-case. */
function foldChars(text: string): CharSeq {
	// All ASCII (most drafts): unit i is character i lower-cased by the same table as below; one native
	// lower-casing and split instead of three array pushes per character (session 22, ~1,000 per draft).
	return NON_ASCII.test(text) ? foldCodePoints(text) : asciiSeq(text);
}

/** `foldChars` code point by code point (any text). */
export function foldCodePoints(text: string): CharSeq {
	const seq: CharSeq = { chars: [], start: [], end: [] };
	for (let i = 0; i < text.length; ) {
		const cp = text.codePointAt(i) ?? 0;
		const width = cp > 0xffff ? 2 : 1;
		if (cp < 128) {
			// ASCII (nearly every character): no slice, no split, lower-cased by table.
			seq.chars.push(ASCII_LOWER[cp] as string);
			seq.start.push(i);
			seq.end.push(i + 1);
			i++;
			continue;
		}
		const ch = text.slice(i, i + width);
		if (!INVISIBLE.test(ch)) {
			const out = fold(ch);
			for (let k = 0; k < out.length; k++) {
				seq.chars.push(out[k] as string);
				seq.start.push(i);
				seq.end.push(i + width);
			}
		}
		i += width;
	}
	return seq;
}

/**
 * `foldChars` of an all-ASCII text: `toLowerCase` maps exactly A-Z to a-z below U+0080, as ASCII_LOWER does, so
 * chars[i] is ASCII_LOWER[text.charCodeAt(i)] and unit i comes from [i, i + 1).
 */
export function asciiSeq(text: string): CharSeq {
	const n = text.length;
	const chars = text.toLowerCase().split('');
	// Sized once and filled (session 24: pushed one by one, the two arrays were regrown ~20 times each, the
	// largest allocation of a score).
	const start: number[] = new Array(n);
	const end: number[] = new Array(n);
	for (let i = 0; i < n; i++) {
		start[i] = i;
		end[i] = i + 1;
	}
	return { chars, start, end };
}

const LETTER = /\p{L}/u;
const TOKEN_CHAR_RE = /[\p{L}\p{N}*@$#%!|]/u;
// ASCII fast paths: these run once per character of every draft, on every keystroke.
const isLetter = (c: string | undefined): boolean => {
	if (c === undefined || c === '') return false;
	const code = c.charCodeAt(0);
	if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
	return LETTER.test(c);
};
const isTokenChar = (c: string): boolean => {
	const code = c.charCodeAt(0);
	if (code < 128)
		return (
			(code >= 97 && code <= 122) ||
			(code >= 48 && code <= 57) ||
			(code >= 65 && code <= 90) ||
			'*@$#%!|'.includes(c)
		);
	return TOKEN_CHAR_RE.test(c);
};
/** `/[!#%|]/.test(c)` for the single UTF-16 units `chars` holds, without a regex call per token edge (session 15). */
const isEdgePunct = (c: string | undefined): boolean => c === '!' || c === '#' || c === '%' || c === '|';

/** Step 2: per token, restore masked lexicon words ("f*ck", "sh1t") or map leetspeak between letters. */
function repairTokens(seq: CharSeq, readFStars = true): void {
	const { chars } = seq;
	let i = 0;
	while (i < chars.length) {
		if (!isTokenChar(chars[i] ?? '')) {
			i++;
			continue;
		}
		let j = i;
		while (j < chars.length && isTokenChar(chars[j] ?? '')) j++;
		let a = i;
		let b = j;
		while (a < b && (isEdgePunct(chars[a]) || chars[a] === '*')) a++;
		while (b > a && isEdgePunct(chars[b - 1])) b--;
		repairCore(seq, a, b, readFStars);
		i = j;
	}
}

function repairCore(seq: CharSeq, a: number, b: number, readFStars: boolean): void {
	// Most tokens are plain words: nothing to repair, and no arrays to build to find that out.
	let plain = true;
	for (let k = a; k < b && plain; k++) plain = isLetter(seq.chars[k]);
	if (plain) return;
	const core = seq.chars.slice(a, b);
	const wild = core.map((c) => !isLetter(c));
	const letters = wild.filter((w) => !w).length;
	if (letters === 0 || letters === core.length) return;
	const allowed = core.map((c) => (isLetter(c) ? c : (STANDS_FOR[c] ?? '?')));
	const free = allowed.filter((a) => a === '').length;
	// "f***": one letter and three stars is too open for the rule below (free ≤ letters + 1), but this one is
	// the convention everyone reads as the word (session 12: "f*** you and your tests" scored 0.11).
	const fStars = readFStars && core.length === 4 && core[0] === 'f' && core.slice(1).every((c) => c === '*');
	if (fStars || (core.length >= 3 && letters + (wild.length - letters - free) >= 2 && free <= letters + 1)) {
		const word = fStars ? 'fuck' : unmask(allowed);
		if (word !== undefined) {
			const s = seq.start[a] ?? 0;
			const e = seq.end[b - 1] ?? s;
			for (let k = 0; k < word.length; k++) {
				seq.chars[a + k] = word[k] ?? '';
				seq.start[a + k] = s;
				seq.end[a + k] = e;
			}
			return;
		}
	}
	// "st|upid", "id|iot": a bar between letters is read as leetspeak for l below, unless the letters around it
	// spell a split word (session 27); then it is a separator, which joinSplitWords reads like "st-upid".
	if (core.includes('|') && core.every((c) => c === '|' || isLetter(c))) {
		const letters = core.filter((c) => c !== '|').join('');
		if (SPLIT_LEXICON.word(letters) !== undefined) {
			for (let k = 0; k < core.length; k++) if (core[k] === '|') seq.chars[a + k] = '-';
			return;
		}
	}
	// Two passes so runs of digits resolve from the letters inwards ("1d10t").
	for (let pass = 0; pass < 2; pass++) {
		for (let k = 0; k < core.length; k++) {
			const c = core[k] ?? '';
			const mapped = wild[k] ? LEET[c] : undefined;
			const before = isLetter(core[k - 1]);
			const after = isLetter(core[k + 1]);
			// Digits next to a letter ("id10t"); symbols only between letters, so "@user" and "$5" stay.
			if (mapped && (/\d/.test(c) ? before || after : before && after)) {
				seq.chars[a + k] = mapped;
				core[k] = mapped;
			}
		}
	}
}

/**
 * The words a split may be read as: `word` returns the word the joined letters are (or undefined), `prefixes`
 * holds every prefix of every letter string `word` accepts, so a candidate that can no longer become a word is
 * dropped after its first chunk ("off-by-one": no word starts "off"). `splitLexicon` builds one.
 */
export interface SplitLexicon {
	word: (letters: string) => string | undefined;
	prefixes: ReadonlySet<string>;
}

/** Every run of one character squeezed to one ("stuuupid" → "stupid", "idiiot" → "idiot", "bullshit" → "bulshit"). */
export function squeeze(letters: string): string {
	return letters.replace(/(.)\1+/g, '$1');
}

/** Whether some character of `s` repeats at once ("stuu"); without one, `squeeze` would return `s`. */
function hasRun(s: string): boolean {
	for (let k = 1; k < s.length; k++) if (s[k] === s[k - 1]) return true;
	return false;
}

/** Run lengths of `s`, in order ("bullshit" → 1,1,2,1,1,1,1). */
function runLengths(s: string): number[] {
	const runs: number[] = [];
	for (let i = 0; i < s.length; ) {
		let j = i + 1;
		while (s[j] === s[i]) j++;
		runs.push(j - i);
		i = j;
	}
	return runs;
}

/**
 * Whether `letters` is `word` with letters stretched: the same runs in the same order, each at least as long
 * ("stuuupid", "idiiot" for "stupid", "idiot"; "bulshit" is not "bullshit", its l is one short).
 */
export function stretchOf(letters: string, word: string): boolean {
	if (letters.length < word.length || squeeze(letters) !== squeeze(word)) return false;
	const have = runLengths(letters);
	return runLengths(word).every((n, k) => (have[k] ?? 0) >= n);
}

/**
 * A SplitLexicon accepting `words` (as `word` reads them: default, exactly these lower-case words), and each of
 * them stretched (session 28: "st-uuupid", "i-d-i-i-o-t"; before, the split step never saw a stretched split
 * word as one, and the later stretch step collapses runs of three only, and only inside one chunk).
 */
export function splitLexicon(
	words: Iterable<string>,
	word?: (letters: string) => string | undefined,
): SplitLexicon {
	const set = new Set(words);
	const exact = word ?? ((letters: string) => (set.has(letters) ? letters : undefined));
	const prefixes = new Set<string>();
	const bySqueeze = new Map<string, string[]>();
	for (const w of set) {
		for (let k = 1; k <= w.length; k++) {
			prefixes.add(w.slice(0, k));
			prefixes.add(squeeze(w.slice(0, k)));
		}
		const key = squeeze(w);
		bySqueeze.set(key, [...(bySqueeze.get(key) ?? []), w]);
	}
	const stretched = (letters: string): string | undefined => {
		if (!hasRun(letters)) return undefined;
		for (const w of bySqueeze.get(squeeze(letters)) ?? []) {
			if (!stretchOf(letters, w)) continue;
			const read = exact(w);
			if (read !== undefined) return read;
		}
		return undefined;
	};
	return { word: (letters) => exact(letters) ?? stretched(letters), prefixes };
}

/** One split word to join: units [from, to) of the sequence spell `word` once their separators are dropped. */
export interface SplitJoin {
	from: number;
	to: number;
	word: string;
}

/**
 * Separators a word is split across inside one token ("st-upid", "st.u.p.i.d", "i_d_i_o_t", "st*upid",
 * "id·iot"). A "|" between letters is leetspeak for l, unless the letters spell a split word: then repairCore
 * has made it a "-" ("st|upid").
 */
const isSplitSep = (c: string | undefined): boolean =>
	c === '-' || c === '.' || c === '_' || c === '*' || c === '\u00b7';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
/** Opening quotes, brackets and Markdown emphasis that may sit before a split word ("(st-upid", "*mor-on*"). */
const OPENERS = '([{<"\'\u201c\u2018*_~';
/** Their closing partners and sentence punctuation after one ("mor-on.", "id-iot,", "st-upid!)"). */
const CLOSERS = ')]}>"\'\u201d\u2019*_~,;:!?.';
/**
 * Common short words: a split counts only where one chunk is no word of its own (at most three letters and not
 * one of these: "id", "iot", "st", "mor", "m"), so real words joined by a hyphen or a space ("brain-dead",
 * "God damn") are compounds, not disguises (session 26, fixer13).
 */
const SHORT_WORDS = new Set(
	'a,an,as,at,be,by,do,go,he,i,if,in,is,it,me,my,no,of,on,or,so,to,up,us,we,and,are,but,can,did,for,god,had,has,her,him,his,how,its,not,now,one,our,out,she,the,too,two,was,who,why,yes,you'.split(
		',',
	),
);
/** The most letters a joined word may have (longer than any word a split is read as). */
const MAX_SPLIT_LETTERS = 16;

/** Whether the split word may start at unit `at` (nothing word-like glued before it: "src/id-iot", "it's"). */
function openEdge(chars: ArrayLike<string>, at: number): boolean {
	const c = chars[at - 1];
	if (c === undefined || isBlank(c) || c === '\n' || c === '\r') return true;
	if (!OPENERS.includes(c) || c === '') return false;
	const before = chars[at - 2];
	return before === undefined || /\s/.test(before) || OPENERS.includes(before);
}

/** Whether the split word may end before unit `at` (no word glued on: "st-upid.txt", "id-iot's", "mor-on2"). */
function closeEdge(chars: ArrayLike<string>, at: number): boolean {
	const c = chars[at];
	if (c === undefined || /\s/.test(c)) return true;
	if (!CLOSERS.includes(c) || c === '') return false;
	const after = chars[at + 1];
	return after === undefined || /\s/.test(after) || CLOSERS.includes(after);
}

/**
 * Words split into letter chunks by one separator character between chunks ("st-upid", "mor-on", "id.iot",
 * "st.upid", "s t-u p i d"), found where the chunks join into a word of `lexicon`. A candidate is one or more
 * whole tokens, each a run of chunks glued by `-`, `.`, `_`, `*` or `·`, separated by single blanks: a token
 * that goes on ("st.u.p.i.d.txt", "x-stupid-y") is a name, never cut. Only the tokens around a glue point are
 * read (a regex finds them; a draft without one costs one native scan). The
 * candidate must hold a glued token (unless `spacesAlone`: "id iotic"), may use one glue character only, must
 * have a chunk that is no word of its own, and must not be words that are each `lexicon` words ("stupid-idiot").
 * Nothing word-like may be glued on either side. So "re-use", "e.g.", "node_modules", "x-ray", "co-op", "v1.2.3",
 * "J. R. R." and file names are never joined. Longest candidate first, left to right, no overlaps.
 */
export function findSplitWords(
	chars: ArrayLike<string>,
	lexicon: SplitLexicon,
	spacesAlone = false,
	joined?: string,
): SplitJoin[] {
	const n = chars.length;
	// One UTF-16 unit per element (as every normalisation step keeps them), so a regex finds the glue points.
	let text = typeof chars === 'string' ? chars : (joined ?? Array.prototype.join.call(chars, ''));
	if (text.length !== n)
		text = Array.from({ length: n }, (_, k) => (chars[k]?.length === 1 ? chars[k] : '\0')).join('');
	const joins: SplitJoin[] = [];
	const ascii = !NON_ASCII.test(text);
	const glue = spacesAlone ? (ascii ? ASCII_GLUED_OR_SPACED : GLUED_OR_SPACED) : ascii ? ASCII_GLUED : GLUED;
	glue.lastIndex = 0;
	let done = 0; // units before this are taken by a join
	for (let m = glue.exec(text); m; m = glue.exec(text)) {
		// Only around a glue point: its token, and as many blank-separated tokens either side as the letter cap allows.
		let a = m.index;
		while (a > done && (isLetter(chars[a - 1]) || (isSplitSep(chars[a - 1]) && isLetter(chars[a - 2])))) a--;
		if (!isLetter(chars[a])) continue;
		let b = m.index + 1;
		while (b < n && (isLetter(chars[b]) || (isSplitSep(chars[b]) && isLetter(chars[b + 1])))) b++;
		let letters = 0;
		for (let k = a; k < b; k++) if (isLetter(chars[k])) letters++;
		let left = a;
		for (
			let budget = MAX_SPLIT_LETTERS - letters;
			left - 2 >= done && isBlank(chars[left - 1]) && isLetter(chars[left - 2]);
		) {
			let k = left - 1;
			let got = 0;
			while (k > done && (isLetter(chars[k - 1]) || (isSplitSep(chars[k - 1]) && isLetter(chars[k - 2])))) {
				k--;
				if (isLetter(chars[k])) got++;
			}
			if (got > budget) break;
			budget -= got;
			left = k;
		}
		let right = b;
		for (let budget = MAX_SPLIT_LETTERS - letters; isBlank(chars[right]) && isLetter(chars[right + 1]); ) {
			let k = right + 1;
			let got = 0;
			while (k < n && (isLetter(chars[k]) || (isSplitSep(chars[k]) && isLetter(chars[k + 1])))) {
				if (isLetter(chars[k])) got++;
				k++;
			}
			if (got > budget) break;
			budget -= got;
			right = k;
		}
		const found = joinIn(chars, left, right, lexicon, spacesAlone);
		if (found.length > 0) {
			joins.push(...found);
			done = (found[found.length - 1] as SplitJoin).to;
		}
		glue.lastIndex = Math.max(done, b);
	}
	return joins;
}

const GLUED = /\p{L}[-._*\u00b7]\p{L}/gu;
// Below U+0080 \p{L} is [A-Za-z]; a regex without the u flag scans faster.
const ASCII_GLUED = /[a-z][-._*][a-z]/gi;
const ASCII_GLUED_OR_SPACED = /[a-z][-._*\t ][a-z]/gi;
const GLUED_OR_SPACED = /\p{L}[-._*\u00b7\t ]\p{L}/gu;

/** `findSplitWords` within units [left, right): whole tokens only, longest candidate first, left to right. */
function joinIn(
	chars: ArrayLike<string>,
	left: number,
	right: number,
	lexicon: SplitLexicon,
	spacesAlone: boolean,
): SplitJoin[] {
	// Chunks (maximal letter runs) each joined to the last by one separator or blank.
	const from: number[] = [];
	const to: number[] = [];
	const glued: boolean[] = []; // glued[k]: chunk k joined to chunk k - 1 by a separator (not a blank)
	for (let k = left; k < right; ) {
		const a = k;
		while (k < right && isLetter(chars[k])) k++;
		from.push(a);
		to.push(k);
		glued.push(a > left && isSplitSep(chars[a - 1]));
		k++;
	}
	const chunks = from.length;
	const joins: SplitJoin[] = [];
	// Tokens: chunk ranges glued inside, blanks between them.
	const tokenStart: number[] = [];
	for (let c = 0; c < chunks; c++) if (!glued[c]) tokenStart.push(c);
	const tokenCount = tokenStart.length;
	const tokenEnd = (t: number) => (t + 1 < tokenCount ? (tokenStart[t + 1] as number) : chunks);
	for (let t = 0; t < tokenCount; t++) {
		const first = tokenStart[t] as number;
		if (first === 0 && !openEdge(chars, from[0] as number)) continue;
		// Tokens from this one on, chunk by chunk while the letters are still a prefix of a lexicon word; the
		// longest candidate that meets every condition wins.
		let text = '';
		let sep: string | undefined;
		let oneGlue = true;
		let noWordChunk = false;
		let everyChunkAWord = true;
		let found: SplitJoin | undefined;
		let foundToken = t;
		grow: for (let u = t; u < tokenCount; u++) {
			const end = tokenEnd(u);
			for (let c = tokenStart[u] as number; c < end; c++) {
				let chunk = '';
				for (let k = from[c] as number; k < (to[c] as number); k++) chunk += chars[k];
				text += chunk;
				// A stretched prefix ("stuuu") is a prefix once squeezed; `word` then checks the stretch fits.
				if (!lexicon.prefixes.has(text) && !(hasRun(text) && lexicon.prefixes.has(squeeze(text)))) break grow;
				if (c > first && glued[c]) {
					const s = chars[(from[c] as number) - 1];
					if (sep === undefined) sep = s;
					else if (sep !== s) oneGlue = false;
				}
				// Runs of three or more read as one (collapseStretches' rule), so a stretched chunk is as short as the
				// chunk it stretches ("sttt-upid" as "st-upid"); a real double stays ("bull-shit" is two words).
				const bare = chunk.length > 3 ? chunk.replace(/(.)\1\1+/g, '$1') : chunk;
				if (bare.length <= 3 && !SHORT_WORDS.has(bare)) noWordChunk = true;
				if (everyChunkAWord && lexicon.word(chunk) === undefined) everyChunkAWord = false;
			}
			if (!oneGlue) break;
			if (end - first < 2 || (end === chunks && !closeEdge(chars, to[chunks - 1] as number))) continue;
			if ((sep === undefined && !spacesAlone) || !noWordChunk || everyChunkAWord) continue;
			const word = lexicon.word(text);
			if (word === undefined) continue;
			found = { from: from[first] as number, to: to[end - 1] as number, word };
			foundToken = u;
		}
		if (found) {
			joins.push(found);
			t = foundToken;
		}
	}
	return joins;
}

const SPLIT_LEXICON = splitLexicon(SPLIT_WORDS);

/**
 * Step 2b (session 27): insults split across separators ("st-upid", "mor-on", "id.iot", "s t-u p i d") become the
 * word, where the chunks spell one of SPLIT_WORDS; every letter keeps its own offsets, so an underline runs from
 * the split word's first letter to its last, separators included. A split word also stretched ("st-uuupid",
 * "i-d-i-i-o-t", session 28) becomes the plain word too: each run of a letter keeps as many units as the word
 * has, the last of them reaching to the run's last written letter (as collapseStretches does).
 */
function joinSplitWords(seq: CharSeq, joined?: string): CharSeq {
	const joins = findSplitWords(seq.chars, SPLIT_LEXICON, false, joined);
	if (joins.length === 0) return seq;
	const out = prefix(seq, 0);
	let at = 0;
	for (const { from, to, word } of joins) {
		for (; at < from; at++) push(out, seq, at);
		const letters: number[] = [];
		for (; at < to; at++) if (isLetter(seq.chars[at])) letters.push(at);
		pushWord(out, seq, letters, word);
	}
	for (; at < seq.chars.length; at++) push(out, seq, at);
	return out;
}

/** Pushes the letter units `letters` of seq, squeezed to `word` where they spell it stretched. */
function pushWord(out: CharSeq, seq: CharSeq, letters: number[], word: string): void {
	const written = letters.map((k) => seq.chars[k]).join('');
	if (written === word || !stretchOf(written, word)) {
		for (const k of letters) push(out, seq, k);
		return;
	}
	let i = 0;
	for (let w = 0; w < word.length; ) {
		let wEnd = w + 1;
		while (word[wEnd] === word[w]) wEnd++;
		let iEnd = i + 1;
		while (written[iEnd] === written[i]) iEnd++;
		// This run of the word has wEnd - w letters; the written run has iEnd - i ≥ that many.
		for (let k = 0; k < wEnd - w; k++) push(out, seq, letters[i + k] as number);
		out.end[out.end.length - 1] = seq.end[letters[iEnd - 1] as number] ?? 0;
		w = wEnd;
		i = iEnd;
	}
}

/** Step 3: "f u c k", "f.u.c.k", "f-u-c-k" (three or more single letters, one separator) become one word. */
function joinSpacedLetters(seq: CharSeq): CharSeq {
	// Built only from the first join on (most drafts have none, and then `seq` is returned as it is).
	let out: CharSeq | undefined;
	const { chars } = seq;
	let i = 0;
	while (i < chars.length) {
		const boundary = i === 0 || !isLetter(chars[i - 1]);
		if (boundary && isLetter(chars[i]) && /[ .\-_*]/.test(chars[i + 1] ?? '') && isLetter(chars[i + 2])) {
			const sep = chars[i + 1];
			let k = i;
			let count = 1;
			while (chars[k + 1] === sep && isLetter(chars[k + 2]) && !isLetter(chars[k + 3])) {
				k += 2;
				count++;
			}
			if (count >= 3 && !isLetter(chars[k + 1])) {
				out ??= prefix(seq, i);
				for (let m = i; m <= k; m += 2) push(out, seq, m);
				i = k + 1;
				continue;
			}
		}
		if (out) push(out, seq, i);
		i++;
	}
	return out ?? seq;
}

/** A copy of seq's first `n` units. */
function prefix(seq: CharSeq, n: number): CharSeq {
	return { chars: seq.chars.slice(0, n), start: seq.start.slice(0, n), end: seq.end.slice(0, n) };
}

function push(out: CharSeq, seq: CharSeq, i: number): void {
	out.chars.push(seq.chars[i] ?? '');
	out.start.push(seq.start[i] ?? 0);
	out.end.push(seq.end[i] ?? 0);
}

/** Step 4: letters repeated three or more times collapse to one ("fuuuuck" → "fuck", "sooo" → "so"). */
function collapseStretches(seq: CharSeq): CharSeq {
	// Built only from the first stretch on, as in joinSpacedLetters.
	let out: CharSeq | undefined;
	const { chars } = seq;
	let i = 0;
	while (i < chars.length) {
		let j = i + 1;
		while (j < chars.length && chars[j] === chars[i]) j++;
		if (j - i >= 3 && isLetter(chars[i])) {
			out ??= prefix(seq, i);
			out.chars.push(chars[i] ?? '');
			out.start.push(seq.start[i] ?? 0);
			out.end.push(seq.end[j - 1] ?? 0);
		} else if (out) {
			for (let k = i; k < j; k++) push(out, seq, k);
		}
		i = j;
	}
	return out ?? seq;
}

/** Lower-casing only, no camouflage repair: the baseline the eval compares normalisation against. */
export function lowercaseOnly(text: string): Normalized {
	const chars = text.split('').map((c) => c.toLowerCase().charAt(0));
	return { text: chars.join(''), start: chars.map((_, i) => i), end: chars.map((_, i) => i + 1) };
}

/**
 * Necessary conditions, on an all-ASCII sequence of one unit per element, for steps 3 and 4 to change anything:
 * a letter after a non-letter (or the start), then separator, letter, the same separator, letter, non-letter
 * (joinSpacedLetters needs three such letters); one letter three times in a row (collapseStretches). `i` only
 * widens them (a back-reference then matches either case), which is safe: a match just runs the step.
 */
const MAY_JOIN_SPACED = /(?:^|[^a-z])[a-z]([ .\-_*])[a-z]\1[a-z](?![a-z])/i;
/** Necessary for joinSplitWords on ASCII: a letter, one of its separators, a letter ("st-upid"; not "re use"). */
const MAY_SPLIT = /[a-z][-._*][a-z]/i;
const MAY_COLLAPSE = /([a-z])\1\1/i;

/**
 * Normalises a draft for scoring; `start`/`end` map every output unit back into `text`. `joinSplits: false` leaves
 * split words as written (the offline fixer finds them itself, with its own word list: fixer-camouflage.ts).
 * `readFStars: false` leaves "f***" as written. Both exist at runtime for every draft; the toxic trainer turns them
 * off only to featurise its training rows as the shipped toxic model saw them (models/train/toxic.ts,
 * TOXIC_TRAINING_NORMALIZER), so `npm run train` reproduces the committed file.
 */
export function normalize(text: string, joinSplits = true, readFStars = true): Normalized {
	const folded = foldChars(text);
	repairTokens(folded, readFStars);
	let joined = folded.chars.join('');
	// Most drafts have no split word, spaced letters or stretches: native scans of the joined text rule each step
	// out (sessions 23, 27) instead of walking the units in JS. Every step keeps one UTF-16 unit per element (fold's
	// units, split(''), repairTokens' letters), so on ASCII the joined text is the units in order and
	// `isLetter` is [A-Za-z]; anything else takes every step.
	const ascii = joined.length === folded.chars.length && !NON_ASCII.test(joined);
	const split =
		joinSplits && (!ascii || MAY_SPLIT.test(joined))
			? joinSplitWords(folded, ascii ? joined : undefined)
			: folded;
	if (split !== folded) joined = split.chars.join('');
	const spaced = !ascii || MAY_JOIN_SPACED.test(joined) ? joinSpacedLetters(split) : split;
	const seq = spaced !== split || !ascii || MAY_COLLAPSE.test(joined) ? collapseStretches(spaced) : spaced;
	return { text: seq === split ? joined : seq.chars.join(''), start: seq.start, end: seq.end };
}

/** `normalize` with every step always taken (the pre-checks' reference in normalize-ascii.test.ts). */
export function normalizeEveryStep(text: string): Normalized {
	const folded = foldChars(text);
	repairTokens(folded);
	const seq = collapseStretches(joinSpacedLetters(joinSplitWords(folded)));
	return { text: seq.chars.join(''), start: seq.start, end: seq.end };
}
