import { describe, expect, it } from 'vitest';
import { withKin } from './thread-text.ts';

describe('withKin (session 23, card10)', () => {
	it('adds the siblings of the same tag and classes after the read comments, each once', () => {
		document.body.innerHTML = `<table><tbody>
			<tr class="athing comtr" id="a"></tr><tr class="spacer"></tr>
			<tr class="athing comtr" id="b"></tr><tr class="athing comtr" id="c"></tr>
			<tr class="athing" id="story"></tr></tbody></table>`;
		const a = document.getElementById('a') as Element;
		const c = document.getElementById('c') as Element;
		expect(withKin([a, c]).map((el) => el.id)).toEqual(['a', 'c', 'b']);
		expect(withKin([])).toEqual([]);
	});
});
