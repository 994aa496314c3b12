/**
 * The page's side of the resident outbox (the worker is public/report-sw.js, scope /report):
 * register it, hand it a tip to keep, ask it to send, read receipts, and forget everything
 * on quick exit. Same origin only; nothing here is sent anywhere but to that worker.
 */
const WORKER = '/report-sw.js';
const SCOPE = '/report';
export const OUTBOX_DB = 'tip-outbox';

export interface OutboxReceipt {
  key: number;
  code: string;
  passphrase: string;
  urgent: boolean;
}

export function outboxSupported(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof indexedDB !== 'undefined' && !!globalThis.crypto?.subtle && window.isSecureContext;
}

/** Set by quick exit: nothing may register the worker again on this page. */
let forgotten = false;

/**
 * The outbox worker. Registered only when `register` is true (the resident chose the outbox:
 * a registration is a trace); otherwise only an existing registration is used.
 */
export async function activeWorker(register = true): Promise<ServiceWorker> {
  if (forgotten) throw new Error('outbox forgotten');
  const registration = register ? await navigator.serviceWorker.register(WORKER, { scope: SCOPE }) : await navigator.serviceWorker.getRegistration(SCOPE);
  if (!registration) throw new Error('no outbox');
  const worker = registration.active ?? registration.waiting ?? registration.installing;
  if (!worker) throw new Error('no worker');
  if (worker.state === 'activated') return worker;
  await new Promise<void>((resolve) => {
    const check = () => worker.state === 'activated' && resolve();
    worker.addEventListener('statechange', check);
    check();
  });
  return worker;
}

async function ask<T>(message: object, register = false): Promise<T> {
  const worker = await activeWorker(register);
  const channel = new MessageChannel();
  const reply = new Promise<T>((resolve, reject) => {
    channel.port1.onmessage = (event) => ((event.data as { error?: string })?.error ? reject(new Error((event.data as { error: string }).error)) : resolve(event.data as T));
  });
  worker.postMessage(message, [channel.port2]);
  return reply;
}

export const keepInOutbox = (fields: unknown, urgent: boolean) => ask<{ ok: boolean }>({ type: 'store', fields, urgent }, true);
export const flushOutbox = () => ask<{ sent: number; remaining: number }>({ type: 'flush' });
export const outboxStatus = () => ask<{ pending: number; receipts: OutboxReceipt[] }>({ type: 'status' });
export const receiptShown = (key: number) => ask<{ ok: boolean }>({ type: 'receipt-shown', key });

/** Whether this browser already has the outbox worker (so status can be read without registering it). */
export async function outboxInUse(): Promise<boolean> {
  if (!outboxSupported()) return false;
  return !!(await navigator.serviceWorker.getRegistration(SCOPE));
}

/** Quick exit: delete the outbox database and unregister every worker of this origin. */
export async function forgetOutbox(): Promise<void> {
  forgotten = true;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(OUTBOX_DB);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
