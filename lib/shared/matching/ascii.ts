/** Whether every code unit of `text` is ASCII (a loop: regex classes with \x00 trip the linter). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
