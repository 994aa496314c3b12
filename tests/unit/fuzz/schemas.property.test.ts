/**
 * fast-check properties on every boundary schema (what a resident, an API client or a staff
 * form sends): for inputs made by mutating a valid example field by field (naughty strings,
 * any value, missing) and for any value at all,
 * - parsing never throws anything but a ZodError whose issues each carry a message;
 * - what is accepted parses again to itself (trim, lower-case and defaults are idempotent) and
 *   survives a JSON round trip;
 * - no accepted string is longer than the schema's own limits allow (no huge strings through).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z, ZodError, type ZodType } from 'zod';
import { signInSchema } from '@/lib/auth/sign-in-staff';
import { caseNoteSchema, caseStatusChangeSchema, openCaseSchema } from '@/lib/cases/schema';
import { fundingSchema } from '@/lib/ledger/fund-programme';
import { raidInputSchema } from '@/lib/raids/schema';
import { rewardReasonSchema } from '@/lib/rewards/load-reward';
import { payoutSchema } from '@/lib/rewards/pay-voucher';
import { proposalSchema } from '@/lib/rewards/propose-reward';
import { newStaffUserSchema } from '@/lib/staff/create-staff-user';
import { staffChangeSchema } from '@/lib/staff/manage-staff';
import { replyBodySchema } from '@/lib/tips/reply-as-tipster';
import { locationSchema, tipInputSchema } from '@/lib/tips/schema';
import { addTipNoteSchema } from '@/lib/triage/add-tip-note';
import { changeTipStatusSchema } from '@/lib/triage/change-tip-status';
import { messageTipsterSchema } from '@/lib/triage/message-tipster';

const NAUGHTY: string[] = JSON.parse(readFileSync('tests/fixtures/naughty-strings.json', 'utf8'));
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const UUID = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

interface Boundary {
  name: string;
  schema: ZodType;
  valid: unknown;
  /** The longest string the schema may let through (its largest max()). */
  longest: number;
  /** Output holds a bigint or a Date: compared as is, not through JSON. */
  noJson?: boolean;
}

const BOUNDARIES: Boundary[] = [
  {
    name: 'resident tip (tipInputSchema)',
    schema: tipInputSchema,
    valid: { category: 'OTHER', indicators: ['guards'], description: 'Men with radios watch the road every night.', location: { lat: 13.3633, lng: 103.8564, accuracyM: 30, source: 'GPS' }, provinceCode: 'KH-17', landmark: 'Old bridge', observedOn: '2026-11-30', observedTime: 'NIGHT', urgent: false, wantsReward: true, language: 'km' },
    longest: 5_000,
  },
  { name: 'resident location (locationSchema)', schema: locationSchema, valid: { lat: 11.5564, lng: 104.9282, accuracyM: 10, source: 'MAP_PIN' }, longest: 16 },
  { name: 'tipster message (replyBodySchema)', schema: replyBodySchema, valid: 'The buses came again last night.', longest: 5_000 },
  { name: 'staff sign-in', schema: signInSchema, valid: { email: 'Officer@Police.gov.kh', password: 'correct horse battery', code: '123456' }, longest: 320 },
  { name: 'new staff user', schema: newStaffUserSchema, valid: { email: 'new@police.gov.kh', name: 'Sok Dara', role: 'OFFICER', password: 'a long enough password', provinceCodes: ['KH-12'] }, longest: 320 },
  { name: 'staff change', schema: staffChangeSchema, valid: { change: 'role', role: 'SUPERVISOR', provinceCodes: ['KH-12'] }, longest: 16 },
  { name: 'open case', schema: openCaseSchema, valid: { tipIds: [UUID], title: 'Compound by the river' }, longest: 200 },
  { name: 'case note', schema: caseNoteSchema, valid: { body: 'Visited the site.' }, longest: 4_000 },
  { name: 'case status', schema: caseStatusChangeSchema, valid: { caseId: UUID, status: 'CLOSED' }, longest: 36 },
  { name: 'tip note', schema: addTipNoteSchema, valid: { tipId: UUID, body: 'Checked the map.' }, longest: 5_000 },
  { name: 'tip status change', schema: changeTipStatusSchema, valid: { tipId: UUID, status: 'TRIAGED' }, longest: 5_000 },
  { name: 'message to a tipster', schema: messageTipsterSchema, valid: { tipId: UUID, body: 'Which gate do the buses use?' }, longest: 5_000 },
  { name: 'raid record', schema: raidInputSchema, valid: { caseId: UUID, raidedOn: '01/11/2026', unit: 'Anti-trafficking unit', place: 'Compound 7', lat: '10.63', lng: '103.52', suspectsArrested: '3', victimsRescued: '40', foreignNationalsDetained: '0', computersSeized: '12', phonesSeized: '80', compoundClosed: true, notes: 'Gate chained.' }, longest: 4_000, noJson: true },
  { name: 'reward proposal', schema: proposalSchema, valid: { tipId: UUID, raidId: UUID, amountMinor: '50000', justification: 'Led to the raid.', currency: 'USD' }, longest: 2_000, noJson: true },
  { name: 'reward rejection or cancellation', schema: rewardReasonSchema, valid: { rewardId: UUID, reason: 'Not the same compound.' }, longest: 2_000 },
  { name: 'voucher payout', schema: payoutSchema, valid: { code: 'ABCD-EFGH-JKMN-PQRS-TVWX', method: 'CASH_OFFICE', reference: 'Receipt 1042' }, longest: 200 },
  { name: 'programme funding', schema: fundingSchema, valid: { currency: 'USD', amountMinor: '1000000', memo: 'Grant' }, longest: 2_000, noJson: true },
];

const weird = fc.oneof(
  fc.constantFrom(...NAUGHTY),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 6_000 }),
  fc.anything(),
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -0, 1e308, [], {}, true, 0),
);

/** A valid example with some of its fields (at any depth) replaced by weird values or removed. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  if (valid === null || typeof valid !== 'object') return fc.oneof({ weight: 4, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: weird });
  if (Array.isArray(valid)) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant(valid) },
      { weight: 1, arbitrary: fc.array(fc.oneof(...valid.map(mutated), weird), { maxLength: 8 }) },
      { weight: 1, arbitrary: weird },
    );
  }
  const fields = Object.entries(valid as Record<string, unknown>).map(([key, value]) => [key, fc.option(mutated(value), { nil: undefined, freq: 10 })] as const);
  return fc.record(Object.fromEntries(fields));
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((inner) => strings(inner, out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach((inner) => strings(inner, out));
  return out;
}

/** Returns whether the input was accepted. */
function checkParse(boundary: Boundary, input: unknown): boolean {
  let result: ReturnType<ZodType['safeParse']>;
  try {
    result = boundary.schema.safeParse(input);
  } catch (error) {
    throw new Error(`${boundary.name} threw ${String(error)} on ${JSON.stringify(input)?.slice(0, 200)}`);
  }
  if (!result.success) {
    expect(result.error).toBeInstanceOf(ZodError);
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) expect(typeof issue.message).toBe('string');
    return false;
  }
  const again = boundary.schema.safeParse(result.data);
  expect(again.success, `${boundary.name}: its own output is refused`).toBe(true);
  expect(again.data).toEqual(result.data);
  if (!boundary.noJson) {
    const viaJson = boundary.schema.safeParse(JSON.parse(JSON.stringify(result.data)));
    expect(viaJson.data, `${boundary.name}: does not survive JSON`).toEqual(result.data);
  }
  for (const text of strings(result.data)) expect(text.length).toBeLessThanOrEqual(boundary.longest);
  return true;
}

describe('boundary schemas under fast-check', () => {
  for (const boundary of BOUNDARIES) {
    it(`${boundary.name}: the valid example passes`, () => {
      expect(boundary.schema.safeParse(boundary.valid).error?.issues).toBeUndefined();
    });

    it(`${boundary.name}: mutated and random input never throws, accepted values round-trip`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof({ weight: 4, arbitrary: mutated(boundary.valid) }, { weight: 1, arbitrary: fc.anything() }), (input) => {
          if (checkParse(boundary, input)) accepted += 1;
        }),
        { numRuns: RUNS, seed: 740 },
      );
      // Some mutants must pass, or the round-trip property was never exercised.
      expect(accepted).toBeGreaterThan(0);
    });
  }

  it('every text field of the resident tip refuses more than its limit', () => {
    fc.assert(
      fc.property(fc.constantFrom('description', 'landmark', 'districtCode'), fc.integer({ min: 5_001, max: 200_000 }), (field, length) => {
        const tip = { ...(BOUNDARIES[0]!.valid as Record<string, unknown>), [field]: 'a'.repeat(length) };
        expect(tipInputSchema.safeParse(tip).success).toBe(false);
      }),
      { numRuns: 50, seed: 741 },
    );
  });

  it('z is the zod the schemas use (ZodError checks would otherwise pass vacuously)', () => {
    expect(z.string().safeParse(1).error).toBeInstanceOf(ZodError);
  });
});
