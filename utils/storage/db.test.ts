import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDB } from './db.ts';

let db: TactfulDB;
let n = 0;

describe('TactfulDB', () => {
	beforeEach(async () => {
		db = new TactfulDB(`test-db-${n++}`);
		await db.open();
	});
	afterEach(async () => {
		await db.delete();
	});

	it('declares every table, including the bandit table', () => {
		expect(db.tables.map((t) => t.name).sort()).toEqual([
			'daily',
			'drafts',
			'events',
			'feedback',
			'meta',
			'rewriteOutcomes',
			'secrets',
		]);
		expect(db.rewriteOutcomes.schema.indexes.map((i) => i.name).sort()).toEqual(['at', 'strategy']);
	});

	it('creates, reads, updates and deletes events', async () => {
		const id = await db.events.add({
			at: 1,
			site: 'github.com',
			level: 'warn',
			dimensions: ['Toxic Emotions'],
			action: 'shown',
		});
		expect((await db.events.get(id))?.site).toBe('github.com');
		await db.events.update(id, { action: 'dismissed' });
		expect((await db.events.get(id))?.action).toBe('dismissed');
		expect(await db.events.where('site').equals('github.com').count()).toBe(1);
		await db.events.delete(id);
		expect(await db.events.count()).toBe(0);
	});

	it('keys drafts by field and replaces on put', async () => {
		await db.drafts.put({ key: 'a#0', site: 'a', text: 'one', updatedAt: 1 });
		await db.drafts.put({ key: 'a#0', site: 'a', text: 'two', updatedAt: 2 });
		expect(await db.drafts.count()).toBe(1);
		expect((await db.drafts.get('a#0'))?.text).toBe('two');
	});

	it('queries rewrite outcomes by strategy and time', async () => {
		await db.rewriteOutcomes.bulkAdd([
			{ strategy: 'soften', at: 1, accepted: true, reward: 1 },
			{ strategy: 'soften', at: 5, accepted: false, reward: 0 },
			{ strategy: 'rephrase', at: 3, accepted: true },
		]);
		expect(await db.rewriteOutcomes.where('strategy').equals('soften').count()).toBe(2);
		expect(await db.rewriteOutcomes.where('at').above(2).count()).toBe(2);
	});
});
