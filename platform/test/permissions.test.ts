import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  type Caller,
  isPermission,
  PARTNER_SCOPES,
  PERMISSIONS,
  type Permission,
  permits,
  STAFF_ROLES,
} from '../src';

interface Rule {
  description: string;
  public?: true;
  roles?: readonly string[];
  scopes?: readonly string[];
  residents?: true;
}

const ALL = Object.keys(PERMISSIONS) as Permission[];
const rule = (permission: Permission): Rule => PERMISSIONS[permission];
const PUBLIC = ALL.filter((permission) => rule(permission).public);

/** The permissions a caller holds. */
const held = (caller: Caller) => ALL.filter((permission) => permits(caller, permission));

describe('permits', () => {
  it('gives the anonymous caller the public permissions and nothing else', () => {
    expect(PUBLIC).toEqual(expect.arrayContaining(['catalog.read', 'geography.read']));
    expect(held(ANONYMOUS)).toEqual(PUBLIC);
  });

  it.each(STAFF_ROLES)('gives staff with role %s what the table gives that role', (role) => {
    const caller: Caller = { kind: 'staff', id: 's', roles: [role] };
    expect(held(caller)).toEqual(
      ALL.filter((p) => rule(p).public || (rule(p).roles ?? []).includes(role)),
    );
  });

  it('gives staff with several roles the union of theirs, and staff with none only the public', () => {
    const both: Caller = { kind: 'staff', id: 's', roles: ['ANALYST', 'ADMIN'] };
    const union = new Set([
      ...held({ kind: 'staff', id: 's', roles: ['ANALYST'] }),
      ...held({ kind: 'staff', id: 's', roles: ['ADMIN'] }),
    ]);
    expect(new Set(held(both))).toEqual(union);
    expect(held({ kind: 'staff', id: 's', roles: [] })).toEqual(PUBLIC);
  });

  it.each(PARTNER_SCOPES)('gives a partner with scope %s what the table gives it', (scope) => {
    const caller: Caller = { kind: 'partner', id: 'p', scopes: [scope] };
    expect(held(caller)).toEqual(
      ALL.filter((p) => rule(p).public || (rule(p).scopes ?? []).includes(scope)),
    );
  });

  it('gives a partner without scopes and the gateway only the public permissions', () => {
    expect(held({ kind: 'partner', id: 'p', scopes: [] })).toEqual(PUBLIC);
    expect(held({ kind: 'service', id: 'gateway' })).toEqual(PUBLIC);
  });

  it('gives residents, signed in or through a partner app, the public and resident-held ones', () => {
    const residents = ALL.filter((p) => rule(p).public || rule(p).residents);
    expect(held({ kind: 'resident', id: 'r' })).toEqual(residents);
    expect(held({ kind: 'resident', id: 'r', actingPartnerId: 'p' })).toEqual(residents);
    expect(residents).toEqual(
      expect.arrayContaining(['payments.make', 'payments.read', 'autopay.manage']),
    );
    // Managing anything of the city's is never a resident's.
    expect(residents.filter((p) => p.endsWith('.manage') && p !== 'autopay.manage')).toEqual([]);
  });

  it('keeps the policy the issue sets', () => {
    const partner: Caller = { kind: 'partner', id: 'p', scopes: [...PARTNER_SCOPES] };
    // Staff data and work orders are never a partner's, whatever its scopes.
    expect(held(partner).filter((p) => p.startsWith('staff.') || p === 'work-orders.read')).toEqual(
      [],
    );
    expect(permits(partner, 'requests.read')).toBe(true);
    expect(permits({ kind: 'partner', id: 'p', scopes: ['requests:read'] }, 'assets.read')).toBe(
      false,
    );
    expect(permits(ANONYMOUS, 'requests.read')).toBe(false);
    expect(permits({ kind: 'staff', id: 's', roles: ['FIELD_WORKER'] }, 'work-orders.read')).toBe(
      true,
    );
  });
});

describe('the PERMISSIONS table', () => {
  it.each(ALL)('%s says what it allows and names only known roles and scopes', (permission) => {
    const { description, roles = [], scopes = [] } = rule(permission);
    expect(description.length).toBeGreaterThan(10);
    expect(STAFF_ROLES).toEqual(expect.arrayContaining([...roles]));
    expect(PARTNER_SCOPES).toEqual(expect.arrayContaining([...scopes]));
    expect(isPermission(permission)).toBe(true);
  });

  it('isPermission refuses names outside the table', () => {
    expect(isPermission('staff.read ')).toBe(false);
    expect(isPermission('toString')).toBe(false);
    expect(isPermission(undefined)).toBe(false);
  });
});
