import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type * as ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { FIRM_TAGS } from '@crm/firms';
import { RECRUITMENT_METHODS } from '@crm/pipeline';
import { IMPORT_COLUMNS } from './import.rules';
import { addSheet, streamWorkbook } from '@crm/reports';

const HELP: Record<string, string> = {
  企业名称: '必填；已存在的同名企业会被更新而不会重复创建',
  统一社会信用代码: '选填；18 位，不能与其他企业重复',
  总部城市: '选填',
  标签: `选填；多个用逗号或顿号分隔：${FIRM_TAGS.join('、')}`,
  产业链: '填写则创建招商目标（阶段为“线索”）；从下拉列表选择，或填产业链名称、编码（见“产业链与环节”表）',
  环节: '与产业链一起填写；从下拉列表选择该产业链下的环节名称，或填环节编码',
  招商专员: '创建招商目标时必填；从下拉列表选姓名（显示名称），也可填用户名',
  '预计投资额（万元）': '选填；数字，单位万元',
  招商方式: `选填，从下拉列表选择：${RECRUITMENT_METHODS.join('、')}`,
  备注: '选填；写入招商目标的备注（无产业链时写入企业简介）',
  下次跟进时间:
    '选填；仅对新建的招商目标，与产业链、环节一起填写；北京时间，如 2026-03-01 09:30（只填日期则为当天 09:00）；到期前后按提醒规则提醒负责人，逾期升级；已存在的招商目标不会被修改',
};

/** Rows of the data sheet that get the drop-down lists: enough to type by hand; more makes the file slow to open in exceljs (5 s at 100,000 rows). A longer list pasted from another system is checked on upload all the same. */
const LIST_ROWS = 5_001;
const OPTIONS = '选项';
const colLetter = (i: number) => String.fromCharCode(65 + i);

/**
 * The import template: the header row to fill with drop-down lists (产业链, 环节, 招商方式, 招商专员 by
 * display name; a typed code is accepted with a warning, not refused), a column guide, the chains
 * and links to choose from, and a hidden sheet holding the lists.
 */
@Injectable()
export class ImportTemplateService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async write(res: Response): Promise<void> {
    const owners: { display_name: string }[] = await this.db.query(
      `SELECT DISTINCT display_name FROM app_user WHERE active AND role IN ('promoter', 'chain_manager', 'admin') ORDER BY display_name`,
    );
    const links: { chain: string; chain_code: string; link: string; link_code: string }[] = await this.db.query(
      `SELECT c.name AS chain, c.code AS chain_code, cl.name AS link, cl.code AS link_code
         FROM chain_link cl JOIN chain c ON c.id = cl.chain_id ORDER BY c.plan_id, c.sort_order, c.id, cl.sort_order, cl.id`,
    );
    await streamWorkbook(res, '企业及招商目标导入模板.xlsx', 'import-template.xlsx', async (wb) => {
      const data = addSheet(
        wb,
        '导入',
        IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length * 2 + 4) })),
      );
      const lists: [string, string[]][] = [
        ['chain', [...new Set(links.map((l) => l.chain))]],
        ['link', [...new Set(links.map((l) => l.link))]],
        ['method', [...RECRUITMENT_METHODS]],
        ['owner', owners.map((o) => o.display_name)],
      ];
      lists.forEach(([key, values], i) => {
        const col = IMPORT_COLUMNS.findIndex((c) => c.key === key);
        const at = colLetter(col);
        // The streaming writer has the list (exceljs types it on Worksheet only as cell-level dataValidation).
        (data as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${at}2:${at}${LIST_ROWS}`, {
          type: 'list',
          allowBlank: true,
          formulae: [`'${OPTIONS}'!$${colLetter(i)}$2:$${colLetter(i)}$${Math.max(2, values.length + 1)}`],
          showErrorMessage: true,
          errorStyle: 'warning',
          errorTitle: '不在列表中',
          error: '请从下拉列表中选择；如确需填写编码，可点“是”继续',
        });
      });
      data.commit();
      const help = addSheet(wb, '填写说明', [
        { header: '列', key: 'col', width: 22 },
        { header: '说明', key: 'help', width: 80 },
      ]);
      for (const c of IMPORT_COLUMNS) help.addRow({ col: c.header, help: HELP[c.header] }).commit();
      help.commit();
      const ref = addSheet(wb, '产业链与环节', [
        { header: '产业链', key: 'chain', width: 20 },
        { header: '产业链编码', key: 'chainCode', width: 24 },
        { header: '环节', key: 'link', width: 24 },
        { header: '环节编码', key: 'linkCode', width: 28 },
      ]);
      for (const l of links) ref.addRow({ chain: l.chain, chainCode: l.chain_code, link: l.link, linkCode: l.link_code }).commit();
      ref.commit();
      const options = wb.addWorksheet(OPTIONS, { state: 'hidden' });
      options.columns = lists.map(([key]) => ({ header: IMPORT_COLUMNS.find((c) => c.key === key)!.header, key, width: 24 }));
      for (let r = 0; r < Math.max(...lists.map(([, v]) => v.length)); r++)
        options.addRow(Object.fromEntries(lists.map(([key, v]) => [key, v[r] ?? null]))).commit();
      options.commit();
    });
  }
}
