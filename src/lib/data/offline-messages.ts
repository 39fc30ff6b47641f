// What the page says when a gemeente's wijk map cannot be loaded. Offline the file is usually
// there on the server but not yet stored in this browser: saying it "ontbreekt" would be untrue.
import { SnapshotError } from './snapshot-fetch';

export interface MissingMapText {
	/** The message above the map. */
	message: string;
	/** The text in the map's place. */
	placeholder: string;
}

/** `online` is navigator.onLine; a failed fetch (no connection) counts as offline as well. */
export function missingWijkMap(name: string, error: unknown, online: boolean): MissingMapText {
	const offline = !online || (error instanceof SnapshotError && error.kind === 'network');
	if (offline) {
		return {
			message: `Geen verbinding: de wijkkaart van ${name} is nog niet offline opgeslagen. De tabel hieronder toont alle wijken; kies de gemeente opnieuw als er weer verbinding is.`,
			placeholder: `Geen verbinding: de wijkkaart van ${name} is nog niet offline opgeslagen; de tabel hieronder toont alle wijken.`
		};
	}
	return {
		message: `De wijkkaart van ${name} ontbreekt. De tabel hieronder toont alle wijken.`,
		placeholder: 'De wijkkaart ontbreekt; de tabel hieronder toont alle wijken.'
	};
}
