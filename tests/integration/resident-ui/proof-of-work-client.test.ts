import { describe, expect, it } from 'vitest';
import { createPowChallenge, verifyPow } from '@/lib/security/proof-of-work';
import { solveChallenge } from '@/lib/ui/resident/proof-of-work';

describe('the report form’s proof-of-work solver', () => {
  it('answers the server’s challenge in the payload verifyPow accepts, and only once', async () => {
    const challenge = await createPowChallenge();
    const solution = await solveChallenge(challenge);
    expect(solution).not.toBeNull();
    expect(await verifyPow(solution!)).toBe(true);
    // Replayed: refused.
    expect(await verifyPow(solution!)).toBe(false);
  });

  it('finds nothing when no number up to the limit fits (a challenge not made by the server)', async () => {
    const challenge = await createPowChallenge();
    expect(await solveChallenge({ ...challenge, challenge: '0'.repeat(64) })).toBeNull();
  });
});
