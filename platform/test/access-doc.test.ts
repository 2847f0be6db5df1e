import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARTNER_SCOPES, PERMISSIONS, type Permission, STAFF_ROLES } from '../src';
import {
  ACCESS_DOC_BEGIN,
  ACCESS_DOC_END,
  NO_HOLDERS,
  PUBLIC_HOLDERS,
  RESIDENT_HOLDERS,
  withCurrentAccessTables,
} from '../src/access/access-doc';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/ACCESS.md', import.meta.url)), 'utf8');

interface DocRow {
  description: string;
  roles: string[] | 'public';
  scopes: string[] | 'public';
  residents: boolean | 'public';
}

/** `\`ADMIN\`, \`ANALYST\`` as names; the public and nobody as the table words them. */
function holders(cell: string): string[] | 'public' {
  if (cell === PUBLIC_HOLDERS) return 'public';
  if (cell === NO_HOLDERS) return [];
  return cell.split(',').map((name) => name.trim().replace(/^`|`$/g, ''));
}

/** The permission table of the document, read as a reader would: by its rows. */
function documentedPermissions(): Record<string, DocRow> {
  const rows: Record<string, DocRow> = {};
  for (const line of DOC.split('\n')) {
    const match = /^\| `([a-z0-9.-]+)` \| (.+?) \| (.+?) \| (.+?) \| (.+?) \|$/.exec(line);
    if (!match) continue;
    const [, permission, description, roles, scopes, residents] = match as unknown as string[];
    expect(rows, `${permission} is listed twice`).not.toHaveProperty(permission!);
    rows[permission!] = {
      description: description!,
      roles: holders(roles!),
      scopes: holders(scopes!),
      residents: residents === PUBLIC_HOLDERS ? 'public' : residents === RESIDENT_HOLDERS,
    };
  }
  return rows;
}

/** The same, from the code. */
function enforcedPermissions(): Record<string, DocRow> {
  const rows: Record<string, DocRow> = {};
  for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
    const rule: {
      description: string;
      public?: true;
      roles?: readonly string[];
      scopes?: readonly string[];
      residents?: true;
    } = PERMISSIONS[permission];
    rows[permission] = {
      description: rule.description,
      roles: rule.public ? 'public' : STAFF_ROLES.filter((r) => rule.roles?.includes(r)),
      scopes: rule.public ? 'public' : PARTNER_SCOPES.filter((s) => rule.scopes?.includes(s)),
      residents: rule.public ? 'public' : rule.residents === true,
    };
  }
  return rows;
}

describe('docs/ACCESS.md', () => {
  it('lists exactly the permissions of PERMISSIONS, with their descriptions, roles and scopes', () => {
    // Failing here: run `pnpm access-doc` and commit docs/ACCESS.md.
    expect(documentedPermissions()).toEqual(enforcedPermissions());
  });

  it('holds the generated tables as `pnpm access-doc` writes them today', () => {
    expect(DOC).toContain(ACCESS_DOC_BEGIN);
    expect(DOC).toContain(ACCESS_DOC_END);
    expect(withCurrentAccessTables(DOC)).toBe(DOC);
  });

  it('describes every staff role and partner scope', () => {
    for (const name of [...STAFF_ROLES, ...PARTNER_SCOPES]) {
      expect(DOC, `no section line for ${name}`).toMatch(
        new RegExp(`^- \\*\\*\`${name}\`\\*\\*: `, 'm'),
      );
    }
  });
});
