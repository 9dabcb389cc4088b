/**
 * Classification of a changed file: its kind (by path) and its work tier (by ordered
 * rules on path globs and the commit subject, first match wins).
 */
import picomatch from 'picomatch';
import type { Config, TierRule } from './config.js';
import { DEFAULT_TIER_RULES } from './config.js';
import type { FileKind, Tier } from './facts.js';
import { compileGlobs, compileRegex, type Matcher } from './patterns.js';

/** Lock files, minified bundles, vendored and build output: carry no work. */
const GENERATED_GLOBS = [
  '**/{node_modules,vendor,third_party,site-packages,__pycache__,.ipynb_checkpoints,dist,build,.venv,venv}/**',
  '**/{package-lock.json,yarn.lock,pnpm-lock.yaml,poetry.lock,Pipfile.lock,uv.lock,Cargo.lock,Gemfile.lock,composer.lock,go.sum,conda-lock.yml}',
  '**/*.{min.js,min.css,map,pyc,pyo,so,dll,dylib,exe,o,a,class,jar,whl,egg}',
  '**/*{_pb2.py,_pb2_grpc.py,.pb.go,.generated.*}',
];

/** Data, models and media: carry no work. */
const DATA_GLOBS = [
  '**/{data,datasets,raw,fixtures}/**/*.{json,jsonl,txt,xml}',
  '**/*.{csv,tsv,parquet,feather,arrow,avro,orc,xlsx,xls,pkl,pickle,joblib,h5,hdf5,npy,npz,mat,sav,dta,db,sqlite,sqlite3,zip,gz,bz2,xz,tar,7z,png,jpg,jpeg,gif,bmp,tif,tiff,webp,ico,svg,pdf,mp3,mp4,wav,onnx,pt,pth,ckpt,safetensors,bin,model,tfrecord,geojson,shp,ndjson,jsonl}',
];

const DOCS_GLOBS = ['**/*.{md,markdown,rst,txt,adoc,tex,bib,org}', '**/{docs,doc}/**', '**/{LICENSE,LICENCE,NOTICE,AUTHORS,CHANGELOG,CHANGES,HISTORY}*'];

const CONFIG_GLOBS = [
  '**/.*',
  '**/.*/**',
  '**/*.{yml,yaml,toml,ini,cfg,conf,json,jsonc,lock,env,properties,xml,gradle,tf,hcl}',
  '**/{Dockerfile,Makefile,Procfile,Jenkinsfile,Vagrantfile,requirements*.txt,environment*.yml,setup.py,setup.cfg,pyproject.toml,MANIFEST.in,tox.ini,noxfile.py}',
  '**/Dockerfile.*',
];

const CODE_GLOBS = [
  '**/*.{py,pyi,pyx,r,R,Rmd,qmd,jl,scala,sc,sql,sh,bash,zsh,ps1,js,mjs,cjs,jsx,ts,tsx,java,kt,kts,go,rs,c,h,cc,cpp,cxx,hpp,cs,rb,php,swift,m,mm,lua,pl,pm,hs,ex,exs,erl,clj,dart,f90,f,sas,do,stan,ipy,vue,svelte,css,scss,less,html,htm}',
];

const NO_WORK_KINDS = new Set<FileKind>(['data', 'generated']);
const HANDS_ON_KINDS = new Set<FileKind>(['notebook', 'code']);

/** True when a file of this kind carries no work (data, generated). */
export function carriesNoWork(kind: FileKind): boolean {
  return NO_WORK_KINDS.has(kind);
}

/** Hands-on work (docs/definitions.md "Hands-on work"): tactical changes to notebooks and code. */
export function isHandsOn(kind: FileKind, tier: Tier): boolean {
  return tier === 'tactical' && HANDS_ON_KINDS.has(kind);
}

/**
 * The rule that decided a kind or a tier: where it comes from (`config`: the config's
 * `kinds` / `tiers`, `default`: letgo's own lists in this file and config.ts
 * {@link DEFAULT_TIER_RULES}, `fallback`: no rule matched), its position in its list
 * (0-based; for a config tier rule, its index in `tiers`) and the glob or message pattern
 * that matched (absent for a fallback).
 */
export interface RuleRef {
  source: 'config' | 'default' | 'fallback';
  index?: number;
  /** The matching path glob, or the message pattern (with `on: 'message'`). */
  pattern?: string;
  on?: 'path' | 'message';
}

/** A classification with the rules behind it ({@link Classifier.explain}). */
export interface Classification {
  kind: FileKind;
  kindRule: RuleRef;
  tier: Tier;
  tierRule: RuleRef;
}

/** Classifies paths and commits with one config; build once per scan (globs compile once). */
export interface Classifier {
  /** File kind of a repository-relative `/`-separated path. */
  kind(path: string): FileKind;
  /** Work tier of a change to `path` in a commit with this subject line. */
  tier(path: string, subject: string): Tier;
  /** {@link kind} and {@link tier} with the rule that decided each (the same rules, in the same order; slower: each glob is tried alone to name the one that matched). */
  explain(path: string, subject: string): Classification;
}

const globOptions = { dot: true };

/** letgo's own globs: picomatch's JavaScript regular expressions, linear for these (tests/core/patterns.test.ts times them). */
function compile(globs: readonly string[]): Matcher {
  if (globs.length === 0) return () => false;
  return picomatch(globs as string[], globOptions);
}

/** A config's globs: linear-time whatever they are (patterns.ts). */
function compileConfig(globs: readonly string[]): Matcher {
  return globs.length === 0 ? () => false : compileGlobs(globs, { nocase: false });
}

/** One ordered rule of a classifier: its globs compiled together, and where it comes from. */
interface CompiledRule<T> {
  value: T;
  source: 'config' | 'default';
  index: number;
  globs: readonly string[];
  path: Matcher;
  message?: { source: string; match: Matcher };
}

/** The first glob of `rule` that matches `path` alone (for {@link Classifier.explain}); `cache` keeps each glob compiled once. */
function matchingGlob(rule: CompiledRule<unknown>, path: string, cache: Map<string, Matcher>): string | undefined {
  return rule.globs.find((g) => {
    const key = `${rule.source}\u0000${g}`;
    let match = cache.get(key);
    if (!match) cache.set(key, (match = (rule.source === 'config' ? compileConfig : compile)([g])));
    return match(path);
  });
}

/**
 * Builds the classifier for a config: the config's `kinds` globs come before the
 * defaults; the config's `tiers` rules come before {@link DEFAULT_TIER_RULES}; a change
 * matched by no rule is tactical, a path matched by no kind glob is code. The config's
 * globs and messages run in linear time (patterns.ts); the defaults on JavaScript's engine.
 * @throws Error when a config pattern does not compile (validateConfig rejects those first)
 */
export function createClassifier(config: Pick<Config, 'kinds' | 'tiers'>): Classifier {
  const kindRules: CompiledRule<FileKind>[] = [];
  for (const [kind, globs] of Object.entries(config.kinds) as [FileKind, string[]][]) {
    kindRules.push({ value: kind, source: 'config', index: kindRules.length, globs, path: compileConfig(globs) });
  }
  const defaults: [FileKind, string[]][] = [
    ['notebook', ['**/*.ipynb']],
    ['generated', GENERATED_GLOBS],
    ['data', DATA_GLOBS],
    ['code', CODE_GLOBS],
    ['docs', DOCS_GLOBS],
    ['config', CONFIG_GLOBS],
  ];
  defaults.forEach(([kind, globs], index) => kindRules.push({ value: kind, source: 'default', index, globs, path: compile(globs) }));
  const rule = (r: TierRule, own: boolean, index: number): CompiledRule<Tier> => ({
    value: r.tier,
    source: own ? 'config' : 'default',
    index,
    globs: r.paths ?? [],
    path: (own ? compileConfig : compile)(r.paths ?? []),
    message:
      r.message === undefined
        ? undefined
        : { source: r.message, match: own ? compileRegex(r.message, { caseInsensitive: true }) : regexMatcher(new RegExp(r.message, 'i')) },
  });
  const tierRules = [...config.tiers.map((r, i) => rule(r, true, i)), ...DEFAULT_TIER_RULES.map((r, i) => rule(r, false, i))];
  const kindRule = (path: string) => kindRules.find((r) => r.path(path));
  const tierRule = (path: string, subject: string) => tierRules.find((r) => r.path(path) || (r.message !== undefined && r.message.match(subject)));
  const single = new Map<string, Matcher>();
  // A history names each path many times, and each commit's changes share its subject: the
  // globs run once per distinct path, the message patterns once per commit.
  const kinds = new BoundedMemo<FileKind>();
  const pathTiers = new BoundedMemo<number>();
  let lastSubject: string | undefined;
  let subjectTier = -1;
  /** Index of the first tier rule whose paths match, or of the first whose message matches; Infinity for none. */
  const firstMatch = (rules: readonly CompiledRule<Tier>[], test: (r: CompiledRule<Tier>) => boolean): number => {
    const i = rules.findIndex(test);
    return i < 0 ? Infinity : i;
  };
  return {
    // A file without a known extension (scripts, odd names): count it as code.
    kind: (path) => kinds.get(path, () => kindRule(path)?.value ?? 'code'),
    tier: (path, subject) => {
      const p = pathTiers.get(path, () => firstMatch(tierRules, (r) => r.path(path)));
      if (subject !== lastSubject) {
        lastSubject = subject;
        subjectTier = firstMatch(tierRules, (r) => r.message !== undefined && r.message.match(subject));
      }
      const i = Math.min(p, subjectTier);
      return i === Infinity ? 'tactical' : tierRules[i]!.value;
    },
    explain(path, subject) {
      const k = kindRule(path);
      const t = tierRule(path, subject);
      const ref = (r: CompiledRule<unknown> | undefined): RuleRef => {
        if (!r) return { source: 'fallback' };
        const glob = r.path(path) ? matchingGlob(r, path, single) : undefined;
        return glob !== undefined
          ? { source: r.source, index: r.index, pattern: glob, on: 'path' }
          : { source: r.source, index: r.index, pattern: r.message?.source, on: 'message' };
      };
      return { kind: k?.value ?? 'code', kindRule: ref(k), tier: t?.value ?? 'tactical', tierRule: ref(t) };
    },
  };
}

/** Entries a {@link BoundedMemo} holds before it starts again empty (a scan of many large repositories names millions of paths). */
const MEMO_ENTRIES = 200_000;

/** A memo of a pure function of a string, emptied when it reaches {@link MEMO_ENTRIES}. */
class BoundedMemo<T> {
  private readonly map = new Map<string, T>();

  get(key: string, compute: () => T): T {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    if (this.map.size >= MEMO_ENTRIES) this.map.clear();
    const value = compute();
    this.map.set(key, value);
    return value;
  }
}

function regexMatcher(re: RegExp): Matcher {
  return (text) => re.test(text);
}
