// The pieces every cosim report page shares (a study's, a validation's): CSV
// cells that pandas reads back, a CSV rendered as an HTML table, and one page
// with a fixed style and no script, font or anything fetched from elsewhere.

/** One CSV cell: objects as JSON, quoted when it holds a comma, quote or newline. */
export function csvCell(v: unknown): string {
  const text = typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A CSV text (header first) as an HTML table. */
export function csvTable(csv: string): string {
  const rows = csv.trim().split('\n').map((l) => splitCsv(l));
  const [head, ...body] = rows;
  const tr = (cells: string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  return `<table>\n${tr(head ?? [], 'th')}\n${body.map((r) => tr(r, 'td')).join('\n')}\n</table>`;
}

/** The cells of one CSV line, quotes undone. */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A figure holding an inline SVG, anchored by its file name. */
export function svgFigure(file: string, title: string, svg: string): string {
  return `<figure id="${escapeHtml(file)}">\n<figcaption>${escapeHtml(title)}</figcaption>\n${svg}</figure>`;
}

/** One self-contained page: no script, no stylesheet or font from anywhere. `body` is HTML. */
export function reportPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: right; }
th { background: #f3f3f3; }
figure { margin: 1.5em 0; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
