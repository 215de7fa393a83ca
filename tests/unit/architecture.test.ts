/**
 * The rooms of the house, as a specification: what each layer may import. Imports are read with
 * TypeScript's own pre-processor (a parser, not a pattern), from every .ts file and every .astro
 * frontmatter; a new file that breaks a rule fails here with the file and the import named.
 *
 *   src/lib      domain: codes, text, references, graph, search terms, view models. Plain data in
 *                and out: no Astro, no schemas, no UI strings, no file system, no loader.
 *   src/loader   the one reader of the content: schemas, reading, checking, rendering bodies.
 *   src/client   code that runs in the browser: the domain only.
 *   tools/       command-line tools and build tooling: anything.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Every source file under `dir` (relative to the project). */
function sources(dir: string): string[] {
  const full = join(root, dir);
  return readdirSync(full).flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sources(relative(root, path));
    return /\.(ts|astro)$/.test(name) ? [relative(root, path)] : [];
  });
}

/** The module specifiers a file imports (for .astro, its frontmatter and script blocks). */
function importsOf(file: string): string[] {
  let text = readFileSync(join(root, file), 'utf8');
  if (file.endsWith('.astro')) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    text = [front, ...scripts].join('\n');
  }
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Where a specifier leads: a project folder for relative imports, else the package name. */
function target(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(root, resolve(root, dirname(file), spec)) : spec;
}

/** A rule: files under `layer` must not import anything `forbidden` says yes to. */
const rules: [layer: string, why: string, forbidden: (to: string) => boolean][] = [
  ['src/lib', 'Astro', (to) => to === 'astro' || to.startsWith('astro:') || to.startsWith('astro/') || to.startsWith('@astrojs/')],
  ['src/lib', 'the file system or the process', (to) => /^(node:)?(fs|child_process|process|os)(\/|$)/.test(to)],
  ['src/lib', 'schemas (zod, src/loader/schemas)', (to) => to === 'zod' || to.startsWith('src/loader')],
  ['src/lib', 'UI strings or components', (to) => to.startsWith('src/i18n') || to.startsWith('src/ui') || to.startsWith('src/components') || to.startsWith('src/pages') || to.startsWith('src/layouts')],
  ['src/lib', 'build tooling', (to) => to.startsWith('tools')],
  ['src/loader', 'pages or components', (to) => to.startsWith('src/pages') || to.startsWith('src/components') || to.startsWith('src/layouts')],
  ['src/loader', 'build tooling', (to) => to.startsWith('tools')],
  ['src/client', 'the loader or the file system', (to) => to.startsWith('src/loader') || /^(node:)?fs/.test(to)],
  ['src', 'build tooling', (to) => to.startsWith('tools')],
];

describe('each layer imports only what it may', () => {
  it.each(rules)('%s imports no %s', (layer, _why, forbidden) => {
    const broken = sources(layer).flatMap((file) => importsOf(file).filter((spec) => forbidden(target(file, spec))).map((spec) => `${file} → ${spec}`));
    expect(broken).toEqual([]);
  });
});

describe('no import circles in the domain and the loader', () => {
  it('src/lib and src/loader have no cycle', () => {
    const files = [...sources('src/lib'), ...sources('src/loader')].filter((f) => f.endsWith('.ts'));
    const known = new Set(files.map((f) => f.replace(/\.ts$/, '')));
    const edges = new Map(files.map((f) => [f.replace(/\.ts$/, ''), importsOf(f).map((s) => target(f, s).replace(/\.ts$/, '')).map((t) => (known.has(t) ? t : `${t}/index`)).filter((t) => known.has(t))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});

describe('the rooms exist where the layout says', () => {
  it.each(['src/lib', 'src/loader', 'src/loader/schemas', 'src/client', 'src/ui', 'tools', 'tools/build', 'tools/quality', 'tools/delivery'])('%s', (dir) => {
    expect(statSync(join(root, dir)).isDirectory()).toBe(true);
  });
});

/** The names a file imports from the UI dictionary (src/i18n/vi), read with TypeScript's parser. */
function dictionaryNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((s) => {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) return [];
    if (target(file, s.moduleSpecifier.text).replace(/\.ts$/, '') !== 'src/i18n/vi') return [];
    const bindings = s.importClause?.namedBindings;
    if (bindings === undefined) return ['(the whole module)'];
    return ts.isNamespaceImport(bindings) ? ['* (the whole module)'] : bindings.elements.map((e) => (e.propertyName ?? e.name).text);
  });
}

describe('the browser\'s scripts take UI strings by section', () => {
  // The whole dictionary in one script puts every page's strings into the chunk the search page
  // loads before its first result (20 kB once the slides took it whole).
  it.each(sources('src/client').filter((f) => f.endsWith('.ts')))('%s imports sections, not the whole dictionary', (file) => {
    expect(dictionaryNames(file).filter((name) => !/^vi[A-Z]\w*$/.test(name))).toEqual([]);
  });
});
