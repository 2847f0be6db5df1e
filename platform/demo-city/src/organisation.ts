/**
 * Departments, crews and staff. Small (hundreds of rows), so built eagerly from one
 * stream per kind; request generation only needs the lookup tables at the end.
 */
import { Random } from './random';
import type { CityProfile, CrewSeed, DepartmentSeed, StaffRole, StaffSeed } from './types';

/** The password of every documented demo login (one per role); everyone else has none. */
export const DEMO_PASSWORD = 'civicgraph-demo';

const ROLE_ORDER: StaffRole[] = [
  'ADMIN',
  'SUPERVISOR',
  'DISPATCHER',
  'FIELD_WORKER',
  'ANALYST',
  'BILLING',
];

/** The demo login's email for a role, e.g. `field-worker@demo.phoenix.az.us`. */
export function demoLoginEmail(role: StaffRole, jurisdictionId: string): string {
  return `${role.toLowerCase().replace(/_/g, '-')}@demo.${jurisdictionId}`;
}

export interface Organisation {
  departments: DepartmentSeed[];
  crews: CrewSeed[];
  staff: StaffSeed[];
  departmentByCode: Map<string, DepartmentSeed>;
  /** Crews of each department id, in profile order. */
  crewsByDepartment: Map<string, CrewSeed[]>;
  /** Field workers of each crew id. */
  workersByCrew: Map<string, StaffSeed[]>;
}

export function buildOrganisation(profile: CityProfile, seed: number): Organisation {
  const departments: DepartmentSeed[] = profile.departments.map((d, i) => ({
    id: Random.derive(seed, 'department', i).uuid(),
    code: d.code,
    name: { ...d.name },
  }));
  const departmentByCode = new Map(departments.map((d) => [d.code, d]));

  const crews: CrewSeed[] = [];
  const crewsByDepartment = new Map<string, CrewSeed[]>();
  profile.departments.forEach((d, di) => {
    const department = departments[di] as DepartmentSeed;
    const own = d.crews.map((name, ci) => ({
      id: Random.derive(seed, `crew:${d.code}`, ci).uuid(),
      departmentId: department.id,
      code: `${d.code}-${String(ci + 1).padStart(2, '0')}`,
      name,
    }));
    crews.push(...own);
    crewsByDepartment.set(department.id, own);
  });

  const random = Random.derive(seed, 'staff', 0);
  const staff: StaffSeed[] = [];
  const workersByCrew = new Map<string, StaffSeed[]>();
  const add = (role: StaffRole, departmentId: string, crewId: string | null) => {
    const givenName = random.pick(profile.people.givenNames);
    const familyName = random.pick(profile.people.familyNames);
    const person: StaffSeed = {
      id: random.uuid(),
      departmentId,
      crewId,
      givenName,
      familyName,
      // The running number keeps addresses unique however often names repeat.
      email: `${emailPart(givenName)}.${emailPart(familyName)}${staff.length + 1}@${
        profile.jurisdictionId
      }`,
      role,
      demoPassword: null,
    };
    staff.push(person);
    return person;
  };

  // City-wide roles sit in the first department listed: the profile has no
  // "city manager's office" and the console only needs them to belong somewhere.
  const home = departments[0] as DepartmentSeed;
  add('ADMIN', home.id, null);
  for (const department of departments) {
    add('SUPERVISOR', department.id, null);
    const dispatchers = random.int(1, 2);
    for (let i = 0; i < dispatchers; i++) add('DISPATCHER', department.id, null);
    for (const crew of crewsByDepartment.get(department.id) ?? []) {
      const workers: StaffSeed[] = [];
      const size = random.int(3, 6);
      for (let i = 0; i < size; i++) workers.push(add('FIELD_WORKER', department.id, crew.id));
      workersByCrew.set(crew.id, workers);
    }
  }
  add('ANALYST', home.id, null);
  // Drawn last, so that adding the role left everyone else's names and ids as they were.
  add('BILLING', home.id, null);

  // The first person of each role becomes its documented demo login.
  for (const role of ROLE_ORDER) {
    const person = staff.find((s) => s.role === role);
    if (!person) continue;
    person.email = demoLoginEmail(role, profile.jurisdictionId);
    person.demoPassword = DEMO_PASSWORD;
  }

  return { departments, crews, staff, departmentByCode, crewsByDepartment, workersByCrew };
}

/** Lower-case ASCII for an email local part: "Sofía" → "sofia", "O'Brien" → "obrien". */
function emailPart(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '') || 'staff'
  );
}
