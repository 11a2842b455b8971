import { Module } from '@nestjs/common';
import { ChainLinksService } from './chain-links.service';
import { ChainMapService } from './chain-map.service';
import { ChainsService } from './chains.service';
import { GapListService } from './gap-list.service';

/** Chains, links and the chain map. Access rules come from the global AccessModule. */
@Module({
  providers: [ChainsService, ChainLinksService, ChainMapService, GapListService],
  exports: [ChainsService, ChainLinksService, ChainMapService, GapListService],
})
export class ChainMapModule {}
