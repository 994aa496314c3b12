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
];

/** Pages reachable without signing in. */
export const PUBLIC_CONSOLE_PAGES = ['/console/sign-in', '/console/enrol'] as const;

/**
 * Server actions, file by file: the permission each export needs. `null`: any signed-in staff
 * member; 'public': meant for people who are not signed in (sign-in itself, resident forms).
 * The permission is stated here once: each console action guards itself with
 * `requireActor(CASE_ACTIONS.recordRaidAction)`, and SERVER_ACTIONS below (what the matrix test
 * checks) is built from the same lists.
 */
type ActionPermissions = Readonly<Record<string, Permission | null | 'public'>>;

/** app/console/actions.ts */
export const CONSOLE_ACTIONS = {
  signOutAction: 'public',
} as const satisfies ActionPermissions;

/** app/console/sign-in/actions.ts */
export const SIGN_IN_ACTIONS = {
  signInAction: 'public',
} as const satisfies ActionPermissions;

/** app/console/enrol/actions.ts */
export const ENROL_ACTIONS = {
  startEnrolmentAction: 'public',
  completeEnrolmentAction: 'public',
} as const satisfies ActionPermissions;

/** app/console/staff/actions.ts */
export const STAFF_ACTIONS = {
  addStaffAction: 'staff.manage',
  changeStaffAction: 'staff.manage',
} as const satisfies ActionPermissions;

/** app/console/rewards/actions.ts */
export const REWARD_ACTIONS = {
  proposeRewardAction: 'rewards.propose',
  approveRewardAction: 'rewards.approve',
  approveLargeRewardAction: 'rewards.approve_large',
  rejectRewardAction: 'rewards.approve',
  rejectLargeRewardAction: 'rewards.approve_large',
  cancelRewardAction: 'rewards.approve',
  fundProgrammeAction: 'ledger.fund',
  payVoucherAction: 'rewards.pay',
  publishPolicyAction: 'rewards.policy',
} as const satisfies ActionPermissions;

/** app/console/cases/actions.ts */
export const CASE_ACTIONS = {
  changeCaseStatusAction: 'cases.manage',
  assignCaseAction: 'cases.manage',
  addCaseNoteAction: 'cases.manage',
  mergeCasesAction: 'cases.manage',
  recordRaidAction: 'raids.record',
} as const satisfies ActionPermissions;

/** app/console/tips/[id]/actions.ts */
export const TIP_ACTIONS = {
  changeTipStatusAction: 'tips.triage',
  setTipPriorityAction: 'tips.triage',
  assignTipAction: 'tips.triage',
  addTipNoteAction: 'tips.triage',
  messageTipsterAction: 'tips.message',
  notDuplicateAction: 'tips.triage',
  mergeIntoCaseAction: 'cases.manage',
  openCaseAction: 'cases.manage',
} as const satisfies ActionPermissions;

/** app/(public)/report/actions.ts */
export const REPORT_ACTIONS = {
  submitReportAction: 'public',
} as const satisfies ActionPermissions;

/** app/(public)/status/actions.ts */
export const STATUS_ACTIONS = {
  openStatusAction: 'public',
  replyAction: 'public',
  signOutStatusAction: 'public',
  answerQuestionsAction: 'public',
} as const satisfies ActionPermissions;

/** app/console/alerts/actions.ts */
export const ALERT_ACTIONS = {
  setAlertChoicesAction: 'alerts.subscribe',
  addPushSubscriptionAction: 'alerts.subscribe',
  removePushSubscriptionsAction: 'alerts.subscribe',
  acknowledgeAlertAction: 'alerts.subscribe',
} as const satisfies ActionPermissions;

/** app/console/tips/[id]/mailbox-actions.ts */
export const MAILBOX_ACTIONS = {
  askQuestionsAction: 'tips.message',
  sendReplyTemplateAction: 'tips.message',
} as const satisfies ActionPermissions;

/** app/console/questions/actions.ts */
export const QUESTION_ACTIONS = {
  createQuestionAction: 'questions.manage',
  setQuestionActiveAction: 'questions.manage',
} as const satisfies ActionPermissions;

/** app/console/tips/bulk/actions.ts */
export const TIP_BULK_ACTIONS = {
  bulkTriageAction: 'tips.triage',
} as const satisfies ActionPermissions;

const ACTIONS_BY_FILE: Readonly<Record<string, ActionPermissions>> = {
  'app/console/actions.ts': CONSOLE_ACTIONS,
  'app/console/sign-in/actions.ts': SIGN_IN_ACTIONS,
  'app/console/enrol/actions.ts': ENROL_ACTIONS,
  'app/console/staff/actions.ts': STAFF_ACTIONS,
  'app/console/rewards/actions.ts': REWARD_ACTIONS,
  'app/console/cases/actions.ts': CASE_ACTIONS,
  'app/console/tips/[id]/actions.ts': TIP_ACTIONS,
  'app/(public)/report/actions.ts': REPORT_ACTIONS,
  'app/(public)/status/actions.ts': STATUS_ACTIONS,
  'app/console/alerts/actions.ts': ALERT_ACTIONS,
  'app/console/tips/[id]/mailbox-actions.ts': MAILBOX_ACTIONS,
  'app/console/questions/actions.ts': QUESTION_ACTIONS,
  'app/console/tips/bulk/actions.ts': TIP_BULK_ACTIONS,
};

/** Server actions by `file#export`, for the authorization matrix test. */
export const SERVER_ACTIONS: ActionPermissions = Object.fromEntries(
  Object.entries(ACTIONS_BY_FILE).flatMap(([file, actions]) => Object.entries(actions).map(([name, permission]) => [`${file}#${name}`, permission])),
);

/** Route handlers (app/**\/route.ts) by route, with the permission a staff route needs. */
export const ROUTE_HANDLERS: Readonly<Record<string, Permission | 'public'>> = {
  '/api/health': 'public',
  // Answers 404 unless BENCH_BASELINE_ROUTE=true (npm run bench:intake, decision 0300).
  '/api/bench/baseline': 'public',
  '/api/auth/[...nextauth]': 'public',
  '/lang': 'public',
  '/console/rewards/export/[kind]': 'ledger.export',
  '/console/tips/[id]/photos/[attachmentId]': 'tips.read',
  '/api/v1/tips': 'public',
  '/api/v1/tips/status': 'public',
  '/api/v1/tips/messages': 'public',
  '/api/v1/pow': 'public',
  '/console/cases/[id]/export': 'cases.export',
};
