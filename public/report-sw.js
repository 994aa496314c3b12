/*
 * The resident's outbox (scope /report), for a tip written where the signal dropped and the
 * resident chose to have it sent later. Everything stays on this phone and on this origin:
 * - the tip is kept in IndexedDB encrypted with AES-GCM under a key that cannot be exported
 *   (WebCrypto, extractable: false); there is no plain copy anywhere;
 * - it is sent when the connection returns: Background Sync where the browser has it
 *   (Android Chrome), else when the page asks (its `online` event and a periodic retry);
 * - the receipt that comes back is kept encrypted the same way until the page shows it;
 * - quick exit deletes the database and unregisters this worker.
 * No request is intercepted and nothing is cached: the worker has no fetch handler.
 */
const DB_NAME = 'tip-outbox';
const SYNC_TAG = 'tip-outbox';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Opens the database for one operation and closes it after, so quick exit can delete it at
 * once. Only keeping a tip may create it: after quick exit deleted it, a late sync or
 * message finds nothing instead of making it again.
 */
async function withDb(work, create = false) {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = (event) => {
    if (!create && event.oldVersion === 0) {
      open.transaction.abort();
      return;
    }
    const db = open.result;
    db.createObjectStore('key');
    db.createObjectStore('tips', { autoIncrement: true });
    db.createObjectStore('receipts', { autoIncrement: true });
  };
  let db;
  try {
    db = await request(open);
  } catch (error) {
    if (!create) throw new Error('no outbox');
    throw error;
  }
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

const store = (db, name, mode = 'readonly') => db.transaction(name, mode).objectStore(name);

async function aesKey(db) {
  const existing = await request(store(db, 'key').get('aes'));
  if (existing) return existing;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  try {
    // add, not put: if another operation made a key meanwhile, that one wins and is used.
    await request(store(db, 'key', 'readwrite').add(key, 'aes'));
    return key;
  } catch {
    return request(store(db, 'key').get('aes'));
  }
}

async function seal(db, value) {
  const key = await aesKey(db);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
  return { iv, data };
}

async function unseal(db, sealed) {
  const key = await aesKey(db);
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain));
}

async function entries(db, name) {
  const keys = await request(store(db, name).getAllKeys());
  const values = await request(store(db, name).getAll());
  return keys.map((key, index) => ({ key, value: values[index] }));
}

// --- proof of work (the same ALTCHA challenge the form solves: lib/ui/resident/proof-of-work.ts)
const hex = (buffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

async function proofOfWork() {
  const response = await fetch('/api/v1/pow', { cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error('offline');
  const challenge = await response.json();
  if (!challenge || !challenge.challenge || !challenge.salt) return null;
  const limit = challenge.maxnumber ?? challenge.maxNumber ?? 1000000;
  const encoder = new TextEncoder();
  for (let number = 0; number <= limit; number++) {
    if (hex(await crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + number))) === challenge.challenge) {
      return btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number, salt: challenge.salt, signature: challenge.signature }));
    }
  }
  return null;
}

async function broadcast(message) {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

/** Sends every waiting tip; stops at the first network failure (they stay for the next try). */
async function sendAll() {
  let waiting;
  try {
    waiting = await withDb((db) => entries(db, 'tips'));
  } catch {
    return { sent: 0, remaining: 0 };
  }
  let sent = 0;
  for (const { key, value } of waiting) {
    const tip = await withDb((db) => unseal(db, value));
    let response;
    try {
      const pow = await proofOfWork();
      response = await fetch('/api/v1/tips', {
        method: 'POST',
        credentials: 'omit',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...tip.fields, ...(pow ? { pow } : {}) }),
      });
    } catch {
      return { sent, remaining: waiting.length - sent };
    }
    if (response.status >= 500 || response.status === 429) return { sent, remaining: waiting.length - sent };
    if (response.ok) {
      const receipt = await response.json();
      await withDb(async (db) => {
        const sealed = await seal(db, { code: receipt.code, passphrase: receipt.passphrase, urgent: tip.urgent });
        const tx = db.transaction(['tips', 'receipts'], 'readwrite');
        tx.objectStore('receipts').add(sealed);
        tx.objectStore('tips').delete(key);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      });
      await broadcast({ type: 'outbox-sent' });
    } else {
      // Refused as it is (it was checked before it was kept, so this is rare): not retried forever.
      await withDb((db) => request(store(db, 'tips', 'readwrite').delete(key)));
      await broadcast({ type: 'outbox-refused' });
    }
    sent += 1;
  }
  return { sent, remaining: 0 };
}

let sending = null;
const flush = () => (sending ??= sendAll().finally(() => (sending = null)));

async function status() {
  const none = { pending: 0, receipts: [] };
  return withDb(async (db) => {
    const receipts = [];
    for (const { key, value } of await entries(db, 'receipts')) receipts.push({ key, ...(await unseal(db, value)) });
    return { pending: await request(store(db, 'tips').count()), receipts };
  }).catch(() => none);
}

async function handle(message) {
  switch (message && message.type) {
    case 'store': {
      await withDb(async (db) => {
        const sealed = await seal(db, { fields: message.fields, urgent: !!message.urgent });
        await request(store(db, 'tips', 'readwrite').add(sealed));
      }, true);
      try {
        if (self.registration.sync) await self.registration.sync.register(SYNC_TAG);
      } catch {
        // No Background Sync permission: the page's online event and retries still send it.
      }
      return { ok: true };
    }
    case 'flush':
      return flush();
    case 'status':
      return status();
    case 'receipt-shown':
      await withDb((db) => request(store(db, 'receipts', 'readwrite').delete(message.key)));
      return { ok: true };
    default:
      return { error: 'unknown message' };
  }
}

self.addEventListener('message', (event) => {
  if (event.origin && event.origin !== self.location.origin) return;
  const port = event.ports && event.ports[0];
  event.waitUntil(
    handle(event.data).then(
      (reply) => port && port.postMessage(reply),
      (error) => port && port.postMessage({ error: String(error && error.message ? error.message : error) }),
    ),
  );
});

self.addEventListener('sync', (event) => {
  if (event.tag !== SYNC_TAG) return;
  event.waitUntil(
    flush().then((result) => {
      // Rejecting asks the browser to try again later.
      if (result.remaining > 0) throw new Error('still offline');
    }),
  );
});
