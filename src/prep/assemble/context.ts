// What the client steps share: the target indeling, the boundary matrices, and the rows and
// coverage lines they append to (in a fixed order, so the snapshot stays byte-identical).

import type { ClientRow } from '../../lib/snapshot/schema';
import type { MatrixPairs } from '../mirror/grenswijzigingen';
import type { Indeling } from './indeling';
import type { PeriodStats } from './periods';

export interface AssembleContext {
	indeling: Indeling;
	pairs: MatrixPairs;
	clients: ClientRow[];
	periods: PeriodStats[];
}
