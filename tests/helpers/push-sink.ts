/**
 * A local web-push endpoint for tests: an HTTPS server (self-signed, trusted by this process
 * only) that records every push and decrypts it (RFC 8291, aes128gcm) with the keys of a
 * browser subscription made here, so a test can read exactly what a phone would show.
 */
import { createECDH, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { receivedLog } from '@/lib/alerts/dev/received-log';

export interface ReceivedPush {
  path: string;
  status: number;
  payload: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface PushSink {
  url: string;
  received: ReceivedPush[];
  /** A browser subscription whose pushes this sink can decrypt; `path` picks the endpoint. */
  subscribe(pathName: string): { endpoint: string; keys: { p256dh: string; auth: string } };
  /** Answer pushes to a path with this status from now on (e.g. 500, 410). */
  answer(pathName: string, status: number): void;
  waitFor(match: (push: ReceivedPush) => boolean, timeoutMs?: number): Promise<ReceivedPush>;
  /** Keep every push waiting, unanswered, until the returned release is called. */
  hold(): () => void;
  /** Pushes received and not answered yet. */
  waiting(): number;
  close(): Promise<void>;
}

function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'push-sink-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
}

function decrypt(body: Buffer, keys: { ecdh: ReturnType<typeof createECDH>; auth: Buffer }): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const serverPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = keys.ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), keys.ecdh.getPublicKey(), serverPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, keys.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  const end = plain.lastIndexOf(2);
  return plain.subarray(0, end).toString('utf8');
}

export async function startPushSink(): Promise<PushSink> {
  const tls = selfSigned();
  // web-push uses https.request with the global agent: trust this certificate in this process only.
  https.globalAgent.options.ca = [tls.cert];
  const subscriptions = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();
  const statuses = new Map<string, number>();
  const log = receivedLog<ReceivedPush>('push');
  const received = log.items;
  let held: Promise<void> | null = null;
  let waiting = 0;
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      waiting += 1;
      await held;
      waiting -= 1;
      const pathName = request.url ?? '/';
      const status = statuses.get(pathName) ?? 201;
      const keys = subscriptions.get(pathName);
      response.writeHead(status).end();
      log.add({ path: pathName, status, payload: keys ? decrypt(Buffer.concat(chunks), keys) : '', headers: request.headers });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    subscribe(pathName) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      subscriptions.set(pathName, { ecdh, auth });
      return { endpoint: `${url}${pathName}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
    },
    answer: (pathName, status) => void statuses.set(pathName, status),
    waitFor: (match, timeoutMs = 30_000) => log.waitFor(match, timeoutMs),
    hold() {
      let release!: () => void;
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = null;
        release();
      };
    },
    waiting: () => waiting,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
