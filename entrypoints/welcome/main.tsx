import { render } from 'preact';
import { browser } from '#imports';
import { WelcomePage } from '../../components/Welcome/WelcomePage.tsx';
import { sendMessage } from '../../utils/messaging.ts';
import '../../components/Settings/theme.css';
import '../../components/Settings/page.css';
import '../../components/Welcome/welcome.css';

// Scoring and rewrites go through the background to the inference host, as from a site: no model loads here.
const root = document.getElementById('app');
if (root) {
	render(
		<WelcomePage
			score={(text, options) => sendMessage('scoreDraft', { text, options })}
			rewrite={(text) => sendMessage('rewriteDraft', { text, field: 'welcome' })}
			warmUp={() => void sendMessage('warmUp', {}).catch(() => undefined)}
			rewriteSettingsUrl={browser.runtime.getURL('/options.html#rewrite')}
			firefox={import.meta.env.FIREFOX}
		/>,
		root,
	);
}
