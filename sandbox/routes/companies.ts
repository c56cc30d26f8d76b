/** Company and person details (behind secure tokens) and the persons of a company. */
import type { RouteDef } from '../api/context';
import { ApiError, notFound } from '../http/api-error';
import type { Person } from '../seed/types';
import { pagedResponse } from './paged';
import { idParam, requireSecureToken } from './params';
import { companyDetailJson, personJson } from './serializers';

export const companyRoutes: RouteDef[] = [
  {
    pattern: 'companies/:id/',
    scope: 'companies',
    auth: true,
    methods: {
      GET: (ctx) => {
        const { data } = ctx.app;
        const company = data.companies[data.companyIndexById.get(idParam(ctx)) ?? -1];
        if (!company) throw notFound();
        requireSecureToken(ctx, company.secureToken);
        return { status: 200, body: companyDetailJson(ctx.apiBase, company) };
      },
    },
  },
  {
    pattern: 'persons/',
    scope: 'companies',
    auth: true,
    methods: {
      GET: (ctx) => {
        const { data } = ctx.app;
        const filter = ctx.query.get('company');
        let persons: readonly Person[] = data.persons;
        if (filter !== null && filter !== '') {
          const index = /^\d+$/.test(filter) ? data.companyIndexById.get(Number(filter)) : undefined;
          const company = index === undefined ? undefined : data.companies[index];
          if (!company) {
            throw new ApiError(400, {
              company: ['Select a valid choice. That choice is not one of the available choices.'],
            });
          }
          persons = company.personIds.flatMap((id) => data.personById.get(id) ?? []);
        }
        return pagedResponse(
          ctx,
          persons,
          (person) => person.id,
          'asc',
          (person) => personJson(ctx.apiBase, person),
        );
      },
    },
  },
  {
    pattern: 'persons/:id/',
    scope: 'companies',
    auth: true,
    methods: {
      GET: (ctx) => {
        const person = ctx.app.data.personById.get(idParam(ctx));
        if (!person) throw notFound();
        requireSecureToken(ctx, person.secureToken);
        return { status: 200, body: personJson(ctx.apiBase, person) };
      },
    },
  },
];
