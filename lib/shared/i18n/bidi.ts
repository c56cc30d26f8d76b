/**
 * Names from Leady or from a page may carry Unicode bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE
 * turns "Evil‮gnp.exe" into "Evilexe.png" and can flip the text around it). Controls are dropped
 * from names; a name set into a sentence or a one-line title is isolated (FSI … PDI), so even its
 * right-to-left letters cannot move the words around it.
 */
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** What the overlay drops from any text it shows: every control but the isolates it adds itself. */
const OVERRIDES = /[\u061C\u200E\u200F\u202A-\u202E\u2066\u2067]/g;

export function stripBidiControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** Drops embeddings, overrides and marks, keeping FSI/PDI pairs that `isolateBidi` made. */
export function stripBidiOverrides(text: string): string {
  return text.replace(OVERRIDES, '');
}

export function isolateBidi(text: string): string {
  return `\u2068${stripBidiControls(text)}\u2069`;
}
