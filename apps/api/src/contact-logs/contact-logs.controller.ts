import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { IDEMPOTENCY_HEADER_DOC, IdempotencyKeyHeader } from '@crm/idempotency';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';
import { ContactLogsService, ContactLogView, CreateContactLogDto, UpdateContactLogDto } from '@crm/pipeline';

@ApiTags('contact-logs')
@ApiBearerAuth()
@Controller('contact-logs')
export class ContactLogsController {
  constructor(private readonly logs: ContactLogsService) {}

  /** ra-data-simple-rest list: filter {targetId, firmId, kind, authorId, id}. */
  @Get()
  @ListResponse('contact-logs', ContactLogView)
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>): Promise<ListResult<ContactLogView>> {
    return this.logs.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ContactLogView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ContactLogView> {
    return this.logs.get(user, id);
  }

  /** Records a visit/call/meeting; nextFollowUpAt becomes the target's open follow-up. */
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @Post()
  @ApiCreatedResponse({ type: ContactLogView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateContactLogDto, @IdempotencyKeyHeader() key?: string): Promise<ContactLogView> {
    return this.logs.create(user, dto, key);
  }

  @Put(':id')
  @ApiOkResponse({ type: ContactLogView })
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateContactLogDto): Promise<ContactLogView> {
    return this.logs.update(user, id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ type: ContactLogView })
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ContactLogView> {
    return this.logs.remove(user, id);
  }
}
