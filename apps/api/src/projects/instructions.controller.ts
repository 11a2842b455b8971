import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';
import { CloseInstructionDto, CreateInstructionDto, InstructionRecordView, InstructionReplyDto, InstructionsService } from '@crm/projects';

/** Leaders' instructions (批示): written by leaders, replied to and closed by the assignee. */
@ApiTags('instructions')
@ApiBearerAuth()
@Controller('instructions')
export class InstructionsController {
  constructor(private readonly instructions: InstructionsService) {}

  /** filter {targetId, assigneeId, state, mine, id}; sort dueAt | createdAt | id. */
  @Get()
  @ListResponse('instructions', InstructionRecordView)
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>): Promise<ListResult<InstructionRecordView>> {
    return this.instructions.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: InstructionRecordView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<InstructionRecordView> {
    return this.instructions.get(user, id);
  }

  @Post()
  @ApiCreatedResponse({ type: InstructionRecordView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateInstructionDto): Promise<InstructionRecordView> {
    return this.instructions.create(user, dto);
  }

  @Post(':id/replies')
  @ApiCreatedResponse({ type: InstructionRecordView })
  reply(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: InstructionReplyDto): Promise<InstructionRecordView> {
    return this.instructions.reply(user, id, dto);
  }

  @Post(':id/close')
  @ApiOkResponse({ type: InstructionRecordView })
  @HttpCode(200)
  close(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: CloseInstructionDto): Promise<InstructionRecordView> {
    return this.instructions.close(user, id, dto);
  }
}
