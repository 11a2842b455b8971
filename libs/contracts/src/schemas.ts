import { STAGES } from './stages';

/**
 * OpenAPI (JSON Schema) descriptions of the contract's response shapes, for the controllers'
 * @ApiOkResponse. Plain objects: the backoffice could read them too. Keep each next to its type
 * (responses/*.ts); test/e2e/openapi-responses.e2e-spec.ts fails for a route without one.
 */
type Schema = Record<string, unknown>;

const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const str: Schema = { type: 'string' };
const dateTime: Schema = { type: 'string', format: 'date-time' };
const nullable = (s: Schema): Schema => ({ ...s, nullable: true });
const stage: Schema = { type: 'string', enum: [...STAGES] };

export const TARGET_CARD_SCHEMA: Schema = {
  type: 'object',
  required: ['id', 'firmId', 'firmName', 'chainId', 'chainName', 'chainLinkId', 'chainLinkName', 'ownerId', 'ownerName', 'stage', 'lastActivityAt', 'version'],
  properties: {
    id: int,
    firmId: int,
    firmName: str,
    chainId: int,
    chainName: str,
    chainLinkId: int,
    chainLinkName: str,
    planId: int,
    ownerId: int,
    ownerName: str,
    stage,
    stageEnteredAt: dateTime,
    pausedFromStage: nullable(stage),
    probability: int,
    expectedInvestment: nullable(num),
    expectedOutput: nullable(num),
    expectedJobs: nullable(int),
    spaceNeeded: nullable(num),
    method: nullable(str),
    signedInvestment: nullable(num),
    signedOutput: nullable(num),
    signedJobs: nullable(int),
    signedSpace: nullable(num),
    signedAt: nullable(dateTime),
    nextFollowUpAt: nullable(dateTime),
    lastActivityAt: dateTime,
    notes: nullable(str),
    demo: { type: 'boolean' },
    version: int,
  },
};

export const BOARD_COLUMN_SCHEMA: Schema = {
  type: 'object',
  required: ['stage', 'count', 'sumExpectedInvestment', 'offset', 'cards'],
  properties: { stage, count: int, sumExpectedInvestment: num, offset: int, cards: { type: 'array', items: TARGET_CARD_SCHEMA } },
};

export const BOARD_RESPONSE_SCHEMA: Schema = { type: 'object', required: ['columns'], properties: { columns: { type: 'array', items: BOARD_COLUMN_SCHEMA } } };

export const TIMELINE_SCHEMA: Schema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['kind', 'id', 'at'],
    properties: {
      kind: { type: 'string', description: "'stage_change', 'contact_log', 'reminder' …; each source adds its own fields" },
      id: { oneOf: [int, str] },
      at: dateTime,
    },
    additionalProperties: true,
  },
};
