import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { WarningCard, type WarningCardProps } from './WarningCard.tsx';

// A long CodeMirror draft (entrypoints/content/editors/codemirror.ts): the culprit off-screen, or only the rendered
// part readable.
const renderCard = (props: Partial<WarningCardProps> = {}) =>
	render(
		<WarningCard
			level="warn"
			reasons={[{ title: 'Insults', explanation: 'hostile wording.' }]}
			quotes={['idiot']}
			onFine={() => {}}
			onSnooze={() => {}}
			onClose={() => {}}
			{...props}
		/>,
	);

describe('WarningCard on a long draft', () => {
	it('says which line the off-screen passage is on and "Show me" asks to scroll there', () => {
		const onShow = vi.fn();
		renderCard({ offscreen: { line: 84, where: 'below', onShow } });
		expect(screen.getByTestId('card-offscreen').textContent).toMatch(/line 84, below what the editor shows/);
		fireEvent.click(screen.getByText('Show me'));
		expect(onShow).toHaveBeenCalledOnce();
	});

	it('a calm verdict on only the rendered part is not headed "Looks fine" and says what was checked', () => {
		renderCard({ level: 'ok', reasons: [], quotes: [], partialDraft: true });
		expect(screen.queryByText('Looks fine')).toBeNull();
		expect(screen.getByText('Checked only what shows')).toBeTruthy();
		expect(screen.getByTestId('card-partial').textContent).toBe(
			'Only the visible part of this long draft was checked.',
		);
	});

	it('shows neither note for an ordinary draft', () => {
		renderCard();
		expect(screen.queryByTestId('card-offscreen')).toBeNull();
		expect(screen.queryByTestId('card-partial')).toBeNull();
	});
});
