/**
 * Pages Django itself serves when a request never reaches a DRF view: an unknown URL gets Django's
 * plain HTML 404 (not JSON), exactly what a client sees when it builds a wrong path against the
 * live API with DEBUG off.
 */

export const DJANGO_NOT_FOUND_HTML = `<!doctype html>
<html lang="en">
<head>
  <title>Not Found</title>
</head>
<body>
  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>
</body>
</html>
`;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
