// Builds each element (process-diagram.ts with bpmn-js, echart-view.ts with ECharts; both with Lit)
// into one minified ES module of its own under src/main/resources/META-INF/resources/components,
// which the application serves as it is. Each banner records the SHA-256 of the element's source and
// of the lock file, so a test can tell when a build is out of date.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const sha256 = async (file) =>
  createHash('sha256').update((await readFile(here(file), 'utf8')).replace(/\r\n/g, '\n')).digest('hex');

// 'x.css?inline' is the CSS as a string, as Vite reads it: the element adopts it in its shadow root
const inlineCss = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, async (args) => {
      const resolved = await build.resolve(args.path.replace(/\?inline$/, ''), {
        kind: args.kind,
        resolveDir: args.resolveDir,
      });
      return { path: resolved.path, namespace: 'inline-css' };
    });
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** One element's source, e.g. 'echart-view', into its served script of the same name. */
const build = async (name) =>
  esbuild.build({
    entryPoints: [here(`${name}.ts`)],
    outfile: here(`../../src/main/resources/META-INF/resources/components/${name}.js`),
    bundle: true,
    format: 'esm',
    target: 'es2021',
    minify: true,
    legalComments: 'eof',
    plugins: [inlineCss],
    banner: {
      js:
        '/* Built by frontend/components/build.mjs; do not edit. ' +
        `${name}.ts sha256=${await sha256(`${name}.ts`)} ` +
        `package-lock.json sha256=${await sha256('package-lock.json')} */`,
    },
    logLevel: 'info',
  });

await build('process-diagram');
await build('echart-view');
