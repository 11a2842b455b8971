import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import { CloseInstructionDto, CreateInstructionDto, InstructionReplyDto, InstructionsService } from '@crm/projects';

/** Leaders' instructions (批示): written by leaders, replied to and closed by the assignee. */
@ApiTags('instructions')
@ApiBearerAuth()
@Controller('instructions')
export class InstructionsController {
  constructor(private readonly instructions: InstructionsService) {}

  /** filter {targetId, assigneeId, state, mine, id}; sort dueAt | createdAt | id. */
  @Get()
  @UseInterceptors(ContentRange('instructions'))
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.instructions.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.instructions.get(user, id);
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateInstructionDto) {
    return this.instructions.create(user, dto);
  }

  @Post(':id/replies')
  reply(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: InstructionReplyDto) {
    return this.instructions.reply(user, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: CloseInstructionDto) {
    return this.instructions.close(user, id, dto);
  }
}
