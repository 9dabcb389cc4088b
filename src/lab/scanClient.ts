/**
 * The client of letgo's server extension (`jupyterlab_letgo/handlers.py`): the
 * repositories under the server root, starting a scan, and its status. Requests go
 * through JupyterLab's `ServerConnection`, which adds the server's token and XSRF header.
 */
import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

/** A repository under the server root, as `GET /letgo/repos` lists it. */
export interface ServerRepo {
  /** Relative to the server root, `/`-separated ("." for the root itself). */
  path: string;
  name: string;
  bare: boolean;
}

/** `GET /letgo/repos`. */
export interface RepoListing {
  repos: ServerRepo[];
  /** The server user's `git config user.email`, null when unset. */
  manager: string | null;
  /** The server's default report folder (the panel sends its own setting). */
  reportFolder: string;
}

/** The body of `POST /letgo/scan` (the CLI's options of the same names). */
export interface ScanRequest {
  paths: string[];
  manager?: string;
  /** YYYY-MM. */
  month?: string;
  /** Trend months, 1-120. */
  trend?: number;
  /** Report folder relative to the server root. */
  out?: string;
  /** Name teammates in the report (`--team-detail`): the nudge then says whose notebook it is. */
  teamDetail?: boolean;
}

/** `GET /letgo/scan`: the server's one scan. */
export interface ScanStatus {
  state: 'idle' | 'running' | 'done' | 'failed';
  /** Commits read so far and in all (0/0 before the first repository is sized). */
  progress: { done: number; total: number };
  /** The CLI's one-line error when failed. */
  message: string;
  /** The report.json written, relative to the server root, when done. */
  report: string | null;
  exitCode: number | null;
  warnings: string[];
}

/** A request the server refused or could not answer; `message` is the server's one line. */
export class ScanClientError extends Error {
  constructor(
    message: string,
    /** HTTP status (0 when the server could not be reached). */
    readonly status: number
  ) {
    super(message);
  }
}

/** Talks to the server extension under the server's base URL. */
export class ScanClient {
  constructor(private readonly settings: ServerConnection.ISettings = ServerConnection.makeSettings()) {}

  /** The repositories under the server root. @throws ScanClientError */
  repos(): Promise<RepoListing> {
    return this.request<RepoListing>('repos', { method: 'GET' });
  }

  /** Starts a scan. @throws ScanClientError (400: a bad path or option, 409: a scan is running) */
  async start(body: ScanRequest): Promise<void> {
    await this.request('scan', { method: 'POST', body: JSON.stringify(body) });
  }

  /** The scan's status. @throws ScanClientError */
  status(): Promise<ScanStatus> {
    return this.request<ScanStatus>('scan', { method: 'GET' });
  }

  private async request<T>(endpoint: string, init: RequestInit): Promise<T> {
    const url = URLExt.join(this.settings.baseUrl, 'letgo', endpoint);
    let response: Response;
    try {
      response = await ServerConnection.makeRequest(url, init, this.settings);
    } catch (e) {
      throw new ScanClientError(`the Jupyter server could not be reached: ${(e as Error).message}`, 0);
    }
    const text = await response.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: a proxy's page, or the extension is not enabled
    }
    if (!response.ok) {
      const message = (data as { message?: unknown } | null)?.message;
      throw new ScanClientError(
        typeof message === 'string' && message
          ? message
          : response.status === 404
            ? "letgo's server extension is not enabled on this Jupyter server (pip install jupyterlab_letgo, then restart it)"
            : `the server answered ${response.status} ${response.statusText}`,
        response.status
      );
    }
    return data as T;
  }
}
