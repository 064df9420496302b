/**
 * The on-device rewrite model's consent panel: what it is and how big it is, stated before anything is fetched;
 * "Allow the download" is the opt-in the inference host checks; a progress bar while it downloads (the host
 * broadcasts progress); and "Remove the downloaded model" to get the disk space back.
 */
import { useEffect, useState } from 'preact/hooks';
import { PRODUCTION_MODEL } from '../../models/rewrite/local-backend.ts';
import { localModelConsentItem } from '../../utils/host/rewrite-config.ts';
import type { ModelProgressBroadcast } from '../../utils/messaging.ts';

type Progress = ModelProgressBroadcast['tactfulModelProgress'];

/** What the panel needs from the extension (injected for tests). */
export interface LocalModelPanelProps {
	/** Subscribes to progress broadcasts; returns the unsubscribe. */
	onProgress(listener: (progress: Progress) => void): () => void;
	/** Deletes the downloaded files through the inference host. */
	remove(): Promise<boolean>;
}

const MODEL_NAME = PRODUCTION_MODEL.id.split('/').pop() ?? PRODUCTION_MODEL.id;

export function LocalModelPanel({ onProgress, remove }: LocalModelPanelProps) {
	const [consent, setConsent] = useState<boolean | null>(null);
	const [progress, setProgress] = useState<Progress | null>(null);
	const [note, setNote] = useState('');
	useEffect(() => void localModelConsentItem.getValue().then(setConsent), []);
	useEffect(() => onProgress(setProgress), [onProgress]);
	const allow = async (yes: boolean) => {
		await localModelConsentItem.setValue(yes);
		setConsent(yes);
	};
	return (
		<div class="tf-form" data-testid="local-model">
			<p>
				<strong>{MODEL_NAME}</strong> ({PRODUCTION_MODEL.license}), about {PRODUCTION_MODEL.approxDownloadMB}{' '}
				MB, downloaded once from Hugging Face and then kept on this device. Your drafts never leave it.
			</p>
			{consent ? (
				<p class="tf-muted">Download allowed: it starts with your first rewrite request.</p>
			) : (
				<p class="tf-muted">Nothing is downloaded until you allow it.</p>
			)}
			{progress ? (
				<p>
					<progress max={100} value={progress.progress ?? 0} aria-label={`Downloading ${progress.file}`} />{' '}
					<span class="tf-muted">
						{progress.file} {progress.status}
						{progress.progress !== undefined ? ` ${Math.round(progress.progress)}%` : ''}
					</span>
				</p>
			) : null}
			<div class="tf-row">
				{consent ? (
					<button
						type="button"
						class="tf-btn"
						onClick={async () => {
							await allow(false);
							const removed = await remove().catch(() => false);
							setProgress(null);
							setNote(removed ? 'Removed from this device.' : 'Nothing was downloaded yet.');
						}}
					>
						Remove the downloaded model
					</button>
				) : (
					<button type="button" class="tf-btn" onClick={() => allow(true)}>
						Allow the download (about {PRODUCTION_MODEL.approxDownloadMB} MB)
					</button>
				)}
				<span class="tf-note" role="status">
					{note}
				</span>
			</div>
		</div>
	);
}
