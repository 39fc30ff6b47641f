import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		files: { assets: 'public' },
		// Relative asset paths so the built site works from any folder or sub-path of a static host.
		paths: { relative: true },
		// The service worker (src/service-worker.ts) is registered by the app itself, only after the
		// first forecast and the map are on screen (src/lib/data/offline.ts), not at window load. The
		// snapshot is not in its file list: it stores what data/manifest.json names, per snapshot.
		serviceWorker: { register: false, files: (file) => !file.startsWith('data/') && !/\.DS_Store/.test(file) },
		// The page carries its own strict policy (a <meta> tag with hashes of SvelteKit's inline
		// start-up script), so it holds on any static host, also one that sends no CSP header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
