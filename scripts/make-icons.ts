// Draws the app's install icons (public/icons/*.png) from one SVG in headless Chromium, so they are
// reproducible and need no image tool or remote asset: `npx tsx scripts/make-icons.ts`.
// The maskable icon keeps its picture inside the central 80 % circle that launchers may crop to.
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/browser';

const BLUE = '#01689b';

/** Rising bars (counts) and a dashed forecast line; `inset` shrinks the picture towards the centre. */
function svg(size: number, { rounded, inset }: { rounded: boolean; inset: number }): string {
	const s = size;
	const k = (1 - 2 * inset) * s; // picture box
	const o = inset * s;
	const x = (f: number) => o + f * k;
	const bar = (f: number, h: number) => `<rect x="${x(f)}" y="${x(0.82 - h)}" width="${0.14 * k}" height="${h * k}" rx="${0.02 * k}" fill="#fff"/>`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
  <rect width="${s}" height="${s}" rx="${rounded ? 0.18 * s : 0}" fill="${BLUE}"/>
  ${bar(0.14, 0.3)}${bar(0.34, 0.42)}${bar(0.54, 0.52)}
  <path d="M ${x(0.62)} ${x(0.26)} L ${x(0.88)} ${x(0.1)}" stroke="#ffb612" stroke-width="${0.05 * k}" stroke-linecap="round" stroke-dasharray="${0.06 * k} ${0.07 * k}" fill="none"/>
  <rect x="${x(0.1)}" y="${x(0.84)}" width="${0.8 * k}" height="${0.035 * k}" rx="${0.017 * k}" fill="#fff"/>
</svg>`;
}

const icons = [
	{ file: 'icon-192.png', size: 192, rounded: true, inset: 0.1 },
	{ file: 'icon-512.png', size: 512, rounded: true, inset: 0.1 },
	{ file: 'icon-maskable-512.png', size: 512, rounded: false, inset: 0.2 }
];

const browser = await launchChromium();
try {
	for (const icon of icons) {
		const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
		await page.setContent(`<html><body style="margin:0;background:transparent">${svg(icon.size, icon)}</body></html>`);
		writeFileSync(`public/icons/${icon.file}`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } }));
		await page.close();
		console.log(`public/icons/${icon.file}`);
	}
	writeFileSync('public/icons/icon.svg', svg(512, icons[1]) + '\n');
} finally {
	await browser.close();
}
