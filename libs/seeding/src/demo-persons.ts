import type { EntityManager } from 'typeorm';

/**
 * Demo 联系人 (invented, marked demo = true; the plans name no persons): two per demo target's
 * firm, known by the target's owner, the first taking part in the target's first contact log.
 * Numbers are of the obviously fake 138 0000 xxxx form.
 */
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const TITLES: [string, string][] = [
  ['董事长', '总经理助理'],
  ['西南区域总经理', '投资发展部经理'],
  ['副总裁', '董事会秘书'],
];

export interface DemoPersonsFor {
  firmId: number;
  ownerId: number;
  seed: number;
  firstLogId: number | null;
}

/** All demo targets' persons in one statement; a firm that has persons already gets none. */
export async function seedDemoPersons(em: EntityManager, targets: readonly DemoPersonsFor[]): Promise<void> {
  const rows = [...new Map(targets.map((t) => [t.firmId, t])).values()].flatMap((t) =>
    TITLES[t.seed % TITLES.length].map((title, k) => ({
      firmId: t.firmId,
      ownerId: t.ownerId,
      name: `${SURNAMES[(t.seed * 2 + k) % SURNAMES.length]}${k === 0 ? '总' : '经理'}（演示）`,
      title,
      phone: `138 0000 ${String(1000 + t.seed * 10 + k).slice(-4)}`,
      wechat: k === 0 ? null : `demo_wx_${t.seed}`,
      logId: k === 0 ? t.firstLogId : null,
    })),
  );
  if (!rows.length) return;
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  await em.query(
    `WITH v AS (
       SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[]) AS v(firm_id, owner_id, name, title, phone, wechat, log_id)
        WHERE NOT EXISTS (SELECT 1 FROM contact_person p WHERE p.firm_id = v.firm_id)),
     person AS (
       INSERT INTO contact_person (firm_id, name, title, phone, wechat, known_by_id, demo)
       SELECT firm_id, name, title, phone, wechat, owner_id, true FROM v
       RETURNING id, firm_id, name)
     INSERT INTO contact_log_person (contact_log_id, contact_person_id)
     SELECT v.log_id, person.id FROM person JOIN v ON v.firm_id = person.firm_id AND v.name = person.name WHERE v.log_id IS NOT NULL`,
    [col('firmId'), col('ownerId'), col('name'), col('title'), col('phone'), col('wechat'), col('logId')],
  );
}
