import { describe, expect, it } from 'vitest';
import { benchDraft, civilDraft } from '../../scripts/bench/drafts.ts';
import { asciiSeq, foldCodePoints, normalize, normalizeEveryStep } from './normalize.ts';

/** Random ASCII text, every unit 0-127 (controls, capitals, punctuation) among words. */
function randomAscii(seed: number, length: number): string {
	let s = seed;
	let out = '';
	for (let i = 0; i < length; i++) {
		s = (Math.imul(s, 1103515245) + 12345) >>> 0;
		const r = s >>> 8;
		out += r % 3 === 0 ? String.fromCharCode(r % 128) : 'aZ mQ.!*1_'.charAt(r % 10);
	}
	return out;
}

describe('asciiSeq (session 22: all-ASCII drafts skip the per-character pushes)', () => {
	it('is foldCodePoints, unit for unit, on every ASCII text', () => {
		const texts = [
			'',
			'A',
			'You ARE a F*CK1NG id10t!!!',
			// Session 27: split words, alone and before spaced letters and stretches.
			'you st-upid hack',
			'you mor-on, a s s h o l e, stuuupid',
			'a com-plete mor.on and s t-u p i d',
			'st.u.p.i.d.txt and id-iot',
			...Array.from({ length: 40 }, (_, v) => benchDraft(1000, v, v % 2 === 1)),
			...Array.from({ length: 20 }, (_, v) => civilDraft(1000, v)),
			...Array.from({ length: 200 }, (_, v) => randomAscii(v + 1, 1 + (v % 97) * 7)),
			String.fromCharCode(...Array.from({ length: 128 }, (_, c) => c)),
		];
		for (const text of texts) expect(asciiSeq(text)).toEqual(foldCodePoints(text));
	});
});

/** Random text from letters, the spaced-letter separators and a few others, so joins and stretches happen often. */
function randomSpaced(seed: number, length: number): string {
	let s = seed;
	let out = '';
	for (let i = 0; i < length; i++) {
		s = (Math.imul(s, 1103515245) + 12345) >>> 0;
		out += 'aaAbB .-_*,1@é'.charAt((s >>> 8) % 14);
	}
	return out;
}

describe('normalize pre-checks (session 23: drafts with no spaced letters or stretches skip those steps)', () => {
	it('is normalize with every step taken, on drafts, camouflage and random texts', () => {
		const texts = [
			'',
			'f u c k',
			'F.U.C.K you',
			'a-b-c',
			'x f_u_c_k y',
			'ab c d e',
			'you are sooo wrong',
			'fuuuuck',
			'AaA',
			'I said f u c k, then s.h.i.t and sooooo on',
			'f u c k é',
			'ｆ ｕ ｃ ｋ',
			'f\u00ADu c k',
			'𠀀f u c',
			'You ARE a F*CK1NG id10t!!!',
			// Session 27: split words, alone and before spaced letters and stretches.
			'you st-upid hack',
			'you mor-on, a s s h o l e, stuuupid',
			'a com-plete mor.on and s t-u p i d',
			'st.u.p.i.d.txt and id-iot',
			...Array.from({ length: 40 }, (_, v) => benchDraft(1000, v, v % 2 === 1)),
			...Array.from({ length: 20 }, (_, v) => civilDraft(1000, v)),
			...Array.from({ length: 200 }, (_, v) => randomAscii(v + 1, 1 + (v % 97) * 7)),
			...Array.from({ length: 400 }, (_, v) => randomSpaced(v + 7, 1 + (v % 41))),
		];
		for (const text of texts) expect(normalize(text), text).toEqual(normalizeEveryStep(text));
	});
});
