import type { ExportManifest } from './archive';
import type { ExportFile } from './types';

/**
 * The readable half of a personal data export (SPEC S2 "Data rights"): one self-contained HTML page
 * with the same records as the JSON files. Every value is escaped, the page carries no script and its
 * content security policy allows none, so a record that holds markup shows as text and runs nothing.
 */
export function renderExportReport(
  manifest: ExportManifest,
  files: { visible: ExportFile[]; forHrReview: ExportFile[] },
) {
  const heading = `Personal data of ${manifest.subject.displayName}`;
  const sections = [
    ...files.visible.map((file) => section(file)),
    ...(files.forHrReview.length
      ? [
          '<h2 id="for-hr-review">For HR review — not normally visible to the person</h2>',
          '<p class="note">Records about the person that HR may read but the person does not see in the app. Review and redact them before anything is handed over.</p>',
          ...files.forHrReview.map((file) => section(file)),
        ]
      : []),
  ];
  const withheld = manifest.withheld.length
    ? `<h2>Withheld from this export</h2><ul>${manifest.withheld
        .map((w) => `<li>${escapeHtml(w.title)} (${w.records}): ${escapeHtml(w.why)}</li>`)
        .join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1b1e}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f5f7;width:14rem;font-weight:600}.record{margin-bottom:1.5rem}.note{color:#555}
</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="note">Exported ${escapeHtml(manifest.generatedAt)} by Trellis ${escapeHtml(manifest.appVersion)}${
    manifest.request ? ` on request (reference: ${escapeHtml(manifest.request.reference)})` : ''
  }. The same records are in the JSON files of this archive.</p>
<ul>${manifest.files.map((f) => `<li>${escapeHtml(f.title)}: ${f.records}</li>`).join('')}</ul>
${sections.join('\n')}
${withheld}
</body>
</html>
`;
}

function section(file: ExportFile) {
  const body = file.records.length
    ? file.records.map((record) => `<div class="record">${value(record)}</div>`).join('')
    : '<p class="note">No records.</p>';
  return `<h2>${escapeHtml(file.title)}</h2>${body}`;
}

/** A value as HTML: objects as two-column tables, lists as numbered lists, the rest as text. */
function value(node: unknown): string {
  if (node === null || node === undefined || node === '') return '<span class="note">—</span>';
  if (Array.isArray(node))
    return node.length
      ? `<ol>${node.map((item) => `<li>${value(item)}</li>`).join('')}</ol>`
      : '<span class="note">none</span>';
  if (typeof node === 'object') {
    const rows = Object.entries(node as Record<string, unknown>).map(
      ([key, child]) => `<tr><th scope="row">${escapeHtml(label(key))}</th><td>${value(child)}</td></tr>`,
    );
    return `<table>${rows.join('')}</table>`;
  }
  return escapeHtml(String(node));
}

/** `sharedWithManager` → "Shared with manager". */
const label = (key: string) => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
