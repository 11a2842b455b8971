import { ApiProperty } from '@nestjs/swagger';
import type { ContactPersonAccess, ContactPersonErased, ContactPersonRecord } from '@crm/contracts';

/** 联系人 as /api/contact-persons answers it: personal fields are null unless personalDataVisible. */
export class ContactPersonView implements ContactPersonRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() firmId: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) wechat: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The promoter who knows the person' }) knownById: number | null;
  @ApiProperty() demo: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
  @ApiProperty() firmName: string;
  @ApiProperty({ nullable: true, type: String }) knownByName: string | null;
  @ApiProperty({ nullable: true, type: Date, description: 'When the person last took part in a contact log' }) lastContactAt: Date | null;
  @ApiProperty() personalDataVisible: boolean;
  @ApiProperty() canEdit: boolean;
}

export class ContactPersonAccessView implements ContactPersonAccess {
  @ApiProperty({ description: 'The caller may add contact persons to this firm' }) canAdd: boolean;
}

export class ContactPersonErasedView implements ContactPersonErased {
  @ApiProperty() id: number;
}
