/** Path globs for fault targeting: `*` matches within one path segment, `**` across segments. */

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        source += '.*';
        i++;
      } else {
        source += '[^/]*';
      }
    } else {
      source += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/**
 * Matches a fault's path pattern against a request. Relative patterns are compared with the path
 * after /v1/ ("sessions/12/actions/"); patterns starting with "/" with the full path.
 */
export function pathMatches(pattern: RegExp, absolute: boolean, fullPath: string, apiPath: string): boolean {
  return pattern.test(absolute ? fullPath : apiPath);
}
