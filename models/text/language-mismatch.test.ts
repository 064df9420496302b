import { describe, expect, it } from 'vitest';
import { clearLanguage, languageMismatch } from './language.ts';

// Written for this test (session 30, lang30): a draft, a model's answer, and whether the answer is in another
// language than the draft. DEV was tuned on; CHECK was written before the first run and not tuned on.
type Case = [draft: string, answer: string, differs: boolean];

const DEV: Case[] = [
	[
		'This fucking patch broke the parser AGAIN, test your code before you push!!!',
		'Ce correctif a de nouveau cassé l’analyseur, merci de tester votre code avant de le pousser.',
		true,
	],
	[
		'This fucking patch broke the parser AGAIN, test your code before you push!!!',
		'This patch broke the parser again; please test your code before you push.',
		false,
	],
	[
		'Dieser verdammte Patch hat den Parser schon wieder kaputt gemacht, teste deinen Code!',
		'Dieser Patch hat den Parser leider wieder kaputt gemacht, bitte teste den Code noch einmal.',
		false,
	],
	[
		'Dieser verdammte Patch hat den Parser schon wieder kaputt gemacht, teste deinen Code!',
		'This patch broke the parser again, please test your code before you push.',
		true,
	],
	[
		'Your idiotic change to `parse_config` broke everything, revert it.',
		'The change to `parse_config` broke the build:\n\n```py\ncfg = parse_config(path, strict=True)\n```\n\nPlease revert it.',
		false,
	],
	['Shut up, moron.', 'Bitte nicht.', false],
	[
		'Esto es una basura, el código no funciona para nada.',
		'El código no funciona como se espera, ¿puedes revisarlo?',
		false,
	],
	['This is garbage, read the docs.', 'Это неправильно, пожалуйста, прочитайте документацию ещё раз.', true],
	[
		'Only a clown would ship this, the docs at https://example.org/de/docs/la/le/et say otherwise.',
		'I would not ship this yet, the docs at https://example.org/de/docs/la/le/et say otherwise.',
		false,
	],
];

const CHECK: Case[] = [
	[
		'Are you blind? The test fails on CI every single time and you keep merging it.',
		'Le test échoue sur la CI à chaque fois et vous continuez à le fusionner.',
		true,
	],
	[
		'Are you blind? The test fails on CI every single time and you keep merging it.',
		'El test falla en la CI cada vez y sigues haciendo merge de todos modos.',
		true,
	],
	[
		'Are you blind? The test fails on CI every single time and you keep merging it.',
		'The test fails on CI every time, and it keeps getting merged. Could we hold off until it passes?',
		false,
	],
	[
		'What a joke of a design, the cache is never invalidated.',
		'I have a déjà vu here: the cache is never invalidated, which is a raison d’être for this issue.',
		false,
	],
	[
		'Stupid question, but did nobody read the error? It literally says "le fichier est introuvable".',
		'Did anyone read the error? It says "le fichier est introuvable", so the path is wrong.',
		false,
	],
	[
		'Het is echt waardeloos, de build faalt weer en niemand kijkt ernaar.',
		'De build faalt weer en ik denk dat iemand er even naar moet kijken.',
		false,
	],
	[
		'Het is echt waardeloos, de build faalt weer en niemand kijkt ernaar.',
		'The build is failing again and I think someone should take a look at it.',
		true,
	],
	['Lol no.', 'Non merci.', false],
	[
		'This regex is garbage.',
		'`^(?:le|la|les|et|est)\\s+(\\w+)$` does not match "der die das", see src/fr/le_parser.ts.',
		false,
	],
	[
		'Questo codice è una schifezza, non funziona per niente.',
		'Questo codice non funziona ancora, puoi controllarlo di nuovo?',
		false,
	],
	[
		'このパッチは最悪です。テストを書いてください。',
		'このパッチには問題があります。テストを追加していただけますか。',
		false,
	],
	[
		'Fix your broken build, it has been red all week.',
		'修正してください。ビルドは一週間ずっと失敗しています。',
		true,
	],
];

describe.each([
	['dev', DEV],
	['check', CHECK],
])('languageMismatch (%s)', (_set, cases) => {
	it.each(cases)('%s → %s: differs %s', (draft, answer, differs) => {
		expect(Boolean(languageMismatch(draft, answer)), JSON.stringify(languageMismatch(draft, answer))).toBe(
			differs,
		);
	});
});

describe('clearLanguage', () => {
	it('too little to tell says nothing', () => {
		expect(clearLanguage('Nope.')).toBeUndefined();
		expect(clearLanguage('`a.b()` https://x.io/la/le/et')).toBeUndefined();
		expect(clearLanguage('')).toBeUndefined();
	});
	it('names the language it reads', () => {
		expect(clearLanguage('Merci pour le correctif, je vais le tester ce soir.')).toBe('fr');
		expect(clearLanguage('Danke für den Patch, ich teste ihn heute Abend.')).toBe('de');
		expect(clearLanguage('Thanks for the patch, I will test it tonight.')).toBe('en');
	});
});
