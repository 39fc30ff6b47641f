// The indicator profile ("Kenmerken") of the region in focus, loaded as the focus changes. A slower
// answer for a region no longer in focus is dropped, so a fast click sequence never shows the
// profile of an earlier wijk.
import type { RegionProfile } from '$lib/view/profile';

export type ProfileState = 'idle' | 'loading' | 'ready' | 'error';

export class FocusProfile {
	profile = $state.raw<RegionProfile | null>(null);
	state = $state<ProfileState>('idle');
	#asked = 0;

	/** Load the profile of `code` (null: nothing in focus) with `load`. */
	follow(code: string | null, load: ((code: string) => Promise<RegionProfile | null>) | null): void {
		const ask = ++this.#asked;
		if (!code || !load) {
			this.profile = null;
			this.state = 'idle';
			return;
		}
		this.state = 'loading';
		load(code).then(
			(p) => ask === this.#asked && ((this.profile = p), (this.state = 'ready')),
			() => ask === this.#asked && (this.state = 'error')
		);
	}
}
