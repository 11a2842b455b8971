import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  FIT_COMPONENTS,
  type AddCandidatesResult,
  type CandidateClaim,
  type CandidateList,
  type CandidateView,
  type FitComponent,
  type FitComponentKey,
  type FitFact,
  type FitWeights,
} from '@crm/contracts';
import { IsOptionalNotNull, QueryInt } from '@crm/http';
import { RECRUITMENT_METHODS, type RecruitmentMethod } from '@crm/pipeline';

const weight = () => (target: object, key: string) => {
  ApiPropertyOptional({ minimum: 0, maximum: 100, description: `Most points the ${key} component gives` })(target, key);
  IsOptionalNotNull()(target, key);
  IsInt()(target, key);
  Min(0)(target, key);
  Max(100)(target, key);
};

/** A plan's weights; absent fields keep their current (or default) value. */
export class FitWeightsDto implements Partial<FitWeights> {
  @weight() tags?: number;
  @weight() industry?: number;
  @weight() scope?: number;
  @weight() profile?: number;
  @weight() capital?: number;
  @weight() city?: number;
  @weight() relationship?: number;

  /** Null: the caller read a plan that used the defaults (it had no row yet). */
  @ApiPropertyOptional({ description: 'The version you read (null when the plan used the defaults); a stale one gets 409', nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version?: number | null;
}

export class FitWeightsResetQuery {
  @ApiPropertyOptional({ description: 'The version read; 409 if it has changed since', minimum: 1 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version?: number;
}

export class FitWeightsView implements FitWeights {
  @ApiProperty({ description: 'plan-<id>, for the backoffice list' }) id: string;
  @ApiProperty() planId: number;
  @ApiProperty() planTitle: string;
  @ApiProperty() planRegion: string;
  @ApiProperty({ description: 'false: the plan has no weights of its own and uses the defaults' }) overridden: boolean;
  @ApiProperty() tags: number;
  @ApiProperty() industry: number;
  @ApiProperty() scope: number;
  @ApiProperty() profile: number;
  @ApiProperty() capital: number;
  @ApiProperty() city: number;
  @ApiProperty() relationship: number;
  @ApiProperty({ nullable: true, type: Number, description: 'null while the plan uses the defaults' }) version: number | null;
  @ApiProperty({ nullable: true, type: Date }) updatedAt: Date | null;
}

export class CandidatesQueryDto {
  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(0)
  @Max(100000)
  skip?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(100)
  take?: number;
}

export class AddCandidatesDto {
  @ApiProperty({ type: [Number], description: 'The chosen firms (1–50)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(2147483647, { each: true })
  firmIds: number[];

  @ApiPropertyOptional({ description: 'Owner of the new targets (chain managers and admins); promoters own theirs' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  ownerId?: number;

  @ApiPropertyOptional({ enum: RECRUITMENT_METHODS })
  @IsOptional()
  @IsIn(RECRUITMENT_METHODS)
  method?: RecruitmentMethod;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class FitComponentView implements FitComponent {
  @ApiProperty({ enum: FIT_COMPONENTS }) component: FitComponentKey;
  @ApiProperty() points: number;
  @ApiProperty({ description: 'The weight: most points this component gives' }) max: number;
  @ApiProperty({ description: 'The fact the points came from, or 无数据' }) source: string;
  @ApiProperty() noData: boolean;
  @ApiProperty({
    type: Object,
    nullable: true,
    description:
      "The same fact as data, for the screen to word: { kind: 'tags', tags } | { kind: 'text', text, hits: [{ text, from }], terms } | { kind: 'capital', capital, bandMin } | { kind: 'city', city, tier: tier1|tier2|region|other, region } | { kind: 'relationship', isLocal, targets, firstClaimedOn, logs, lastLogOn }; null without data",
  })
  fact: FitFact | null;
}

export class CandidateRowView implements CandidateView {
  @ApiProperty() rank: number;
  @ApiProperty() firmId: number;
  @ApiProperty() firmName: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ nullable: true, type: String }) industry: string | null;
  @ApiProperty({ nullable: true, type: String }) hqCity: string | null;
  @ApiProperty() score: number;
  @ApiProperty({ type: [FitComponentView] }) components: FitComponentView[];
  @ApiProperty({ enum: ['free', 'mine', 'other'] }) claim: CandidateClaim;
  @ApiProperty({ nullable: true, type: String, description: '首报 date when another team holds the firm' }) firstClaimedOn: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['qichacha', 'tianyancha', 'qixinbao', 'other'], description: 'registry export the firm data came from' })
  registrySource: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'that export’s date (YYYY-MM-DD)' }) registryExportedOn: string | null;
}

class LinkTermView {
  @ApiProperty() text: string;
  @ApiProperty({ enum: ['link', 'tech', 'chain', 'plan'] }) from: 'link' | 'tech' | 'chain' | 'plan';
}

class WeightsView implements FitWeights {
  @ApiProperty() tags: number;
  @ApiProperty() industry: number;
  @ApiProperty() scope: number;
  @ApiProperty() profile: number;
  @ApiProperty() capital: number;
  @ApiProperty() city: number;
  @ApiProperty() relationship: number;
}

export class CandidateListView implements CandidateList {
  @ApiProperty() linkId: number;
  @ApiProperty() linkName: string;
  @ApiProperty() chainId: number;
  @ApiProperty() chainName: string;
  @ApiProperty() planId: number;
  @ApiProperty({ type: WeightsView }) weights: WeightsView;
  @ApiProperty() weightsFromDefaults: boolean;
  @ApiProperty({ type: [LinkTermView] }) terms: LinkTermView[];
  @ApiProperty() excludedTargeted: number;
  @ApiProperty() mayCreateTarget: boolean;
  @ApiProperty({ type: [CandidateRowView] }) data: CandidateRowView[];
  @ApiProperty() total: number;
  @ApiProperty() skip: number;
}

class AddedTargetView {
  @ApiProperty() firmId: number;
  @ApiProperty() firmName: string;
  @ApiProperty() targetId: number;
}

class RefusedFirmView {
  @ApiProperty() firmId: number;
  @ApiProperty({ nullable: true, type: String }) firmName: string | null;
  @ApiProperty({ description: 'first_claim, duplicate_target, not_found' }) code: string;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
  @ApiPropertyOptional() firstClaimedOn?: string;
}

export class AddCandidatesResultView implements AddCandidatesResult {
  @ApiProperty({ type: [AddedTargetView] }) created: AddedTargetView[];
  @ApiProperty({ type: [RefusedFirmView] }) refused: RefusedFirmView[];
}
