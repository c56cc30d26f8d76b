/** Markup helpers for the demo CRM pages. Every seeded value is escaped: the hostile names stay text. */

export function esc(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A whole page; `note` says what the page imitates (shown, so people trying the demo know). */
export function page(title: string, note: string, body: string, bodyClass = ''): string {
  return `<!DOCTYPE html>
<html lang="cs">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)}</title>
  <style>
    body { font: 14px/1.5 system-ui, sans-serif; margin: 0; color: #33475b; }
    .demo-note { background: #fff8e1; border-bottom: 1px solid #f0d58c; padding: 6px 16px; font-size: 12px; }
    main, .viewport, #froot, #rn-viewport, .private-layout, .IndexPage__Wrapper-sc-9i8u7y { padding: 8px 16px; }
    table { border-collapse: collapse; } td, th { border-bottom: 1px solid #e5e8eb; padding: 4px 10px; text-align: left; }
    nav a { margin-right: 12px; }
  </style>
</head>
<body class="${esc(bodyClass)}">
<p class="demo-note">Leady sandbox – ${esc(note)} <a href="/demo/">všechny ukázky</a></p>
${body}
</body>
</html>
`;
}

/** An href as written in a CRM field: the site's own URL when it has a scheme, else https. */
export function siteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** The host a CRM shows for a website ("www.firma.cz" for "https://www.firma.cz/"). */
export function siteText(website: string): string {
  return website.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
