import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type LinkSet, setLinksAudited } from '@crm/audit';
import { invalidField } from '@crm/http';
import { type LoggedContact, type PipelineHooks, PipelineHooksRegistry } from '@crm/pipeline';

/**
 * A contact log's participants picked from its firm's persons: written in the log's own
 * transaction (contact_log_person), recorded on the log in the audit trail as person ids only.
 */
/** Who took part in a contact: contact_log_person, recorded on the log as `contactPersonIds`. */
const PARTICIPANTS: LinkSet = {
  table: 'contact_log_person',
  ownerColumn: 'contact_log_id',
  otherColumn: 'contact_person_id',
  auditEntity: 'contact_log',
  field: 'contactPersonIds',
};

@Injectable()
export class ParticipantsHooks implements PipelineHooks, OnModuleInit {
  constructor(private readonly registry: PipelineHooksRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async participantsChanged(em: EntityManager, log: LoggedContact, personIds: readonly number[]): Promise<void> {
    const ids = [...new Set(personIds)].sort((a, b) => a - b);
    if (ids.length) {
      const found: { id: number }[] = await em.query('SELECT id FROM contact_person WHERE id = ANY($1::int[]) AND firm_id = $2', [ids, log.firmId]);
      const missing = ids.filter((id) => !found.some((f) => f.id === id));
      if (missing.length) {
        throw invalidField('contactPersonIds', 'notFound', `not persons of this firm: ${missing.join(', ')}`, `不是该企业的联系人：${missing.join('、')}`);
      }
    }
    await setLinksAudited(em, PARTICIPANTS, log.id, ids);
  }

  async participantsOf(em: EntityManager, logIds: readonly number[]): Promise<Map<number, number[]>> {
    const rows: { log_id: number; ids: number[] }[] = await em.query(
      'SELECT contact_log_id AS log_id, array_agg(contact_person_id ORDER BY contact_person_id) AS ids FROM contact_log_person WHERE contact_log_id = ANY($1::int[]) GROUP BY 1',
      [logIds],
    );
    return new Map(rows.map((r) => [r.log_id, r.ids]));
  }
}
