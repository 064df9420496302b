/** Rewrite backend choice, the "keep my words ↔ make it civil" dial, and the OpenAI-compatible endpoint. */
import { useEffect, useState } from 'preact/hooks';
import { normalizeBaseUrl } from '../../models/rewrite/base-url.ts';
import { checkServer } from '../../models/rewrite/check-server.ts';
import { OPENAI_PRESETS } from '../../models/rewrite/openai-backend.ts';
import {
	openaiKeyItem,
	type RewriteBackend,
	type Settings,
	type SettingsPatch,
} from '../../utils/storage/settings.ts';
import { LocalModelPanel, type LocalModelPanelProps } from './LocalModelPanel.tsx';

export interface RewriteSettingsProps {
	settings: Settings;
	save: (patch: SettingsPatch) => Promise<void>;
	/** The on-device model panel's link to the extension; the panel is hidden without it. */
	localModel?: LocalModelPanelProps;
	/** Asks the browser for access to the endpoint's origin; resolves to whether it was granted. */
	requestAccess?: (origin: string) => Promise<boolean>;
}

const BACKENDS: { id: RewriteBackend; label: string; hint: string }[] = [
	{
		id: 'offline',
		label: 'Quick fixes (built in)',
		hint: 'Instant, no model: softens or removes the words responsible.',
	},
	{
		id: 'local',
		label: 'Small model on this device',
		hint: 'Downloaded once, only after you confirm. Nothing leaves your computer.',
	},
	{
		id: 'chrome',
		label: "Browser's built-in AI",
		hint: 'Used when your browser offers one; quick fixes otherwise.',
	},
	{
		id: 'openai',
		label: 'OpenAI-compatible server',
		// The thread's last comments go along as context (rewrite-section.tsx), so the wording must say so.
		hint: 'Ollama, LM Studio, OpenAI or others. Your warned drafts, with the last few comments of the thread for context, are sent to that server.',
	},
];

// A preset sets the model too: keeping the previous server's model name (say gpt-4o-mini on Ollama) only 404s.
const PRESETS = [
	{ label: 'Ollama', ...OPENAI_PRESETS.ollama },
	{ label: 'LM Studio', ...OPENAI_PRESETS.lmstudio },
	{ label: 'OpenAI', ...OPENAI_PRESETS.openai },
];

export function RewriteSettings({ settings, save, requestAccess, localModel }: RewriteSettingsProps) {
	const { rewrite } = settings;
	const [baseUrl, setBaseUrl] = useState(rewrite.openai.baseUrl);
	const [model, setModel] = useState(rewrite.openai.model);
	const [apiKey, setApiKey] = useState('');
	const [note, setNote] = useState('');
	useEffect(() => void openaiKeyItem.getValue().then((k) => setApiKey(k ?? '')), []);

	const saveEndpoint = async (e: Event) => {
		e.preventDefault();
		// "localhost:11434/v1" or a pasted ".../chat/completions" is saved as the address it means, and shown so.
		const typed = normalizeBaseUrl(baseUrl);
		if (!typed.ok) {
			setNote(typed.reason);
			return;
		}
		const origin = new URL(typed.url).origin;
		setBaseUrl(typed.url);
		// Ask before the first await: Firefox only lets permissions.request run inside the click's own handler.
		const access = requestAccess ? requestAccess(origin).catch(() => false) : Promise.resolve(true);
		await save({ rewrite: { openai: { baseUrl: typed.url, model: model.trim() } } });
		await openaiKeyItem.setValue(apiKey.trim());
		const granted = await access;
		setNote(
			granted
				? 'Saved.'
				: `Saved, but the browser did not grant access to ${origin}, so rewrites may not reach it. Press “Save server” again to allow it.`,
		);
	};

	const [checking, setChecking] = useState(false);
	// Checks what is typed, saved or not: a wrong key or a model the server lacks shows here, not on a draft.
	const check = async () => {
		setChecking(true);
		setNote('Asking the server…');
		const result = await checkServer({ baseUrl, model, apiKey });
		setChecking(false);
		setNote(result.message);
	};

	return (
		<div data-testid="rewrite-settings">
			<fieldset class="tf-radios">
				<legend>Where rewrites come from</legend>
				{BACKENDS.map((b) => (
					<label key={b.id} class="tf-radio">
						<input
							type="radio"
							name="backend"
							value={b.id}
							checked={rewrite.backend === b.id}
							onChange={() => save({ rewrite: { backend: b.id } })}
						/>
						<span>
							{b.label}
							<span class="tf-hint">{b.hint}</span>
						</span>
					</label>
				))}
			</fieldset>
			{rewrite.backend === 'local' && localModel ? <LocalModelPanel {...localModel} /> : null}
			{rewrite.backend === 'openai' ? (
				<form class="tf-form" onSubmit={saveEndpoint} data-testid="openai-form">
					{/* biome-ignore lint/a11y/useSemanticElements: a row of preset buttons inside the form's own fieldset */}
					<div class="tf-btns" role="group" aria-label="Presets">
						{PRESETS.map((p) => (
							<button
								key={p.label}
								type="button"
								class="tf-btn"
								onClick={() => {
									setBaseUrl(p.baseUrl);
									setModel(p.model);
								}}
							>
								{p.label}
							</button>
						))}
					</div>
					<label>
						Base URL
						{/* Not type="url": the browser would refuse "192.168.1.5:11434/v1" before normalizeBaseUrl reads it. */}
						<input
							type="text"
							inputMode="url"
							autoComplete="url"
							spellcheck={false}
							required
							value={baseUrl}
							onInput={(e) => setBaseUrl(e.currentTarget.value)}
						/>
					</label>
					<label>
						Model
						<input type="text" required value={model} onInput={(e) => setModel(e.currentTarget.value)} />
					</label>
					<label>
						API key <span class="tf-muted">(kept on this device only, never synced or exported)</span>
						<input
							type="password"
							autoComplete="off"
							value={apiKey}
							onInput={(e) => setApiKey(e.currentTarget.value)}
						/>
					</label>
					<div class="tf-row">
						<span class="tf-note" role="status">
							{note}
						</span>
						<span class="tf-btns">
							<button type="button" class="tf-btn" onClick={check} disabled={checking}>
								Check server
							</button>
							<button type="submit" class="tf-btn tf-btn-primary">
								Save server
							</button>
						</span>
					</div>
				</form>
			) : null}
		</div>
	);
}
