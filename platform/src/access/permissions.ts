import type { Caller, PartnerScope, StaffRole } from './caller';

interface PermissionRule {
  /** What it allows, as the access table in docs/ACCESS.md says it. */
  description: string;
  /** Anyone, signed in or not. */
  public?: true;
  roles?: readonly StaffRole[];
  scopes?: readonly PartnerScope[];
  /**
   * Residents, signed in or through a partner app acting for them: the permission
   * lets them ask; which records are theirs is the field's own `resident` scope.
   */
  residents?: true;
}

// The roles of the city's field operations (311 work). Billing staff are not among them:
// they see residents' accounts and bills, not work orders.
const ALL_STAFF: readonly StaffRole[] = [
  'ADMIN',
  'SUPERVISOR',
  'DISPATCHER',
  'FIELD_WORKER',
  'ANALYST',
];

/**
 * Every permission the graph checks, and who holds it. Fields name a permission
 * (`authScopes: { permission: 'staff.contact.read' }`) rather than roles, so that this
 * table is the one place that says who may do what, and docs/ACCESS.md is its mirror
 * (a test keeps them equal).
 */
export const PERMISSIONS = {
  'catalog.read': {
    description: 'Read the service catalog: services, their groups and departments',
    public: true,
  },
  'geography.read': {
    description: 'Read the city, its council districts and streets',
    public: true,
  },
  'datasets.read': {
    description: "Read public datasets' metadata",
    public: true,
  },
  'datasets.manage': {
    description:
      'Create datasets from uploaded CSV files, preview an import, replace or append rows',
    roles: ['ADMIN'],
  },
  'datasets.rows.read': {
    description:
      "Read public datasets' rows: row queries, aggregates and the CSV, JSON and GeoJSON exports",
    public: true,
  },
  'assets.read': {
    description: 'Read the inventory of physical assets and asset types, and its counts',
    roles: ALL_STAFF,
    scopes: ['catalog:read'],
  },
  'assets.manage': {
    description:
      'Create and edit assets, record their inspections, retire them (every change audited)',
    roles: ['ADMIN', 'SUPERVISOR'],
  },
  'requests.read': {
    description: "Read service requests' public fields (no reporter details)",
    roles: ALL_STAFF,
    scopes: ['requests:read'],
  },
  'requests.map.read': {
    description:
      'See service requests on the public map (requests tiles: status, service, time and ' +
      'district; location-sensitive places at their block; no reporter, description or address)',
    public: true,
  },
  'requests.open311.read': {
    description:
      'Read service requests as Open311 GeoReport v2 publishes them: status, public notes, ' +
      'service, description and attribute answers with emails and phone numbers removed, ' +
      'place (location-sensitive ones at their block); never the reporter',
    public: true,
  },
  'work-orders.read': {
    description: 'Read work orders, their assignment and status',
    roles: ALL_STAFF,
  },
  'requests.feed.read': {
    description: 'Follow every new service request live, as it arrives (a subscription)',
    roles: ALL_STAFF,
  },
  'requests.create': {
    description:
      'File a service request (staff for a caller or themselves; partner apps for residents)',
    roles: ['ADMIN', 'SUPERVISOR', 'DISPATCHER', 'FIELD_WORKER'],
    scopes: ['requests:write'],
    // A signed-in resident's report is linked to them (Resident.serviceRequests).
    residents: true,
  },
  'requests.duplicates.read': {
    description: 'Look for likely duplicates of a request before filing it',
    roles: ALL_STAFF,
    scopes: ['requests:read', 'requests:write'],
  },
  'requests.triage': {
    description: 'Mark a request as a duplicate of another; split off more work for a request',
    roles: ['SUPERVISOR', 'DISPATCHER'],
  },
  'requests.reporter.read': {
    description: "Read a request's reporter details (name, email, phone) to reach them",
    roles: ['ADMIN', 'SUPERVISOR', 'DISPATCHER'],
  },
  'requests.notes.write': {
    description: 'Add public or internal notes to work orders',
    roles: ['SUPERVISOR', 'DISPATCHER', 'FIELD_WORKER'],
  },
  'work-orders.assign': {
    description:
      'Assign and reassign work orders (one or in bulk); change their priority; see who ' +
      'could take a work order (assignment candidates: availability, workload, distance)',
    roles: ['SUPERVISOR', 'DISPATCHER'],
  },
  'work-orders.work': {
    description:
      "Start, hold, resume and complete work orders (field workers: their own or their crew's)",
    roles: ['SUPERVISOR', 'FIELD_WORKER'],
  },
  'work-orders.supervise': {
    description: 'Close, cancel and reopen work orders',
    roles: ['SUPERVISOR'],
  },
  'services.manage': {
    description: 'Create, edit and retire services of the catalog, with their attributes',
    roles: ['ADMIN'],
  },
  'staff.read': {
    description: 'Read the staff directory: names, roles, departments, crews and working shifts',
    roles: [...ALL_STAFF, 'BILLING'],
  },
  'staff.contact.read': {
    description: "Read staff members' email addresses (everyone may read their own)",
    roles: ['ADMIN', 'SUPERVISOR', 'DISPATCHER'],
  },
  'staff.manage': {
    description:
      'Create, deactivate and reactivate staff, set roles, reset passwords; read what ' +
      'anyone may do (everyone may read their own permissions)',
    roles: ['ADMIN'],
  },
  'residents.profile': {
    description:
      "Read and update one's own resident profile and one's reported requests (residents; " +
      'a partner app acting for them with their consent)',
    residents: true,
  },
  'residents.consents.manage': {
    description:
      'Let a partner app act for oneself (a consent token), list and revoke those consents ' +
      '(the resident signed in themself, not an app acting for them)',
    residents: true,
  },
  'residents.read': {
    description:
      "Read any resident's personal data (name, email, phone, mailing address, language) " +
      'and the requests they reported',
    roles: ['ADMIN', 'BILLING'],
  },
  'payments.make': {
    description:
      "Pay a utility account's bill (residents, or a partner app acting for them, for " +
      'accounts they hold)',
    residents: true,
  },
  'payments.read': {
    description: "Read an account's payments and receipts (residents: of accounts they hold)",
    roles: ['BILLING'],
    residents: true,
  },
  'autopay.manage': {
    description:
      'Enroll a utility account in AutoPay and cancel it (residents: accounts they hold)',
    residents: true,
  },
  'partners.manage': {
    description: 'Create, rotate and revoke partner API clients; read their usage',
    roles: ['ADMIN'],
  },
  'utility-accounts.read': {
    description:
      'Read utility accounts: number, service address, holders, balance (residents: the accounts they hold)',
    roles: ['BILLING'],
    residents: true,
  },
  'utility-accounts.link': {
    description:
      'Link a utility account by its number and the PIN printed on the bill (attempts limited); unlink it',
    residents: true,
  },
  'bills.read': {
    description:
      "Read utility accounts' bills: statement figures, line items, status (residents: bills of the accounts they hold)",
    roles: ['BILLING'],
    residents: true,
  },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}

/**
 * Every permission a staff member with these roles holds, public ones included, in the
 * table's order: what `Staff.permissions` tells the console it may offer.
 */
export function permissionsOfRoles(roles: readonly StaffRole[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) =>
    permits({ kind: 'staff', id: '', roles: [...roles] }, permission),
  );
}

/** Whether the caller holds the permission. The gateway itself holds none. */
export function permits(caller: Caller, permission: Permission): boolean {
  const rule: PermissionRule = PERMISSIONS[permission];
  if (rule.public) return true;
  switch (caller.kind) {
    case 'staff':
      return caller.roles.some((role) => rule.roles?.includes(role) ?? false);
    case 'partner':
      return caller.scopes.some((scope) => rule.scopes?.includes(scope) ?? false);
    case 'resident':
      return rule.residents === true;
    default:
      return false;
  }
}
