/** Test photos built with sharp: distinct scenes, GPS-tagged JPEGs, and hostile files. */
import { crc32 } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

/** A scene of coloured shapes; different seeds give clearly different pictures. */
export async function scene(seed: number, options: { width?: number; height?: number } = {}): Promise<Sharp> {
  const width = options.width ?? 800;
  const height = options.height ?? 600;
  const shapes = Array.from({ length: 6 }, (_, index) => {
    const n = (seed * 7919 + index * 104_729) % 1000;
    const x = (n * 37) % width;
    const y = (n * 53) % height;
    const size = 40 + ((n * 11) % 200);
    const colour = `rgb(${(n * 3) % 256},${(n * 7) % 256},${(n * 13) % 256})`;
    return index % 2 === 0
      ? `<circle cx="${x}" cy="${y}" r="${size / 2}" fill="${colour}"/>`
      : `<rect x="${x}" y="${y}" width="${size}" height="${size / 2}" fill="${colour}"/>`;
  }).join('');
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="rgb(${(seed * 41) % 256},200,${(seed * 97) % 256})"/>${shapes}</svg>`);
  return sharp(svg);
}

export const jpegOf = async (seed: number) => (await scene(seed)).jpeg({ quality: 90 }).toBuffer();

export const GPS_TEXT = 'GPS-SECRET-COMPOUND-7731';
export const CAMERA_TEXT = 'SnoopCam-X900';

/** A JPEG carrying GPS coordinates, a camera name, a comment and an ICC profile. */
export async function jpegWithGps(seed = 1): Promise<Buffer> {
  return (await scene(seed))
    .jpeg({ quality: 90 })
    .withMetadata({
      exif: {
        IFD0: { Make: CAMERA_TEXT, Model: CAMERA_TEXT, ImageDescription: GPS_TEXT, Copyright: GPS_TEXT },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 37/1 48/1', GPSLongitudeRef: 'E', GPSLongitude: '103/1 31/1 12/1', GPSProcessingMethod: GPS_TEXT },
      },
      icc: 'p3',
    })
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A few hundred bytes claiming width x height pixels: a decompression bomb's header. */
export function pngBombHeader(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
