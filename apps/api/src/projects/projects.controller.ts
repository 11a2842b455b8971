import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { IdPipe } from '@crm/http';
import { CreateFundDto, MilestoneDto, ProjectRecordView, ProjectsService, ProjectYearDto, UpdateFundDto, VersionQuery } from '@crm/projects';

/** A signed target as a project: milestones, funds arrived, yearly actuals. Every write answers the whole project. */
@ApiTags('projects')
@ApiBearerAuth()
@Controller('targets/:id/project')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @ApiOkResponse({ type: ProjectRecordView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ProjectRecordView> {
    return this.projects.get(user, id);
  }

  /** kind: registered | settled | producing | full_output */
  @Put('milestones/:kind')
  @ApiOkResponse({ type: ProjectRecordView })
  milestone(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Param('kind') kind: string,
    @Body() dto: MilestoneDto,
  ): Promise<ProjectRecordView> {
    return this.projects.setMilestone(user, id, kind, dto);
  }

  @Post('funds')
  @ApiCreatedResponse({ type: ProjectRecordView })
  addFund(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: CreateFundDto): Promise<ProjectRecordView> {
    return this.projects.addFund(user, id, dto);
  }

  @Put('funds/:fundId')
  @ApiOkResponse({ type: ProjectRecordView })
  updateFund(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Param('fundId', IdPipe) fundId: number,
    @Body() dto: UpdateFundDto,
  ): Promise<ProjectRecordView> {
    return this.projects.updateFund(user, id, fundId, dto);
  }

  @Delete('funds/:fundId')
  @ApiOkResponse({ type: ProjectRecordView })
  removeFund(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Param('fundId', IdPipe) fundId: number,
    @Query() q: VersionQuery,
  ): Promise<ProjectRecordView> {
    return this.projects.removeFund(user, id, fundId, q.version);
  }

  @Put('years/:year')
  @ApiOkResponse({ type: ProjectRecordView })
  year(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Param('year', IdPipe) year: number,
    @Body() dto: ProjectYearDto,
  ): Promise<ProjectRecordView> {
    return this.projects.setYear(user, id, year, dto);
  }
}
