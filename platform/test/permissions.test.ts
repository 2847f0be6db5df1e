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

  it('gives a resident, signed in or through a partner, the public and the residents’ permissions', () => {
    const residents = ALL.filter((p) => rule(p).public || rule(p).residents === true);
    expect(residents).toEqual(
      expect.arrayContaining([
        'utility-accounts.read',
        'bills.read',
        'payments.make',
        'payments.read',
        'autopay.manage',
      ]),
    );
    expect(held({ kind: 'resident', id: 'r' })).toEqual(residents);
    expect(held({ kind: 'resident', id: 'r', actingPartnerId: 'p' })).toEqual(residents);
    // Which records are theirs is each field's `resident` scope; these only let them ask.
    expect(permits({ kind: 'resident', id: 'r' }, 'residents.read')).toBe(false);
    expect(permits({ kind: 'resident', id: 'r' }, 'requests.read')).toBe(false);
  });

  it('gives billing staff accounts and bills but no field work, and field roles no bills', () => {
    const billing: Caller = { kind: 'staff', id: 's', roles: ['BILLING'] };
    expect(permits(billing, 'bills.read')).toBe(true);
    expect(permits(billing, 'utility-accounts.read')).toBe(true);
    expect(permits(billing, 'payments.read')).toBe(true);
    expect(permits(billing, 'payments.make')).toBe(false);
    expect(permits(billing, 'work-orders.read')).toBe(false);
    expect(permits(billing, 'requests.read')).toBe(false);
    // Linking proves the PIN on a resident's own bill: not something staff do for them.
    expect(permits(billing, 'utility-accounts.link')).toBe(false);
    for (const role of STAFF_ROLES.filter((r) => r !== 'BILLING')) {
      const staff: Caller = { kind: 'staff', id: 's', roles: [role] };
      expect(permits(staff, 'bills.read')).toBe(false);
      expect(permits(staff, 'utility-accounts.read')).toBe(false);
    }
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
