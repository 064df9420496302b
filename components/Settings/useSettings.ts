/** Preact hook: the effective settings (live across contexts) and a saver. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
	getSettings,
	type Settings,
	type SettingsPatch,
	updateSettings,
	watchSettings,
} from '../../utils/storage/settings.ts';

/** `settings` is null until the first read resolves. `save` writes through storage; the watcher re-renders. */
export function useSettings(): {
	settings: Settings | null;
	save: (patch: SettingsPatch | ((s: Settings) => Settings)) => Promise<void>;
} {
	const [settings, setSettings] = useState<Settings | null>(null);
	useEffect(() => {
		let live = true;
		void getSettings().then((s) => live && setSettings(s));
		const unwatch = watchSettings((s) => live && setSettings(s));
		return () => {
			live = false;
			unwatch();
		};
	}, []);
	const save = useCallback(async (patch: SettingsPatch | ((s: Settings) => Settings)) => {
		setSettings(await updateSettings(patch));
	}, []);
	return { settings, save };
}
