/** Company details and the company's persons. */
import * as v from 'valibot';
import { id, numeric, optionalId, registrationNumber, requiredText, text, textList } from './fields';

/** `GET companies/{id}/…` via the API's own `detail_url`. Only `id` and `name` are required. */
export const CompanySchema = v.object({
  id,
  name: requiredText,
  /** Turnover band label. */
  turnover: text,
  turnover_numeric: numeric,
  /** Employee-count band label. */
  magnitude: text,
  email: text,
  website: text,
  phones: textList,
  address: text,
  city: text,
  region: text,
  global_country: text,
  zipcode: text,
  contact_persons: textList,
  /** Czech registration number (A: the field name is a guess). */
  ico: registrationNumber,
  /** A: where the company's persons are listed. */
  persons_url: text,
  detail_url: text,
});
export type Company = v.InferOutput<typeof CompanySchema>;

/** A person of a company (A: the whole shape is assumed, so every field is optional). */
export const PersonSchema = v.object({
  id: optionalId,
  name: text,
  position: text,
  email: text,
  phone: text,
  /** The company's id. */
  company: optionalId,
  detail_url: text,
});
export type Person = v.InferOutput<typeof PersonSchema>;
