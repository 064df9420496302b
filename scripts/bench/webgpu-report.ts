/**
 * What `npm run bench` says about the WebGPU path, when it has no table to print: which adapter Chromium
 * offered (if any) and why there is no measurement. Issue 2 asks for the WebGPU path "when a GPU adapter
 * exists", so the reader must be able to tell "no GPU" from "skipped" from "failed".
 */

/** The fields of GPUAdapterInfo (all getters, so JSON.stringify of one gives `{}`). */
export interface AdapterInfo {
	vendor?: string;
	architecture?: string;
	device?: string;
	description?: string;
}

/** A readable adapter name from its info, e.g. "google swiftshader". */
export function adapterName(info: AdapterInfo): string {
	const parts = [info.vendor, info.architecture, info.device, info.description].filter(
		(part): part is string => typeof part === 'string' && part.trim() !== '',
	);
	return parts.length ? parts.join(' ') : 'unnamed adapter';
}

/**
 * One line on the WebGPU path, or undefined when there is a measurement to print instead.
 * `requested`: false when BENCH_WEBGPU=0 turned the pass off.
 */
export function webGpuSummary(
	adapter: string | null,
	result: { error: string } | { byLength: object } | null,
	requested: boolean,
): string | undefined {
	if (!adapter) return 'WebGPU: no adapter in this Chromium (no GPU); WASM path only.';
	if (!requested) return `WebGPU: adapter ${adapter}; the WebGPU pass was skipped (BENCH_WEBGPU=0).`;
	if (result && 'error' in result)
		return `WebGPU: adapter ${adapter}; the WebGPU scorer failed: ${result.error}`;
	return result ? undefined : `WebGPU: adapter ${adapter}; the WebGPU pass gave no result.`;
}
