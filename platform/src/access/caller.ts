/** Staff roles, as stored in accounts and carried in tokens. */
export const STAFF_ROLES = [
  'ADMIN',
  'SUPERVISOR',
  'DISPATCHER',
  'FIELD_WORKER',
  'ANALYST',
  // Billing staff: residents' utility accounts and bills, nothing of the field work.
  'BILLING',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What an admin may grant a partner API client. */
export const PARTNER_SCOPES = [
  'catalog:read',
  'requests:read',
  'requests:write',
  'data:read',
  'residents:act',
] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/**
 * Who is calling, as the gateway verified it once and signed it to the subgraphs.
 * `service` is the gateway itself asking a subgraph for what only it needs (the
 * caller behind a key or a session); residents arrive with the billing issue.
 */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'staff'; id: string; roles: StaffRole[]; sessionId?: string }
  | { kind: 'partner'; id: string; scopes: PartnerScope[] }
  | { kind: 'resident'; id: string; actingPartnerId?: string }
  | { kind: 'service'; id: 'gateway' };

export type CallerKind = Caller['kind'];

export const ANONYMOUS: Caller = Object.freeze({ kind: 'anonymous' });

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

export function isPartnerScope(value: unknown): value is PartnerScope {
  return typeof value === 'string' && (PARTNER_SCOPES as readonly string[]).includes(value);
}
