'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { sessionCookieName } from '@/lib/auth/auth-options';
import { endCurrentSession, getActor } from '@/lib/auth/session';
import { db } from '@/lib/db/client';

export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) {
    await db.$transaction((tx) => recordAuditEvent(tx, { actor, action: 'auth.sign_out', target: { type: 'staff', id: actor.id } }));
  }
  await endCurrentSession();
  (await cookies()).delete(sessionCookieName());
  redirect('/console/sign-in?signedOut=1');
}
