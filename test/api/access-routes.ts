// The route table of the running app, for the access matrix: every registered route must
// have rows there, so that a new route without access rows fails the test.
import type { FastifyInstance } from 'fastify';

/** "METHOD /path" for every registered route (HEAD, which Fastify adds to every GET, left out). */
export function collectRoutes(app: FastifyInstance): string[] {
  const routes = new Set<string>();
  const stack: string[] = [];
  // Lines look like "│   ├── /:id (GET, HEAD, PATCH)": four characters per level, then the
  // segment that continues the parent's path, then the methods when the node has handlers.
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const path = `${stack[depth - 1] ?? ''}${match[2]}`;
    stack[depth] = path;
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim())) {
      if (method && method !== 'HEAD') routes.add(`${method} ${path}`);
    }
  }
  return [...routes].sort();
}

/** Whether a request (method and url) is served by the route "METHOD /path/:param". */
export function requestMatchesRoute(route: string, method: string, url: string): boolean {
  const [routeMethod, routePath] = route.split(' ') as [string, string];
  const pattern = routePath
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return routeMethod === method && new RegExp(`^${pattern}$`).test(url.split('?')[0]!);
}
