import { Module } from '@nestjs/common';
import { PipelineModule } from '@crm/pipeline';
import { CandidatesService } from './candidates.service';
import { FitWeightsService } from './fit-weights.service';

/** 候选企业: firms ranked for a chain link by a fit score that shows its reasons, per-plan weights, and 加入招商目标. */
@Module({ imports: [PipelineModule], providers: [CandidatesService, FitWeightsService], exports: [CandidatesService, FitWeightsService] })
export class CandidatesModule {}
