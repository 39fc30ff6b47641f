import { loadSnapshotFromDir } from './src/prep/cli/loadSnapshot';
import { buildPanel } from './src/lib/model/panel';
import { coreRun } from './src/lib/model/engine';
import { resolveConfig } from './src/lib/model/fit';

function wmedian(v: number[], w: number[]) {
  const idx = v.map((_, i) => i).sort((a, b) => v[a] - v[b]);
  const tot = w.reduce((a, b) => a + b, 0); let acc = 0;
  for (const i of idx) { acc += w[i]; if (acc >= tot / 2) return v[i]; }
  return NaN;
}
const tables = await loadSnapshotFromDir('public/data');
const panel = buildPanel(tables);
const cfg = resolveConfig();
const g = panel.gemeente, w = panel.wijk, nY = g.nYears;
// national robust growth of gemeente share per year (relative), excluding wijkSum breaks
const growth: Record<number, number> = {}; const growthW: Record<number, number> = {}; const growthU: Record<number, number> = {};
for (let y = 1; y < nY; y++) {
  const v: number[] = [], ww: number[] = []; let sa = 0, sb = 0, pa = 0, pb = 0;
  for (let i = 0; i < g.codes.length; i++) {
    const k = i * nY + y; const c1 = g.clients.totaal[k], c0 = g.clients.totaal[k - 1];
    if (!(c1 >= 10 && c0 >= 10 && g.pop[k] > 0 && g.pop[k - 1] > 0)) continue;
    if (g.wijkSum.totaal[k] !== g.wijkSum.totaal[k - 1]) continue;
    const r = (c1 / g.pop[k]) / (c0 / g.pop[k - 1]);
    v.push(Math.log(r)); ww.push(c0); sa += c1; sb += c0; pa += g.pop[k]; pb += g.pop[k-1];
  }
  growth[g.firstYear + y] = wmedian(v, ww);
  console.log(g.firstYear + y, 'n', v.length, 'wmedian log share growth', wmedian(v, ww).toFixed(4), 'agg', Math.log((sa/pa)/(sb/pb)).toFixed(4));
}
// wijk level similar: per gemeente sum of wijken (consistent), robust median
for (let y = 1; y < nY; y++) {
  const acc = new Map<string, number[]>();
  for (let i = 0; i < w.codes.length; i++) {
    const k = i * nY + y; const c1 = w.clients.totaal[k], c0 = w.clients.totaal[k - 1];
    if (!(c1 >= 0 && c0 >= 0 && w.pop[k] > 0 && w.pop[k - 1] > 0)) continue;
    const a = acc.get(w.gemeente[i]) ?? [0,0,0,0]; a[0]+=c1;a[1]+=w.pop[k];a[2]+=c0;a[3]+=w.pop[k-1]; acc.set(w.gemeente[i], a);
  }
  const v: number[] = [], ww: number[] = [];
  for (const a of acc.values()) if (a[0] >= 10 && a[2] >= 10) { v.push(Math.log((a[0]/a[1])/(a[2]/a[3]))); ww.push(a[2]); }
  growthW[w.firstYear + y] = wmedian(v, ww); growthU[w.firstYear+y]=wmedian(v, v.map(()=>1)); console.log('wijk-sum', w.firstYear + y, 'n', v.length, 'wmedian', wmedian(v, ww).toFixed(4), 'median', wmedian(v, v.map(()=>1)).toFixed(4));
}
// ex post h=1 WAPE for wijk totaal, per origin: sharePop, naive, sharePop*exp(gmed_last), combos
for (const level of ['wijk', 'gemeente'] as const) {
for (const o of [2015, 2016, 2017]) {
  const lp = panel[level];
  const run = coreRun(panel, level, 'totaal', o, cfg);
  const H = run.horizon;
  for (let h = 1; o + h <= panel.lastYear; h++) {
  const res: Record<string, number> = {}; let act = 0;
  const add = (k: string, f: number, a: number) => { res[k] = (res[k] ?? 0) + Math.abs(f - a); };
  for (let i = 0; i < lp.codes.length; i++) {
    const a = lp.clients.totaal[i * nY + (o + h - lp.firstYear)];
    const cnt = run.base.count[i], s0 = run.base.share[i], pop = run.pop[i * H + h - 1];
    if (!(a >= 10) || !(cnt >= 10) || !(s0 >= 0) || !(pop > 0)) continue;
    act += a;
    const sp = s0 * pop;
    add('naive', cnt, a); add('sharePop', sp, a);
    for (const wt of [0.25, 0.5, 0.75]) add(`comb${wt}`, wt * cnt + (1 - wt) * sp, a);
    for (const [nm, G] of [['wmed', growthW], ['med', growthU]] as const) { const gl = G[o];
    if (gl !== undefined) for (const d of [0.5, 1]) add(`${nm}${d}`, sp * Math.exp(gl * d * h), a); }
  }
  console.log(level, 'origin', o, 'h', h, Object.entries(res).map(([k, v]) => `${k}=${(100 * v / act).toFixed(2)}`).join(' '));
  }
}}
