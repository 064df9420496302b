/**
 * The first-run page, opened once on install (utils/background/first-run.ts): what Tactful does and its privacy
 * promise, a box to try it on the spot, the first three choices, and where to find it later. Reopened from the
 * popup's and options page's "Tour" link.
 */

import { KeyboardHint } from '../Keys/KeyboardHint.tsx';
import type { ScoreFn } from '../Popup/LiveExamples.tsx';
import { useRerenderAt } from '../Popup/useRerenderAt.ts';
import { useSettings } from '../Settings/useSettings.ts';
import { FirstChoices } from './FirstChoices.tsx';
import { type Quiet, type RewriteFn, TryIt } from './TryIt.tsx';
import { tryItOptions } from './try-it.ts';

export interface WelcomePageProps {
	score: ScoreFn;
	rewrite: RewriteFn;
	warmUp?: () => void;
	/** options.html#rewrite */
	rewriteSettingsUrl: string;
	/** Firefox words its toolbar differently ("Pin to Toolbar" in the extension's menu). */
	firefox?: boolean;
	now?: () => number;
}

export function WelcomePage({
	score,
	rewrite,
	warmUp,
	rewriteSettingsUrl,
	firefox = false,
	now = Date.now,
}: WelcomePageProps) {
	const { settings, save } = useSettings();
	// The box follows the popup's master switch and snooze, and checks again the moment a snooze runs out.
	const t = now();
	const snoozedUntil = settings && settings.snoozeUntil > t ? settings.snoozeUntil : 0;
	useRerenderAt(snoozedUntil, now);
	if (!settings) return <main class="tf-page" aria-busy="true" />;
	const quiet: Quiet | undefined = !settings.enabled
		? { reason: 'off' }
		: snoozedUntil
			? { reason: 'snoozed', until: snoozedUntil }
			: undefined;
	return (
		<main class="tf-page tf-welcome" data-testid="welcome">
			<header class="tf-page-head">
				<h1>Welcome to Tactful</h1>
				<ul class="tf-welcome-what">
					<li>
						As you write a comment on GitHub or a forum, Tactful underlines the words that may make it read as
						inappropriate.
					</li>
					<li>
						A small badge in the corner of the text box opens a card that says why, and it warns when the
						thread itself is heading for a flame war.
					</li>
					<li>One click applies a calmer rewrite that keeps your point; Ctrl+Z undoes it.</li>
				</ul>
				<p class="tf-welcome-privacy">
					<strong>Your drafts stay on this machine.</strong> They are scored by small models that come with
					the extension. Nothing you type leaves it unless you turn on a remote rewrite model yourself.
				</p>
			</header>

			<TryIt
				options={tryItOptions(settings)}
				score={score}
				rewrite={rewrite}
				warmUp={warmUp}
				quiet={quiet}
				onWake={() => save({ enabled: true, snoozeUntil: 0 })}
			/>

			<FirstChoices settings={settings} save={save} rewriteSettingsUrl={rewriteSettingsUrl} />

			<section class="tf-card" aria-labelledby="w-later">
				<h2 id="w-later">Finding it later</h2>
				<p>
					{firefox
						? 'Pin the toolbar button: open the Extensions menu (the puzzle piece), then the gear next to Tactful, and choose "Pin to Toolbar".'
						: 'Pin the toolbar button: click the Extensions button (the puzzle piece), then the pin next to Tactful.'}
				</p>
				<p>
					Its popup has these choices, a switch for the site you are on, and a snooze. "More options" opens
					every setting, and "Tour" brings you back to this page.
				</p>
				<KeyboardHint />
			</section>
		</main>
	);
}
