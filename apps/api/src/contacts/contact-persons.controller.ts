import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ContactsService, CreateContactPersonDto, UpdateContactPersonDto } from '@crm/contacts';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';

/** 联系人: persons at firms; phone, e-mail, WeChat and notes only for those who may see them. */
@ApiTags('contact-persons')
@ApiBearerAuth()
@Controller('contact-persons')
export class ContactPersonsController {
  constructor(private readonly contacts: ContactsService) {}

  /** ra-data-simple-rest list: filter {firmId, targetId, contactLogId, q, id}. */
  @Get()
  @UseInterceptors(ContentRange('contact-persons'))
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.contacts.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.contacts.get(user, id);
  }

  @Post()
  @Roles('admin', 'promoter', 'chain_manager')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateContactPersonDto) {
    return this.contacts.create(user, dto);
  }

  @Put(':id')
  @Roles('admin', 'promoter', 'chain_manager')
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateContactPersonDto) {
    return this.contacts.update(user, id, dto);
  }

  /** Erases the person (row deleted, audit values blanked), not a soft hide. */
  @Delete(':id')
  @Roles('admin', 'promoter', 'chain_manager')
  erase(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.contacts.erase(user, id);
  }
}
