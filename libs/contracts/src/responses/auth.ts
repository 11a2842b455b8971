/** POST /api/auth/login. */
export interface LoginAnswer {
  accessToken: string;
}

/** PUT /api/auth/password. */
export interface PasswordChangeAnswer {
  /** A token for a new session; every earlier token of the user is revoked. */
  accessToken: string;
  /** How many other sessions were signed out. */
  signedOut: number;
}
