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

export type PasswordProblem = 'too_short' | 'too_long' | 'letters_and_digits' | 'contains_username' | 'too_common';

/** What each problem says, in English and Chinese (the UI shows the same rule before submitting). */
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, [string, string]> = {
  too_short: ['password needs at least 8 characters', '密码至少 8 位'],
  too_long: ['password is longer than 128 characters', '密码不能超过 128 位'],
  letters_and_digits: ['password needs both letters and digits', '密码须同时包含字母和数字'],
  contains_username: ['password must not contain the username', '密码不能包含用户名'],
  too_common: ['password is too common', '密码过于常见，请换一个'],
};

// Passwords that pass the shape rule yet sit at the top of every leaked-password list (and the demo one).
const COMMON = new Set([
  'password1',
  'password123',
  'passw0rd',
  'qwerty123',
  'abc12345',
  'abcd1234',
  'a1234567',
  '1qaz2wsx',
  'admin123',
  'admin888',
  'aa123456',
  'qwe12345',
  'zhaoshang1',
  'demo@2025',
]);

/**
 * The strength rule: 8–128 characters, letters and digits, not containing the username
 * (case-insensitive, usernames of 3+ characters), not one of the well-known passwords.
 */
export function passwordProblem(plain: string, username?: string): PasswordProblem | undefined {
  if (plain.length < 8) return 'too_short';
  if (plain.length > 128) return 'too_long';
  if (!/[A-Za-z]/.test(plain) || !/\d/.test(plain)) return 'letters_and_digits';
  if (username && username.length >= 3 && plain.toLowerCase().includes(username.toLowerCase())) return 'contains_username';
  if (COMMON.has(plain.toLowerCase())) return 'too_common';
  return undefined;
}
