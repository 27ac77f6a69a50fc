/** A raw HTTP/1.1 GET with the request path sent exactly as given (no URL normalisation). */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function rawGet(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, insecureHTTPParser: true }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** True when a Location header (if any) stays on the server that sent it. */
export function staysOnSite(location: string | undefined, port: number): boolean {
  if (location === undefined) return true;
  const base = `http://127.0.0.1:${port}/start/`;
  return new URL(location, base).host === `127.0.0.1:${port}`;
}
