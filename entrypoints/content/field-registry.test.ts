import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldController } from './field-controller.ts';
import { createFieldRegistry } from './field-registry.ts';
import { generic } from './sites/generic.ts';
import { fakeScore } from './testing/fake-deps.ts';

let controller: AbortController;
afterEach(() => {
	controller?.abort();
	document.body.innerHTML = '';
});

function setup() {
	document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b" data-tactful="off"></textarea>';
	controller = new AbortController();
	const gone: FieldController[] = [];
	const registry = createFieldRegistry({
		site: generic,
		signal: controller.signal,
		score: async (text, options) => fakeScore(text, options),
		options: () => ({ sensitivity: 0.5 }),
		mirrorHost: () => document.body,
		changed: () => undefined,
		gone: (c) => gone.push(c),
		repaint: () => undefined,
	});
	const field = (id: string) => document.getElementById(id) as HTMLElement;
	return { registry, gone, field };
}

describe('createFieldRegistry', () => {
	it('makes one controller per field on first contact, and remembers skipped fields as null', () => {
		const { registry, field } = setup();
		expect(registry.known(field('a'))).toBeUndefined();
		const c = registry.attach(field('a'));
		expect(c).not.toBeNull();
		expect(registry.attach(field('a'))).toBe(c);
		expect(registry.known(field('a'))).toBe(c);
		expect(registry.attach(field('b'))).toBeNull(); // opted out
		expect(registry.known(field('b'))).toBeNull();
		expect(registry.controllers()).toEqual([c]);
	});

	it('forgets a field when its own switch stops it, so a later contact starts afresh', () => {
		const { registry, gone, field } = setup();
		const c = registry.attach(field('a')) as FieldController;
		registry.live.get(c.id)?.stop.abort();
		expect(gone).toEqual([c]);
		expect(registry.controllers()).toEqual([]);
		expect(registry.known(field('a'))).toBeUndefined();
		const again = registry.attach(field('a'));
		expect(again?.id).not.toBe(c.id);
	});

	it('a field stopped on its own leaves no listener on the session, which would keep it alive', () => {
		const { registry, field } = setup();
		const added = vi.spyOn(controller.signal, 'addEventListener');
		const removed = vi.spyOn(controller.signal, 'removeEventListener');
		const c = registry.attach(field('a')) as FieldController;
		registry.live.get(c.id)?.stop.abort();
		const listeners = added.mock.calls.filter(([type]) => type === 'abort').map(([, fn]) => fn);
		expect(listeners.length).toBeGreaterThan(0);
		for (const fn of listeners) expect(removed).toHaveBeenCalledWith('abort', fn);
	});

	it('stops every field when the session stops', () => {
		const { registry, gone, field } = setup();
		const c = registry.attach(field('a'));
		controller.abort();
		expect(gone).toEqual([c]);
		expect(registry.live.size).toBe(0);
	});
});
