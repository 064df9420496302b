/**
 * When a snooze ends, in words for "Snoozed … until <this>". A bare clock time misleads at the day's edges:
 * "Rest of today" read "until 12:00 AM" (taken for noon, or for this morning), and a snooze running past midnight
 * did not say it ends tomorrow (QA session 21).
 */
import { endOfToday } from '../../utils/storage/settings.ts';

const clock = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** `at` (epoch ms) as said from `now`: "midnight" (tonight's), "tomorrow, 12:30 AM", else the time today. */
export function snoozeUntilText(at: number, now: number): string {
	const midnight = endOfToday(now);
	if (at === midnight) return 'midnight';
	if (at < midnight) return clock(at);
	if (at < endOfToday(midnight)) return `tomorrow, ${clock(at)}`;
	return new Date(at).toLocaleString([], {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
	});
}
