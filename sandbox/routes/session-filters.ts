/**
 * Query parameters of the session list, validated like django-filter: every bad value is reported
 * under its own name in one 400 response, with Django's messages.
 */
import { ApiError, type FieldErrors } from '../http/api-error';
import type { SavedFilter, SeedData } from '../seed/types';
import { parseDateTimeParam } from './datetime-param';

const SESSION_TYPES = ['identified', 'unidentified'] as const;
type SessionType = (typeof SESSION_TYPES)[number];

export interface SessionFilters {
  periodStart?: number;
  periodEnd?: number;
  savedFilter?: SavedFilter;
  actionCountMin?: number;
  actionCountMax?: number;
  secondsSpentMin?: number;
  secondsSpentMax?: number;
  sessionType?: SessionType;
  /** Row index of the company in SeedData.companies. */
  companyIndex?: number;
}

const INVALID_CHOICE = 'Select a valid choice. That choice is not one of the available choices.';

/** Reads a parameter; an empty value means "not filtered", as in django-filter. */
function param(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value === '' ? undefined : value;
}

export function parseSessionFilters(query: URLSearchParams, data: SeedData): SessionFilters {
  const errors: FieldErrors = {};
  const filters: SessionFilters = {};

  const dateTime = (name: string, assign: (value: number) => void): void => {
    const raw = param(query, name);
    if (raw === undefined) return;
    const value = parseDateTimeParam(raw);
    if (value === null) errors[name] = ['Enter a valid date/time.'];
    else assign(value);
  };
  const wholeNumber = (name: string, assign: (value: number) => void): void => {
    const raw = param(query, name);
    if (raw === undefined) return;
    if (/^\s*[-+]?\d+\s*$/.test(raw)) assign(Number(raw));
    else errors[name] = ['Enter a whole number.'];
  };

  dateTime('period_start', (v) => {
    filters.periodStart = v;
  });
  dateTime('period_end', (v) => {
    filters.periodEnd = v;
  });
  wholeNumber('action_count_min', (v) => {
    filters.actionCountMin = v;
  });
  wholeNumber('action_count_max', (v) => {
    filters.actionCountMax = v;
  });
  wholeNumber('seconds_spent_min', (v) => {
    filters.secondsSpentMin = v;
  });
  wholeNumber('seconds_spent_max', (v) => {
    filters.secondsSpentMax = v;
  });

  const savedFilterId = param(query, 'saved_filter_id');
  if (savedFilterId !== undefined) {
    const saved = data.savedFilters.find((f) => String(f.id) === savedFilterId.trim());
    if (saved) filters.savedFilter = saved;
    else errors.saved_filter_id = [INVALID_CHOICE];
  }

  const sessionType = param(query, 'session_type');
  if (sessionType !== undefined) {
    if ((SESSION_TYPES as readonly string[]).includes(sessionType))
      filters.sessionType = sessionType as SessionType;
    else errors.session_type = [`Select a valid choice. ${sessionType} is not one of the available choices.`];
  }

  const company = param(query, 'company');
  if (company !== undefined) {
    const index = /^\d+$/.test(company.trim()) ? data.companyIndexById.get(Number(company)) : undefined;
    if (index === undefined) errors.company = [INVALID_CHOICE];
    else filters.companyIndex = index;
  }

  if (Object.keys(errors).length > 0) throw new ApiError(400, errors);
  return filters;
}
