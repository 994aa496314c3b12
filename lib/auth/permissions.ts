/**
 * The permission catalogue: every staff capability, what it means, and which roles hold it.
 * Domain functions call `requirePermission(actor, ...)` themselves, so a page, action, route
 * or script can never skip the check.
 */
import { AppError } from '@/lib/errors';
import type { StaffRoleCode } from '@/lib/staff/roles';

export const PERMISSIONS = {
  'tips.read': 'See tips of the provinces one is assigned to (all provinces for supervisors and above)',
  'tips.triage': 'Set status, priority and assignment of tips; add notes; mark duplicates',
  'tips.message': 'Write to a tipster through the anonymous mailbox',
  'cases.read': 'See cases',
  'cases.manage': 'Open cases, merge tips and cases, assign, change case status, add notes',
  'cases.export': 'Export a case file for prosecutors',
  'raids.record': 'Record a raid and its outcome',
  'map.read': 'See the map of tips and cases',
  'audit.read': 'Browse the audit log and unusual-access flags',
  'staff.manage': 'Create, deactivate and change staff accounts; reset second factors; revoke sessions',
  'rewards.read': 'See eligible tips, rewards, budget and the ledger',
  'rewards.propose': 'Propose a reward for an eligible tip',
  'rewards.approve': 'Approve or reject a reward proposed by someone else',
  'rewards.approve_large': 'Give the supervisor approval needed above the threshold',
  'rewards.pay': 'Record a payout against a voucher',
  'rewards.policy': 'Publish a new version of the reward policy',
  'ledger.fund': 'Record programme funding in the ledger',
  'ledger.export': 'Export the journal and rewards for auditors',
  'dashboard.read': 'See dashboards and charts',
  'system.jobs': 'See background jobs: last and next runs, failures',
  'alerts.subscribe': 'Choose to be alerted (email, web push) of urgent tips in one\'s provinces',
  'alerts.oversee': 'See every alert sent to staff: sent, retried, failed, acknowledged',
  // issue 14 (mailbox)
  'questions.manage': 'Curate the standard questions officers ask tipsters in every language',
  'workload.read': "See each officer's load of tips and cases",
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ROLE_PERMISSIONS: Record<StaffRoleCode, readonly Permission[]> = {
  OFFICER: ['tips.read', 'tips.triage', 'tips.message', 'cases.read', 'cases.manage', 'map.read', 'alerts.subscribe'],
  SUPERVISOR: [
    'tips.read', 'tips.triage', 'tips.message', 'cases.read', 'cases.manage', 'cases.export',
    'raids.record', 'map.read', 'audit.read', 'dashboard.read', 'rewards.read', 'rewards.approve_large',
    'alerts.subscribe', 'alerts.oversee',
    // issue 14 (mailbox)
    'questions.manage', 'workload.read',
  ],
  REWARDS_ADMIN: ['rewards.read', 'rewards.propose', 'rewards.approve', 'rewards.pay', 'ledger.fund', 'ledger.export', 'dashboard.read'],
  SYSTEM_ADMIN: ['staff.manage', 'audit.read', 'rewards.policy', 'dashboard.read', 'rewards.read', 'system.jobs'],
};

/** A signed-in staff member as the domain sees them. */
export interface Actor {
  id: string;
  role: StaffRoleCode;
  /** Provinces an officer may see; ignored for roles that see everything. */
  provinceCodes: readonly string[];
  /** Set by the guard (lib/auth/session.ts): the session this request came with. */
  sessionId?: string;
  /** Set by the guard while an administrator's password is still the account's (decision 0900). */
  mustChangePassword?: boolean;
}

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && ROLE_PERMISSIONS[actor.role].includes(permission);
}

export function requirePermission(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!can(actor, permission)) throw new AppError('FORBIDDEN');
}

/** Officers see their provinces only; everyone else with tips.read sees all. */
export function seesAllProvinces(actor: Actor): boolean {
  return actor.role !== 'OFFICER';
}

/** Prisma `where` fragment limiting tips (or cases) to what the actor may see. */
export function provinceScope(actor: Actor): { provinceCode?: { in: string[] } } {
  return seesAllProvinces(actor) ? {} : { provinceCode: { in: [...actor.provinceCodes] } };
}
