/** Friendly names for the signals a user can switch off (titles match the in-page warning card). */
import { SIGNALS, type Signal } from '../../models/scoring/types.ts';

/**
 * Signals offered as toggles: the toxic head ("Insults, threats and slurs") and every dimension but the overall
 * label, which only the master switch turns off.
 */
export const TOGGLEABLE_DIMENSIONS: readonly Signal[] = SIGNALS.filter((d) => d !== 'Inappropriateness');

/** Short label and one-line hint per signal. */
export const DIMENSION_LABELS: Record<Signal, { label: string; hint: string }> = {
	Toxicity: {
		label: 'Insults, threats and slurs',
		hint: 'Hostile or abusive wording: insults, threats, slurs, swearing.',
	},
	Inappropriateness: { label: 'Overall tone', hint: 'The draft as a whole may read as inappropriate.' },
	'Toxic Emotions': {
		label: 'Toxic emotions',
		hint: 'Anger or contempt that may hurt more than it persuades.',
	},
	'Excessive Intensity': {
		label: 'Excessive intensity',
		hint: 'Stronger feelings than the situation needs.',
	},
	'Emotional Deception': { label: 'Emotional pressure', hint: 'Emotion used to push rather than inform.' },
	'Missing Commitment': { label: 'Missing commitment', hint: 'Not engaging with what others said.' },
	'Missing Seriousness': { label: 'Missing seriousness', hint: 'May read as mocking or trolling.' },
	'Missing Openness': { label: 'Missing openness', hint: 'Dismissing other views without weighing them.' },
	'Missing Intelligibility': { label: 'Hard to follow', hint: 'The point may not come across.' },
	'Unclear Meaning': { label: 'Unclear meaning', hint: 'Can be read in more than one way.' },
	'Missing Relevance': { label: 'Off topic', hint: 'Drifting away from the thread.' },
	'Confusing Reasoning': { label: 'Confusing reasoning', hint: "The argument's steps are hard to follow." },
	'Other Reasons': { label: 'Other concerns', hint: 'Something else may make it land badly.' },
	'Detrimental Orthography': { label: 'Shouting or sloppy style', hint: 'ALL CAPS, many "!!!", or typos.' },
	'Reason Unclassified': {
		// The card's name too (levels.ts): one name for one setting, not "Tone" / "Tone, no single reason".
		label: 'Overall tone',
		hint: 'The draft as a whole may read as inappropriate, though no one reason stands out.',
	},
};
