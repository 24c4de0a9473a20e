import { createReadStream, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Connect, defineConfig, type Plugin } from 'vite';
import { GLYPHS_PATH, LABEL_FONT } from './src/ui/map/basemap/glyphs.ts';

/**
 * Cross-origin isolation lets the app share a SharedArrayBuffer stop flag with
 * the solver worker, so Stop reaches the engine even inside a synchronous
 * HiGHS run. Everything is served from this origin, so isolation costs nothing.
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const root = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export default defineConfig({
  plugins: [react(), basemapGlyphs(), osmSamples()],
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});

/* ----- Basemap label glyphs ------------------------------------------------------------------ */

/** The font file behind each font stack the basemap labels with: npm packages, never committed. */
const FONT_FILES: Readonly<Record<string, string>> = {
  [LABEL_FONT]: 'npm-font-open-sans/fonts/Regular/OpenSans-Regular.ttf',
};

interface Fontnik {
  range(
    options: { font: Buffer; start: number; end: number },
    done: (error: Error | null, pbf: Buffer) => void,
  ): void;
}

/**
 * MapLibre draws labels from SDF glyph ranges (`{fontstack}/{start}-{end}.pbf`,
 * 256 code points each). No npm package ships them prebuilt, so they are
 * rendered here from the font files with fontnik (its npm package carries the
 * native binary): on request in dev, every range of the basic multilingual
 * plane into `dist/glyphs/` at build, so no label ever asks for a missing range.
 */
function basemapGlyphs(): Plugin {
  // A native addon: loaded on the first range asked for, not by every command that reads this config.
  const fontnik = (): Fontnik => require('fontnik') as Fontnik;
  const fonts = new Map<string, Promise<Buffer>>();
  const font = (stack: string) => {
    let loaded = fonts.get(stack);
    if (!loaded) {
      loaded = readFile(require.resolve(FONT_FILES[stack]!));
      fonts.set(stack, loaded);
    }
    return loaded;
  };
  const range = async (stack: string, start: number) => {
    const bytes = await font(stack);
    return new Promise<Buffer>((resolve, reject) =>
      fontnik().range({ font: bytes, start, end: start + 255 }, (error, pbf) =>
        error ? reject(error) : resolve(pbf),
      ),
    );
  };
  return {
    name: 'dispatch-studio:basemap-glyphs',
    configureServer(server) {
      server.middlewares.use(GLYPHS_PATH, (req, res, next) => {
        const match = /^\/([^/?]+)\/(\d+)-(\d+)\.pbf(?:\?.*)?$/.exec(req.url ?? '');
        const stack = match ? decodeURIComponent(match[1]!) : '';
        const start = Number(match?.[2]);
        if (
          !match ||
          !Object.hasOwn(FONT_FILES, stack) ||
          start % 256 !== 0 ||
          Number(match[3]) !== start + 255
        ) {
          return next();
        }
        range(stack, start).then(
          (pbf) => send(res, server.config.server.headers, 'application/x-protobuf', pbf),
          next,
        );
      });
    },
    // Written beside the bundle rather than emitted through it, so the build log does not list 256 ranges.
    async writeBundle({ dir }) {
      for (const stack of Object.keys(FONT_FILES)) {
        const folder = path.join(dir!, GLYPHS_PATH, stack);
        await mkdir(folder, { recursive: true });
        for (let start = 0; start < 65536; start += 256) {
          await writeFile(path.join(folder, `${start}-${start + 255}.pbf`), await range(stack, start));
        }
      }
    },
  };
}

/* ----- OpenStreetMap samples ----------------------------------------------------------------- */

interface OsmSample {
  name: string;
  title: string;
  /** Outside the repository (`../shared`): served from where it lies, never copied into the repo or `dist`. */
  file: string;
}

const OSM_SAMPLES: readonly OsmSample[] = [
  {
    name: 'baltimore',
    title: 'Baltimore harbour',
    file: path.resolve(root, '../shared/data/osm/baltimore.osm.pbf'),
  },
];

/**
 * `/samples/index.json` lists the extracts present on this machine (`[]` when
 * none is) and `/samples/{name}.osm.pbf` serves each, in dev and in preview
 * (which the browser tests run against). A static build has no samples.
 */
function osmSamples(): Plugin {
  const handler =
    (headers: () => OutgoingHttpHeaders | undefined): Connect.NextHandleFunction =>
    (req, res, next) => {
      const url = (req.url ?? '').split('?')[0];
      const present = OSM_SAMPLES.filter((s) => sizeOf(s.file) !== null);
      if (url === '/index.json') {
        const index = present.map((s) => ({
          name: s.name,
          title: s.title,
          url: `/samples/${s.name}.osm.pbf`,
        }));
        return send(res, headers(), 'application/json', Buffer.from(JSON.stringify(index)));
      }
      const sample = present.find((s) => url === `/${s.name}.osm.pbf`);
      if (!sample) return next();
      res.writeHead(200, {
        ...headers(),
        'Content-Type': 'application/octet-stream',
        'Content-Length': sizeOf(sample.file)!,
      });
      createReadStream(sample.file).on('error', next).pipe(res);
    };
  return {
    name: 'dispatch-studio:osm-samples',
    configureServer(server) {
      server.middlewares.use(
        '/samples',
        handler(() => server.config.server.headers),
      );
    },
    configurePreviewServer(server) {
      server.middlewares.use(
        '/samples',
        handler(() => server.config.preview.headers),
      );
    },
  };
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/** Our middlewares run before Vite's, which add the configured (isolation) headers only to what Vite serves. */
function send(
  res: ServerResponse,
  headers: OutgoingHttpHeaders | undefined,
  type: string,
  body: Buffer,
): void {
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
  res.end(body);
}
