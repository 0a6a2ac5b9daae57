/**
 * UTF-8 byte counts without TextEncoder, which Apps Script's V8 runtime lacks. Apps
 * Script's property limits (9 KB per value, 500 KB per store; developers.google.com
 * /apps-script/guides/services/quotas) are bytes, so 'Ü' counts 2 and '万' 3.
 */

/** Apps Script's limit on one property value: 9 KB. */
export const PROPERTY_VALUE_BYTES = 9 * 1024;

/** Bytes `text` takes in UTF-8; a lone surrogate counts 3, as its U+FFFD replacement. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLow(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Cuts `text` into pieces of at most `maxBytes` UTF-8 bytes each, never inside a
 * surrogate pair, so the pieces joined give `text` back. `maxBytes` must be 4 or more.
 */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const pair = isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1));
    const width = pair ? 2 : 1;
    const size = utf8Length(text.slice(i, i + width));
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += width;
  }
  pieces.push(text.slice(start));
  return pieces;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
