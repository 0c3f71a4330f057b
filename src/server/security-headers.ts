// Headers sent with every response. Pages (the web UI and /api/docs) get a policy that
// allows scripts only from this origin: neither Vite's built index.html nor swagger-ui's
// has an inline script (test/api/security-headers.db.test.ts checks the built page).
import type { FastifyInstance } from 'fastify';

/**
 * style-src needs 'unsafe-inline': antd (CSS-in-JS) inserts <style> elements at run time
 * and swagger-ui sets style attributes; neither can carry a nonce through this static
 * server. Scripts, the dangerous half, stay 'self' only.
 */
export const pageContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // data: for antd's and swagger-ui's inline SVG icons; blob: for charts saved as images.
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON answers are never rendered as documents: nothing may load from them. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

export const commonSecurityHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  // Older browsers ignore frame-ancestors; both say "never inside a frame".
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function isApiPath(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/** Headers for one request path (pages or API). */
export function securityHeadersFor(url: string, options: { https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    ...commonSecurityHeaders,
    'content-security-policy': isApiPath(url) ? apiContentSecurityPolicy : pageContentSecurityPolicy,
  };
  // Only when served over HTTPS (COOKIE_SECURE=true): HSTS over plain HTTP is ignored anyway.
  if (options.https) headers['strict-transport-security'] = 'max-age=31536000';
  return headers;
}

/** Set before routing, so that errors, 404s and static files carry them too. */
export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(securityHeadersFor(request.url, options));
  });
}
