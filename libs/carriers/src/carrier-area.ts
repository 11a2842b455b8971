import type { EntityManager } from 'typeorm';
import { invalidField, ruleBroken } from '@crm/http';
import { Carrier } from './carrier.entity';

/**
 * The carrier's free area, taken by a landing and given back when the landing goes: the one place
 * that changes available_area_m2 besides the carrier's own edit form. Both bump the version, so a
 * form still holding the old figure gets a 409 instead of writing it back.
 */

/**
 * Takes `area` m² with one conditional UPDATE, so two landings at once cannot allocate more than is
 * free (the second finds too little and fails with a 4xx naming the field).
 */
export async function takeCarrierArea(em: EntityManager, carrierId: number, area: number): Promise<void> {
  const taken: [unknown[], number] = await em.query(
    'UPDATE carrier SET available_area_m2 = available_area_m2 - $2, version = version + 1 WHERE id = $1 AND available_area_m2 >= $2 RETURNING id',
    [carrierId, area],
  );
  if (taken[1]) return;
  const carrier = await em.findOneBy(Carrier, { id: carrierId });
  if (!carrier) throw invalidField('carrierId', 'notFound', `Carrier ${carrierId} does not exist`, '载体不存在');
  if (carrier.availableAreaM2 === null) {
    throw ruleBroken(
      'carrier_area_unknown',
      `Record the available area of ${carrier.name} before landing firms there`,
      `请先登记载体“${carrier.name}”的可用面积，再办理落地`,
      'carrierId',
    );
  }
  throw ruleBroken(
    'carrier_area_exceeded',
    `${carrier.name} has ${carrier.availableAreaM2} m² available, less than the ${area} m² requested`,
    `载体“${carrier.name}”可用面积 ${carrier.availableAreaM2} 平方米，不足 ${area} 平方米`,
    'area',
  );
}

/** Gives `area` m² back (a landing undone or its target deleted); a carrier whose area is not recorded stays unrecorded. */
export async function returnCarrierArea(em: EntityManager, carrierId: number, area: number): Promise<void> {
  await em.query('UPDATE carrier SET available_area_m2 = available_area_m2 + $2, version = version + 1 WHERE id = $1 AND available_area_m2 IS NOT NULL', [
    carrierId,
    area,
  ]);
}
