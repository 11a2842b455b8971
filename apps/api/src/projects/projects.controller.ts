import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { IdPipe } from '@crm/http';
import { CreateFundDto, MilestoneDto, ProjectsService, ProjectYearDto, UpdateFundDto, VersionQuery } from '@crm/projects';

/** A signed target as a project: milestones, funds arrived, yearly actuals. Every write answers the whole project. */
@ApiTags('projects')
@ApiBearerAuth()
@Controller('targets/:id/project')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.projects.get(user, id);
  }

  /** kind: registered | settled | producing | full_output */
  @Put('milestones/:kind')
  milestone(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Param('kind') kind: string, @Body() dto: MilestoneDto) {
    return this.projects.setMilestone(user, id, kind, dto);
  }

  @Post('funds')
  addFund(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: CreateFundDto) {
    return this.projects.addFund(user, id, dto);
  }

  @Put('funds/:fundId')
  updateFund(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Param('fundId', IdPipe) fundId: number, @Body() dto: UpdateFundDto) {
    return this.projects.updateFund(user, id, fundId, dto);
  }

  @Delete('funds/:fundId')
  removeFund(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Param('fundId', IdPipe) fundId: number, @Query() q: VersionQuery) {
    return this.projects.removeFund(user, id, fundId, q.version);
  }

  @Put('years/:year')
  year(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Param('year', IdPipe) year: number, @Body() dto: ProjectYearDto) {
    return this.projects.setYear(user, id, year, dto);
  }
}
