/**
 * Whether the browser lets Tactful contact the saved OpenAI-compatible server, and the button that asks for it.
 * Without that permission the browser blocks rewrites to most servers, and only says "Failed to fetch"; a card
 * sends the user here ("Allow in settings"), so the way to allow it must be right here, in words.
 */
import { useEffect, useState } from 'preact/hooks';

export interface ServerAccessProps {
	/** The saved server's origin, e.g. http://127.0.0.1:8080. */
	origin: string;
	hasAccess: (origin: string) => Promise<boolean>;
	requestAccess: (origin: string) => Promise<boolean>;
}

/** Nothing while access is granted (or unknown); otherwise the missing permission and "Allow access". */
export function ServerAccess({ origin, hasAccess, requestAccess }: ServerAccessProps) {
	const [granted, setGranted] = useState<boolean | null>(null);
	const [refused, setRefused] = useState(false);
	useEffect(() => {
		let live = true;
		setGranted(null);
		setRefused(false);
		hasAccess(origin)
			.then((yes) => live && setGranted(yes))
			.catch(() => live && setGranted(null));
		return () => {
			live = false;
		};
	}, [origin, hasAccess]);
	if (granted !== false) return null;
	const allow = () => {
		// Asked inside the click itself: Firefox refuses permissions.request after an await.
		void requestAccess(origin)
			.catch(() => false)
			.then((yes) => {
				setGranted(yes);
				setRefused(!yes);
			});
	};
	return (
		<div class="tf-access" role="alert" data-testid="server-access">
			<p>
				Tactful needs your permission to contact <strong>{origin}</strong>. Without it the browser blocks
				rewrites unless that server accepts requests from other sites.
				{refused ? ' The browser did not allow it this time.' : ''}
			</p>
			<button type="button" class="tf-btn tf-btn-primary" onClick={allow}>
				Allow access
			</button>
		</div>
	);
}
