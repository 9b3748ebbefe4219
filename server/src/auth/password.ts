import bcrypt from 'bcrypt';

export function hashPassword(plain: string, cost: number): Promise<string> {
  return bcrypt.hash(plain, cost);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

/**
 * A hash of a random value at the configured cost, compared against when the
 * email is unknown, so a wrong email costs the same time as a wrong password.
 */
export function makeDummyHash(cost: number): Promise<string> {
  return bcrypt.hash(`no-such-user-${Math.random()}`, cost);
}
