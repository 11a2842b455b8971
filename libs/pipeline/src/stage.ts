/** The stages and their vocabulary are part of the contract the backoffice shares: libs/contracts owns them. */
export {
  CONTACT_KIND_LABELS,
  CONTACT_KINDS,
  FORWARD_STAGES,
  isLive,
  OPEN_STAGES,
  RECRUITMENT_METHODS,
  STAGE_LABELS,
  STAGE_PROBABILITY,
  STAGES,
  type ContactKind,
  type ForwardStage,
  type RecruitmentMethod,
  type Stage,
} from '@crm/contracts';
