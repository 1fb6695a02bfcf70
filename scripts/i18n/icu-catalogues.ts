import { readFile } from 'node:fs/promises';
import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';
import { isPlainMessage } from '../../client/i18n/plain-message.ts';

/**
 * Vite plugin (issue 19): compiles the message catalogues (client/i18n/catalogues/<lang>/<ns>.ts)
 * to ICU syntax trees at build time, and gives intl-messageformat the parser-less build of
 * @formatjs/icu-messageformat-parser. The page then formats messages without shipping the ICU
 * parser (~7 kB gzipped of a phone's 100 kB). Without this plugin (dev server, component tests)
 * the same catalogues are parsed in the page: both paths give the same text.
 */

const CATALOGUE = /[\\/]client[\\/]i18n[\\/]catalogues[\\/][^\\/]+[\\/][^\\/]+\.ts$/;

/** Pure: a catalogue with every message that needs formatting replaced by its syntax tree. */
export function compileCatalogue(messages: Record<string, string>): Record<string, string | MessageFormatElement[]> {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, isPlainMessage(v) ? v : parse(v)]));
}

/** A catalogue module's default export. Catalogues are plain data: type-only imports, no code. */
export async function evaluateCatalogue(source: string, id: string): Promise<Record<string, string>> {
  const { code } = await transform(source, { loader: 'ts', format: 'cjs', sourcefile: id });
  const module: { exports: { default?: unknown } } = { exports: {} };
  const noImports = () => {
    throw new Error(`${id}: a catalogue imports nothing at run time`);
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, noImports);
  const messages = module.exports.default;
  if (!messages || typeof messages !== 'object') throw new Error(`${id}: no default export of messages`);
  return messages as Record<string, string>;
}

export function icuCatalogues(): Plugin {
  return {
    name: 'tablehop-icu-catalogues',
    enforce: 'pre',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    async load(id) {
      if (!CATALOGUE.test(id)) return null;
      const compiled = compileCatalogue(await evaluateCatalogue(await readFile(id, 'utf8'), id));
      // JSON.parse of a string literal is the fastest way for a browser to read a large object.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}
