import { describe, expect, it } from 'vitest';
import { type FrameWindow, pageHostname } from './page-host.ts';

/** A frame window whose top is `top` (itself when absent); `blocked` makes reading top.location throw. */
function frame(
	hostname: string,
	opts: { top?: FrameWindow; blocked?: boolean; ancestors?: string[]; referrer?: string } = {},
): FrameWindow {
	const win: FrameWindow = {
		location: { hostname, ancestorOrigins: opts.ancestors },
		document: { referrer: opts.referrer ?? '' },
		top: null,
	};
	const top = opts.top;
	win.top = !top
		? win
		: opts.blocked
			? ({
					get location(): never {
						throw new DOMException('Blocked a frame from accessing a cross-origin frame', 'SecurityError');
					},
					document: { referrer: '' },
					top: null,
				} as unknown as FrameWindow)
			: top;
	return win;
}

describe('pageHostname', () => {
	it('is the page’s own host in the top window', () => {
		expect(pageHostname(frame('forum.example.org'))).toBe('forum.example.org');
	});

	it('is the tab page’s host for an about:blank or srcdoc editor frame, which has none of its own', () => {
		const page = frame('blog.example.com');
		expect(pageHostname(frame('', { top: page }))).toBe('blog.example.com');
	});

	it('is the tab page’s host for a cross-origin comment widget, from ancestorOrigins (Chromium)', () => {
		const page = frame('blog.example.com');
		const widget = frame('comments.widget.example', {
			top: page,
			blocked: true,
			ancestors: ['https://cdn.example.net', 'https://blog.example.com'],
		});
		expect(pageHostname(widget)).toBe('blog.example.com');
	});

	it('falls back to the referrer without ancestorOrigins (Firefox), then to the frame’s own host', () => {
		const page = frame('blog.example.com');
		const widget = frame('comments.widget.example', {
			top: page,
			blocked: true,
			referrer: 'https://blog.example.com/2026/11/a-post',
		});
		expect(pageHostname(widget)).toBe('blog.example.com');
		const noReferrer = frame('comments.widget.example', { top: page, blocked: true });
		expect(pageHostname(noReferrer)).toBe('comments.widget.example');
	});
});
