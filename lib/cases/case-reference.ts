/**
 * Case references officers can say over a radio: `C-2026-048213`, the year the case was
 * opened and six random digits. Random rather than a counter so a reference reveals neither
 * how many cases exist nor when a case was opened relative to another; it carries nothing
 * from any tip.
 */
import { randomInt } from 'node:crypto';
import type { Tx } from '@/lib/db/client';

export const CASE_REFERENCE_PATTERN = /^C-\d{4}-\d{6}$/;

export function generateCaseReference(now: Date = new Date()): string {
  return `C-${now.getUTCFullYear()}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

/** A reference no case has yet (the unique index still guards a concurrent twin). */
export async function freshCaseReference(tx: Tx, now: Date = new Date()): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const reference = generateCaseReference(now);
    if (!(await tx.case.findUnique({ where: { reference }, select: { id: true } }))) return reference;
  }
  throw new Error('no free case reference after 20 attempts');
}
