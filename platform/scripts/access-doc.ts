// `pnpm access-doc`: rewrites the generated tables of docs/ACCESS.md from PERMISSIONS,
// so the document says exactly what the code enforces (platform/test/access-doc.test.ts
// fails until it has been run after a change to the table).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withCurrentAccessTables } from '../src/access/access-doc';

const file = fileURLToPath(new URL('../../docs/ACCESS.md', import.meta.url));
const before = await readFile(file, 'utf8');
const after = withCurrentAccessTables(before);
if (after === before) {
  console.log('docs/ACCESS.md is current');
} else {
  await writeFile(file, after);
  console.log('docs/ACCESS.md: access tables rewritten from PERMISSIONS');
}
