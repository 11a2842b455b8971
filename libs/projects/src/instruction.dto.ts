import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsDateTime } from '@crm/http';

const MAX_ID = 2 ** 31 - 1;

export class CreateInstructionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  targetId: number;

  @ApiProperty({ description: 'Who is to act on it: someone who can see the target' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  assigneeId: number;

  @ApiProperty({ example: '请于本周内协调载体方，落实厂房交付时间。' })
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(2000)
  body: string;

  @ApiProperty({ description: 'When it is due (ISO 8601 date-time)' })
  @IsDateTime()
  dueAt: string;
}

export class InstructionReplyDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(2000)
  body: string;
}

export class CloseInstructionDto {
  @ApiProperty({ description: 'The version you read; a newer one → 409' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version: number;

  @ApiPropertyOptional({ description: 'What was done (办结说明)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
