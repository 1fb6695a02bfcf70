/**
 * Whether a link can only be opened on the machine that serves it (localhost, 127.x, [::1]):
 * a phone that scans its QR code opens nothing (issue 16). The console warns about such links
 * and the printables ask before printing them.
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\./.test(host);
}
