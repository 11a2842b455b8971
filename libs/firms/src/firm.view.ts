import { ApiProperty } from '@nestjs/swagger';
import { FIRM_TAGS, type FirmRecord, type FirmTag, REGISTRY_SOURCES, type RegistrySource } from '@crm/contracts';
import { SourceRefView } from '@crm/http';

/** 企业 as GET/POST/PUT/DELETE /api/firms answer it. */
export class FirmView implements FirmRecord<Date> {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) fullName: string | null;
  @ApiProperty({ type: [String] }) aliases: string[];
  @ApiProperty({ nullable: true, type: String, description: '统一社会信用代码' }) creditCode: string | null;
  @ApiProperty({ nullable: true, type: String }) hqCity: string | null;
  @ApiProperty({ enum: FIRM_TAGS, isArray: true }) tags: FirmTag[];
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiProperty({ nullable: true, type: String }) profile: string | null;
  @ApiProperty({ description: "Already present in the plan's jurisdiction (本地企业)" }) isLocal: boolean;
  @ApiProperty({ nullable: true, type: SourceRefView }) source: SourceRefView | null;
  @ApiProperty() demo: boolean;
  @ApiProperty({ nullable: true, type: String, description: '法定代表人' }) legalRepresentative: string | null;
  @ApiProperty({ nullable: true, type: String, description: '成立日期 (YYYY-MM-DD)' }) establishedOn: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '注册资本 in 万元 (CNY only)' }) registeredCapital: number | null;
  @ApiProperty({ nullable: true, type: String, description: '注册资本 as written when not in CNY (e.g. "500万美元")' }) registeredCapitalText: string | null;
  @ApiProperty({ nullable: true, type: String, description: '企业类型' }) firmType: string | null;
  @ApiProperty({ nullable: true, type: String, description: '所属行业' }) industry: string | null;
  @ApiProperty({ nullable: true, type: String, description: '注册地址' }) registeredAddress: string | null;
  @ApiProperty({ nullable: true, type: String, description: '经营范围' }) businessScope: string | null;
  @ApiProperty({ nullable: true, enum: REGISTRY_SOURCES }) registrySource: RegistrySource | null;
  @ApiProperty({ nullable: true, type: String }) registryExportedOn: string | null;
  @ApiProperty({ nullable: true, type: Date }) registryUpdatedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() version: number;
  @ApiProperty({ type: [Number] }) chainLinkIds: number[];
}
