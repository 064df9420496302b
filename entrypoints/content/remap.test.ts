import { describe, expect, it } from 'vitest';
import { diffRegion, remapSpans } from './remap.ts';

describe('remapSpans', () => {
	const text = 'you are an idiot and this is fine';
	const idiot = { start: 11, end: 16, weight: 1 };

	it('keeps spans when the text is unchanged', () => {
		expect(remapSpans([idiot], text, text)).toEqual([idiot]);
	});
	it('shifts spans after an edit before them', () => {
		const next = `Well, ${text}`;
		const moved = remapSpans([idiot], text, next)[0] ?? idiot;
		expect(next.slice(moved.start, moved.end)).toBe('idiot');
	});
	it('keeps spans before an edit after them', () => {
		expect(remapSpans([idiot], text, `${text}!!`)).toEqual([idiot]);
	});
	it('drops spans the edit touches', () => {
		expect(remapSpans([idiot], text, text.replace('idiot', 'expert'))).toEqual([]);
		expect(remapSpans([idiot], text, text.replace('idiot', 'idiots'))).toEqual([]);
	});
	it('finds the single edited region', () => {
		expect(diffRegion('abcdef', 'abXYef')).toEqual({ start: 2, oldEnd: 4, newEnd: 4 });
		expect(diffRegion('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
		expect(diffRegion('same', 'same')).toBeNull();
	});
});
