import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { TOOL_READING, withToolNamesRead } from './tool-names.ts';

/** The words the models would read, or undefined when the draft is left as it is. */
const read = (draft: string) => withToolNamesRead(tokenize(draft))?.tokens.map((t) => t.word);

describe('withToolNamesRead', () => {
	it('reads the product names the models misread as a plain thing noun', () => {
		expect(read('Terraform state lock again.')).toEqual([TOOL_READING, 'state', 'lock', 'again']);
		expect(read('So you are a Kubernetes expert now?')).toContain(TOOL_READING);
		expect(read('The PHP and pytest upgrade')).toEqual(['the', TOOL_READING, 'and', TOOL_READING, 'upgrade']);
		expect(read("Terraform's plan output")?.[0]).toBe(`${TOOL_READING}'s`);
	});

	it('keeps offsets and the masked text', () => {
		const draft = 'Goddamn Terraform state lock again.';
		const tokenized = tokenize(draft);
		const spelled = withToolNamesRead(tokenized);
		expect(spelled?.masked).toBe(tokenized.masked);
		const word = spelled?.tokens.find((t) => t.word === TOOL_READING);
		expect(word && draft.slice(word.start, word.end)).toBe('Terraform');
	});

	it('leaves drafts without such a name alone', () => {
		expect(read('The build is green again.')).toBeUndefined();
		expect(read('Webpack and Jenkins are fine.')).toBeUndefined();
		expect(read('terraforming Mars')).toBeUndefined();
	});
});
