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
		// Only a whole name, or a name and "'s" (session 15 looks names up instead of matching a regex per word).
		expect(read("The terraform2 module, the npm's's cache and the xgradle task.")).toBeUndefined();
		expect(read("npm's lockfile")?.[0]).toBe(`${TOOL_READING}'s`);
	});
});

describe('Black, the Python formatter (session 14, civil3)', () => {
	it('reads "Black" as the tool when capitalised in a draft about formatting', () => {
		expect(read('Black hates my damn long lines.')?.[0]).toBe(TOOL_READING);
		expect(read('Black keeps splitting my chained calls onto twelve lines.')?.[0]).toBe(TOOL_READING);
		expect(read('Upgrading Black changed the formatting of every string.')).toContain(TOOL_READING);
		expect(read("Black's output broke the diff again.")?.[0]).toBe(`${TOOL_READING}'s`);
	});

	it('leaves the colour and people alone', () => {
		expect(read('Black people are all the same, I hate them.')).toBeUndefined();
		expect(read("I don't take reviews on my formatting from Black guys.")).toBeUndefined();
		expect(read('Keep your Black friends out of my repo config.')).toBeUndefined();
		expect(read('The black theme makes the lines hard to read.')).toBeUndefined();
		expect(read('Black lives matter.')).toBeUndefined();
		expect(read('My cat is Black and sleeps all day.')).toBeUndefined();
	});
});
