// A tiny static server for the built site, used by the e2e tests and the speed benchmark instead of
// `vite preview`: it sends a strict Content-Security-Policy on every response (workers get their
// policy from their own response), gzip like any static host, and real HTTP caching (immutable
// assets cached for a year, everything else revalidated with an ETag), so "warm" means warm.
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.parquet': 'application/vnd.apache.parquet',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.parquet', '.wasm', '.svg', '.txt', '.csv']);

/** The policy of the issue, plus hashes of SvelteKit's inline bootstrap script (computed, not 'unsafe-inline'). */
export function cspFor(scriptHashes: string[]): string {
	const hashes = scriptHashes.map((h) => ` '${h}'`).join('');
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval'${hashes}`,
		"worker-src 'self' blob:",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"connect-src 'self'",
		"font-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'"
	].join('; ');
}

export function inlineScriptHashes(html: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		out.push(`sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}`);
	}
	return out;
}

interface Entry {
	body: Buffer;
	gz: Buffer | null;
	etag: string;
	type: string;
}

export interface StaticServer {
	url: string;
	port: number;
	server: Server;
	close(): Promise<void>;
}

export interface ServeOptions {
	port?: number;
	csp?: boolean;
	/** Paths (relative to root) answered with 404, to test what the app says when data is missing. */
	missing?: string[];
}

export async function serveStatic(root: string, opts: ServeOptions = {}): Promise<StaticServer> {
	const base = resolve(root);
	const index = await readFile(join(base, 'index.html'), 'utf8');
	const csp = cspFor(inlineScriptHashes(index));
	const cache = new Map<string, Entry>();

	async function load(path: string): Promise<Entry | null> {
		const hit = cache.get(path);
		if (hit) return hit;
		try {
			const s = await stat(path);
			if (!s.isFile()) return null;
		} catch {
			return null;
		}
		const body = await readFile(path);
		const ext = extname(path);
		const entry: Entry = {
			body,
			gz: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body, { level: 6 }) : null,
			etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
			type: TYPES[ext] ?? 'application/octet-stream'
		};
		cache.set(path, entry);
		return entry;
	}

	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let rel = decodeURIComponent(url.pathname);
		if (rel.endsWith('/')) rel += 'index.html';
		const path = normalize(join(base, rel));
		if (path !== base && !path.startsWith(base + sep)) {
			res.writeHead(403).end();
			return;
		}
		const hidden = opts.missing?.some((m) => rel.replace(/^\/+/, '') === m.replace(/^\/+/, ''));
		const entry = hidden ? null : (await load(path)) ?? (extname(path) === '' ? await load(`${path}.html`) : null);
		const headers: Record<string, string> = {
			'Content-Security-Policy': opts.csp === false ? '' : csp,
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'no-referrer'
		};
		if (!headers['Content-Security-Policy']) delete headers['Content-Security-Policy'];
		if (!entry) {
			res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
			return;
		}
		headers['Content-Type'] = entry.type;
		headers['ETag'] = entry.etag;
		headers['Vary'] = 'Accept-Encoding';
		headers['Cache-Control'] = rel.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
		if (req.headers['if-none-match'] === entry.etag) {
			res.writeHead(304, headers).end();
			return;
		}
		const gzip = entry.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const body = gzip ? entry.gz! : entry.body;
		if (gzip) headers['Content-Encoding'] = 'gzip';
		headers['Content-Length'] = String(body.length);
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', r));
	const port = (server.address() as AddressInfo).port;
	return {
		url: `http://127.0.0.1:${port}/`,
		port,
		server,
		close: () =>
			new Promise<void>((r) => {
				server.closeAllConnections();
				server.close(() => r());
			})
	};
}

// `tsx tests/e2e/serve.ts [port]` serves build/ for a manual look.
if (import.meta.url === `file://${process.argv[1]}`) {
	const s = await serveStatic('build', { port: Number(process.argv[2] ?? 4173) });
	console.log(`Wmo Vooruitblik op ${s.url} (met strikte CSP). Stop met Ctrl+C.`);
}
