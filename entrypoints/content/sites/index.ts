/** Ordered registry of site adapters; the generic fallback is last and always matches. */
import { discourse } from './discourse.ts';
import { generic } from './generic.ts';
import { github } from './github.ts';
import { hackernews } from './hackernews.ts';
import { lemmy } from './lemmy.ts';
import { reddit } from './reddit.ts';
import { stackexchange } from './stackexchange.ts';
import type { SiteAdapter } from './types.ts';

export type { SiteAdapter } from './types.ts';
export { isSiteField } from './types.ts';

/** Every adapter, specific ones first. */
export const ADAPTERS: readonly SiteAdapter[] = [
	github,
	discourse,
	reddit,
	hackernews,
	stackexchange,
	lemmy,
	generic,
];

/** The adapter for a page: by hostname first, then by the software's fingerprint in the markup. */
export function adapterFor(doc: Document, hostname: string = doc.location?.hostname ?? ''): SiteAdapter {
	for (const a of ADAPTERS) if (a !== generic && a.hosts.test(hostname)) return a;
	for (const a of ADAPTERS) if (a.fingerprint && doc.querySelector(a.fingerprint)) return a;
	return generic;
}
