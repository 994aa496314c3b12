/**
 * 64-bit perceptual hash (DCT pHash): 32x32 greyscale, 2-D DCT, the 8x8 lowest frequencies
 * without the DC term compared with their median. Written as 16 lowercase hex digits, the
 * format lib/dedup compares with `hammingHex64` (re-encoded or resized copies of a photo
 * differ by a few bits; different photos by about 32).
 */
import sharp from 'sharp';

const SIZE = 32;
const LOW = 8;

const COSINES: number[][] = Array.from({ length: LOW }, (_, u) =>
  Array.from({ length: SIZE }, (_, x) => Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIZE))),
);

/** The 8x8 low-frequency DCT coefficients of a 32x32 greyscale image (row-major). */
export function lowFrequencies(pixels: ArrayLike<number>): number[] {
  const rows: number[][] = [];
  for (let y = 0; y < SIZE; y++) {
    rows.push(COSINES.map((cosine) => {
      let sum = 0;
      for (let x = 0; x < SIZE; x++) sum += pixels[y * SIZE + x]! * cosine[x]!;
      return sum;
    }));
  }
  const out: number[] = [];
  for (let v = 0; v < LOW; v++) {
    for (let u = 0; u < LOW; u++) {
      let sum = 0;
      for (let y = 0; y < SIZE; y++) sum += rows[y]![u]! * COSINES[v]![y]!;
      // Rounded so that coefficients which are zero in theory are zero, not floating-point noise.
      out.push(Math.round(sum * 1e6) / 1e6);
    }
  }
  return out;
}

export function phashFromPixels(pixels: ArrayLike<number>): string {
  const coefficients = lowFrequencies(pixels);
  // The DC term is the overall brightness: it says nothing about the picture's structure.
  const sorted = coefficients.slice(1).sort((a, b) => a - b);
  const median = (sorted[31]! + sorted[32]!) / 2;
  let bits = 0n;
  for (const coefficient of coefficients) bits = (bits << 1n) | (coefficient > median ? 1n : 0n);
  return bits.toString(16).padStart(16, '0');
}

export async function perceptualHash(image: Buffer): Promise<string> {
  const pixels = await sharp(image).flatten({ background: '#ffffff' }).greyscale().resize(SIZE, SIZE, { fit: 'fill', kernel: 'cubic' }).raw().toBuffer();
  return phashFromPixels(pixels);
}
