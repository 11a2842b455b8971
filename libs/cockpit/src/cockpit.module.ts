import { Module } from '@nestjs/common';
import { BreakdownService } from './breakdown.service';
import { CockpitCache } from './cache/cockpit-cache';
import { DataVersions } from './cache/data-version';
import { ChainViewService } from './chain-view.service';
import { CockpitService } from './cockpit.service';
import { KpiService } from './kpi.service';
import { PipelineStatsService } from './pipeline-stats.service';
import { WatchlistService } from './watchlist.service';

@Module({
  providers: [CockpitService, PipelineStatsService, WatchlistService, BreakdownService, KpiService, ChainViewService, DataVersions, CockpitCache],
  exports: [CockpitService, PipelineStatsService, WatchlistService, ChainViewService],
})
export class CockpitModule {}
