/** Decides light or dark overlay colours from the page around a field (sites often theme independently of the OS). */

function parseRgb(color: string): [number, number, number, number] | null {
	const m = color.match(/rgba?\(([^)]+)\)/);
	if (!m?.[1]) return null;
	const [r, g, b, a = '1'] = m[1].split(/[,\s/]+/).filter(Boolean);
	return [Number(r), Number(g), Number(b), Number(a)];
}

/** True when the first opaque background behind `el` is dark (relative luminance below 0.4). */
export function isDarkAround(el: Element): boolean {
	let node: Element | null = el;
	while (node) {
		const rgb = parseRgb(getComputedStyle(node).backgroundColor);
		if (rgb && rgb[3] > 0.5) {
			const lum = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
			return lum < 0.4;
		}
		node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
	}
	return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
