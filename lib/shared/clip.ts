/** `text` cut to `max` characters, the last one an ellipsis: one line of third-party text, bounded. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
