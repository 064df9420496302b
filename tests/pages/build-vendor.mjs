// Builds the real editor libraries used by the page snapshots into tests/pages/vendor/ (committed, so e2e
// needs no build step). Run after changing tests/pages/src/ or bumping an editor library:
//   node tests/pages/build-vendor.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const name of ['react-github', 'lexical-reddit', 'prosemirror', 'codemirror']) {
	await build({
		entryPoints: [path.join(here, 'src', `${name}.js`)],
		outfile: path.join(here, 'vendor', `${name}.js`),
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'chrome120',
		define: { 'process.env.NODE_ENV': '"production"' },
		legalComments: 'linked',
		logLevel: 'warning',
	});
}
console.log('built tests/pages/vendor/');
