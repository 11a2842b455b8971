import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LINK_POSITIONS, type LinkPosition } from './chain-link.entity';
import { LINK_ACTIONS, type LinkAction } from './chain.entity';
import { IsOptionalNotNull, Required, Versioned } from '@crm/http';

const CODE = /^[A-Za-z0-9_.-]+$/;

/** Editable chain fields; every one optional so the same class serves PUT. */
export class ChainFields {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(CODE, { message: 'code: letters, digits, - _ . only' })
  code?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  /** 重点方向 / 细分领域 / 赛道 */
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  kind?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ enum: LINK_ACTIONS, nullable: true })
  @IsOptional()
  @IsIn(LINK_ACTIONS)
  action?: LinkAction | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}

export class CreateChainDto extends ChainFields {
  @ApiProperty()
  @IsDefined()
  @IsInt()
  @Min(1)
  planId: number;

  @ApiProperty({ required: true }) @Required() override code: string;
  @ApiProperty({ required: true }) @Required() override name: string;
  @ApiProperty({ required: true }) @Required() override kind: string;
}

export class UpdateChainDto extends Versioned(ChainFields) {}

export class ChainLinkFields {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(CODE, { message: 'code: letters, digits, - _ . only' })
  code?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: LINK_POSITIONS })
  @IsOptionalNotNull()
  @IsIn(LINK_POSITIONS)
  position?: LinkPosition;

  /** Link strength: 强链/补链/延链/建链/优链 */
  @ApiPropertyOptional({ enum: LINK_ACTIONS, nullable: true })
  @IsOptional()
  @IsIn(LINK_ACTIONS)
  action?: LinkAction | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}

export class CreateChainLinkDto extends ChainLinkFields {
  @ApiProperty()
  @IsDefined()
  @IsInt()
  @Min(1)
  chainId: number;

  @ApiProperty({ required: true }) @Required() override code: string;
  @ApiProperty({ required: true }) @Required() override name: string;
  @ApiProperty({ enum: LINK_POSITIONS, required: true }) @Required() override position: LinkPosition;
}

export class UpdateChainLinkDto extends Versioned(ChainLinkFields) {}
