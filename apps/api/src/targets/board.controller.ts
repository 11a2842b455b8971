import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { BOARD_COLUMN_SCHEMA, BOARD_RESPONSE_SCHEMA } from '@crm/contracts';
import { BoardColumnQueryDto, BoardQueryDto, BoardService, StagePipe, type Stage } from '@crm/pipeline';

@ApiTags('pipeline')
@ApiBearerAuth()
@Controller('pipeline/board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  /** Every stage column: count and investment sum over all visible targets, plus the first perColumn cards. */
  @Get()
  @ApiOkResponse({ schema: BOARD_RESPONSE_SCHEMA })
  all(@CurrentUser() user: AuthUser, @Query() query: BoardQueryDto) {
    return this.board.board(user, query);
  }

  /** More cards of one column: ?offset=&limit= with the same filters. */
  @Get(':stage')
  @ApiOkResponse({ schema: BOARD_COLUMN_SCHEMA })
  column(@CurrentUser() user: AuthUser, @Param('stage', StagePipe) stage: Stage, @Query() query: BoardColumnQueryDto) {
    return this.board.column(user, stage, query);
  }
}
