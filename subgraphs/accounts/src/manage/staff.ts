import { randomUUID } from 'node:crypto';
import { badUserInput, checkedId, checkedOptionalId, notFound } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import { normaliseEmail } from '../auth/lockout';
import { hashNewPassword } from '../auth/password';
import { crewsByIds } from '../db/crew.repository';
import type { AccountsDatabase } from '../db/database';
import { departmentsByIds } from '../db/department.repository';
import { revokeSessions } from '../db/session.repository';
import type { SessionRevokedReason } from '../db/session.table';
import { clearFailures } from '../db/sign-in-throttle.repository';
import { insertStaff, lockActiveAdminIds, staffByIds, updateStaff } from '../db/staff.repository';
import type { Staff, StaffRole } from '../db/staff.table';
import { checkedEmail, checkedText } from './checked-input';

type Db = Kysely<AccountsDatabase>;

export interface NewStaff {
  givenName: string;
  familyName: string;
  email: string;
  role: StaffRole;
  departmentId: string;
  crewId?: string | null;
  initialPassword: string;
}

/** Postgres' unique_violation, raised here only by the case-insensitive email index. */
function isDuplicate(error: unknown) {
  return (error as { code?: string } | null)?.code === '23505';
}

/** Adds a staff member who can sign in with the initial password straight away. */
export async function createStaff(db: Db, input: NewStaff): Promise<Staff> {
  const departmentId = checkedId(input.departmentId, 'input.departmentId');
  const crewId = checkedOptionalId(input.crewId, 'input.crewId') ?? null;
  const givenName = checkedText(input.givenName, 'input.givenName');
  const familyName = checkedText(input.familyName, 'input.familyName');
  // Stored as sign-in will look it up (normaliseEmail, JavaScript's lower case): the
  // database's own lower() differs by locale (a C-locale cluster lowers ASCII only;
  // others differ on İ or a final Σ), and an address it lowered differently could
  // never sign in. A lower-case address is its own lower() everywhere.
  const email = normaliseEmail(checkedEmail(input.email, 'input.email'));
  const [department] = await departmentsByIds(db, [departmentId]);
  if (!department) throw notFound('Department', departmentId);
  if (crewId) {
    const [crew] = await crewsByIds(db, [crewId]);
    if (!crew) throw notFound('Crew', crewId);
    if (crew.departmentId !== departmentId) {
      throw badUserInput('The crew belongs to another department', { argument: 'input.crewId' });
    }
  }
  const passwordHash = await hashNewPassword(input.initialPassword, 'input.initialPassword');
  try {
    return await insertStaff(db, {
      id: randomUUID(),
      departmentId,
      crewId,
      givenName,
      familyName,
      email,
      role: input.role,
      passwordHash,
    });
  } catch (error) {
    if (isDuplicate(error)) {
      throw badUserInput('A staff member already has this email', { argument: 'input.email' });
    }
    throw error;
  }
}

/**
 * Changes one staff member in a transaction that holds the active admins' rows, and
 * refuses a change that would leave no active administrator (nobody could undo it).
 */
async function changeStaff(
  db: Db,
  staffId: string,
  change: (staff: Staff) => { role?: StaffRole; active?: boolean; passwordHash?: string },
  revokeFor?: (before: Staff, after: Staff) => SessionRevokedReason | null,
): Promise<Staff> {
  const id = checkedId(staffId, 'input.staffId');
  return db.transaction().execute(async (trx) => {
    const admins = await lockActiveAdminIds(trx);
    const [before] = await staffByIds(trx, [id]);
    if (!before) throw notFound('Staff member', id);
    const changes = change(before);
    const after = await updateStaff(trx, id, changes);
    const stillAdmin = after.role === 'ADMIN' && after.active;
    if (admins.includes(id) && !stillAdmin && admins.length === 1) {
      throw badUserInput('This is the last active administrator; make another one first', {
        argument: 'input.staffId',
      });
    }
    const reason = revokeFor?.(before, after);
    if (reason) await revokeSessions(trx, { staffId: id }, reason);
    return after;
  });
}

/** A new role takes effect at once: the sessions issued with the old one end. */
export function setStaffRole(db: Db, staffId: string, role: StaffRole) {
  return changeStaff(
    db,
    staffId,
    () => ({ role }),
    (before) => (before.role === role ? null : 'ROLE_CHANGED'),
  );
}

/** Stops a staff member from signing in, and ends the sessions they have. */
export function deactivateStaff(db: Db, staffId: string) {
  return changeStaff(
    db,
    staffId,
    () => ({ active: false }),
    () => 'STAFF_DEACTIVATED',
  );
}

export function reactivateStaff(db: Db, staffId: string) {
  return changeStaff(db, staffId, () => ({ active: true }));
}

/**
 * Sets a new password, ends the sessions signed in with the old one and lifts a
 * lockout on the email, so the person can sign in with it straight away.
 */
export async function resetStaffPassword(db: Db, staffId: string, newPassword: string) {
  const passwordHash = await hashNewPassword(newPassword, 'input.newPassword');
  const staff = await changeStaff(
    db,
    staffId,
    () => ({ passwordHash }),
    () => 'PASSWORD_RESET',
  );
  await clearFailures(db, normaliseEmail(staff.email));
  return staff;
}
