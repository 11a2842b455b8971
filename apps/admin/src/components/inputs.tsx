import { TextInput, type TextInputProps } from 'react-admin';
import { fromShanghaiInput, toShanghaiInput } from '../lib/format';

/**
 * A date-time typed and shown in Asia/Shanghai wall time whatever the browser's zone, stored as
 * an ISO instant.
 */
export function ShanghaiDateTimeInput(props: Omit<TextInputProps, 'type' | 'format' | 'parse'>) {
  return (
    <TextInput
      {...props}
      type="datetime-local"
      format={(v: string | null) => toShanghaiInput(v)}
      parse={(v: string) => fromShanghaiInput(v)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
