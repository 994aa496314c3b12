/**
 * A use case (lib/use-case.ts) refuses before it touches anything: no actor, the wrong role or
 * bad input, and nothing is stored or audited. Checked on real use cases against PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Actor } from '@/lib/auth/permissions';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { db } from '@/lib/db/client';
import { fieldErrorKeys } from '@/lib/http/field-errors';
import { listAssignees } from '@/lib/triage/assign-tip';
import { defineUseCase } from '@/lib/use-case';
import { makeStaff } from '../../helpers/factories';
import { makeCase } from '../../helpers/factories-cases';

/** What a careless caller could still pass at run time, past the type that forbids it. */
const noActor = null as unknown as Actor;

describe('defineUseCase', () => {
  it('carries its permission, name and schema for the wrappers', () => {
    expect(addCaseNote.permission).toBe('cases.manage');
    expect(addCaseNote.useCaseName).toBe('addCaseNote');
    expect(addCaseNote.input?.safeParse({ caseId: 'x', body: 'A note' }).success).toBe(true);
  });

  it('refuses no actor, the wrong role and bad input, and stores nothing', async () => {
    const officer = await makeStaff('OFFICER');
    const rewardsAdmin = await makeStaff('REWARDS_ADMIN');
    const opened = await makeCase(officer.actor);
    const stored = async () => ({
      notes: await db.note.count({ where: { caseId: opened.id } }),
      audit: await db.auditEvent.count({ where: { action: 'case.note_added', targetId: opened.id } }),
    });

    await expect(addCaseNote(noActor, { caseId: opened.id, body: 'Anonymous note' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(addCaseNote(rewardsAdmin.actor, { caseId: opened.id, body: 'Wrong role' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The role is checked before the input: a refused caller learns nothing about the schema.
    await expect(addCaseNote(rewardsAdmin.actor, { caseId: opened.id, body: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const badInput = await addCaseNote(officer.actor, { caseId: opened.id, body: '   ' }).catch((error: unknown) => error);
    expect(badInput).toBeInstanceOf(ZodError);
    expect(fieldErrorKeys(badInput as ZodError)).toEqual({ body: 'cases.errors.noteEmpty' });
    expect(await stored()).toEqual({ notes: 0, audit: 0 });

    await addCaseNote(officer.actor, { caseId: opened.id, body: 'Two guards at the gate.' });
    expect(await stored()).toEqual({ notes: 1, audit: 1 });
  });

  it('never runs the body for a refused caller', async () => {
    let runs = 0;
    const probe = defineUseCase({ name: 'probe', permission: 'staff.manage', run: async () => ++runs });
    const anyStaff = defineUseCase({ name: 'anyStaff', permission: null, run: async () => ++runs });
    const officer = await makeStaff('OFFICER');
    await expect(probe(officer.actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // @ts-expect-error the actor is not optional: a call without one does not compile
    await expect(anyStaff(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(runs).toBe(0);
    expect(await anyStaff(officer.actor)).toBe(1);
  });

  it('listAssignees needs an actor who may triage, and names only who may work the province', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const local = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const elsewhere = await makeStaff('OFFICER', { provinceCodes: ['KH-12'] });
    const rewardsAdmin = await makeStaff('REWARDS_ADMIN');
    await expect(listAssignees(rewardsAdmin.actor, { provinceCode: 'KH-18' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAssignees(noActor, { provinceCode: 'KH-18' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const ids = (await listAssignees(local.actor, { provinceCode: 'KH-18' })).map((staff) => staff.id);
    expect(ids).toEqual(expect.arrayContaining([supervisor.id, local.id]));
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(rewardsAdmin.id);
  });
});
