/**
 * next-auth configuration: staff only, JWT sessions in an HttpOnly SameSite=Strict cookie,
 * eight hours at most. The token carries the staff id, role, session version and the id of
 * the server-side session row (lib/auth/staff-sessions.ts); the guard (lib/auth/session.ts)
 * re-reads both on every request so sign-out, deactivation and "revoke all sessions" take
 * effect at once.
 */
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { encode } from 'next-auth/jwt';
import { env, requireSetting } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import type { StaffRoleCode } from '@/lib/staff/roles';
import { type SignedInStaff, signInStaff } from './sign-in-staff';
import { revokeStaffSession, SESSION_MAX_AGE_S } from './staff-sessions';

export { SESSION_MAX_AGE_S };

const secureCookies = () => (env().APP_URL ?? '').startsWith('https://');
export const sessionCookieName = () => (secureCookies() ? '__Secure-ee.staff-session' : 'ee.staff-session');

export function authOptions(): NextAuthOptions {
  return {
    secret: requireSetting('AUTH_SECRET'),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    jwt: { maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/console/sign-in', error: '/console/sign-in' },
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: 'strict', path: '/', secure: secureCookies() },
      },
    },
    providers: [
      CredentialsProvider({
        name: 'Staff',
        credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
        async authorize(credentials) {
          try {
            const staff = await signInStaff({ email: credentials?.email ?? '', password: credentials?.password ?? '', code: credentials?.code ?? '' });
            return { id: staff.id, role: staff.role, sessionVersion: staff.sessionVersion, sessionId: staff.sessionId } as never;
          } catch (error) {
            if (isAppError(error) || (error as Error).name === 'ZodError') return null;
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const staff = user as unknown as SignedInStaff;
          token.sub = staff.id;
          token.role = staff.role;
          token.sv = staff.sessionVersion;
          token.sid = staff.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, staff: { id: token.sub, role: token.role as StaffRoleCode, sessionVersion: token.sv as number, sessionId: token.sid as string } };
      },
    },
    events: {
      // next-auth's own sign-out endpoint ends the server-side session too.
      async signOut(message) {
        const sid = 'token' in message ? message.token?.sid : undefined;
        if (typeof sid === 'string') await revokeStaffSession(sid);
      },
    },
  };
}

/** The session cookie for a staff member who just signed in (server action sign-in, no JavaScript needed). */
export async function mintSessionCookie(staff: SignedInStaff) {
  const token = await encode({
    secret: requireSetting('AUTH_SECRET'),
    maxAge: SESSION_MAX_AGE_S,
    token: { sub: staff.id, role: staff.role, sv: staff.sessionVersion, sid: staff.sessionId },
  });
  return {
    name: sessionCookieName(),
    value: token,
    options: { httpOnly: true, sameSite: 'strict' as const, path: '/', secure: secureCookies(), maxAge: SESSION_MAX_AGE_S },
  };
}
