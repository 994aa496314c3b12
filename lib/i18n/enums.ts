/**
 * Labels of the database's enums, and of the audit log's actions (a typed catalogue in code
 * stored as text: decision 0870): one helper for pages, client components and composers, over
 * the one `enums` namespace (messages/enums.ts, decision 0861). Types only, so a client
 * component can use it without pulling anything of the database in.
 */
import type { AuditAction } from '@/lib/audit/actions';
import type * as Enums from '@/lib/db/generated/enums';

/** The enums a person reads, with the type of their values. */
export interface LabelledEnums {
  TipCategory: Enums.TipCategory;
  TimeOfDay: Enums.TimeOfDay;
  StaffRole: Enums.StaffRole;
  TipStatus: Enums.TipStatus;
  Priority: Enums.Priority;
  LocationSource: Enums.LocationSource;
  CaseStatus: Enums.CaseStatus;
  RewardState: Enums.RewardState;
  PayoutMethod: Enums.PayoutMethod;
  JournalKind: Enums.JournalKind;
  AlertKind: Enums.AlertKind;
  AlertChannel: Enums.AlertChannel;
  AlertState: Enums.AlertState;
  AnswerKind: Enums.AnswerKind;
  AuditAction: AuditAction;
}
export type LabelledEnum = keyof LabelledEnums;

/** Residents read these, so their labels exist in every resident language. */
export const RESIDENT_ENUMS = ['TipCategory', 'TimeOfDay'] as const satisfies readonly LabelledEnum[];

/**
 * `enumLabel(t, 'TipCategory', tip.category)`, with the server's translator or a client's. The
 * value may be a plain string because several read models still type a column as one.
 */
export function enumLabel<E extends LabelledEnum>(t: (key: string) => string, name: E, value: LabelledEnums[E] | (string & {})): string {
  return t(`enums.${name}.${value}`);
}
