import { render } from 'preact';
import { browser } from '#imports';
import { Popup } from '../../components/Popup/Popup.tsx';
import { sendMessage } from '../../utils/messaging.ts';
import '../../components/Settings/theme.css';
import '../../components/Popup/popup.css';

/** The active tab's hostname, or null for pages the extension can't check. `?host=` overrides it (tests). */
async function activeHostname(): Promise<string | null> {
	const override = new URLSearchParams(location.search).get('host');
	if (override) return override;
	const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
	try {
		const url = new URL(tab?.url ?? '');
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
	} catch {
		return null;
	}
}

const root = document.getElementById('app');
if (root) {
	void activeHostname().then((hostname) =>
		render(
			<Popup
				hostname={hostname}
				score={(text, options) => sendMessage('scoreDraft', { text, options })}
				health={(retry) => sendMessage('engineHealth', { retry })}
				openOptions={() => void browser.runtime.openOptionsPage()}
				openHistory={() => void browser.tabs.create({ url: browser.runtime.getURL('/history-page.html') })}
				openTour={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
			/>,
			root,
		),
	);
}
