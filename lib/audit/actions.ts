/**
 * The catalogue of audited actions. Every staff action and every view of a tip is one of
 * these. Resident actions are not: the log's sequential ids would date them (see
 * docs/decisions/0002); the tip and its messages carry their own coarse times.
 */
export const AUDIT_ACTIONS = [
  'system.migrated',
  'system.seeded',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.totp_enrolled',
  'auth.sessions_revoked',
  'staff.created',
  'staff.updated',
  'staff.deactivated',
  'staff.totp_reset',
  'tip.viewed',
  'tip.photo_viewed',
  'tip.updated',
  'tip.status_changed',
  'tip.assigned',
  'tip.note_added',
  'tip.not_duplicate',
  'tip.message_sent',
  'case.created',
  'case.viewed',
  'case.updated',
  'case.status_changed',
  'case.tip_merged',
  'case.merged',
  'case.note_added',
  'case.exported',
  'raid.recorded',
  'reward.proposed',
  'reward.approved',
  'reward.rejected',
  'reward.voucher_issued',
  'reward.paid',
  'reward.expired',
  'reward.cancelled',
  'policy.created',
  'ledger.funded',
  'ledger.exported',
  'audit.viewed',
  'audit.exported',
  'access.flagged',
  'tip.redacted',
  'tip.purged',
  'alert.subscription_changed',
  'alert.sent',
  'alert.retried',
  'alert.failed',
  'alert.acknowledged',
  // issue 14 (mailbox)
  'question.created',
  'question.updated',
  // issue 10 (payout desk): a voucher code no voucher has, or any code while throttled
  'reward.voucher_refused',
  // decision 0900: a staff member replaced their own password
  'auth.password_changed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A stored row's action is text: one written before an action was renamed has no label. */
export function isAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}
