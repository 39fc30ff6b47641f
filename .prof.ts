import { fitModel, forecast, lastDataYear, loadSnapshotTables } from './src/lib/model';
import { readSnapshotBuffers } from './src/prep/cli/loadSnapshot';
const buffers = await readSnapshotBuffers('public/data');
const times: number[] = [];
for (let r = 0; r < 8; r++) {
  const tables = await loadSnapshotTables(buffers);
  const t1 = performance.now();
  const origin = lastDataYear(tables);
  const fitted = fitModel(tables, { origin });
  const t2 = performance.now();
  forecast(tables, fitted, { origin, horizon: 5 });
  const t3 = performance.now();
  if (r) times.push(t2 - t1, t3 - t2);
}
console.log('fit', times.filter((_, i) => i % 2 === 0).map(Math.round).join(' '), 'forecast', times.filter((_, i) => i % 2 === 1).map(Math.round).join(' '));
