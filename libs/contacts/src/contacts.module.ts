import { Module } from '@nestjs/common';
import { PipelineModule } from '@crm/pipeline';
import { ContactsService } from './contacts.service';
import { ParticipantsHooks } from './participants.hooks';

@Module({ imports: [PipelineModule], providers: [ContactsService, ParticipantsHooks], exports: [ContactsService] })
export class ContactsModule {}
