// Types of server.mjs, for the TypeScript end-to-end tests.

/** The built bundle a marketer's script tag loads, served at /clinic-ui.js. */
export declare const bundlePath: string;

/** The snippet's pre-upgrade stylesheet, served at /clinic-ui.css. */
export declare const stylesheetPath: string;

/** The self-screener's script, served at /clinic-screener.js. */
export declare const screenerPath: string;

/** `default-src 'self'`: the policy the widgets must work under. */
export declare const strictCsp: string;

export interface StartServerOptions {
  /** The port to listen on; default 0 (any free port). */
  port?: number;
  /** Folders searched in order for each path; default [public/]. */
  roots?: string[];
  /** Adds `Content-Security-Policy: default-src 'self'` to every response. */
  csp?: boolean;
}

export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:40123`, without a trailing slash. */
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export declare function startServer(options?: StartServerOptions): Promise<RunningServer>;
