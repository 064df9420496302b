/**
 * The options a session scores with: the popup's settings for this site (sensitivity, dimensions, swearing at
 * things), eased by what the user's feedback taught (utils/background/adaptation.ts).
 */
import type { ScoreOptions, Signal } from '../../models/scoring/types.ts';
import { easeSensitivity } from '../../utils/background/adaptation.ts';
import type { Adaptation } from '../../utils/background/history-types.ts';
import { effectiveAllowSwearing, effectiveSensitivity, type Settings } from '../../utils/storage/settings.ts';

/** Scoring options plus the sensitivity in effect (FieldController needs it to pick levels). */
export type SessionScoreOptions = ScoreOptions & { sensitivity: number };

/**
 * The options for `hostname`. `adaptation` is null unless it was computed from the current settings: a newer
 * slider value wins until the adaptation is refreshed.
 */
export function scoreOptionsFor(
	settings: Settings,
	hostname: string,
	adaptation: Adaptation | null,
): SessionScoreOptions {
	const disabledDimensions: Signal[] = settings.disabledDimensions;
	// This site's own sensitivity when it has one; learned feedback eases whichever value is in effect.
	const base = effectiveSensitivity(settings, hostname);
	const sensitivity = adaptation
		? easeSensitivity(base, adaptation.dimensionOffsets.Inappropriateness ?? 0)
		: base;
	const options: SessionScoreOptions = {
		sensitivity,
		disabledDimensions,
		// None learned: absent, as without an adaptation. `{}` changed the options' JSON when the adaptation first
		// loaded, and every draft on the page was rescored with its warning dropped meanwhile (srflake, session 15).
		dimensionOffsets:
			adaptation && Object.keys(adaptation.dimensionOffsets).length ? adaptation.dimensionOffsets : undefined,
	};
	// Only when on: the default options (and their JSON, which FieldController compares) stay as they were.
	if (effectiveAllowSwearing(settings, hostname)) options.allowSwearingAtThings = true;
	return options;
}
