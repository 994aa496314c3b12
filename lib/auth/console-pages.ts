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
  'app/console/rewards/actions.ts#proposeRewardAction': 'rewards.propose',
  'app/console/rewards/actions.ts#approveRewardAction': 'rewards.approve',
  'app/console/rewards/actions.ts#approveLargeRewardAction': 'rewards.approve_large',
  'app/console/rewards/actions.ts#rejectRewardAction': 'rewards.approve',
  'app/console/rewards/actions.ts#rejectLargeRewardAction': 'rewards.approve_large',
  'app/console/rewards/actions.ts#cancelRewardAction': 'rewards.approve',
  'app/console/rewards/actions.ts#fundProgrammeAction': 'ledger.fund',
  'app/console/rewards/actions.ts#payVoucherAction': 'rewards.pay',
  'app/console/rewards/actions.ts#publishPolicyAction': 'rewards.policy',
  'app/console/cases/actions.ts#changeCaseStatusAction': 'cases.manage',
  'app/console/cases/actions.ts#assignCaseAction': 'cases.manage',
  'app/console/cases/actions.ts#addCaseNoteAction': 'cases.manage',
  'app/console/cases/actions.ts#mergeCasesAction': 'cases.manage',
  'app/console/cases/actions.ts#recordRaidAction': 'raids.record',
  'app/console/tips/[id]/actions.ts#changeTipStatusAction': 'tips.triage',
  'app/console/tips/[id]/actions.ts#setTipPriorityAction': 'tips.triage',
  'app/console/tips/[id]/actions.ts#assignTipAction': 'tips.triage',
  'app/console/tips/[id]/actions.ts#addTipNoteAction': 'tips.triage',
  'app/console/tips/[id]/actions.ts#messageTipsterAction': 'tips.message',
  'app/console/tips/[id]/actions.ts#notDuplicateAction': 'tips.triage',
  'app/console/tips/[id]/actions.ts#mergeIntoCaseAction': 'cases.manage',
  'app/console/tips/[id]/actions.ts#openCaseAction': 'cases.manage',
  'app/(public)/report/actions.ts#submitReportAction': 'public',
  'app/(public)/status/actions.ts#openStatusAction': 'public',
  'app/(public)/status/actions.ts#replyAction': 'public',
  'app/(public)/status/actions.ts#signOutStatusAction': 'public',
  'app/console/alerts/actions.ts#setAlertChoicesAction': 'alerts.subscribe',
  'app/console/alerts/actions.ts#addPushSubscriptionAction': 'alerts.subscribe',
  'app/console/alerts/actions.ts#removePushSubscriptionsAction': 'alerts.subscribe',
  'app/console/alerts/actions.ts#acknowledgeAlertAction': 'alerts.subscribe',
  // issue 14 (mailbox)
  'app/(public)/status/actions.ts#answerQuestionsAction': 'public',
  'app/console/tips/[id]/mailbox-actions.ts#askQuestionsAction': 'tips.message',
  'app/console/tips/[id]/mailbox-actions.ts#sendReplyTemplateAction': 'tips.message',
  'app/console/questions/actions.ts#createQuestionAction': 'questions.manage',
  'app/console/questions/actions.ts#setQuestionActiveAction': 'questions.manage',
  'app/console/tips/bulk/actions.ts#bulkTriageAction': 'tips.triage',
};

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
