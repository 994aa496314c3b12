/**
 * When a tip must be triaged by: urgent tips within TRIAGE_DUE_URGENT_MINUTES (default an
 * hour), others within TRIAGE_DUE_HOURS (default 72). Pure, so the inbox and its tests agree.
 */
import { env } from '@/lib/env';

export interface TriageDueSettings {
  urgentMinutes: number;
  otherHours: number;
}

export function triageDueSettings(): TriageDueSettings {
  const settings = env();
  return { urgentMinutes: settings.TRIAGE_DUE_URGENT_MINUTES, otherHours: settings.TRIAGE_DUE_HOURS };
}

export function triageDueAt(tip: { urgent: boolean; receivedAt: Date }, settings: TriageDueSettings): Date {
  const allowanceMs = tip.urgent ? settings.urgentMinutes * 60_000 : settings.otherHours * 3_600_000;
  return new Date(tip.receivedAt.getTime() + allowanceMs);
}

/** Overdue: still untriaged (NEW) after its due time. A tip triaged late is no longer overdue. */
export function isTriageOverdue(tip: { status: string; urgent: boolean; receivedAt: Date }, now: Date, settings: TriageDueSettings): boolean {
  return tip.status === 'NEW' && now.getTime() > triageDueAt(tip, settings).getTime();
}
