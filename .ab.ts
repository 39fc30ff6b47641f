import * as NEW from './src/lib/model';
import * as OLD from '/tmp/oldtree/src/lib/model';
import { readSnapshotBuffers } from './src/prep/cli/loadSnapshot';
const buffers = await readSnapshotBuffers('public/data');
const res: Record<string, { wall: number[]; cpu: number[] }> = { old: { wall: [], cpu: [] }, new: { wall: [], cpu: [] } };
for (let r = 0; r < 13; r++) {
  for (const [name, M] of [['old', OLD], ['new', NEW]] as const) {
    const tables = await (M as typeof NEW).loadSnapshotTables(buffers);
    const c0 = process.cpuUsage(); const t0 = performance.now();
    const origin = M.lastDataYear(tables);
    const fitted = M.fitModel(tables, { origin });
    M.forecast(tables, fitted as never, { origin, horizon: 5 });
    const t1 = performance.now(); const c = process.cpuUsage(c0);
    if (r) { res[name].wall.push(t1 - t0); res[name].cpu.push((c.user + c.system) / 1000); }
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const k of ['old', 'new']) console.log(k, 'wall median', med(res[k].wall).toFixed(0), 'min', Math.min(...res[k].wall).toFixed(0), '| cpu median', med(res[k].cpu).toFixed(0), 'min', Math.min(...res[k].cpu).toFixed(0));
