/**
 * Preact hook: shows the section a link asked for (`options.html#rewrite`, or a card's "Fix in settings" through
 * settingsSectionItem) once the page has rendered, and again whenever a new request arrives while it is open.
 */
import { useEffect } from 'preact/hooks';
import {
	SECTION_REQUEST_TTL_MS,
	type SettingsSectionRequest,
	settingsSectionItem,
} from '../../utils/storage/settings-section.ts';

/** Scrolls the section with that id into view and moves keyboard (and screen reader) focus to its heading. */
export function showSection(doc: Document, id: string): boolean {
	const section = doc.getElementById(id);
	if (!section) return false;
	section.scrollIntoView?.({ block: 'start' });
	const heading = section.querySelector<HTMLElement>('h2') ?? section;
	heading.tabIndex = -1;
	heading.focus({ preventScroll: true });
	return true;
}

/** `ready`: the sections are rendered (the page waits for settings first). */
export function useSectionFocus(ready: boolean, now: () => number = Date.now): void {
	useEffect(() => {
		if (!ready) return;
		let live = true;
		const honour = (request: SettingsSectionRequest | null) => {
			if (!live || !request || now() - request.at > SECTION_REQUEST_TTL_MS) return;
			if (showSection(document, request.section)) void settingsSectionItem.setValue(null);
		};
		const hash = decodeURIComponent(location.hash.slice(1));
		if (hash) showSection(document, hash);
		void settingsSectionItem.getValue().then(honour);
		const unwatch = settingsSectionItem.watch(honour);
		return () => {
			live = false;
			unwatch();
		};
	}, [ready, now]);
}
