/**
 * Every photo a resident sends is decoded and drawn again (docs/decisions/0005): the type is
 * decided by the bytes, never the name or the declared type; the picture is turned upright,
 * scaled down and re-encoded as JPEG with no metadata at all (no EXIF, GPS, XMP, IPTC, ICC
 * profile or maker notes survive, because nothing of the original file is copied). The
 * original bytes are never stored.
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { AppError } from '@/lib/errors';
import { MAX_INPUT_PIXELS, MAX_OUTPUT_SIDE, MAX_PHOTO_BYTES } from './limits';
import { perceptualHash } from './phash';

export interface SanitisedImage {
  data: Buffer;
  mimeType: string;
  width: number;
  height: number;
  sha256: string;
  phash: string;
}

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'heif';

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis']);

/** The image type by its magic bytes, or null for anything else (text, PDF, SVG, GIF, ...). */
export function sniffImageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return 'heif';
  return null;
}

/** sharp's format names that may come out of each sniffed kind. */
const EXPECTED_FORMAT: Record<ImageKind, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', heif: 'heif' };

const refuse = (code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA', key: string) => new AppError(code, `uploads.errors.${key}`);

export async function sanitiseImage(bytes: Uint8Array): Promise<SanitisedImage> {
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw refuse('PAYLOAD_TOO_LARGE', 'tooLarge');
  const kind = sniffImageKind(bytes);
  if (!kind) throw refuse('UNSUPPORTED_MEDIA', 'notImage');
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw refuse('BAD_REQUEST', 'corrupt');
  }
  if (metadata.format !== EXPECTED_FORMAT[kind] || !metadata.width || !metadata.height) throw refuse('BAD_REQUEST', 'corrupt');
  // The header alone decides: a bomb is refused before a single pixel is decoded.
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) throw refuse('PAYLOAD_TOO_LARGE', 'tooManyPixels');
  // This sharp build decodes AVIF (AV1) but not HEVC, which most .heic photos are.
  if (kind === 'heif' && metadata.compression !== 'av1') throw refuse('UNSUPPORTED_MEDIA', 'heicUnsupported');

  let output: { data: Buffer; info: OutputInfo };
  try {
    output = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', sequentialRead: true })
      .rotate()
      .resize(MAX_OUTPUT_SIDE, MAX_OUTPUT_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: 82, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw refuse('BAD_REQUEST', 'corrupt');
  }

  return {
    data: output.data,
    mimeType: 'image/jpeg',
    width: output.info.width,
    height: output.info.height,
    sha256: createHash('sha256').update(output.data).digest('hex'),
    phash: await perceptualHash(output.data),
  };
}
