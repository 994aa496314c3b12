/** GET /api/v1/pow: a fresh proof-of-work challenge to solve before sending a tip (docs/API.md). */
import { createPowChallenge } from '@/lib/security/proof-of-work';
import { NO_STORE, withResidentRoute } from '@/lib/tips/resident-route';

export const dynamic = 'force-dynamic';

export const GET = withResidentRoute('api.v1.pow', async () => Response.json(await createPowChallenge(), { headers: NO_STORE }));
