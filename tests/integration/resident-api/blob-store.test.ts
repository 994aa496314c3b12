import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobNotFoundError, localFolderStore, newStorageKey, s3Store, sealedStore } from '@/lib/uploads/blob-store';
import { jpegOf } from '../../helpers/images';

/** A minimal S3-compatible server over HTTP: PUT, GET, DELETE of objects, remembering every request. */
function fakeObjectStorage() {
  const objects = new Map<string, Buffer>();
  const requests: { method: string; url: string; authorization: string; contentSha: string }[] = [];
  const body = (request: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => resolve(Buffer.concat(chunks)));
    });
  const server = createServer(async (request, response) => {
    requests.push({
      method: request.method!,
      url: request.url!,
      authorization: String(request.headers.authorization ?? ''),
      contentSha: String(request.headers['x-amz-content-sha256'] ?? ''),
    });
    if (!String(request.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 Credential=TESTKEY/')) {
      response.writeHead(403).end();
      return;
    }
    const key = request.url!;
    if (request.method === 'PUT') {
      objects.set(key, await body(request));
      response.writeHead(200).end();
    } else if (request.method === 'GET') {
      const object = objects.get(key);
      if (object) response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(object);
      else response.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
    } else if (request.method === 'DELETE') {
      objects.delete(key);
      response.writeHead(204).end();
    } else response.writeHead(405).end();
  });
  return { server, objects, requests };
}

describe('blob store', () => {
  const storage = fakeObjectStorage();
  let endpoint = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => storage.server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(storage.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => storage.server.close(() => resolve())));

  it('stores sealed photos in S3-compatible storage with signed requests, and reads them back', async () => {
    const store = sealedStore(s3Store({ endpoint, bucket: 'photos', region: 'us-east-1', accessKeyId: 'TESTKEY', secretAccessKey: 'TESTSECRET' }));
    const photo = await jpegOf(81);
    const key = newStorageKey();
    await store.put(key, photo);

    const object = storage.objects.get(`/photos/${key}`)!;
    expect(object).toBeDefined();
    expect(object.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(object.includes('JFIF')).toBe(false);
    expect(object.byteLength).toBe(photo.byteLength + 29);
    expect(storage.requests.at(-1)).toMatchObject({ method: 'PUT', url: `/photos/${key}` });
    expect(storage.requests.at(-1)!.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=TESTKEY\/\d{8}\/us-east-1\/s3\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/);
    expect(storage.requests.at(-1)!.authorization).not.toContain('TESTSECRET');

    expect((await store.get(key)).equals(photo)).toBe(true);
    await store.remove(key);
    expect(storage.objects.has(`/photos/${key}`)).toBe(false);
    await expect(store.get(key)).rejects.toBeInstanceOf(BlobNotFoundError);
    await store.remove(key); // removing twice is fine
  });

  it('fails loudly when the storage refuses the credentials', async () => {
    const store = sealedStore(s3Store({ endpoint, bucket: 'photos', region: 'us-east-1', accessKeyId: 'WRONGKEY', secretAccessKey: 'x' }));
    await expect(store.put(newStorageKey(), Buffer.from('x'))).rejects.toThrow(/HTTP 403/);
  });

  it('keeps local blobs sealed under random keys, and refuses keys that climb out of the folder', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ee-blobs-'));
    const store = sealedStore(localFolderStore(folder));
    const photo = await jpegOf(82);
    const key = newStorageKey();
    expect(key).toMatch(/^p\/[0-9a-f]{32}$/);
    await store.put(key, photo);
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files).toHaveLength(1);
    expect(readFileSync(path.join(files[0]!.parentPath, files[0]!.name)).includes('JFIF')).toBe(false);
    expect((await store.get(key)).equals(photo)).toBe(true);
    await expect(store.put('../../etc/passwd', photo)).rejects.toThrow(/invalid storage key/);
    await expect(store.get('p/../../secret')).rejects.toThrow(/invalid storage key/);
  });

  it('leaves no exact time on a local blob or its folder: both carry the hour, like the tip', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ee-blobs-'));
    const store = sealedStore(localFolderStore(folder));
    const key = newStorageKey();
    await store.put(key, await jpegOf(60));
    const file = statSync(path.join(folder, `${key}.bin`));
    const parent = statSync(path.dirname(path.join(folder, `${key}.bin`)));
    for (const time of [file.mtimeMs, file.atimeMs, parent.mtimeMs, parent.atimeMs]) expect(time % 3_600_000).toBe(0);
    expect(Date.now() - file.mtimeMs).toBeLessThan(3_600_000 + 60_000);
  });

  it('will not open a blob sealed for another purpose or tampered with', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ee-blobs-'));
    const raw = localFolderStore(folder);
    const store = sealedStore(raw);
    const key = newStorageKey();
    await store.put(key, Buffer.from('a photo'));
    const sealed = (await raw.read(key))!;
    sealed[sealed.length - 1]! ^= 1;
    await raw.write(key, sealed);
    await expect(store.get(key)).rejects.toThrow();
  });
});
