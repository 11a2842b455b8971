import { ApiProperty } from '@nestjs/swagger';
import {
  type ChainMap,
  type Coverage,
  COVERAGE_LEVELS,
  LINK_ACTIONS,
  LINK_POSITIONS,
  type LinkAction,
  type LinkPosition,
  type MapFirm,
  type MapLink,
  type MapTarget,
} from '@crm/contracts';

/* GET /api/chains/:id/map for the OpenAPI document; ChainMapView implements the contract's ChainMap. */
export class ChainMapChainView {
  @ApiProperty() id: number;
  @ApiProperty() planId: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty({ nullable: true, enum: LINK_ACTIONS }) action: LinkAction | null;
  @ApiProperty() version: number;
  @ApiProperty() mayCreateTarget: boolean;
}

export class ChainMapSummaryByCoverageView {
  @ApiProperty() landed: number;
  @ApiProperty() local: number;
  @ApiProperty() in_progress: number;
  @ApiProperty() lead_only: number;
  @ApiProperty() gap: number;
}

export class MapFirmView implements MapFirm {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) tags: string[];
}

export class ChainMapSummaryView {
  @ApiProperty() links: number;
  @ApiProperty({ description: 'Links landed, local or in progress.' }) covered: number;
  @ApiProperty({ description: 'Links not covered: lead_only and gap.' }) gaps: number;
  @ApiProperty({ nullable: true, type: Number, description: 'covered ÷ links in %, one decimal; null for a chain without links (no figure).' }) coveredPct:
    number | null;
  @ApiProperty({ type: () => ChainMapSummaryByCoverageView }) byCoverage: ChainMapSummaryByCoverageView;
  @ApiProperty({ type: [MapFirmView] }) ownerFirms: MapFirmView[];
}

export class MapLinkLiveByStageView {
  @ApiProperty() lead: number;
  @ApiProperty() contact: number;
  @ApiProperty() signed: number;
}

export class MapTargetView implements MapTarget {
  @ApiProperty() id: number;
  @ApiProperty() firmId: number;
  @ApiProperty() firmName: string;
  @ApiProperty({ enum: ['landed', 'lead', 'contact', 'signed'] }) stage: 'landed' | 'lead' | 'contact' | 'signed';
  @ApiProperty() ownerId: number;
}

export class MapLinkView implements MapLink {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: LINK_POSITIONS }) position: LinkPosition;
  @ApiProperty({ nullable: true, enum: LINK_ACTIONS }) action: LinkAction | null;
  @ApiProperty() sortOrder: number;
  @ApiProperty() version: number;
  @ApiProperty({ type: [MapFirmView] }) localFirms: MapFirmView[];
  @ApiProperty({
    type: () => MapLinkLiveByStageView,
    description: 'Live targets per stage, counting every target on the link (not only those the caller may open).',
  })
  liveByStage: MapLinkLiveByStageView;
  @ApiProperty() liveCount: number;
  @ApiProperty() landedCount: number;
  @ApiProperty({
    type: [MapTargetView],
    description: 'The live and landed targets the caller may read; at most a few per link, the most recently active, listed by id.',
  })
  targets: MapTargetView[];
  @ApiProperty({ description: 'How many live and landed targets on the link the caller may read; more than targets.length when the list is capped.' })
  targetsTotal: number;
  @ApiProperty({ enum: COVERAGE_LEVELS }) coverage: Coverage;
  @ApiProperty({ description: 'Not covered: a gap or only uncontacted leads (lead_only counts as a gap).' }) gap: boolean;
}

export class ChainMapView implements ChainMap {
  @ApiProperty({ type: () => ChainMapChainView, description: 'mayCreateTarget: may the caller start a target on this chain (为此缺口新建目标)?' })
  chain: ChainMapChainView;
  @ApiProperty({ type: () => ChainMapSummaryView }) summary: ChainMapSummaryView;
  @ApiProperty({ type: [MapLinkView] }) links: MapLinkView[];
}
