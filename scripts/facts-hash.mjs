#!/usr/bin/env node
// The source hash of fact derivation, recorded beside FACTS_REVISION in src/scan/cache.ts.
// Fact derivation is src/scan/index.ts and every module it imports, relative imports
// followed (value imports, re-exports and dynamic imports; `import type` changes no
// fact), without src/scan/cache.ts (which records the hash; its own layout has
// CACHE_FORMAT). The hash covers their tokens, not their comments or layout, so a docstring
// or a reformat leaves it alone, and the versions package-lock.json resolves for the
// packages they import (picomatch and re2js match the globs and patterns that give a fact
// its kind and tier), with those packages' own dependencies.
// tests/scan/factsRevision.test.ts compares it with the recorded value.
//
//   npm run facts-hash                      raise FACTS_REVISION by one and record the hash
//   npm run facts-hash -- --keep-revision   record the hash only (the facts of every commit stay the same)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** The project's root folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The module fact derivation starts at. */
export const FACTS_ENTRY = 'src/scan/index.ts';
/** The module holding FACTS_REVISION and FACTS_SOURCE_HASH (not hashed). */
export const CACHE_MODULE = 'src/scan/cache.ts';

/** The tokens of TypeScript source `text`, without comments (JSDoc included) and whitespace. */
export function tokensOf(text, fileName = 'module.ts') {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const tokens = [];
  const visit = (node) => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(sf);
    if (children.length) children.forEach(visit);
    else if (node.kind !== ts.SyntaxKind.EndOfFileToken) tokens.push(node.getText(sf));
  };
  visit(sf);
  return tokens;
}

/** The module specifiers `sf` loads at run time: value imports, re-exports, dynamic imports. */
function runtimeImports(sf) {
  const specs = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      if (!typeOnly) specs.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specs.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return specs;
}

/** The package a bare specifier names (`@scope/pkg/sub` -> `@scope/pkg`), or undefined for a relative path or a Node built-in. */
function packageOf(spec) {
  if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0])) return undefined;
  return spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');
}

/** The modules of fact derivation under `root` (repository-relative paths, sorted), and the packages they import (names, sorted). */
function factModules(root) {
  const seen = new Set();
  const packages = new Set();
  const queue = [FACTS_ENTRY];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || file === CACHE_MODULE) continue;
    seen.add(file);
    const sf = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const spec of runtimeImports(sf)) {
      const name = packageOf(spec);
      if (name !== undefined) packages.add(name);
      if (!spec.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      if (!existsSync(path.join(root, target))) throw new Error(`facts-hash: ${file} imports ${spec}, and ${target} does not exist`);
      queue.push(target);
    }
  }
  return { files: [...seen].sort(), packages: [...packages].sort() };
}

/** The modules of fact derivation under `root`: repository-relative paths, sorted. */
export function factSources(root = ROOT) {
  return factModules(root).files;
}

/**
 * The packages fact derivation loads, with their dependencies, as `root`'s package-lock.json
 * resolves them (npm's rule: the nearest `node_modules` up from the dependent): lock paths
 * (`node_modules/picomatch`) -> version, sorted by path.
 * @throws Error when package-lock.json is missing or resolves no such package
 */
export function factPackages(root = ROOT) {
  const lockFile = path.join(root, 'package-lock.json');
  if (!existsSync(lockFile)) throw new Error(`facts-hash: no ${lockFile}`);
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')).packages ?? {};
  const found = new Map();
  const visit = (name, from, optional) => {
    for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
      const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      const entry = lock[key];
      if (entry) {
        if (found.has(key)) return;
        found.set(key, entry.version);
        for (const dep of Object.keys(entry.dependencies ?? {})) visit(dep, key, false);
        for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(dep, key, true);
        return;
      }
      if (!dir) {
        if (optional) return;
        throw new Error(`facts-hash: package-lock.json resolves no ${name}${from ? ` for ${from}` : ''}`);
      }
    }
  };
  for (const name of factModules(root).packages) visit(name, '', false);
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The hex sha256 of the tokens of every module of fact derivation under `root`, each with its path, and of the versions of the packages it loads ({@link factPackages}). */
export function factsSourceHash(root = ROOT) {
  const hash = createHash('sha256');
  for (const file of factSources(root)) hash.update(`${file}\n${tokensOf(readFileSync(path.join(root, file), 'utf8'), file).join('\n')}\n\0`);
  for (const [key, version] of factPackages(root)) hash.update(`${key}@${version}\n`);
  return hash.digest('hex');
}

const REVISION = /^const FACTS_REVISION = (\d+);$/m;
const HASH = /^export const FACTS_SOURCE_HASH = '([0-9a-f]*)';$/m;

/** FACTS_REVISION and FACTS_SOURCE_HASH as src/scan/cache.ts under `root` records them. */
export function recordedFacts(root = ROOT) {
  const text = readFileSync(path.join(root, CACHE_MODULE), 'utf8');
  const revision = REVISION.exec(text);
  const hash = HASH.exec(text);
  if (!revision || !hash) throw new Error(`facts-hash: ${CACHE_MODULE} has no line matching ${!revision ? REVISION : HASH}`);
  return { revision: Number(revision[1]), hash: hash[1] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const keep = process.argv.includes('--keep-revision');
  const file = path.join(ROOT, CACHE_MODULE);
  const before = recordedFacts();
  const revision = keep ? before.revision : before.revision + 1;
  const hash = factsSourceHash();
  const text = readFileSync(file, 'utf8').replace(REVISION, `const FACTS_REVISION = ${revision};`).replace(HASH, `export const FACTS_SOURCE_HASH = '${hash}';`);
  writeFileSync(file, text);
  console.log(
    `${CACHE_MODULE}: FACTS_REVISION ${before.revision}${keep ? ' (kept)' : ` -> ${revision} (say what changed in its comment)`}, FACTS_SOURCE_HASH ${hash.slice(0, 12)}... over ${factSources().length} modules`
  );
}
