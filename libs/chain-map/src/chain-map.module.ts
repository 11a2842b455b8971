import { Module } from '@nestjs/common';
import { ChainLinksService } from './chain-links.service';
import { ChainMapService } from './chain-map.service';
import { ChainsService } from './chains.service';

/** Chains, links and the chain map. Access rules come from the global AccessModule. */
@Module({
  providers: [ChainsService, ChainLinksService, ChainMapService],
  exports: [ChainsService, ChainLinksService, ChainMapService],
})
export class ChainMapModule {}
