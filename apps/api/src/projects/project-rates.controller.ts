import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { RawQuery } from '@crm/http';
import { ProjectRatesService } from '@crm/projects';

/** The cockpit's after-signing figures: the four rates with their definitions, and the 重点项目 list. */
@ApiTags('cockpit')
@ApiBearerAuth()
@Controller('cockpit')
export class ProjectRatesController {
  constructor(private readonly rates: ProjectRatesService) {}

  /** ?by=plan|chain|owner&filter={"planId":[..],"chainId":[..]} */
  @Get('project-rates')
  projectRates(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.rates.rates(user, query);
  }

  @Get('key-projects')
  keyProjects(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.rates.keyProjects(user, query);
  }
}
