import { useTranslate } from 'react-admin';

/** A unit as the plans write it (家, 亿元, 万人 …) in the reader's language; unknown units as written. */
export function useUnitLabel(): (unit: string | null | undefined) => string {
  const translate = useTranslate();
  return (unit) => (unit ? translate(`chainkpi.unit.${unit}`, { _: unit }) : '');
}
