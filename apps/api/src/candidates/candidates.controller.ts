import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import {
  AddCandidatesDto,
  AddCandidatesResultView,
  CandidateListView,
  CandidatesQueryDto,
  CandidatesService,
  FitWeightsDto,
  FitWeightsResetQuery,
  FitWeightsService,
  FitWeightsView,
} from '@crm/candidates';
import { IdPipe } from '@crm/http';

/** 候选企业: firms ranked for a chain link, each score with its components and their sources; 加入招商目标 for the chosen ones. */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('chain-links/:id/candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Get()
  @ApiOkResponse({ type: CandidateListView })
  rank(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Query() q: CandidatesQueryDto): Promise<CandidateListView> {
    return this.candidates.rank(user, id, q);
  }

  /** 加入招商目标: a lead target per chosen firm in one step; each firm refused (首报首谈, already a target) is reported on its own. */
  @Post('targets')
  @HttpCode(200)
  @ApiOkResponse({ type: AddCandidatesResultView })
  add(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: AddCandidatesDto): Promise<AddCandidatesResultView> {
    return this.candidates.add(user, id, dto);
  }
}

/** The fit score's weights per plan (评分权重): everyone reads them (they explain the ranking), admins set them. */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('fit-weights')
export class FitWeightsController {
  constructor(private readonly weights: FitWeightsService) {}

  @Get()
  @ApiOkResponse({ type: [FitWeightsView] })
  list(): Promise<FitWeightsView[]> {
    return this.weights.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: FitWeightsView })
  get(@Param('id', IdPipe) planId: number): Promise<FitWeightsView> {
    return this.weights.view(planId);
  }

  @Put(':id')
  @Roles('admin')
  @ApiOkResponse({ type: FitWeightsView })
  save(@Param('id', IdPipe) planId: number, @Body() dto: FitWeightsDto): Promise<FitWeightsView> {
    return this.weights.save(planId, dto);
  }

  /** 恢复默认: the plan uses the default weights again; `?version=` guards against a concurrent edit. */
  @Delete(':id')
  @Roles('admin')
  @ApiOkResponse({ type: FitWeightsView })
  reset(@Param('id', IdPipe) planId: number, @Query() q: FitWeightsResetQuery): Promise<FitWeightsView> {
    return this.weights.reset(planId, q.version);
  }
}
