import { Foundation1763700000000 } from './1763700000000-foundation';
import { Pipeline1763700000100 } from './1763700000100-pipeline';
import { AuditLog1763700000300 } from './1763700000300-audit-log';
import { Reminders1763700000200 } from './1763700000200-reminders';
import { BenchHotPathIndexes1763700000500 } from './1763700000500-bench-hot-path-indexes';
import { BenchTargetIndexes1763700000501 } from './1763700000501-bench-target-indexes';
import { BenchChainOwnerIndex1763700000502 } from './1763700000502-bench-chain-owner-index';
import { PipelineApiIndexes1763700000150 } from './1763700000150-pipeline-api-indexes';
import { Imports1763700000400 } from './1763700000400-imports';
import { DeliveryHandover1763700000600 } from './1763700000600-delivery-handover';
import { DeliveryAwaiting1763700000601 } from './1763700000601-delivery-awaiting';
import { CockpitDataVersion1763700000800 } from './1763700000800-cockpit-data-version';
import { CockpitStageChangeAt1763700000801 } from './1763700000801-cockpit-stage-change-at';
import { CockpitTouchLockOrder1763700000802 } from './1763700000802-cockpit-touch-lock-order';
import { AuthSessions1763700001200 } from './1763700001200-auth-sessions';
import { ImportRowRaw1763700001201 } from './1763700001201-import-row-raw';
import { IdempotencyKeys1763700001300 } from './1763700001300-idempotency-keys';
import { NotificationResolved1763700001100 } from './1763700001100-notification-resolved';
import { Projects1763700001400 } from './1763700001400-projects';
import { ContactPersons1763700001500 } from './1763700001500-contact-persons';
import { StoredFiles1763700001510 } from './1763700001510-stored-files';
import { FirstClaim1763700001600 } from './1763700001600-first-claim';
import { FirmRegistry1763700001900 } from './1763700001900-firm-registry';
import { FitWeights1763700001950 } from './1763700001950-fit-weights';
import { CandidateFitText1763700001951 } from './1763700001951-candidate-fit-text';
import { RegistryImportsMerges1763700001901 } from './1763700001901-registry-imports-merges';
import { DuplicateDismissals1763700002200 } from './1763700002200-duplicate-dismissals';
import { ReminderTextEn1763700001700 } from './1763700001700-reminder-text-en';

/** Every migration in order, as classes. Add new ones at the end; never edit one that has shipped. */
export const migrations = [
  Foundation1763700000000,
  Pipeline1763700000100,
  AuditLog1763700000300,
  Reminders1763700000200,
  BenchHotPathIndexes1763700000500,
  PipelineApiIndexes1763700000150,
  Imports1763700000400,
  BenchTargetIndexes1763700000501,
  BenchChainOwnerIndex1763700000502,
  DeliveryHandover1763700000600,
  DeliveryAwaiting1763700000601,
  CockpitDataVersion1763700000800,
  CockpitStageChangeAt1763700000801,
  CockpitTouchLockOrder1763700000802,
  AuthSessions1763700001200,
  IdempotencyKeys1763700001300,
  NotificationResolved1763700001100,
  Projects1763700001400,
  ContactPersons1763700001500,
  StoredFiles1763700001510,
  ImportRowRaw1763700001201,
  FirstClaim1763700001600,
  FirmRegistry1763700001900,
  FitWeights1763700001950,
  CandidateFitText1763700001951,
  RegistryImportsMerges1763700001901,
  ReminderTextEn1763700001700,
  DuplicateDismissals1763700002200,
];
