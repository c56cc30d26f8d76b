import type { ResourceOption } from './types';

/** The tracked website to show: the remembered one while it is still tracked, else the first. */
export function pickResource(
  resources: readonly ResourceOption[],
  remembered: string | undefined,
): string | undefined {
  return resources.some((resource) => resource.domain === remembered) ? remembered : resources[0]?.domain;
}
