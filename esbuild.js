// Bundles the extension and the CLI into dist/. Production builds are minified without
// sourcemaps (they ship in the .vsix); development builds keep sourcemaps for debugging.
//   node esbuild.js                 development build
//   node esbuild.js --production    what `npm run package` ships
//   node esbuild.js --watch         rebuild on change
//   node esbuild.js --tests         also bundle the integration suite (run inside VS Code)
//   node esbuild.js --bench         also bundle the benchmark
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');
const withBench = process.argv.includes('--bench');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

function integrationTestEntries() {
  const dir = 'test/integration';
  return fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/core/parallel/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  {
    ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' },
    define: { 'process.env.MARGINALIA_VERSION': JSON.stringify(require('./package.json').version) },
  },
];
if (withTests) {
  builds.push({
    ...common, entryPoints: integrationTestEntries(), outdir: 'out/test/integration',
    external: ['vscode', 'mocha'], minify: false, sourcemap: true,
  });
}
if (withBench) {
  builds.push({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.js', minify: false });
}

async function main() {
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    console.log('[esbuild] watching for changes');
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
