/**
 * The blacklist. POST validates `company` like DRF's PrimaryKeyRelatedField (required, not null,
 * pk type, must exist) plus the uniqueness rule; a created entry answers 201 with a Location header.
 */
import type { ApiContext, RouteDef } from '../api/context';
import { ApiError, notFound, REQUIRED } from '../http/api-error';
import type { Company } from '../seed/types';
import type { BlacklistEntry } from '../state/blacklist';
import { pagedResponse } from './paged';
import { idParam } from './params';
import { blacklistEntryJson } from './serializers';

function companyError(message: string): ApiError {
  return new ApiError(400, { company: [message] });
}

/** Python's name for a JSON value's type, as DRF puts it in "received <type>". */
function pythonType(value: unknown): string {
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  return Array.isArray(value) ? 'list' : 'dict';
}

function companyFromBody(ctx: ApiContext): Company {
  const value = ctx.data.company;
  if (value === undefined) throw companyError(REQUIRED);
  if (value === null) throw companyError('This field may not be null.');
  const pk =
    typeof value === 'number' && Number.isInteger(value) && value >= 0
      ? value
      : typeof value === 'string' && /^\d{1,15}$/.test(value.trim())
        ? Number(value)
        : null;
  if (pk === null) throw companyError(`Incorrect type. Expected pk value, received ${pythonType(value)}.`);
  const { data } = ctx.app;
  const company = data.companies[data.companyIndexById.get(pk) ?? -1];
  if (!company) throw companyError(`Invalid pk "${pk}" - object does not exist.`);
  return company;
}

function entryJson(ctx: ApiContext, entry: BlacklistEntry): unknown {
  const { data } = ctx.app;
  const company = data.companies[data.companyIndexById.get(entry.companyId) ?? -1];
  if (!company) throw new Error(`Blacklist entry ${entry.id} names unknown company ${entry.companyId}`);
  return blacklistEntryJson(ctx.apiBase, entry, company);
}

export const blacklistRoutes: RouteDef[] = [
  {
    pattern: 'blacklist/',
    scope: 'lists',
    auth: true,
    methods: {
      GET: (ctx) =>
        pagedResponse(
          ctx,
          ctx.app.state.blacklist.list(),
          (entry) => entry.id,
          'desc',
          (entry) => entryJson(ctx, entry),
        ),
      POST: (ctx) => {
        const company = companyFromBody(ctx);
        const { blacklist } = ctx.app.state;
        if (blacklist.hasCompany(company.id)) throw companyError('Company is already blacklisted.');
        const body = entryJson(ctx, blacklist.add(company.id, ctx.app.clock())) as { url: string };
        return { status: 201, body, headers: { Location: body.url } };
      },
    },
  },
  {
    pattern: 'blacklist/:id/',
    scope: 'lists',
    auth: true,
    methods: {
      GET: (ctx) => {
        const entry = ctx.app.state.blacklist.get(idParam(ctx));
        if (!entry) throw notFound();
        return { status: 200, body: entryJson(ctx, entry) };
      },
      DELETE: (ctx) => {
        if (!ctx.app.state.blacklist.remove(idParam(ctx))) throw notFound();
        return { status: 204 };
      },
    },
  },
];
