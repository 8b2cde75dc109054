// Bundles the browser code with esbuild: one script (and its style sheet) per page kind, into
// target/classes/static/assets (or the directory given as the first argument). Installs the npm
// packages of package-lock.json first when node_modules is missing or older than the lock file.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, process.argv[2] ?? '../../../target/classes/static/assets');

const installed = path.join(here, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(path.join(here, 'package-lock.json')).mtimeMs) {
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error('npm ci failed: the web assets need Node.js 20.19+ and npm with access to the npm registry');
    process.exit(1);
  }
}

const { build } = await import('esbuild');
await build({
  absWorkingDir: here,
  entryPoints: ['src/task-form.js', 'src/diagram.js', 'src/actions.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  outdir,
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  logLevel: 'warning'
});
console.log(`Web assets written to ${outdir}`);
