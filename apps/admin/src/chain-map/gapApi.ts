import type { Coverage, LinkAction } from '../config/domain';

/** One row of GET /api/chain-gaps (libs/chain-map/src/gap-list.service.ts). */
export interface ChainGap {
  linkId: number;
  linkCode: string;
  linkName: string;
  position: string;
  action: LinkAction | null;
  coverage: Extract<Coverage, 'gap' | 'lead_only'>;
  leadTargets: number;
  chainId: number;
  chainName: string;
  planId: number;
  planTitle: string;
  mayCreateTarget: boolean;
}
