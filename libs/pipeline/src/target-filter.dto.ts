import { EnumFilter, IdFilter } from '@crm/http';
import { RECRUITMENT_METHODS, STAGES, type RecruitmentMethod, type Stage } from './stage';

/** Chain, owner and method: the filters the board, the cockpit and the exports all take (one value each, from the query string). */
export class TargetFieldFilterDto {
  @IdFilter() chainId?: number;
  @IdFilter() ownerId?: number;
  @EnumFilter(RECRUITMENT_METHODS) method?: RecruitmentMethod;
}

/** The filters every cockpit figure and export accepts, on top of the caller's read scope. */
export class TargetFilterDto extends TargetFieldFilterDto {
  @EnumFilter(STAGES) stage?: Stage;
}
