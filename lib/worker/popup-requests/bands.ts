/**
 * Turnover and employee-count bands. Leady usually sends the band's label ("10 – 50 mil. Kč"), but
 * the contract is loose: a code (the band's id) or a number may come instead, and then the label
 * is looked up in the turnovers / magnitudes code lists.
 */
import type { CodeListItem } from '../api/schemas';

const CODE = /^\s*\d+\s*$/;

/** True when the value cannot be shown as it is and the code list is needed. */
export function needsCodeList(label: string | undefined, numeric?: number): boolean {
  if (label?.trim() && !CODE.test(label)) return false;
  return Boolean(label?.trim()) || numeric !== undefined;
}

/** The band a number falls in: lower bound inclusive, upper exclusive; a closed top band as a fallback. */
function bandFor(value: number, list: readonly CodeListItem[]): CodeListItem | undefined {
  const from = (item: CodeListItem) => item.min ?? Number.NEGATIVE_INFINITY;
  return (
    list.find((item) => value >= from(item) && (item.max === undefined || value < item.max)) ??
    list.find((item) => value >= from(item) && item.max !== undefined && value <= item.max)
  );
}

/**
 * The label to show: the API's own label; else the code list entry with that id; else the band the
 * number falls in. A code that cannot be resolved is not shown (a bare "3" means nothing to anyone).
 */
export function bandLabel(
  label: string | undefined,
  numeric: number | undefined,
  list: readonly CodeListItem[] | undefined,
): string | undefined {
  const text = label?.trim();
  if (text && !CODE.test(text)) return text;
  if (!list?.length) return undefined;
  if (text) {
    const byId = list.find((item) => item.id === Number(text));
    if (byId?.name) return byId.name;
    const byValue = bandFor(Number(text), list);
    if (byValue?.name) return byValue.name;
  }
  if (numeric !== undefined) return bandFor(numeric, list)?.name;
  return undefined;
}
