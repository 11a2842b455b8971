import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import {
  ContactPersonAccessView,
  ContactPersonErasedView,
  ContactPersonView,
  ContactsService,
  CreateContactPersonDto,
  UpdateContactPersonDto,
} from '@crm/contacts';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';

/** 联系人: persons at firms; phone, e-mail, WeChat and notes only for those who may see them. */
@ApiTags('contact-persons')
@ApiBearerAuth()
@Controller()
export class ContactPersonsController {
  constructor(private readonly contacts: ContactsService) {}

  /** `{ canAdd }`: may the caller add persons to this firm (its team pursues it, or nobody does yet). */
  @Get('firms/:id/contact-persons/access')
  @ApiOkResponse({ type: ContactPersonAccessView })
  access(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ContactPersonAccessView> {
    return this.contacts.addAccess(user, id);
  }

  /** ra-data-simple-rest list: filter {firmId, targetId, contactLogId, q, id}. */
  @Get('contact-persons')
  @ListResponse('contact-persons', ContactPersonView)
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>): Promise<ListResult<ContactPersonView>> {
    return this.contacts.list(user, query);
  }

  @Get('contact-persons/:id')
  @ApiOkResponse({ type: ContactPersonView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ContactPersonView> {
    return this.contacts.get(user, id);
  }

  @Post('contact-persons')
  @ApiCreatedResponse({ type: ContactPersonView })
  @Roles('admin', 'promoter', 'chain_manager')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateContactPersonDto): Promise<ContactPersonView> {
    return this.contacts.create(user, dto);
  }

  @Put('contact-persons/:id')
  @ApiOkResponse({ type: ContactPersonView })
  @Roles('admin', 'promoter', 'chain_manager')
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateContactPersonDto): Promise<ContactPersonView> {
    return this.contacts.update(user, id, dto);
  }

  /** Erases the person (row deleted, audit values blanked), not a soft hide. */
  @Delete('contact-persons/:id')
  @ApiOkResponse({ type: ContactPersonErasedView })
  @Roles('admin', 'promoter', 'chain_manager')
  erase(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ContactPersonErasedView> {
    return this.contacts.erase(user, id);
  }
}
