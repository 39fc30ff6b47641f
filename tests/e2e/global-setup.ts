// e2e global setup: make sure the site is built, serve build/ with the strict CSP on a free port,
// and hand the URL to the tests (inject('baseUrl')). `npm test` builds first; running the e2e
// project alone builds only when build/ is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from './serve';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

let server: StaticServer | null = null;

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) {
		execSync('npx vite build', { stdio: 'inherit' });
	}
	if (!existsSync('build/data/manifest.json')) {
		throw new Error('build/data ontbreekt: draai eerst „npm run data” en „npm run build”.');
	}
	server = await serveStatic('build');
	project.provide('baseUrl', server.url);
	return async () => {
		await server?.close();
		server = null;
	};
}
