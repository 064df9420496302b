import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { type BanditState, emptyBandit, recordOutcome } from '../../models/rewrite/bandit.ts';
import { type LearnedClient, LearnedPreferences } from './LearnedPreferences.tsx';

function fakeClient(initial: BanditState) {
	let state = initial;
	let resets = 0;
	const client: LearnedClient = {
		get: async () => state,
		reset: async () => {
			resets++;
			state = emptyBandit();
		},
	};
	return { client, resets: () => resets };
}

describe('LearnedPreferences', () => {
	it('says what was learned, and resets it only after the confirmation', async () => {
		const { client, resets } = fakeClient(recordOutcome(emptyBandit(), 'Toxic', 'soften.none.t0', 'accept'));
		render(<LearnedPreferences client={client} />);
		expect(await screen.findByText(/From 1 rewrite you applied and 0 you turned down/)).toBeTruthy();
		expect(screen.getByText('Softened: applied 1, turned down 0')).toBeTruthy();
		fireEvent.click(screen.getByTestId('reset-learned'));
		expect(resets()).toBe(0);
		expect(document.activeElement?.textContent).toBe('Cancel');
		fireEvent.click(screen.getByText('Cancel'));
		expect(resets()).toBe(0);
		fireEvent.click(screen.getByTestId('reset-learned'));
		fireEvent.click(screen.getByTestId('confirm-reset-learned'));
		await waitFor(() => expect(screen.getByTestId('learned-words').textContent).toMatch(/^Nothing learned/));
		expect(resets()).toBe(1);
		expect(screen.getByTestId('learned-message').textContent).toMatch(/history is unchanged/);
	});

	it('offers no reset when nothing was learned, and says when the host cannot be read', async () => {
		render(<LearnedPreferences client={fakeClient(emptyBandit()).client} />);
		await screen.findByText(/^Nothing learned from you yet/);
		expect(screen.getByTestId('reset-learned').getAttribute('aria-disabled')).toBe('true');
		render(
			<LearnedPreferences
				client={{ get: () => Promise.reject(new Error('no host')), reset: async () => undefined }}
			/>,
		);
		expect((await screen.findByRole('alert')).textContent).toBe(
			'Could not read what Tactful learned: no host.',
		);
	});
});
