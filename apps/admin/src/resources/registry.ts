import type { ComponentType } from 'react';
import type { RaRecord } from 'react-admin';
import auditLogs from './audit-logs';
import carriers from './carriers';
import chainLinks from './chain-links';
import claimRequests from './claim-requests';
import chains from './chains';
import contactLogs from './contact-logs';
import firms from './firms';
import kpiTargets from './kpi-targets';
import notifications from './notifications';
import plans from './plans';
import reminderRules from './reminder-rules';
import reminders from './reminders';
import targets from './targets';
import teams from './teams';
import users from './users';

export interface ResourceDefinition {
  list: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  icon?: ComponentType;
  recordRepresentation?: string | ((record: RaRecord) => string);
}

/** Every resource the backoffice shows, in menu order. */
export const RESOURCES: Record<string, ResourceDefinition> = {
  targets,
  'contact-logs': contactLogs,
  'claim-requests': claimRequests,
  firms,
  chains,
  'chain-links': chainLinks,
  plans,
  'kpi-targets': kpiTargets,
  carriers,
  notifications,
  reminders,
  'reminder-rules': reminderRules,
  users,
  teams,
  'audit-logs': auditLogs,
};

export const MENU_RESOURCES = Object.keys(RESOURCES);
