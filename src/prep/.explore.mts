import { DuckDBInstance } from '@duckdb/node-api';
const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
const sql = process.argv.slice(2).join(' ');
for (const s of sql.split(';;')) {
  const r = await con.runAndReadAll(s);
  const rows = r.getRowObjectsJson();
  console.table(rows.slice(0, 80));
}
