/**
 * Every console page, server action and staff route handler, and the permission it needs.
 * The navigation is built from the pages; the authorization matrix test
 * (tests/e2e/auth/authorization-matrix.spec.ts) discovers every page, action and route from
 * the code and the build, fails if one is missing here, and proves each refuses anonymous
 * callers and the roles without the permission. Add a line when you add one.
 */
import type { Permission } from './permissions';

export interface ConsolePage {
  /** The route as in the app folder, e.g. /console/tips/[id]. */
  route: string;
  /** null: any signed-in staff member. */
  permission: Permission | null;
  /** i18n key of the navigation label, for pages in the menu. */
  nav?: string;
}

export const CONSOLE_PAGES: readonly ConsolePage[] = [
  { route: '/console', permission: null, nav: 'console.home' },
  { route: '/console/audit', permission: 'audit.read', nav: 'console.audit' },
  { route: '/console/staff', permission: 'staff.manage', nav: 'console.staff' },
  { route: '/console/staff/[id]', permission: 'staff.manage' },
  { route: '/console/dashboard', permission: 'dashboard.read', nav: 'console.dashboard' },
];

/** Pages reachable without signing in. */
export const PUBLIC_CONSOLE_PAGES = ['/console/sign-in', '/console/enrol'] as const;

/**
 * Server actions by `file#export`. `null`: any signed-in staff member; 'public': meant for
 * people who are not signed in (sign-in itself, resident forms).
 */
export const SERVER_ACTIONS: Readonly<Record<string, Permission | null | 'public'>> = {
  'app/console/actions.ts#signOutAction': 'public',
  'app/console/sign-in/actions.ts#signInAction': 'public',
  'app/console/enrol/actions.ts#startEnrolmentAction': 'public',
  'app/console/enrol/actions.ts#completeEnrolmentAction': 'public',
  'app/console/staff/actions.ts#addStaffAction': 'staff.manage',
  'app/console/staff/actions.ts#changeStaffAction': 'staff.manage',
};

/** Route handlers (app/**\/route.ts) by route, with the permission a staff route needs. */
export const ROUTE_HANDLERS: Readonly<Record<string, Permission | 'public'>> = {
  '/api/health': 'public',
  '/api/auth/[...nextauth]': 'public',
  '/lang': 'public',
};
