import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ContactsService, CreateContactPersonDto, UpdateContactPersonDto } from '@crm/contacts';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';

/** 联系人: persons at firms; phone, e-mail, WeChat and notes only for those who may see them. */
@ApiTags('contact-persons')
@ApiBearerAuth()
@Controller()
export class ContactPersonsController {
  constructor(private readonly contacts: ContactsService) {}

  /** `{ canAdd }`: may the caller add persons to this firm (its team pursues it, or nobody does yet). */
  @Get('firms/:id/contact-persons/access')
  access(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.contacts.addAccess(user, id);
  }

  /** ra-data-simple-rest list: filter {firmId, targetId, contactLogId, q, id}. */
  @Get('contact-persons')
  @UseInterceptors(ContentRange('contact-persons'))
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.contacts.list(user, query);
  }

  @Get('contact-persons/:id')
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.contacts.get(user, id);
  }

  @Post('contact-persons')
  @Roles('admin', 'promoter', 'chain_manager')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateContactPersonDto) {
    return this.contacts.create(user, dto);
  }

  @Put('contact-persons/:id')
  @Roles('admin', 'promoter', 'chain_manager')
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateContactPersonDto) {
    return this.contacts.update(user, id, dto);
  }

  /** Erases the person (row deleted, audit values blanked), not a soft hide. */
  @Delete('contact-persons/:id')
  @Roles('admin', 'promoter', 'chain_manager')
  erase(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.contacts.erase(user, id);
  }
}
