/** Rewrite backend choice, the "keep my words ↔ make it civil" dial, and the OpenAI-compatible endpoint. */
import { useEffect, useState } from 'preact/hooks';
import { normalizeBaseUrl, originOfBase } from '../../models/rewrite/base-url.ts';
import { checkServer } from '../../models/rewrite/check-server.ts';
import { getApiKey, saveApiKey } from '../../utils/storage/api-key.ts';
import { OPENAI_DEFAULTS, type Settings, type SettingsPatch } from '../../utils/storage/settings.ts';
import { LocalModelPanel, type LocalModelPanelProps } from './LocalModelPanel.tsx';
import { BACKENDS, defaultsInUse, originOf, PRESETS } from './rewrite-choices.ts';
import { ServerAccess } from './ServerAccess.tsx';

export interface RewriteSettingsProps {
	settings: Settings;
	save: (patch: SettingsPatch) => Promise<void>;
	/** The on-device model panel's link to the extension; the panel is hidden without it. */
	localModel?: LocalModelPanelProps;
	/** Asks the browser for access to the endpoint's origin; resolves to whether it was granted. */
	requestAccess?: (origin: string) => Promise<boolean>;
	/** Whether the browser already grants access to an origin (the saved server's access is shown when not). */
	hasAccess?: (origin: string) => Promise<boolean>;
}

export function RewriteSettings({
	settings,
	save,
	requestAccess,
	hasAccess,
	localModel,
}: RewriteSettingsProps) {
	const { rewrite } = settings;
	const [baseUrl, setBaseUrl] = useState(rewrite.openai.baseUrl);
	const [model, setModel] = useState(rewrite.openai.model);
	// The saved key and the origin it was saved for; the field shows it only while the address typed is that origin
	// (a preset or an edit to another server empties it: the key is not sent there, here or by the rewrites).
	const [saved, setSaved] = useState({ key: '', origin: '' });
	const [typedKey, setTypedKey] = useState<string | null>(null);
	const [note, setNote] = useState('');
	useEffect(() => void getApiKey().then(setSaved), []);
	const serverOrigin = (typed: string) => originOfBase(typed.trim() || OPENAI_DEFAULTS.baseUrl);
	const typedOrigin = serverOrigin(baseUrl);
	// A key saved before keys were bound belongs to the server saved with it.
	const keyOrigin = saved.origin || serverOrigin(rewrite.openai.baseUrl);
	const keyApplies = typedOrigin === keyOrigin;
	const apiKey = typedKey ?? (keyApplies ? saved.key : '');

	// Counts saves: "Save server" may have just granted the permission, so the access line asks again.
	const [saves, setSaves] = useState(0);
	const saveEndpoint = async (e: Event) => {
		e.preventDefault();
		// Empty = the default server; "localhost:11434/v1" or a pasted ".../chat/completions" is saved as the address
		// it means, and shown so.
		const typed = baseUrl.trim() ? normalizeBaseUrl(baseUrl) : ({ ok: true, url: '' } as const);
		if (!typed.ok) {
			setNote(typed.reason);
			return;
		}
		const origin = originOf(typed.url);
		setBaseUrl(typed.url);
		// Ask before the first await: Firefox only lets permissions.request run inside the click's own handler.
		const access = requestAccess ? requestAccess(origin).catch(() => false) : Promise.resolve(true);
		await save({ rewrite: { openai: { baseUrl: typed.url, model: model.trim() } } });
		const key = apiKey.trim();
		// Another server saved without a key of its own: the other server's key stays, bound to it (not sent here),
		// and comes back with its address.
		const keepOther = !key && typedKey === null && saved.key && serverOrigin(typed.url) !== keyOrigin;
		const next = keepOther
			? { key: saved.key, origin: keyOrigin }
			: { key, origin: key ? serverOrigin(typed.url) : '' };
		// The key lives in the extension's database (utils/storage/api-key.ts), which can fail where settings do not.
		const keyFailed = await saveApiKey(next.key, next.origin).then(
			() => '',
			(error: unknown) => (error instanceof Error ? error.message : String(error)),
		);
		if (!keyFailed) {
			setSaved(next);
			setTypedKey(null);
		}
		const granted = await access;
		setSaves((n) => n + 1);
		setNote(
			keyFailed
				? `Saved the server, but the browser would not store the API key (${keyFailed}). Try “Save server” again.`
				: granted
					? 'Saved.'
					: `Saved, but the browser did not grant access to ${origin}, so rewrites may not reach it. Press “Save server” again to allow it.`,
		);
	};

	const [checking, setChecking] = useState(false);
	// Checks what is typed, saved or not: a wrong key or a model the server lacks shows here, not on a draft.
	const check = async () => {
		setChecking(true);
		setNote('Asking the server…');
		const server = {
			baseUrl: baseUrl.trim() || OPENAI_DEFAULTS.baseUrl,
			model: model.trim() || OPENAI_DEFAULTS.model,
		};
		const result = await checkServer({ ...server, apiKey });
		// An unanswered check without the permission was blocked by the browser: say that, not "is it running?".
		const origin = originOf(server.baseUrl);
		const blocked = result.unreachable && hasAccess && !(await hasAccess(origin).catch(() => true));
		setChecking(false);
		// The server answers under another address ("…/v1" where "http://localhost:11434" was typed): shown in the
		// field, saved only when the user presses "Save server".
		if (result.baseUrl) setBaseUrl(result.baseUrl);
		setNote(
			blocked
				? `The browser blocked the check: Tactful has no permission to contact ${origin} yet. Press “Save server” to allow it.`
				: result.message,
		);
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
			{rewrite.backend === 'openai' && hasAccess && requestAccess && originOf(rewrite.openai.baseUrl) ? (
				<ServerAccess
					key={saves}
					origin={originOf(rewrite.openai.baseUrl)}
					hasAccess={hasAccess}
					requestAccess={requestAccess}
				/>
			) : null}
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
						{/* Not type="url": the browser would refuse "192.168.1.5:11434/v1" before normalizeBaseUrl reads it.
						    Empty means the default, shown as the placeholder and in words below. */}
						<input
							type="text"
							inputMode="url"
							autoComplete="url"
							spellcheck={false}
							placeholder={OPENAI_DEFAULTS.baseUrl}
							aria-describedby="tf-openai-defaults"
							value={baseUrl}
							onInput={(e) => setBaseUrl(e.currentTarget.value)}
						/>
					</label>
					<label>
						Model
						<input
							type="text"
							placeholder={OPENAI_DEFAULTS.model}
							aria-describedby="tf-openai-defaults"
							value={model}
							onInput={(e) => setModel(e.currentTarget.value)}
						/>
					</label>
					{!baseUrl.trim() || !model.trim() ? (
						<p class="tf-hint" id="tf-openai-defaults" data-testid="openai-defaults">
							{defaultsInUse(baseUrl, model)}
						</p>
					) : null}
					<label>
						API key <span class="tf-muted">(kept on this device only, never synced or exported)</span>
						<input
							type="password"
							autoComplete="off"
							value={apiKey}
							onInput={(e) => setTypedKey(e.currentTarget.value)}
						/>
					</label>
					{saved.key && !keyApplies && typedKey === null ? (
						<p class="tf-hint" data-testid="openai-key-elsewhere">
							Your saved API key is for {keyOrigin}; Tactful does not send it to{' '}
							{typedOrigin || 'another server'}. Enter this server’s key if it needs one.
						</p>
					) : null}
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
