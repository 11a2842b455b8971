import type { ContactPersonRecord } from '@crm/contracts';
import type { Identifier } from 'react-admin';
import { apiJson } from '../../providers/http';
import { query } from '../../providers/url';

/** One row of GET /api/contact-persons: the API's shape (libs/contracts). */
export type ContactPerson = ContactPersonRecord;

export type PersonForm = Pick<ContactPerson, 'name' | 'title' | 'phone' | 'email' | 'wechat' | 'notes'>;
export const PERSON_FIELDS = ['name', 'title', 'phone', 'email', 'wechat', 'notes'] as const;

/** The persons of a firm, or of a target's firm, or of a log (as the caller may see them). */
export type PersonScope = { firmId: Identifier } | { targetId: Identifier } | { contactLogId: Identifier };

export const personsKey = (scope: PersonScope) => ['contact-persons', scope] as const;

export const fetchPersons = (scope: PersonScope) =>
  apiJson<ContactPerson[]>(
    `/contact-persons${query({ filter: JSON.stringify(scope), range: JSON.stringify([0, 199]), sort: JSON.stringify(['name', 'ASC']) })}`,
  );

/** Empty inputs are sent as null (cleared), a name as typed (trimmed). */
export function personBody(form: PersonForm): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const f of PERSON_FIELDS) {
    const v = (form[f] ?? '').trim();
    out[f] = v === '' ? (f === 'name' ? '' : null) : v;
  }
  return out;
}

export const fetchPersonAccess = (firmId: Identifier) => apiJson<{ canAdd: boolean }>(`/firms/${firmId}/contact-persons/access`);

export const createPerson = (firmId: Identifier, form: PersonForm) =>
  apiJson<ContactPerson>('/contact-persons', { method: 'POST', body: { firmId: Number(firmId), ...personBody(form) } });
export const updatePerson = (p: ContactPerson, form: PersonForm) =>
  apiJson<ContactPerson>(`/contact-persons/${p.id}`, { method: 'PUT', body: { version: p.version, ...personBody(form) } });
export const erasePerson = (p: ContactPerson) => apiJson(`/contact-persons/${p.id}`, { method: 'DELETE' });
