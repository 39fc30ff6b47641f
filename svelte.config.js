import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		files: { assets: 'public' },
		// Relative asset paths so the built site works from any folder or sub-path of a static host.
		paths: { relative: true }
	}
};

export default config;
