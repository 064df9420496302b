import { render } from 'preact';
import { browser } from '#imports';
import type { LocalModelPanelProps } from '../../components/Settings/LocalModelPanel.tsx';
import { OptionsPage } from '../../components/Settings/OptionsPage.tsx';
import { originPattern } from '../../models/rewrite/openai-backend.ts';
import { hostAccess } from '../../utils/host/host-access.ts';
import { type ModelProgressBroadcast, sendMessage } from '../../utils/messaging.ts';
import '../../components/Settings/theme.css';
import '../../components/Settings/page.css';

/**
 * Runtime host permission for an OpenAI-compatible endpoint (needs optional_host_permissions in the manifest).
 * The pattern names the host without its port (`originPattern`): Firefox match patterns refuse a port.
 */
async function requestAccess(origin: string): Promise<boolean> {
	if (!browser.permissions?.request) return false;
	return browser.permissions.request({ origins: [originPattern(origin)] });
}

/** Whether the browser already lets Tactful contact that origin (see host-access.ts); unknown counts as yes. */
async function hasAccess(origin: string): Promise<boolean> {
	return (await hostAccess(origin)) ?? true;
}

/** The on-device model panel's link to the inference host: progress broadcasts in, removal out. */
const localModel: LocalModelPanelProps = {
	onProgress(listener) {
		const onMessage = (message: unknown) => {
			if (message && typeof message === 'object' && 'tactfulModelProgress' in message) {
				listener((message as ModelProgressBroadcast).tactfulModelProgress);
			}
		};
		browser.runtime.onMessage.addListener(onMessage);
		return () => browser.runtime.onMessage.removeListener(onMessage);
	},
	remove: async () => (await sendMessage('removeLocalModel', {})).removed,
};

const root = document.getElementById('app');
if (root) {
	render(
		<OptionsPage
			openHistory={() => void browser.tabs.create({ url: browser.runtime.getURL('/history-page.html') })}
			openTour={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
			requestAccess={requestAccess}
			hasAccess={hasAccess}
			localModel={localModel}
		/>,
		root,
	);
}
