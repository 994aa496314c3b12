import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hammingHex64 } from '@/lib/dedup/score-pair';
import { lockSeconds } from '@/lib/tips/credential-throttle';
import { perceptualHash, phashFromPixels } from '@/lib/uploads/phash';
import { sniffImageKind } from '@/lib/uploads/sanitise-image';
import { jpegOf, scene } from '../../helpers/images';

describe('perceptual hash', () => {
  it('is 16 hex digits, the format lib/dedup compares', async () => {
    const hash = await perceptualHash(await jpegOf(1));
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingHex64(hash, hash)).toBe(0);
  });

  it('gives literal bits for literal pixels: one bit per frequency present, the DC bit first', () => {
    const horizontal = Array.from({ length: 32 * 32 }, (_, index) => 128 + 100 * Math.cos(((2 * (index % 32) + 1) * Math.PI) / 64));
    const vertical = Array.from({ length: 32 * 32 }, (_, index) => 128 + 100 * Math.cos(((2 * Math.floor(index / 32) + 1) * Math.PI) / 64));
    const flat = Array.from({ length: 32 * 32 }, () => 90);
    expect(phashFromPixels(horizontal)).toBe('c000000000000000');
    expect(phashFromPixels(vertical)).toBe('8080000000000000');
    expect(phashFromPixels(flat)).toBe('8000000000000000');
    expect(hammingHex64(phashFromPixels(horizontal), phashFromPixels(vertical))).toBe(2);
  });

  it('barely changes when the same picture is re-encoded, resized or converted', async () => {
    const original = await perceptualHash(await (await scene(3)).png().toBuffer());
    const lowQuality = await perceptualHash(await (await scene(3)).jpeg({ quality: 40 }).toBuffer());
    const smaller = await perceptualHash(await sharp(await (await scene(3)).png().toBuffer()).resize(300).webp({ quality: 60 }).toBuffer());
    expect(hammingHex64(original, lowQuality)).toBeLessThanOrEqual(4);
    expect(hammingHex64(original, smaller)).toBeLessThanOrEqual(6);
  });

  it('is far apart for different pictures', async () => {
    const hashes = await Promise.all([1, 2, 3, 4].map(async (seed) => perceptualHash(await jpegOf(seed))));
    for (let i = 0; i < hashes.length; i++) for (let j = i + 1; j < hashes.length; j++) expect(hammingHex64(hashes[i]!, hashes[j]!)).toBeGreaterThanOrEqual(12);
  });
});

describe('lockout schedule', () => {
  it('allows four failures, then locks 1 min and doubles up to 24 h', () => {
    expect([1, 2, 3, 4].map(lockSeconds)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map(lockSeconds)).toEqual([60, 120, 240, 480, 960]);
    expect(lockSeconds(15)).toBe(61_440);
    expect(lockSeconds(16)).toBe(86_400);
    expect(lockSeconds(500)).toBe(86_400);
  });
});

describe('image type by content', () => {
  it('reads magic bytes, not names', () => {
    expect(sniffImageKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('jpeg');
    expect(sniffImageKind(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('png');
    expect(sniffImageKind(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(sniffImageKind(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0', 'latin1'))).toBe('heif');
    expect(sniffImageKind(Buffer.from('%PDF-1.7\n', 'latin1'))).toBeNull();
    expect(sniffImageKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageKind(Buffer.from('GIF89a', 'latin1'))).toBeNull();
  });
});
