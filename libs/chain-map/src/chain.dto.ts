import { IsDefined, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LINK_POSITIONS, type LinkPosition } from './chain-link.entity';
import { LINK_ACTIONS, type LinkAction } from './chain.entity';
import { IsOptionalNotNull, Required } from './resource.util';

const CODE = /^[A-Za-z0-9_.-]+$/;

/** Editable chain fields; every one optional so the same class serves PUT. */
export class ChainFields {
  @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(100) @Matches(CODE, { message: 'code: letters, digits, - _ . only' })
  code?: string;

  @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(100)
  name?: string;

  /** 重点方向 / 细分领域 / 赛道 */
  @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(20)
  kind?: string;

  @IsOptional() @IsString() @MaxLength(5000)
  description?: string | null;

  @IsOptional() @IsIn(LINK_ACTIONS)
  action?: LinkAction | null;

  @IsOptionalNotNull() @IsInt() @Min(0) @Max(100000)
  sortOrder?: number;
}

export class CreateChainDto extends ChainFields {
  @IsDefined() @IsInt() @Min(1)
  planId: number;

  @Required() override code: string;
  @Required() override name: string;
  @Required() override kind: string;
}

export class UpdateChainDto extends ChainFields {
  /** The version the caller read; a stale one is refused with 409. */
  @IsDefined() @IsInt() @Min(1) @Max(2147483647)
  version: number;

  /** react-admin sends the id back in the body; it must match the path and is otherwise ignored. */
  @IsOptional() @IsInt()
  id?: number;
}

export class ChainLinkFields {
  @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(100) @Matches(CODE, { message: 'code: letters, digits, - _ . only' })
  code?: string;

  @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(100)
  name?: string;

  @IsOptionalNotNull() @IsIn(LINK_POSITIONS)
  position?: LinkPosition;

  /** Link strength: 强链/补链/延链/建链/优链 */
  @IsOptional() @IsIn(LINK_ACTIONS)
  action?: LinkAction | null;

  @IsOptional() @IsString() @MaxLength(5000)
  notes?: string | null;

  @IsOptionalNotNull() @IsInt() @Min(0) @Max(100000)
  sortOrder?: number;
}

export class CreateChainLinkDto extends ChainLinkFields {
  @IsDefined() @IsInt() @Min(1)
  chainId: number;

  @Required() override code: string;
  @Required() override name: string;
  @Required() override position: LinkPosition;
}

export class UpdateChainLinkDto extends ChainLinkFields {
  @IsDefined() @IsInt() @Min(1) @Max(2147483647)
  version: number;

  @IsOptional() @IsInt()
  id?: number;
}
