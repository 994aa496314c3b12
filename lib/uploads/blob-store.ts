/**
 * Where sanitised photos live: a local folder (UPLOAD_DIR) by default, S3-compatible object
 * storage when the five S3_* settings are given. Every blob is sealed with the settings key
 * (AES-256-GCM, `seal(..., 'attachment')`) before it leaves the process, so a copied folder
 * or bucket holds no picture; `get` opens it again.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open as openFile, readdir, readFile, rename, rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import { env } from '@/lib/env';
import { open, seal } from '@/lib/security/crypto';
import { coarseTime } from '@/lib/tips/coarse-time';

export interface BlobStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The plain bytes; throws BlobNotFoundError when there is no such blob. */
  get(key: string): Promise<Buffer>;
  /** Removing a blob that is not there is not an error. */
  remove(key: string): Promise<void>;
}

/** What a store holds: blob keys, and leftovers of writes that never finished. */
export interface StoreListing {
  keys: string[];
  /** Names of partial files (local folder only), for `deleteTemporary`. */
  temporary: string[];
}

/** Raw storage of already-sealed bytes. */
export interface RawStore {
  write(key: string, sealed: Buffer): Promise<void>;
  read(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  /** Everything stored, for the orphan sweep (lib/uploads/sweep-orphans.ts). */
  list(): Promise<StoreListing>;
  deleteTemporary(name: string): Promise<void>;
}

export class BlobNotFoundError extends Error {
  constructor(key: string) {
    super(`no blob ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

const PURPOSE = 'attachment';
const KEY_PATTERN = /^[a-z0-9][a-z0-9/-]{7,127}$/;

/** A new random storage key: says nothing about the tip, the time or the photo. */
export const newStorageKey = () => `p/${randomBytes(16).toString('hex')}`;

function checkKey(key: string): string {
  if (!KEY_PATTERN.test(key) || key.includes('..') || key.includes('//')) throw new Error('invalid storage key');
  return key;
}

const TEMPORARY_SUFFIX = '.tmp';

/** Flushes a file or a folder to the disk (a rename is durable once its folder is synced). */
async function syncPath(target: string): Promise<void> {
  const handle = await openFile(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function walk(root: string, relative = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, relative), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const names: string[] = [];
  for (const entry of entries) {
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...(await walk(root, name)));
    else names.push(name);
  }
  return names;
}

export function localFolderStore(root: string): RawStore {
  const file = (key: string) => path.join(root, `${checkKey(key)}.bin`);
  return {
    async write(key, sealed) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // Written aside, flushed and renamed: a crash never leaves half a blob under the real
      // name, and an acknowledged blob survives a power cut. A leftover temporary file is
      // removed by the orphan sweep.
      const temporary = `${target}.${randomBytes(6).toString('hex')}${TEMPORARY_SUFFIX}`;
      const handle = await openFile(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(sealed);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
      await syncPath(path.dirname(target));
      // A file's times would date the photo (and with it the tip) to the second in a copied
      // folder; they get the tip's own coarse time instead (docs/decisions/0002). The folder's
      // too, as adding a file moves its modification time.
      const hour = coarseTime();
      await utimes(target, hour, hour);
      await utimes(path.dirname(target), hour, hour);
    },
    async read(key) {
      try {
        return await readFile(file(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
    async list() {
      const listing: StoreListing = { keys: [], temporary: [] };
      for (const name of await walk(root)) {
        if (name.endsWith(TEMPORARY_SUFFIX)) listing.temporary.push(name);
        else if (name.endsWith('.bin') && KEY_PATTERN.test(name.slice(0, -4))) listing.keys.push(name.slice(0, -4));
      }
      return listing;
    },
    async deleteTemporary(name) {
      if (!name.endsWith(TEMPORARY_SUFFIX) || name.includes('..') || path.isAbsolute(name)) throw new Error('not a temporary file');
      await rm(path.join(root, name), { force: true });
    },
  };
}

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function s3Store(settings: S3Settings): RawStore {
  const client = new AwsClient({ accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, region: settings.region, service: 's3' });
  const url = (key: string) => `${settings.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(settings.bucket)}/${checkKey(key)}`;
  const fail = async (response: Response, action: string) => {
    await response.body?.cancel();
    return new Error(`object storage ${action} failed with HTTP ${response.status}`);
  };
  return {
    async write(key, sealed) {
      const response = await client.fetch(url(key), { method: 'PUT', body: new Uint8Array(sealed), headers: { 'Content-Type': 'application/octet-stream' } });
      if (!response.ok) throw await fail(response, 'PUT');
      await response.body?.cancel();
    },
    async read(key) {
      const response = await client.fetch(url(key), { method: 'GET' });
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) throw await fail(response, 'GET');
      return Buffer.from(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await client.fetch(url(key), { method: 'DELETE' });
      if (!response.ok && response.status !== 404) throw await fail(response, 'DELETE');
      await response.body?.cancel();
    },
    // An object storage PUT is atomic: there are no partial objects to find.
    async list() {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const query = new URLSearchParams({ 'list-type': '2', prefix: 'p/', ...(token ? { 'continuation-token': token } : {}) });
        const response = await client.fetch(`${settings.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(settings.bucket)}?${query}`, { method: 'GET' });
        if (!response.ok) throw await fail(response, 'LIST');
        const xml = await response.text();
        for (const match of xml.matchAll(/<Key>([^<]+)<\/Key>/g)) if (KEY_PATTERN.test(match[1]!)) keys.push(match[1]!);
        token = /<IsTruncated>true<\/IsTruncated>/.test(xml) ? /<NextContinuationToken>([^<]+)<\/NextContinuationToken>/.exec(xml)?.[1] : undefined;
      } while (token);
      return { keys, temporary: [] };
    },
    async deleteTemporary() {},
  };
}

/** Seals on the way in, opens on the way out. */
export function sealedStore(raw: RawStore): BlobStore {
  return {
    put: (key, bytes) => raw.write(key, seal(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), PURPOSE)),
    async get(key) {
      const sealed = await raw.read(key);
      if (!sealed) throw new BlobNotFoundError(key);
      return open(sealed, PURPOSE);
    },
    remove: (key) => raw.delete(key),
  };
}

export function blobStore(): BlobStore {
  return sealedStore(rawStore());
}

/** The configured store without sealing: for listing and sweeping. */
export function rawStore(): RawStore {
  const settings = env();
  if (settings.S3_ENDPOINT && settings.S3_BUCKET && settings.S3_REGION && settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY) {
    return s3Store({
      endpoint: settings.S3_ENDPOINT,
      bucket: settings.S3_BUCKET,
      region: settings.S3_REGION,
      accessKeyId: settings.S3_ACCESS_KEY_ID,
      secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
    });
  }
  return localFolderStore(path.resolve(settings.UPLOAD_DIR));
}
