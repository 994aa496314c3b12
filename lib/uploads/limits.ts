/** Limits on what a resident may upload (issue 3; docs/decisions/0005). */
export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Above this many pixels a file is refused before it is decoded (decompression bombs). */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Longest side of a stored photo: enough to read a sign or a number plate, small enough for a phone. */
export const MAX_OUTPUT_SIDE = 2048;
/** Whole request bodies above this are refused before they are parsed (5 x 10 MB plus the form). */
export const MAX_REQUEST_BYTES = 55 * 1024 * 1024;
