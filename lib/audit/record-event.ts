import type { Tx } from '@/lib/db/client';
import { chainHash, GENESIS, lockChain } from '@/lib/security/hash-chain';
import type { AuditAction } from './actions';

export interface AuditActor {
  id: string;
  role: string;
}

export interface AuditEventInput {
  /** Null for the system or an anonymous tipster: never anything that identifies a person. */
  actor: AuditActor | null;
  action: AuditAction;
  target?: { type: string; id: string };
  detail?: Record<string, unknown>;
  /** Override for resident events, whose time is coarsened like the tip's own. */
  at?: Date;
}

/** The fields the hash covers, in one place for recording and verifying. */
export function auditContent(event: {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: unknown;
}) {
  return {
    at: event.at,
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    detail: event.detail ?? null,
  };
}

/** Appends one event to the chain; call it inside the transaction of the change it records. */
export async function recordAuditEvent(tx: Tx, input: AuditEventInput): Promise<void> {
  await lockChain(tx, 'audit');
  const last = await tx.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS;
  const row = {
    at: input.at ?? new Date(),
    actorId: input.actor?.id ?? null,
    actorRole: input.actor?.role ?? null,
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    detail: (input.detail ?? null) as never,
  };
  await tx.auditEvent.create({ data: { ...row, detail: row.detail ?? undefined, prevHash, hash: chainHash(prevHash, auditContent(row)) } });
}
