/**
 * Reads the report folder through JupyterLab's Contents API (the Jupyter server's
 * `/api/contents`), so the panel works wherever the server runs, with no file access of
 * its own. Errors become {@link ReportProblem}s the panel shows; nothing throws.
 */
import type { Contents } from '@jupyterlab/services';
import type { ReportSet } from './reports.js';
import { REPORT_FILE, readReportSet } from './reports.js';

/** HTTP status of a Contents API error, if it carries one. */
function statusOf(e: unknown): number | undefined {
  return (e as { response?: { status?: number } } | null)?.response?.status;
}

/**
 * Lists `folder` (relative to the server root) and parses every report file in it.
 * A missing folder is an empty set (the panel then says which command writes one).
 */
export async function loadReportSet(contents: Contents.IManager, folder: string): Promise<ReportSet> {
  if (folder.split('/').some((part) => part.startsWith('.'))) {
    return {
      reports: [],
      problems: [
        {
          name: folder,
          message: `${folder} is a hidden folder, which Jupyter does not serve; write the report to a folder without a leading dot (letgo scan --out letgo-report) and set it in Settings → letgo`,
        },
      ],
    };
  }
  let dir: Contents.IModel;
  try {
    dir = await contents.get(folder, { content: true });
  } catch (e) {
    if (statusOf(e) === 404) return { reports: [], problems: [] };
    return { reports: [], problems: [{ name: folder, message: `cannot read ${folder}: ${(e as Error).message}` }] };
  }
  if (dir.type !== 'directory') {
    return { reports: [], problems: [{ name: folder, message: `${folder} is a file, not a folder; set the report folder in Settings → letgo` }] };
  }
  const names = (dir.content as Contents.IModel[]).filter((m) => m.type !== 'directory' && REPORT_FILE.test(m.name)).map((m) => m.name);
  const files = await Promise.all(
    names.map(async (name) => {
      try {
        const file = await contents.get(`${folder}/${name}`, { type: 'file', format: 'text', content: true });
        return { name, text: String(file.content) };
      } catch (e) {
        return { name, text: '', error: `cannot read ${folder}/${name}: ${(e as Error).message}` };
      }
    })
  );
  const set = readReportSet(
    files.filter((f) => !f.error),
    folder
  );
  for (const f of files) if (f.error) set.problems.push({ name: f.name, message: f.error });
  return set;
}
