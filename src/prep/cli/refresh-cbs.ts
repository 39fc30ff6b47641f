// Live refresh of newer years from the CBS open-data API into CSVs in the mirror's layout.
//   npx tsx src/prep/cli/refresh-cbs.ts --year 2019 --out DIR
// See src/prep/sources/cbs-odata/cli.ts for the options and the files written.

import { runRefreshCli } from '../sources/cbs-odata/cli';

process.exitCode = await runRefreshCli(process.argv.slice(2));
