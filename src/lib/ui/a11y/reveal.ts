// A region chosen by touch or mouse (on the map, or in the table far down the page) brings its
// figures into view, so a tablet user sees them without scrolling. A keyboard choice leaves the page
// where it is: the focused control (a table row, the map's wijk list) then stays in sight.
let lastInput: 'pointer' | 'key' | null = null;
if (typeof window !== 'undefined') {
	addEventListener('pointerdown', () => (lastInput = 'pointer'), { capture: true, passive: true });
	addEventListener('keydown', () => (lastInput = 'key'), { capture: true, passive: true });
}

let watching: ResizeObserver | null = null;

function reveal(node: HTMLElement) {
	watching?.disconnect();
	watching = null;
	if (lastInput !== 'pointer') return;
	const check = () => {
		const r = node.getBoundingClientRect();
		if (r.top >= 0 && r.bottom <= innerHeight) return;
		node.scrollIntoView({ block: r.height > innerHeight ? 'start' : 'nearest' });
	};
	// The figures grow for a moment after the choice (the region's profile arrives from the worker):
	// check again on each change of size in the first second and a half.
	const ro = new ResizeObserver(() => check());
	ro.observe(node);
	watching = ro;
	setTimeout(() => ro.disconnect(), 1500);
}

/** Svelte action: reveal `node` when it appears and whenever `key` (the chosen region) changes. */
export function revealOnChange(node: HTMLElement, key: string) {
	let current = key;
	reveal(node);
	return {
		update(next: string) {
			if (next === current) return;
			current = next;
			reveal(node);
		}
	};
}
