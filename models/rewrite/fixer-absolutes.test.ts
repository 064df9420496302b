import { describe, expect, it } from 'vitest';
import { restateAbsolutes } from './fixer-absolutes.ts';

describe('restateAbsolutes', () => {
	it('softens "never" and "always" to "rarely" and "often" with the soften template', () => {
		expect(restateAbsolutes('You never test it and u always skip review.', 'soften')).toBe(
			'You rarely test it and u often skip review.',
		);
	});

	it('says what is missing with the templates that restate', () => {
		expect(restateAbsolutes('You never test your code.', 'restate')).toBe(
			'It would help if you could test your code.',
		);
		expect(restateAbsolutes('you never replied', 'neutral')).toBe("it seems you haven't replied");
		expect(restateAbsolutes('You always break the build.', 'restate')).toBe(
			'It seems you often break the build.',
		);
		expect(restateAbsolutes('you always are late', 'restate')).toBe('you are often late');
	});

	it('leaves other text alone', () => {
		expect(restateAbsolutes('We never ship on Fridays.', 'restate')).toBe('We never ship on Fridays.');
	});
});
