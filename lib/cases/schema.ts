/** Input schemas of the case use-cases; messages are i18n keys shown next to the field. */
import { z } from 'zod';
import { anyId } from '@/lib/ids';
import { formEnum } from '@/lib/http/form';
import { CASE_STATUSES } from './case-workflow';

export const caseTitleSchema = z.string().trim().min(3, 'cases.errors.titleShort').max(200, 'cases.errors.titleLong');

export const openCaseSchema = z.object({
  tipIds: z
    .array(anyId)
    .min(1, 'cases.errors.tips')
    .max(100, 'cases.errors.tooManyTips')
    .refine((ids) => new Set(ids).size === ids.length, 'cases.errors.tips'),
  title: caseTitleSchema,
});
export type OpenCaseInput = z.infer<typeof openCaseSchema>;

export const caseNoteSchema = z.object({ body: z.string().trim().min(1, 'cases.errors.noteEmpty').max(4_000, 'cases.errors.noteLong') });

/** The status as a form sends it. */
export const caseStatusChangeSchema = z.object({ caseId: anyId, status: formEnum(CASE_STATUSES, 'cases.errors.status') });
