/**
 * Demo mode's alerts without any outside service: a local mail catcher on DEMO_SMTP_PORT
 * (lib/alerts/dev/mail-catcher.ts) writing each mail into DEMO_MAILBOX_DIR, which the app
 * shows at /console/alerts/mailbox; and a VAPID key pair kept in .data for web push.
 * A configured SMTP_URL or VAPID pair is left alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import { type MailCatcher, startMailCatcher } from '@/lib/alerts/dev/mail-catcher';
import type { Env } from '@/lib/env';

const VAPID_FILE = path.resolve('.data/demo-vapid.json');

function demoVapidKeys(): { publicKey: string; privateKey: string } {
  if (existsSync(VAPID_FILE)) return JSON.parse(readFileSync(VAPID_FILE, 'utf8'));
  const keys = webpush.generateVAPIDKeys();
  mkdirSync(path.dirname(VAPID_FILE), { recursive: true });
  writeFileSync(VAPID_FILE, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}

export async function startDemoAlerts(settings: Env, say: (line: string) => void): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  const env: Record<string, string> = {};
  let catcher: MailCatcher | undefined;
  if (!settings.SMTP_URL) {
    try {
      catcher = await startMailCatcher({ port: settings.DEMO_SMTP_PORT, dir: settings.DEMO_MAILBOX_DIR });
      env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`;
      say(`demo mail server on 127.0.0.1:${catcher.port}, catching every alert into ${settings.DEMO_MAILBOX_DIR}`);
    } catch (error) {
      say(`demo mail server could not start on port ${settings.DEMO_SMTP_PORT} (${error instanceof Error ? error.message : String(error)}): set DEMO_SMTP_PORT`);
    }
  }
  if (!settings.VAPID_PUBLIC_KEY) {
    const keys = demoVapidKeys();
    env.VAPID_PUBLIC_KEY = keys.publicKey;
    env.VAPID_PRIVATE_KEY = keys.privateKey;
  }
  return { env, close: async () => catcher?.close() };
}
