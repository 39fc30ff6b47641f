import { loadSnapshotFromDir } from './src/prep/cli/loadSnapshot';
import { buildPanel } from './src/lib/model/panel';
import { errorsBefore, resolveConfig } from './src/lib/model/fit';
import { intervalTable } from './src/lib/model/intervals';
const tables = await loadSnapshotFromDir('public/data');
const panel = buildPanel(tables); const cfg = resolveConfig();
for (const T of [2016, 2017, 2018]) {
  const t = intervalTable(errorsBefore(panel, T, cfg), 5);
  console.log('T', T);
  for (const r of t) if (r.horizon <= 3) console.log(' ', r.level, r.band, r.horizon, r.q10.toFixed(3), r.q90.toFixed(3), r.n, r.source);
}
