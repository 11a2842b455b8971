import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { RawQuery } from '@crm/http';
import { KeyProjectView, ProjectRatesAnswerView, ProjectRatesService } from '@crm/projects';

/** The cockpit's after-signing figures: the four rates with their definitions, and the 重点项目 list. */
@ApiTags('cockpit')
@ApiBearerAuth()
@Controller('cockpit')
export class ProjectRatesController {
  constructor(private readonly rates: ProjectRatesService) {}

  /** ?by=plan|chain|owner&filter={"planId":[..],"chainId":[..]} */
  @Get('project-rates')
  @ApiOkResponse({ type: ProjectRatesAnswerView })
  projectRates(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>): Promise<ProjectRatesAnswerView> {
    return this.rates.rates(user, query);
  }

  @Get('key-projects')
  @ApiOkResponse({ type: [KeyProjectView] })
  keyProjects(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>): Promise<KeyProjectView[]> {
    return this.rates.keyProjects(user, query);
  }
}
