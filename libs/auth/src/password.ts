import * as argon2 from 'argon2';

/** argon2id with the library's defaults (19 MiB, t=2): OWASP's recommended floor. */
export const hashPassword = (plain: string): Promise<string> => argon2.hash(plain, { type: argon2.argon2id });

export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

/** At least 8 characters with letters and digits; the rule the UI states too. */
export function passwordProblem(plain: string): string | undefined {
  if (plain.length < 8) return 'at least 8 characters';
  if (!/[A-Za-z]/.test(plain) || !/\d/.test(plain)) return 'letters and digits';
  return undefined;
}
