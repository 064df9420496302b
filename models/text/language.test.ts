import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from './language.ts';

// Written for this test: calm replies in other languages, and English drafts that must stay English.
const OTHER = [
	'Nein, das stimmt so nicht. Der Fehler liegt im Parser, nicht im Lexer, bitte noch einmal prüfen.',
	'Danke für den Patch, ich teste ihn heute Abend und melde mich dann.',
	'Merci pour le correctif, je vais le tester ce soir et je vous dirai si ça marche.',
	'No, eso no es correcto. El error está en el analizador, revísalo otra vez por favor.',
	'Obrigado pela correção, vou testar hoje à noite e aviso se funcionar.',
	'Grazie per la patch, la provo stasera e ti faccio sapere se funziona.',
	'Ik denk dat dit een slecht idee is, maar laten we het proberen.',
	'Kan du kolla igen? Det fungerar inte hos mig efter uppdateringen.',
	'Bu değişiklik derlemeyi bozdu, lütfen geri alabilir misiniz?',
	'Dziękuję za poprawkę, nie jest to jednak to, o co prosiłem.',
	'شكرا على الإصلاح، سأجربه الليلة وأخبرك إذا نجح.',
	'תודה על התיקון, אבדוק אותו הערב ואעדכן אם זה עובד.',
	'修正ありがとうございます。今夜試してみて、動くかどうかお知らせします。',
	'Спасибо за исправление, попробую сегодня вечером и напишу, работает ли.',
];

const ENGLISH = [
	'You are a complete idiot and your code is garbage.',
	'Moron. Garbage code. Terrible.',
	'Shut up.',
	'Thanks for the fix 🙏🎉 I will test it tonight 👍',
	'Supercalifragilisticexpialidociousantidisestablishmentarianism breaks the layout of the comment box',
	'The MIT license per se is fine, but del config.ini and the OS image still ship.',
	'Kick dem out da spot, dat build is broken again',
	// Quoted text and code are not the writer's words: an English reply to a German comment stays English.
	'> Das funktioniert nicht, bitte prüfen\n\nI cannot reproduce this on main, which version are you on?',
	'Run `ist das nicht ein der die das` and tell me what it prints.',
	'Et al. and ad hoc fixes de facto became the norm here, which is not great.',
];

describe('readsAsEnglish', () => {
	it.each(OTHER)('another language: %s', (text) => expect(readsAsEnglish(text)).toBe(false));
	it.each(ENGLISH)('English: %s', (text) => expect(readsAsEnglish(text)).toBe(true));
	it('too short to tell reads as English', () => {
		expect(readsAsEnglish('Danke schön')).toBe(true);
		expect(readsAsEnglish('')).toBe(true);
		expect(readsAsEnglish('👍👍👍')).toBe(true);
	});
});
