/**
 * Which URLs from the API or the page may become links. Only http(s), mailto and tel: a website of
 * `javascript:alert(1)` is shown as text, never as something to click.
 */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeHref(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  // A bare host ("firma.cz", "www.firma.cz/kontakt") is how Leady often stores a website.
  const candidate = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?:[/?#]\S*)?$/u.test(text) ? `https://${text}` : text;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (!SAFE_SCHEMES.has(url.protocol) || url.username || url.password) return undefined;
  return url.href;
}
