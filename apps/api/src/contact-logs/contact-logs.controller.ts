import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { IDEMPOTENCY_HEADER_DOC, IdempotencyKeyHeader } from '@crm/idempotency';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import { ContactLogsService, CreateContactLogDto, UpdateContactLogDto } from '@crm/pipeline';

@ApiTags('contact-logs')
@ApiBearerAuth()
@Controller('contact-logs')
export class ContactLogsController {
  constructor(private readonly logs: ContactLogsService) {}

  /** ra-data-simple-rest list: filter {targetId, firmId, kind, authorId, id}. */
  @Get()
  @UseInterceptors(ContentRange('contact-logs'))
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.logs.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.logs.get(user, id);
  }

  /** Records a visit/call/meeting; nextFollowUpAt becomes the target's open follow-up. */
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateContactLogDto, @IdempotencyKeyHeader() key?: string) {
    return this.logs.create(user, dto, key);
  }

  @Put(':id')
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateContactLogDto) {
    return this.logs.update(user, id, dto);
  }

  @Delete(':id')
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.logs.remove(user, id);
  }
}
