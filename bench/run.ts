/**
 * `npm run bench`: runs every bench module (bench/*.ts exporting `run()`), prints one table with
 * each figure against its budget, and exits non-zero when a budget is exceeded. Benchmarks measure;
 * tests never assert wall-clock times.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && !['run.ts', 'types.ts'].includes(file))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

const rows: Array<BenchResult & { module: string }> = [];
for (const file of modules) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as {
    run?: () => Promise<BenchResult[]>;
  };
  if (typeof module.run !== 'function') continue;
  console.log(`running ${file} …`);
  for (const result of await module.run()) rows.push({ ...result, module: file });
}

const over = rows.filter((row) => row.budget !== undefined && row.value > row.budget);
console.log('\n| benchmark | value | budget | |');
console.log('|---|---:|---:|---|');
for (const row of rows) {
  const budget = row.budget === undefined ? '' : `${row.budget} ${row.unit}`;
  const verdict = row.budget === undefined ? '' : row.value <= row.budget ? 'ok' : 'OVER';
  console.log(`| ${row.name} | ${round(row.value)} ${row.unit} | ${budget} | ${verdict} |`);
}
console.log(over.length ? `\n${over.length} over budget` : '\nall within budget');
process.exit(over.length ? 1 : 0);

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}
