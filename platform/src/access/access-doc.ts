import { PARTNER_SCOPES, STAFF_ROLES } from './caller';
import { PERMISSIONS, type Permission } from './permissions';

/** The part of docs/ACCESS.md made from PERMISSIONS lies between these two lines. */
export const ACCESS_DOC_BEGIN = '<!-- access-table:begin (pnpm access-doc writes this part) -->';
export const ACCESS_DOC_END = '<!-- access-table:end -->';

/** What the table says for a permission anyone holds, in both holder columns. */
export const PUBLIC_HOLDERS = 'anyone (public)';
export const NO_HOLDERS = 'none';
/** Residents hold it for their own records (signed in, or through a partner acting for them). */
export const RESIDENT_HOLDERS = 'their own';

interface Rule {
  description: string;
  public?: true;
  roles?: readonly string[];
  scopes?: readonly string[];
  residents?: true;
}

const permissions = () => Object.keys(PERMISSIONS) as Permission[];
const ruleOf = (permission: Permission): Rule => PERMISSIONS[permission];
const code = (name: string) => `\`${name}\``;

/** `ADMIN, SUPERVISOR` in the order of `all`; the public and nobody said in words. */
function holders(rule: Rule, granted: readonly string[] | undefined, all: readonly string[]) {
  if (rule.public) return PUBLIC_HOLDERS;
  const names = all.filter((name) => granted?.includes(name));
  return names.length > 0 ? names.map(code).join(', ') : NO_HOLDERS;
}

function permissionTable() {
  const rows = permissions().map((permission) => {
    const rule = ruleOf(permission);
    const residents = rule.public ? PUBLIC_HOLDERS : rule.residents ? RESIDENT_HOLDERS : NO_HOLDERS;
    return `| ${code(permission)} | ${rule.description} | ${holders(rule, rule.roles, STAFF_ROLES)} | ${holders(rule, rule.scopes, PARTNER_SCOPES)} | ${residents} |`;
  });
  return [
    '| Permission | What it allows | Staff roles | Partner scopes | Residents |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ];
}

/** One line per role and scope: the permissions beyond the public ones it holds. */
function holderList(
  title: string,
  names: readonly string[],
  grants: (rule: Rule, name: string) => boolean,
) {
  const lines = names.map((name) => {
    const held = permissions().filter((p) => !ruleOf(p).public && grants(ruleOf(p), name));
    return `- ${code(name)}: ${held.length > 0 ? held.map(code).join(', ') : 'nothing beyond the public'}`;
  });
  return [`**${title}**, besides the public permissions:`, '', ...lines];
}

/** The generated part of docs/ACCESS.md, markers included. */
export function renderAccessTables(): string {
  return [
    ACCESS_DOC_BEGIN,
    '',
    ...permissionTable(),
    '',
    ...holderList('Each staff role holds', STAFF_ROLES, (rule, role) =>
      (rule.roles ?? []).includes(role),
    ),
    '',
    ...holderList('Each partner scope gives', PARTNER_SCOPES, (rule, scope) =>
      (rule.scopes ?? []).includes(scope),
    ),
    '',
    ACCESS_DOC_END,
  ].join('\n');
}

/** The document with its generated part replaced by the current one. */
export function withCurrentAccessTables(document: string): string {
  const begin = document.indexOf(ACCESS_DOC_BEGIN);
  const end = document.indexOf(ACCESS_DOC_END);
  if (begin < 0 || end < begin) {
    throw new Error(
      `docs/ACCESS.md must hold the markers ${ACCESS_DOC_BEGIN} and ${ACCESS_DOC_END}`,
    );
  }
  return (
    document.slice(0, begin) + renderAccessTables() + document.slice(end + ACCESS_DOC_END.length)
  );
}
