/**
 * Every console page and the permission it needs: the navigation is built from it, and the
 * authorization matrix test (tests/e2e/auth/authorization-matrix.spec.ts) checks that every
 * page under app/console is listed here and refuses the roles without the permission.
 * Add a line when you add a page.
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
];

/** Pages reachable without signing in. */
export const PUBLIC_CONSOLE_PAGES = ['/console/sign-in', '/console/enrol'] as const;
