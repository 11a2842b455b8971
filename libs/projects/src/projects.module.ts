import { Module } from '@nestjs/common';
import { RemindersModule } from '@crm/reminders';
import { InstructionReminders } from './instruction-reminders';
import { InstructionsService } from './instructions.service';
import { MilestoneReminders } from './milestone-reminders';
import { ProjectHooks } from './project-hooks';
import { ProjectRatesService } from './project-rates.service';
import { ProjectTimeline } from './project-timeline';
import { ProjectsService } from './projects.service';

/**
 * After signing: milestones, funds, yearly actuals, 批示, 督办 and the rates. Needs the app's
 * DatabaseModule, AccessModule, RemindersModule and the global PipelineHooksModule; registers its
 * pipeline hooks and timeline sources at init.
 */
@Module({
  imports: [RemindersModule],
  providers: [ProjectsService, InstructionsService, ProjectRatesService, MilestoneReminders, InstructionReminders, ProjectHooks, ProjectTimeline],
  exports: [ProjectsService, InstructionsService, ProjectRatesService],
})
export class ProjectsModule {}
