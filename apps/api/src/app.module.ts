import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessModule } from '@crm/access';
import { AuditModule } from '@crm/audit';
import { AuthGuard, AuthModule } from '@crm/auth';
import { LoginAudit } from './auth/login-audit';
import { CockpitModule } from '@crm/cockpit';
import { ContactsModule } from '@crm/contacts';
import { FilesModule } from '@crm/files';
import { ImportsModule } from '@crm/imports';
import { ReportsModule } from '@crm/reports';
import { ConfigModule } from '@crm/config';
import { AllExceptionsFilter } from '@crm/http';
import { OpsModule } from '@crm/ops';
import { PipelineHooksModule, PipelineModule } from '@crm/pipeline';
import { QueueModule, RedisModule } from '@crm/queue';
import { RemindersModule } from '@crm/reminders';
import { DatabaseModule } from '@crm/schema';
import { CandidatesModule } from '@crm/candidates';
import { CarriersModule } from '@crm/carriers';
import { ClaimsModule } from '@crm/claims';
import { MergeModule } from '@crm/merge';
import { RegistryModule } from '@crm/registry';
import { ChainMapModule } from '@crm/chain-map';
import { FirmsModule } from '@crm/firms';
import { KpiModule } from '@crm/kpi';
import { PlansModule } from '@crm/plans';
import { ProjectsModule } from '@crm/projects';
import { UsersModule } from '@crm/users';
import { CarriersController } from './carriers/carriers.controller';
import { HomeController } from './home/home.controller';
import { ChainLinksController } from './chain-links/chain-links.controller';
import { ChainGapsController } from './chains/chain-gaps.controller';
import { ChainMapController } from './chains/chain-map.controller';
import { ChainsController } from './chains/chains.controller';
import { FirmsController } from './firms/firms.controller';
import { KpiTargetsController } from './kpi-targets/kpi-targets.controller';
import { PlansController } from './plans/plans.controller';
import { TeamsController } from './users/teams.controller';
import { UsersController } from './users/users.controller';
import { AccountController } from './users/account.controller';
import { AuditLogsController } from './audit/audit-logs.controller';
import { AdminQueuesModule } from './admin-queues/admin-queues.module';
import { AuthController } from './auth/auth.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { ReminderRulesController, RemindersController } from './reminders/reminders.controller';
import { CockpitController } from './cockpit/cockpit.controller';
import { ImportsController } from './imports/imports.controller';
import { ExportsController } from './exports/exports.controller';
import { HealthController } from './health/health.controller';
import { BoardController } from './targets/board.controller';
import { TargetsController } from './targets/targets.controller';
import { ContactLogsController } from './contact-logs/contact-logs.controller';
import { InstructionsController } from './projects/instructions.controller';
import { ProjectRatesController } from './projects/project-rates.controller';
import { ProjectsController } from './projects/projects.controller';
import { ContactPersonsController } from './contacts/contact-persons.controller';
import { FilesController } from './files/files.controller';
import { ClaimsController } from './claims/claims.controller';
import { CandidatesController, FitWeightsController } from './candidates/candidates.controller';
import { FirmMergesController } from './merges/firm-merges.controller';
import { RegistryImportsController } from './registry/registry-imports.controller';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    RedisModule,
    QueueModule,
    AuthModule,
    AccessModule,
    OpsModule,
    PipelineHooksModule,
    PipelineModule,
    AuditModule,
    PlansModule,
    ChainMapModule,
    FirmsModule,
    CarriersModule,
    KpiModule,
    UsersModule,
    CockpitModule,
    RemindersModule,
    AdminQueuesModule,
    ImportsModule,
    ReportsModule,
    ProjectsModule,
    ContactsModule,
    FilesModule,
    ClaimsModule,
    CandidatesModule,
    RegistryModule,
    MergeModule,
  ],
  controllers: [
    AuthController,
    HealthController,
    AuditLogsController,
    PlansController,
    ChainMapController,
    ChainGapsController,
    ChainsController,
    ChainLinksController,
    FirmsController,
    CarriersController,
    KpiTargetsController,
    UsersController,
    TeamsController,
    AccountController,
    CockpitController,
    TargetsController,
    BoardController,
    ContactLogsController,
    ContactPersonsController,
    FilesController,
    NotificationsController,
    HomeController,
    RemindersController,
    ReminderRulesController,
    ExportsController,
    ImportsController,
    ProjectsController,
    InstructionsController,
    ProjectRatesController,
    ClaimsController,
    CandidatesController,
    FitWeightsController,
    RegistryImportsController,
    FirmMergesController,
  ],
  providers: [{ provide: APP_GUARD, useExisting: AuthGuard }, LoginAudit, { provide: APP_FILTER, useClass: AllExceptionsFilter }],
})
export class AppModule {}
