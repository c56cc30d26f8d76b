/**
 * Matching request paths to routes. Parameters match one path segment; a path that misses only its
 * trailing slash is reported so the pipeline can redirect like Django's APPEND_SLASH.
 */
import type { RouteDef } from './context';

interface CompiledRoute {
  route: RouteDef;
  regex: RegExp;
  names: string[];
}

export interface RouteMatch {
  route: RouteDef;
  params: Record<string, string>;
}

export type MatchResult = { type: 'match'; match: RouteMatch } | { type: 'append-slash' } | { type: 'none' };

function compile(route: RouteDef): CompiledRoute {
  const names: string[] = [];
  const source = route.pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.+?^${}()|[\]\\*]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}$`), names };
}

export class Router {
  private readonly routes: CompiledRoute[];

  constructor(routes: readonly RouteDef[]) {
    this.routes = routes.map(compile);
  }

  private find(apiPath: string): RouteMatch | null {
    for (const { route, regex, names } of this.routes) {
      const found = regex.exec(apiPath);
      if (!found) continue;
      const params: Record<string, string> = {};
      let decodable = true;
      names.forEach((name, index) => {
        try {
          params[name] = decodeURIComponent(found[index + 1] ?? '');
        } catch {
          decodable = false;
        }
      });
      if (decodable) return { route, params };
    }
    return null;
  }

  /** `apiPath` is the path after the API root, without a leading slash ("" for the root). */
  match(apiPath: string): MatchResult {
    const found = this.find(apiPath);
    if (found) return { type: 'match', match: found };
    if (!apiPath.endsWith('/') && this.find(`${apiPath}/`)) return { type: 'append-slash' };
    return { type: 'none' };
  }
}
