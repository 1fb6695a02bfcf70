/** Small integer helpers for the rotation arithmetic (tables are numbered modulo T). */

/** Greatest common divisor of two whole numbers (gcd(0, n) = n). */
export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** The inverse of `a` modulo `m`, or −1 when there is none (m = 1 gives 0). */
export function modInverse(a: number, m: number): number {
  if (m === 1) return 0;
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return oldR === 1 ? ((oldS % m) + m) % m : -1;
}

/** Whether n is a prime number. */
export function isPrime(n: number): boolean {
  if (n < 2 || !Number.isInteger(n)) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

/** `a` modulo `m`, always in [0, m). */
export function mod(a: number, m: number): number {
  const r = a % m;
  return r < 0 ? r + m : r;
}
