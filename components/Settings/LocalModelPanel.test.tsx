import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PRODUCTION_MODEL } from '../../models/rewrite/local-backend.ts';
import { localModelConsentItem } from '../../utils/host/rewrite-config.ts';
import { LocalModelPanel } from './LocalModelPanel.tsx';

function setup(removed = true) {
	let push: ((p: { file: string; status: string; progress?: number }) => void) | undefined;
	const remove = vi.fn(async () => removed);
	render(
		<LocalModelPanel
			onProgress={(listener) => {
				push = listener;
				return () => {
					push = undefined;
				};
			}}
			remove={remove}
		/>,
	);
	return { remove, progress: (p: { file: string; status: string; progress?: number }) => push?.(p) };
}

describe('LocalModelPanel', () => {
	it('states the size before anything is fetched, and records the yes', async () => {
		setup();
		expect(screen.getByTestId('local-model').textContent).toContain(
			`${PRODUCTION_MODEL.approxDownloadMB} MB`,
		);
		expect(await localModelConsentItem.getValue()).toBe(false);
		fireEvent.click(await screen.findByRole('button', { name: /Allow the download/ }));
		await waitFor(async () => expect(await localModelConsentItem.getValue()).toBe(true));
		expect(await screen.findByText(/Download allowed/)).toBeTruthy();
	});

	it('shows download progress from the host', async () => {
		const { progress } = setup();
		progress({ file: 'onnx/model_q4.onnx', status: 'progress', progress: 42 });
		const bar = (await screen.findByLabelText(/Downloading onnx\/model_q4.onnx/)) as HTMLProgressElement;
		expect(bar.value).toBe(42);
	});

	it('removes the download and withdraws the consent', async () => {
		await localModelConsentItem.setValue(true);
		const { remove } = setup();
		fireEvent.click(await screen.findByRole('button', { name: /Remove the downloaded model/ }));
		await screen.findByText('Removed from this device.');
		expect(remove).toHaveBeenCalledOnce();
		expect(await localModelConsentItem.getValue()).toBe(false);
	});
});
