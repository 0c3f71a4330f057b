// The layers of docs/ARCHITECTURE.md as rules; `npm run lint:boundaries` (run by `npm test`)
// fails on a violation. Tests may cross layers (a db test records an audit row); production
// modules may not.
// test-*.ts beside domain code are helpers of its tests (fixtures, case runners).
const tests = '\\.test\\.tsx?$|/test-[\\w-]+\\.ts$|^test/|^bench/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Features and folders import each other in one direction only.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain is pure: it imports only src/domain and no I/O.',
      from: { path: '^src/domain/', pathNot: tests },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'domain-has-no-io',
      severity: 'error',
      comment: 'No file system, network, processes or threads in src/domain.',
      from: { path: '^src/domain/', pathNot: tests },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|dgram|dns|tls|cluster)$',
      },
    },
    {
      name: 'db-below-server',
      severity: 'error',
      comment: 'src/db serves the server; it never imports it (nor the web or the CLI).',
      from: { path: '^src/db/', pathNot: tests },
      to: { path: '^src/(server|web|cli)/' },
    },
    {
      name: 'web-through-the-api',
      severity: 'error',
      comment:
        'The web reaches the server only through HTTP and the API types generated from its schemas ' +
        '(src/web/api/generated, decision 0018): it imports src/web and pure src/domain helpers, nothing else in src.',
      from: { path: '^src/web/' },
      to: { path: '^src/', pathNot: '^src/(web|domain)/' },
    },
    {
      name: 'server-not-into-web-or-cli',
      severity: 'error',
      comment: 'The server does not depend on the web UI or the command line.',
      from: { path: '^src/(server|db|jobs|document-text|domain)/', pathNot: tests },
      to: { path: '^src/(web|cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
};
