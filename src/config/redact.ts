/** Replaces every secret in a text by `***`. Every line we print, and every error, goes through one of these. */
export type Redact = (text: string) => string;

const MASK = '***';

export function createRedactor(secrets: readonly string[]): Redact {
  // Longest first, so a key inside the URL never leaves half a URL behind.
  const ordered = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const secret of ordered) out = out.split(secret).join(MASK);
    return out;
  };
}
