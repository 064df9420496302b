import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Inference runs in the offscreen document (Chrome) or the background page (Firefox); both need
// 'wasm-unsafe-eval' for onnxruntime-web. Content scripts never load models.
export default defineConfig({
	imports: false,
	manifestVersion: 3,
	manifest: ({ browser }) => ({
		name: 'Tactful',
		description:
			'Warns, as you type, when a comment reads as inappropriate, and offers a civil rewrite. Local-first.',
		// activeTab: the popup needs the active tab's URL for its per-site switch (content-script matches don't grant it).
		// scripting (Chrome): puts the new content script into tabs left open across an update (background/reinject.ts).
		permissions:
			browser === 'firefox' ? ['storage', 'activeTab'] : ['storage', 'activeTab', 'offscreen', 'scripting'],
		// Chrome: the content scripts' own <all_urls>, stated again so that the background may inject the new content
		// script into tabs left open across an update (content-script matches do not allow scripting.executeScript).
		// Same install warning as the content scripts already give ("read and change all your data on all websites"),
		// so an update asks nothing; a user who limited site access still withholds it.
		...(browser === 'firefox' ? {} : { host_permissions: ['<all_urls>'] }),
		// Asked for at run time, one origin at a time, when the user points rewrites at an OpenAI-compatible endpoint.
		optional_host_permissions: ['http://*/*', 'https://*/*'],
		// The card's shortcut, rebindable in chrome://extensions/shortcuts and Firefox's Manage Extension Shortcuts
		// (utils/shortcut.ts CARD_COMMAND; the background routes it to the focused text box's frame).
		commands: {
			'open-card': {
				suggested_key: { default: 'Alt+Shift+T' },
				description: "Open Tactful's card for the focused text box",
			},
		},
		content_security_policy: {
			extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
		},
		...(browser === 'firefox'
			? { browser_specific_settings: { gecko: { id: 'tactful@tactful.dev', strict_min_version: '128.0' } } }
			: {}),
	}),
	vite: () => ({ plugins: [preact()] }),
});
