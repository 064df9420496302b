import { render } from 'preact';
import { browser } from '#imports';
import { OptionsPage } from '../../components/Settings/OptionsPage.tsx';
import '../../components/Settings/theme.css';
import '../../components/Settings/page.css';

/** Runtime host permission for an OpenAI-compatible endpoint (needs optional_host_permissions in the manifest). */
async function requestAccess(origin: string): Promise<boolean> {
	if (!browser.permissions?.request) return false;
	return browser.permissions.request({ origins: [`${origin}/*`] });
}

const root = document.getElementById('app');
if (root) {
	render(
		<OptionsPage
			openHistory={() => void browser.tabs.create({ url: browser.runtime.getURL('/history-page.html') })}
			requestAccess={requestAccess}
		/>,
		root,
	);
}
