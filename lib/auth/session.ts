/**
 * The one server-side guard. Every console page, server action and API route asks it for
 * the actor; it reads the next-auth session, then the server-side session row it names
 * (lib/auth/staff-sessions.ts), then the account itself, so a signed-out or revoked
 * session, or a deactivated account, is refused on the next request.
 */
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { authOptions } from './auth-options';
import { liveSessionStaffId, revokeStaffSession } from './staff-sessions';
import { type Actor, can, type Permission } from './permissions';
import { CONSOLE_PAGES, type ConsoleRoute } from './console-pages';

interface StaffSessionClaims {
  staff?: { id?: string; role?: string; sessionVersion?: number; sessionId?: string };
}

const sessionClaims = async () => ((await getServerSession(authOptions())) as StaffSessionClaims | null)?.staff;

export const getActor = cache(async (): Promise<Actor | null> => actorForClaims(await sessionClaims()));

/** The check itself, on the claims of a decoded session cookie (exported for the tests). */
export async function actorForClaims(claims: StaffSessionClaims['staff'], now: Date = new Date()): Promise<Actor | null> {
  // A cookie from before server-side sessions carries no session id: it opens nothing.
  if (!claims?.id || !claims.sessionId) return null;
  if ((await liveSessionStaffId(claims.sessionId, now)) !== claims.id) return null;
  const user = await db.staffUser.findUnique({
    where: { id: claims.id },
    select: { id: true, role: true, provinceCodes: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, role: user.role, provinceCodes: user.provinceCodes, sessionId: claims.sessionId, ...(user.mustChangePassword ? { mustChangePassword: true } : {}) };
}

export const CHANGE_PASSWORD_PAGE = '/console/password' satisfies ConsoleRoute;

/**
 * What opens while the account still has the password an administrator chose (decision 0900):
 * the change-password page and its use case. Sign-out and enrolment ask for no actor.
 */
const OPEN_BEFORE_PASSWORD_CHANGE: readonly string[] = [CHANGE_PASSWORD_PAGE, 'changeOwnPassword'];

function changePasswordFirst(actor: Actor, opening: string | undefined): void {
  if (actor.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.includes(opening ?? '')) {
    redirect(`${CHANGE_PASSWORD_PAGE}?notice=console.passwordMustChange`);
  }
}

/** Sign-out: the session row named by this request's cookie is revoked, whoever holds a copy. */
export async function endCurrentSession(): Promise<void> {
  const claims = await sessionClaims();
  if (claims?.sessionId) await revokeStaffSession(claims.sessionId);
}

/**
 * For console pages and server actions: anonymous callers go to sign-in; a role without
 * the permission gets a 404, which does not confirm that the page or record exists; an account
 * whose password an administrator chose goes to the change-password page. `opening` is the
 * page's route or the action's use case name.
 */
export async function requireActor(permission?: Permission, opening?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/console/sign-in');
  if (permission && !can(actor, permission)) notFound();
  changePasswordFirst(actor, opening);
  return actor;
}

/** For console pages: the permission is the one the page has in CONSOLE_PAGES, stated there only. */
export async function requirePageActor(route: ConsoleRoute): Promise<Actor> {
  const page = CONSOLE_PAGES.find((candidate) => candidate.route === route)!;
  return requireActor(page.permission ?? undefined, route);
}

/** For route handlers (withStaffRoute): 401 anonymous, 404 without the permission (null: any staff member). */
export async function requireApiActor(permission: Permission | null): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (permission && !can(actor, permission)) throw new AppError('NOT_FOUND');
  if (actor.mustChangePassword) throw new AppError('FORBIDDEN', 'console.passwordMustChange');
  return actor;
}
