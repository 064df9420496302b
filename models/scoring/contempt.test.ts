import { describe, expect, it } from 'vitest';
import { addressesReader } from './contempt.ts';

const words = (s: string) => s.split(/[^\p{L}']+/u).filter(Boolean);

describe('addressesReader (the contempt pass reads only sentences to the reader)', () => {
	it('takes a second-person word anywhere in the sentence', () => {
		expect(addressesReader(words('The migration drops the index because you skipped the hook'))).toBe(true);
		expect(addressesReader(words('Your loop allocates on every pass'))).toBe(true);
		expect(addressesReader(words('I think yourself is not a word here'))).toBe(true);
	});

	it('takes an imperative opening, after softeners like "maybe" or "just"', () => {
		expect(addressesReader(words('Maybe leave the design to the platform team'))).toBe(true);
		expect(addressesReader(words('Just read the changelog first'))).toBe(true);
		expect(addressesReader(words("Don't touch the lockfile"))).toBe(true);
	});

	it('leaves statements about things, the writer or third parties alone', () => {
		expect(addressesReader(words('The build failed on the arm runner again'))).toBe(false);
		expect(addressesReader(words('I broke the release script, sorry'))).toBe(false);
		expect(addressesReader(words('Nobody with real experience would write a loop like this'))).toBe(false);
	});
});
