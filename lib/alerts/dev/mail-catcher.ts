/**
 * A local mail catcher (smtp-server + mailparser): the demo mode's mailbox (`npm start`
 * writes each caught mail as JSON into DEMO_MAILBOX_DIR, read at /console/alerts/mailbox)
 * and the SMTP server tests send real mail to. Accepts any sender and recipient, no TLS,
 * no authentication required (authentication offered is accepted): for localhost only.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { receivedLog } from './received-log';

export interface CaughtMail {
  id: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  receivedAt: string;
}

export interface MailCatcher {
  port: number;
  mails: CaughtMail[];
  /** Resolves with the first mail (already caught or still to come) that matches. */
  waitFor(match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  close(): Promise<void>;
}

export async function startMailCatcher(options: { port: number; host?: string; dir?: string; refuse?: (recipient: string) => boolean }): Promise<MailCatcher> {
  const caught = receivedLog<CaughtMail>('mail');
  const mails = caught.items;
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'demo' }),
    logger: false,
    // A local catcher asks no name server who connected (the demo works offline, and a test's
    // mail waits for no lookup).
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: CaughtMail = {
            id: `${Date.now()}-${mails.length}`,
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: new Date().toISOString(),
          };
          if (options.dir) writeFileSync(path.join(options.dir, `${mail.id}.json`), JSON.stringify(mail, null, 2));
          caught.add(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    waitFor: (match, timeoutMs = 60_000) => caught.waitFor(match, timeoutMs),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sequence = (id: string) => Number(id.split('-').pop() ?? 0);

/** The demo mailbox as written by the catcher, newest first. */
export function readMailbox(dir: string, limit = 100): CaughtMail[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as CaughtMail)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || sequence(b.id) - sequence(a.id))
    .slice(0, limit);
}
