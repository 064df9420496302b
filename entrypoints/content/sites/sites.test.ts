// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFields } from '../fields.ts';
import { ADAPTERS, adapterFor, isSiteField } from './index.ts';

const PAGES = path.resolve(__dirname, '../../../tests/pages');
const SOURCES = path.resolve(__dirname);

function load(file: string): Document {
	const doc = document.implementation.createHTMLDocument('snapshot');
	doc.documentElement.innerHTML = fs
		.readFileSync(path.join(PAGES, file), 'utf8')
		.replace(/<!doctype html>/i, '');
	return doc;
}

describe('site adapters', () => {
	for (const adapter of ADAPTERS) {
		it(`${adapter.id}: is one file with a snapshot and Test URLs`, () => {
			const source = fs.readFileSync(path.join(SOURCES, `${adapter.id}.ts`), 'utf8');
			expect(source).toContain('Test URLs');
			expect(adapter.fixtures.length).toBeGreaterThan(0);
		});
		for (const [count, file] of adapter.fixtures) {
			it(`${adapter.id}: finds ${count} comment field(s) on ${file}`, () => {
				const doc = load(file);
				expect(adapterFor(doc, '127.0.0.1').id).toBe(adapter.id);
				const fields = findFields(doc, adapter.skip).filter((el) => isSiteField(adapter, el));
				expect(fields.length).toBe(count);
			});
		}
	}
	it('picks adapters by hostname before markup', () => {
		const doc = document.implementation.createHTMLDocument('x');
		expect(adapterFor(doc, 'github.com').id).toBe('github');
		expect(adapterFor(doc, 'old.reddit.com').id).toBe('reddit');
		expect(adapterFor(doc, 'cooking.stackexchange.com').id).toBe('stackexchange');
		expect(adapterFor(doc, 'example.org').id).toBe('generic');
	});
});
