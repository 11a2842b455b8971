import { Fragment, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A translated sentence whose placeholders are data (a person's or a firm's name): each value is
 * marked `data-value`, the convention by which tests (every-page) tell UI text from data.
 */
export function DataText({ i18nKey, values }: { i18nKey: string; values: Record<string, string | number | null | undefined> }) {
  const translate = useTranslate();
  const marks = Object.keys(values);
  // Private-use characters stand in for the values, so the split finds them whatever the language.
  const text = translate(i18nKey, Object.fromEntries(marks.map((k, i) => [k, `\uE000${i}\uE000`])));
  const parts: ReactNode[] = text.split(/\uE000(\d+)\uE000/).map((part, i) =>
    i % 2 === 0 ? (
      <Fragment key={i}>{part}</Fragment>
    ) : (
      <span key={i} data-value>
        {values[marks[Number(part)]] ?? ''}
      </span>
    ),
  );
  return <>{parts}</>;
}
