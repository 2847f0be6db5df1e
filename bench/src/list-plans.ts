import { mkdir, writeFile } from 'node:fs/promises';
import { createDatabase } from '@civicgraph/platform';
import {
  explainWorkOrderPage,
  listOrderings,
  listPlanCases,
  planSample,
  type RequestsDatabase,
} from '@civicgraph/requests/list-plans';

// `pnpm --filter @civicgraph/bench bench:list-plans [database-url]`: EXPLAIN of the
// dispatcher's list (open work, or a status set) with each one filter and each
// ordering, on the scale database (`pnpm seed:scale`), as the planner chooses with
// nothing disabled. Writes bench/results/list-plans-1m.md.
const url = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/civicgraph_scale';
const db = createDatabase<RequestsDatabase>({
  url,
  schema: 'requests',
});
try {
  const { requests, sample } = await planSample(db);
  const cases = listPlanCases({ ...sample, now: new Date() });
  const rows: string[] = [];
  const plans: string[] = [];
  let seqScans = 0;
  for (const c of cases) {
    for (const ordering of listOrderings) {
      const plan = await explainWorkOrderPage(db, c.filter, ordering);
      if (plan.seqScans.length > 0) seqScans++;
      const name = `${c.name} / ${ordering.field} ${ordering.direction}`;
      rows.push(
        `| ${c.name} | ${ordering.field} ${ordering.direction} | ${plan.scans.join('; ')} |`,
      );
      plans.push(`### ${name}\n\n\`\`\`\n${plan.text}\n\`\`\``);
      console.log(name.padEnd(50), plan.scans.join('; '));
    }
  }
  const report = [
    '# The dispatcher list at scale: EXPLAIN of each (filter, ordering) pair',
    '',
    `${requests.toLocaleString('en')} requests (\`pnpm seed:scale\`), PostgreSQL as the machine has it,`,
    'nothing disabled; first page of 50 (`limit 51`). Written by',
    '`pnpm --filter @civicgraph/bench bench:list-plans`; the same cases are a test on a small',
    'database (subgraphs/requests/test/list-plans.test.ts).',
    '',
    `Pairs with a sequential scan: **${seqScans}** of ${rows.length}.`,
    '',
    '| filter (with open work) | ordering | scans |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '## Plans',
    '',
    ...plans,
    '',
  ].join('\n');
  await mkdir(new URL('../results/', import.meta.url), { recursive: true });
  await writeFile(new URL('../results/list-plans-1m.md', import.meta.url), report);
  console.log(`pairs with a sequential scan: ${seqScans} of ${rows.length}`);
} finally {
  await db.destroy();
}
