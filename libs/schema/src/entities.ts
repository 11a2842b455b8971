import { AuditLog } from '@crm/audit';
import { Team, User } from '@crm/users';
import { Carrier } from '@crm/carriers';
import { CockpitDataVersion } from '@crm/cockpit';
import { Chain, ChainLink, ChainManager } from '@crm/chain-map';
import { Firm, FirmChainLink } from '@crm/firms';
import { KpiTarget } from '@crm/kpi';
import { WorkerHeartbeat } from '@crm/ops';
import { ContactLog, Landing, StageChange, Target } from '@crm/pipeline';
import { Plan } from '@crm/plans';
import { Delivery, DeliveryAttempt, FollowUp, Notification, Reminder, ReminderRule } from '@crm/reminders';
import { FitWeightsRow } from '@crm/candidates';
import { ClaimRequest, FirmClaimShare } from '@crm/claims';
import { ImportBatch, ImportRow } from '@crm/imports';
import { IdempotencyKey } from '@crm/idempotency';
import { Instruction, InstructionReply, ProjectFund, ProjectMilestone, ProjectYear } from '@crm/projects';
import { ContactLogPerson, ContactPerson } from '@crm/contacts';
import { StoredFile } from '@crm/files';
import { RegistryImport, RegistryImportRow } from '@crm/registry';
import { DuplicateDismissal, FirmMerge } from '@crm/merge';

/** Every entity, as classes (not globs), for the app and the migration tooling alike. Append new ones. */
export const entities = [
  User,
  Team,
  WorkerHeartbeat,
  Plan,
  Chain,
  ChainLink,
  ChainManager,
  KpiTarget,
  Firm,
  FirmChainLink,
  Carrier,
  Target,
  StageChange,
  ContactLog,
  Landing,
  AuditLog,
  ReminderRule,
  FollowUp,
  Reminder,
  Delivery,
  DeliveryAttempt,
  Notification,
  ImportBatch,
  ImportRow,
  CockpitDataVersion,
  IdempotencyKey,
  ProjectMilestone,
  ProjectFund,
  ProjectYear,
  Instruction,
  InstructionReply,
  ContactPerson,
  ContactLogPerson,
  StoredFile,
  ClaimRequest,
  FirmClaimShare,
  FitWeightsRow,
  RegistryImport,
  RegistryImportRow,
  FirmMerge,
  DuplicateDismissal,
];
