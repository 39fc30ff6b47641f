import { fitModel } from './src/lib/model';
import { loadSnapshotFromDir } from './src/prep/cli/loadSnapshot';
const t = await loadSnapshotFromDir('public/data');
for (const o of [2017, 2018]) for (const m of fitModel(t, { origin: o }).models) console.log(o, m.level, m.category, JSON.stringify(m.robustDrift ?? null), m.driftDamping, '|', m.method);
