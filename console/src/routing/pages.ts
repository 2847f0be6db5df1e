import type { StaffRole } from '../generated/graphql';

/** The console's pages, by path. `/` is each role's home page. */
export const PAGES = {
  dispatch: '/dispatch',
  myWork: '/my-work',
} as const;

export type PageName = keyof typeof PAGES;

/** The pages each role has, in the order the header lists them. */
const PAGES_BY_ROLE: Record<StaffRole, readonly PageName[]> = {
  ADMIN: ['dispatch'],
  SUPERVISOR: ['dispatch', 'myWork'],
  DISPATCHER: ['dispatch'],
  ANALYST: ['dispatch'],
  FIELD_WORKER: ['myWork'],
  // Billing staff work in the graph (accounts and bills); the console has no billing page yet.
  BILLING: [],
};

export function pagesFor(role: StaffRole): readonly PageName[] {
  return PAGES_BY_ROLE[role];
}

/** Where a role starts: field workers on their own work, everyone else on dispatch. */
export function homePageFor(role: StaffRole): PageName {
  return role === 'FIELD_WORKER' ? 'myWork' : 'dispatch';
}

/** The page a path names; `/` and unknown paths show the role's home page. */
export function pageAt(pathname: string, role: StaffRole): PageName {
  const found = (Object.keys(PAGES) as PageName[]).find((page) => PAGES[page] === pathname);
  return found ?? homePageFor(role);
}
