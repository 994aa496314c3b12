/**
 * Every console page and the permission it needs, and the server actions and route handlers
 * open to the public. The navigation is built from the pages. A staff server action or route
 * handler is not listed: it is built from a use case (lib/use-case.ts) and carries that use
 * case's permission. The authorization matrix test (tests/e2e/auth/authorization-matrix.spec.ts)
 * discovers every page, action and route from the code and the build, fails if a page is
 * missing here or an action or route is neither public here nor built from a use case, and
 * proves each refuses anonymous callers and the roles without the permission.
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

const PAGES = [
  { route: '/console', permission: null, nav: 'console.home' },
  { route: '/console/audit', permission: 'audit.read', nav: 'console.audit' },
  { route: '/console/staff', permission: 'staff.manage', nav: 'console.staff' },
  { route: '/console/staff/[id]', permission: 'staff.manage' },
  { route: '/console/rewards', permission: 'rewards.read', nav: 'console.rewards' },
  { route: '/console/rewards/[id]', permission: 'rewards.read' },
  { route: '/console/rewards/payout', permission: 'rewards.pay' },
  { route: '/console/rewards/policy', permission: 'rewards.policy' },
  { route: '/console/cases', permission: 'cases.read', nav: 'console.cases' },
  { route: '/console/cases/[id]', permission: 'cases.read' },
  { route: '/console/map', permission: 'map.read', nav: 'console.map' },
  { route: '/console/tips', permission: 'tips.read', nav: 'console.inbox' },
  { route: '/console/tips/[id]', permission: 'tips.read' },
  { route: '/console/access-flags', permission: 'audit.read', nav: 'triage.navAccessFlags' },
  { route: '/console/dashboard', permission: 'dashboard.read', nav: 'console.dashboard' },
  { route: '/console/jobs', permission: 'system.jobs', nav: 'jobs.nav' },
  { route: '/console/alerts', permission: 'alerts.subscribe', nav: 'alerts.title' },
  { route: '/console/alerts/mailbox', permission: 'alerts.subscribe' },
  // issue 14 (mailbox)
  { route: '/console/queue', permission: 'tips.read', nav: 'bulk.queueNav' },
  { route: '/console/questions', permission: 'questions.manage', nav: 'mailboxConsole.nav' },
  { route: '/console/tips/bulk', permission: 'tips.triage' },
  // decision 0900: any staff member changes their own password here
  { route: '/console/password', permission: null, nav: 'console.passwordNav' },
] as const satisfies readonly ConsolePage[];

export const CONSOLE_PAGES: readonly ConsolePage[] = PAGES;
/** A console page's route, checked against the list above. */
export type ConsoleRoute = (typeof PAGES)[number]['route'];

/** Pages reachable without signing in. */
export const PUBLIC_CONSOLE_PAGES = ['/console/sign-in', '/console/enrol'] as const;

/**
 * Server actions meant for people who are not signed in (sign-in itself, resident forms), by
 * `file#export`. Every other server action is a console action built by consoleAction
 * (lib/http/console-action.ts) from a use case, and carries the use case's permission: the
 * matrix test reads it from the exported action, so it is not repeated here.
 */
export const PUBLIC_SERVER_ACTIONS: readonly string[] = [
  'app/console/actions.ts#signOutAction',
  'app/console/sign-in/actions.ts#signInAction',
  'app/console/enrol/actions.ts#startEnrolmentAction',
  'app/console/enrol/actions.ts#completeEnrolmentAction',
  'app/(public)/report/actions.ts#submitReportAction',
  'app/(public)/status/actions.ts#openStatusAction',
  'app/(public)/status/actions.ts#replyAction',
  'app/(public)/status/actions.ts#signOutStatusAction',
  'app/(public)/status/actions.ts#answerQuestionsAction',
];

/**
 * Route handlers (app/**\/route.ts) open to anyone, by route. Every other route handler is a
 * staff route built by withStaffRoute (lib/http/route.ts) from a use case, and carries its
 * permission.
 */
export const PUBLIC_ROUTE_HANDLERS: readonly string[] = [
  '/api/health',
  // Answers 404 unless BENCH_BASELINE_ROUTE=true (npm run bench:intake, decision 0300).
  '/api/bench/baseline',
  '/api/auth/[...nextauth]',
  '/lang',
  '/api/v1/tips',
  '/api/v1/tips/status',
  '/api/v1/tips/messages',
  '/api/v1/pow',
];
