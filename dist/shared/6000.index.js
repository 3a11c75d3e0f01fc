"use strict";
exports.id = 6000;
exports.ids = [6000];
exports.modules = {

/***/ 336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   ow: () => (/* binding */ resultLine),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Small markdown builders for job summaries; each action composes its summary from these. */
/** Escapes text for a markdown table cell. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(header, rows) {
    const head = `| ${header.map(cell).join(' | ')} |`;
    const rule = `| ${header.map(() => '---').join(' | ')} |`;
    return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
}
function codeBlock(text, language = '') {
    const fence = text.includes('```') ? '````' : '```';
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** The first line every summary starts with: what ran and how it ended. */
function resultLine(action, result, detail) {
    const icon = result === 'failure'
        ? '❌'
        : result === 'dry-run'
            ? '🧪'
            : result === 'unchanged'
                ? '⏸️'
                : result === 'skipped'
                    ? '⏭️'
                    : '✅';
    return `${heading(`${icon} ${action}: ${result}`)}\n${detail}\n\n`;
}


/***/ }),

/***/ 5444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ headingLine),
/* harmony export */   ZB: () => (/* binding */ formatReleaseHeading),
/* harmony export */   i0: () => (/* binding */ readReleaseHeading),
/* harmony export */   mm: () => (/* binding */ formatUnreleasedHeading),
/* harmony export */   qh: () => (/* binding */ DEFAULT_HEADING_FORM)
/* harmony export */ });
/* unused harmony export isVersionLabel */
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3770);
/**
 * The one grammar of a changelog's release headings, shared by the parser, preflight and the
 * writer, so what one accepts the others accept and a new heading is written the way the
 * file's newest one is:
 *
 *   ## [Unreleased]
 *   ## [1.2.0] - 2026-01-05              ### [1.2.0] - 2026-01-05 (one level down, under a `##`)
 *   ## [v1.2.0] - 2026-01-05 [YANKED]    ## [1.2.0](https://host/o/r/compare/1.1.0...1.2.0) - 2026-01-05
 *   ## [1.2.0] – 2026-01-05              ## [1.2.0] (2026-01-05)
 *
 * Pure: no semver, no file system.
 */

const DEFAULT_HEADING_FORM = {
    level: 2,
    labelPrefix: '',
    linked: false,
    separator: ' - ',
    dateInParentheses: false
};
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/;
const RELEASE = /^\[([^\]]+)\](?:\(([^)\s]*)\))?(?:([ \t]+[-–—]?[ \t]*)(\(?)(\S+?)\)?)?(?:[ \t]+\[YANKED\])?[ \t]*$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** `## text` -> level and text; undefined when the line is no ATX heading. */
function headingLine(line) {
    if (line.charCodeAt(0) !== 35 /* # */)
        return undefined;
    const match = ATX.exec(line);
    return match ? { level: match[1].length, text: (match[2] ?? '').trim() } : undefined;
}
/** True for a version label (`1.2.0`, `v1.2.0-rc.1`). */
function isVersionLabel(label) {
    return SEMVER.test(label.replace(/^v/, ''));
}
/**
 * Reads a heading's text as a release heading. `releaseLike` says whether it was meant as one
 * (a bracketed label or a version), which decides the release level of a file.
 */
function readReleaseHeading(heading) {
    const { level, text } = heading;
    const match = RELEASE.exec(text);
    const bare = /^v?(\d+\.\d+(?:\.\d+)?\S*)(?:\s+[-–—(]*\s*(\S+?)\)?)?$/.exec(text);
    if (!match) {
        const hint = bare
            ? `write '${'#'.repeat(level)} [${bare[1]}] - ${bare[2] ?? 'YYYY-MM-DD'}'`
            : `write '${'#'.repeat(level)} [Unreleased]' or '${'#'.repeat(level)} [X.Y.Z] - YYYY-MM-DD'`;
        return {
            ok: false,
            releaseLike: bare !== null,
            problem: `'${'#'.repeat(level)} ${text}' is not a Keep a Changelog release heading; ${hint}.`
        };
    }
    const [, rawLabel, url, separator, paren, date] = match;
    const label = rawLabel.trim();
    const form = {
        level,
        labelPrefix: label.startsWith('v') ? 'v' : '',
        linked: url !== undefined,
        separator: separator ?? DEFAULT_HEADING_FORM.separator,
        dateInParentheses: paren === '('
    };
    if (label.toLowerCase() === 'unreleased') {
        return { ok: true, heading: { level, label, unreleased: true, url, form } };
    }
    if (!isVersionLabel(label)) {
        return {
            ok: false,
            releaseLike: true,
            problem: `'${label}' in '${'#'.repeat(level)} ${text}' is not a version (X.Y.Z).`
        };
    }
    const version = label.replace(/^v/, '');
    if (date === undefined) {
        return {
            ok: false,
            releaseLike: true,
            problem: `the section for ${version} has no date; write '${'#'.repeat(level)} [${label}] - YYYY-MM-DD'.`
        };
    }
    if (!(0,_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .isIsoDate */ .s6)(date)) {
        return {
            ok: false,
            releaseLike: true,
            problem: `the date '${date}' of ${version} is not an ISO date; write it as YYYY-MM-DD (e.g. 2026-11-23).`
        };
    }
    return { ok: true, heading: { level, label, unreleased: false, version, date, url, form } };
}
/** A release heading in `form`; `url` is the label's link when the form carries one. */
function formatReleaseHeading(form, version, date, url) {
    const label = `[${form.labelPrefix}${version}]${form.linked && url ? `(${url})` : ''}`;
    const when = form.dateInParentheses ? `(${date})` : date;
    return `${'#'.repeat(form.level)} ${label}${form.separator}${when}`;
}
/** `## [Unreleased]` at a level. */
function formatUnreleasedHeading(level) {
    return `${'#'.repeat(level)} [Unreleased]`;
}


/***/ }),

/***/ 2397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lO: () => (/* reexport */ EntryIndex),
  X9: () => (/* reexport */ HistoryIndex),
  yq: () => (/* reexport */ PreparedEntries),
  EX: () => (/* reexport */ render/* countEntries */.EX),
  x3: () => (/* reexport */ parse/* decodeChangelog */.x3),
  XI: () => (/* reexport */ detectLinkStyle),
  bg: () => (/* reexport */ render/* detectStyle */.bg),
  $U: () => (/* reexport */ entryForCommit),
  VO: () => (/* reexport */ entryForMessage),
  rv: () => (/* reexport */ parse/* findSection */.rv),
  Qx: () => (/* reexport */ mergeRelease),
  EY: () => (/* reexport */ parse/* parseChangelog */.EY),
  Dz: () => (/* binding */ readReleaseSection),
  Jl: () => (/* reexport */ releaseLinkUrl),
  Ft: () => (/* reexport */ render/* renderEntry */.Ft),
  g6: () => (/* reexport */ renderLinkBlock),
  YN: () => (/* reexport */ render/* renderSection */.YN),
  gt: () => (/* reexport */ parse/* sectionBody */.gt),
  bo: () => (/* reexport */ splitUnreleased),
  ep: () => (/* reexport */ updateReleaseLinks)
});

// UNUSED EXPORTS: CHANGE_GROUPS, DEFAULT_HEADING_FORM, DEFAULT_ISSUE_PATTERN, DEFAULT_SKIP, DEFAULT_TICKET_PATTERN, SEED_STYLE, breakingNote, changelogRefusal, classifyCommit, compilePattern, formatReleaseHeading, formatUnreleasedHeading, headingLine, isIsoDate, isPlaceholder, isVersionLabel, linkReferences, normalizeEntry, orderedGroups, parseChangeGroup, parseClassificationRules, pullRequestMergeNumber, readReleaseHeading, renderGroup, splitLines, ticketKeys, unreleasedLinkUrl

// EXTERNAL MODULE: ./packages/changelog/parse.ts
var parse = __webpack_require__(6524);
// EXTERNAL MODULE: ./packages/changelog/render.ts
var render = __webpack_require__(7183);
// EXTERNAL MODULE: ./packages/changelog/classify.ts
var classify = __webpack_require__(6421);
;// CONCATENATED MODULE: ./packages/changelog/commits.ts
/**
 * From commits to changelog entries: a plain commit by its subject, a pull request's merge
 * commit by the PR title git put in its body, other merges not at all.
 */

/** The entry a commit contributes, or undefined when it is left out. */
function entryForCommit(commit, options) {
    return entryForMessage(commit.subject, commit.body, commit.parents.length > 1, options);
}
/** `entryForCommit` for a caller that knows whether the commit is a merge but holds no parent list. */
function entryForMessage(subject, body, merge, options) {
    if (merge) {
        const number = (0,classify/* pullRequestMergeNumber */.OY)(subject);
        if (number === undefined)
            return undefined;
        const [title = '', ...rest] = body.trim().split('\n');
        if (title.trim() === '')
            return undefined;
        const classified = (0,classify/* classifyCommit */.oo)(title.trim(), rest.join('\n'), options);
        if (!classified)
            return undefined;
        const text = new RegExp(`#${number}\\b`).test(classified.text)
            ? classified.text
            : `${classified.text} (#${number})`;
        return { group: classified.group, text };
    }
    const classified = (0,classify/* classifyCommit */.oo)(subject, body, options);
    return classified && { group: classified.group, text: classified.text };
}

;// CONCATENATED MODULE: ./packages/changelog/sha-table.ts
/**
 * Object names (hex shas, 40 digits, or 64 in a SHA-256 repository) numbered 0, 1, 2, ... in the
 * order they are first seen. The names are kept as 32-bit words in one typed array under an
 * open-addressing table: a Map of 100k 40-character strings cost more to fill and look up, and
 * every key kept alive the log text it was cut from.
 */
/** A hex digit's value by character code, -1 for any other character. */
const HEX_VALUE = new Int8Array(0x10000).fill(-1);
for (const [value, digit] of [...'0123456789abcdef'].entries()) {
    HEX_VALUE[digit.charCodeAt(0)] = value;
}
class ShaTable {
    /** 32-bit words per name: 5 for SHA-1, 8 for SHA-256; set by the first name. */
    width = 0;
    words = new Int32Array(0);
    /** Open addressing: node + 1 per slot, 0 for an empty one; kept at most half full. */
    slots = new Int32Array(1024);
    count = 0;
    /** The name being looked up, parsed. */
    key = new Int32Array(8);
    get size() {
        return this.count;
    }
    /** The number of the name at `text[at, at + length)`, numbering it when it is new. */
    intern(text, at = 0, length = text.length - at) {
        if (this.width === 0 && (length === 40 || length === 64))
            this.width = length / 8;
        if (!this.parse(text, at, length)) {
            throw new Error(`'${text.slice(at, at + length)}' is not an object name`);
        }
        const slot = this.find();
        if (this.slots[slot] !== 0)
            return this.slots[slot] - 1;
        const node = this.count++;
        const width = this.width;
        if ((node + 1) * width > this.words.length) {
            const grown = new Int32Array(Math.max(1024, this.words.length * 2));
            grown.set(this.words);
            this.words = grown;
        }
        for (let w = 0; w < width; w++)
            this.words[node * width + w] = this.key[w];
        this.slots[slot] = node + 1;
        if (this.count * 2 > this.slots.length)
            this.rehash();
        return node;
    }
    /** The number of a name seen before, or -1. */
    lookup(text, at = 0, length = text.length - at) {
        return this.parse(text, at, length) ? this.slots[this.find()] - 1 : -1;
    }
    /** Reads the name into `key`; false when it is not a name of this table's width. */
    parse(text, at, length) {
        const width = this.width;
        if (width === 0 || length !== width * 8)
            return false;
        // Any character that is not a digit has the value -1, which sets `invalid`'s sign bit.
        let invalid = 0;
        for (let w = 0, k = at; w < width; w++) {
            let word = 0;
            for (const end = k + 8; k < end; k++) {
                const digit = HEX_VALUE[text.charCodeAt(k)];
                invalid |= digit;
                word = (word << 4) | digit;
            }
            this.key[w] = word;
        }
        return invalid >= 0;
    }
    /** The slot holding `key`, or the empty one where it goes. */
    find() {
        const { key, width, words, slots } = this;
        const mask = slots.length - 1;
        // The names are hashes already: their first word spreads over the slots evenly.
        for (let slot = key[0] & mask;; slot = (slot + 1) & mask) {
            const held = slots[slot];
            if (held === 0)
                return slot;
            let w = 0;
            const base = (held - 1) * width;
            while (w < width && words[base + w] === key[w])
                w++;
            if (w === width)
                return slot;
        }
    }
    rehash() {
        const slots = new Int32Array(this.slots.length * 2);
        const mask = slots.length - 1;
        for (let node = 0; node < this.count; node++) {
            let slot = this.words[node * this.width] & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = node + 1;
        }
        this.slots = slots;
    }
}

;// CONCATENATED MODULE: ./packages/changelog/history.ts

/** The history as read: per commit its parents and its entry, newest first. */
class HistoryIndex {
    /** A commit's node is numbered when the log first names it, as a commit or as a parent. */
    nodes = new ShaTable();
    /** node -> position in the log, -1 for a parent the log does not list (a shallow boundary). */
    positions = new Int32Array(1024).fill(-1);
    /** The parents of the commit at position p are parentNodes[parentStart[p] .. parentStart[p + 1]). */
    parentStart = new Int32Array(1025);
    parentNodes = new Int32Array(1024);
    entries = [];
    /** Adds the next commit of the log; `parents` as git prints `%P`, shas separated by spaces. */
    add(sha, parents, entry) {
        const position = this.entries.length;
        this.entries.push(entry);
        this.place(this.nodes.intern(sha), position);
        let edge = this.parentStart[position];
        for (let at = 0; at < parents.length;) {
            let end = parents.indexOf(' ', at);
            if (end === -1)
                end = parents.length;
            if (end > at) {
                const node = this.nodes.intern(parents, at, end - at);
                this.place(node, -1);
                if (edge === this.parentNodes.length)
                    this.parentNodes = grown(this.parentNodes, 0);
                this.parentNodes[edge++] = node;
            }
            at = end + 1;
        }
        if (position + 2 > this.parentStart.length)
            this.parentStart = grown(this.parentStart, 0);
        this.parentStart[position + 1] = edge;
    }
    has(sha) {
        return this.positionOf(sha) !== -1;
    }
    get size() {
        return this.entries.length;
    }
    /**
     * Entries per release (oldest first within a release), the key `undefined` for the commits
     * `head` reaches and no tag does. `releases` in any order; a tag outside the history is skipped.
     */
    bucket(releases, compare, head) {
        const owners = [...releases].sort((a, b) => compare(a.version, b.version));
        const starts = [...owners.map((r) => r.sha), head];
        // Oldest release first, each claims what it reaches that no earlier one did: every commit
        // is visited once. Then one pass from the oldest position hands the entries out in order.
        const owner = new Int32Array(this.size).fill(-1);
        const stack = new Int32Array(this.size);
        starts.forEach((sha, n) => {
            const first = this.positionOf(sha);
            if (first === -1 || owner[first] !== -1)
                return;
            owner[first] = n;
            let depth = 0;
            stack[depth++] = first;
            while (depth > 0) {
                const position = stack[--depth];
                for (let e = this.parentStart[position]; e < this.parentStart[position + 1]; e++) {
                    const parent = this.positions[this.parentNodes[e]];
                    if (parent !== -1 && owner[parent] === -1) {
                        owner[parent] = n;
                        stack[depth++] = parent;
                    }
                }
            }
        });
        const lists = starts.map(() => []);
        for (let position = this.size - 1; position >= 0; position--) {
            const entry = this.entries[position];
            if (entry !== undefined && owner[position] !== -1)
                lists[owner[position]].push(entry);
        }
        const buckets = new Map();
        owners.forEach((release, n) => buckets.set(release.version, lists[n]));
        buckets.set(undefined, lists[owners.length]);
        return buckets;
    }
    positionOf(sha) {
        const node = this.nodes.lookup(sha);
        return node === -1 ? -1 : this.positions[node];
    }
    /** Records a node's position; -1 only makes room for a node not (yet) listed. */
    place(node, position) {
        if (node >= this.positions.length)
            this.positions = grown(this.positions, -1);
        if (position !== -1)
            this.positions[node] = position;
    }
}
/** The array at twice its length, the new half filled with `fill`. */
function grown(array, fill) {
    const next = new Int32Array(array.length * 2);
    next.set(array);
    if (fill !== 0)
        next.fill(fill, array.length);
    return next;
}

// EXTERNAL MODULE: ./packages/versioning/semver.ts
var semver = __webpack_require__(8235);
;// CONCATENATED MODULE: ./packages/changelog/links.ts
/**
 * The compare links at the foot of a changelog (`[1.3.0]: .../compare/v1.2.0...v1.3.0`),
 * kept right after a release, written the way the file already writes them.
 */

const COMPARE = /^(.*)\/compare\/(.+?)(\.{2,3})(.+)$/;
const RELEASE_TAG_URL = /^(.*)\/releases\/tag\/(.+)$/;
/** Reads the link style from the file's links; `fallback` when there is nothing to read. */
function detectLinkStyle(links, fallback) {
    const ordered = [...links].sort((a, b) => Number(b.label.toLowerCase() === 'unreleased') -
        Number(a.label.toLowerCase() === 'unreleased'));
    const found = baseStyle(ordered, fallback);
    if (!found)
        return undefined;
    const style = { ...found };
    const unreleased = links.find((l) => l.label.toLowerCase() === 'unreleased');
    const compare = unreleased && COMPARE.exec(unreleased.url);
    if (compare && tagTemplate(compare[4]) === undefined)
        style.head = compare[4];
    // Releases linked to their tag pages (two or more, the newest among them) keep that form.
    const versions = links.filter((l) => cleanVersion(l.label) !== undefined);
    if (versions.length >= 2 && RELEASE_TAG_URL.test(versions[0].url))
        style.kind = 'tag';
    return style;
}
function baseStyle(ordered, fallback) {
    for (const link of ordered) {
        const compare = COMPARE.exec(link.url);
        if (compare) {
            const tag = tagTemplate(compare[2]) ?? tagTemplate(compare[4]);
            if (tag)
                return { base: compare[1], tag, separator: compare[3] === '..' ? '..' : '...' };
        }
        const release = RELEASE_TAG_URL.exec(link.url);
        const tag = release && tagTemplate(release[2]);
        if (release && tag)
            return { base: release[1], tag, separator: fallback?.separator ?? '...' };
    }
    return fallback;
}
/** `v1.2.0` -> `v{version}`; undefined when the ref holds no version. */
function tagTemplate(ref) {
    const match = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/.exec(ref);
    return match ? ref.replace(match[0], '{version}') : undefined;
}
function tagOf(style, version) {
    return style.tag.replaceAll('{version}', version);
}
/** The URL of a release's link: compare with the previous release, or its tag for a first release. */
function releaseLinkUrl(style, version, previousVersion) {
    return previousVersion && style.kind !== 'tag'
        ? `${style.base}/compare/${tagOf(style, previousVersion)}${style.separator}${tagOf(style, version)}`
        : `${style.base}/releases/tag/${tagOf(style, version)}`;
}
function unreleasedLinkUrl(style, version) {
    return `${style.base}/compare/${tagOf(style, version)}${style.separator}${style.head ?? 'HEAD'}`;
}
/**
 * Points [Unreleased] past the release and adds the release's link (newest first) when the file
 * has none for it. A file without links gets a block only when `create` is set. Other lines stay.
 */
function updateReleaseLinks(doc, release, fallback, create) {
    const style = detectLinkStyle(doc.links, fallback);
    if (!style || (doc.links.length === 0 && !create))
        return doc.text;
    const eol = doc.eol;
    const edits = [];
    const unreleased = doc.links.find((l) => l.label.toLowerCase() === 'unreleased');
    if (unreleased && COMPARE.test(unreleased.url)) {
        const url = unreleasedLinkUrl(style, release.version);
        const at = unreleased.line.start + unreleased.line.text.indexOf(unreleased.url);
        if (unreleased.url !== url)
            edits.push({ at, end: at + unreleased.url.length, text: url });
    }
    const own = doc.links.find((l) => cleanVersion(l.label) === release.version);
    const lines = [];
    if (!unreleased && release.unreleased)
        lines.push(`[Unreleased]: ${unreleasedLinkUrl(style, release.version)}`);
    if (!own)
        lines.push(`[${release.version}]: ${releaseLinkUrl(style, release.version, release.previousVersion)}`);
    if (lines.length > 0) {
        const older = doc.links.find((l) => {
            const v = cleanVersion(l.label);
            return v !== undefined && semver/* default */.A.lt(v, release.version);
        });
        if (older) {
            edits.push({ at: older.line.start, end: older.line.start, text: lines.join(eol) + eol });
        }
        else if (doc.links.length > 0) {
            const last = doc.links[doc.links.length - 1].line;
            const lead = last.next === last.end ? eol : '';
            edits.push({ at: last.next, end: last.next, text: lead + lines.join(eol) + eol });
        }
        else {
            const lead = doc.text === '' || doc.text.endsWith(eol + eol)
                ? ''
                : doc.text.endsWith('\n')
                    ? eol
                    : eol + eol;
            edits.push({ at: doc.text.length, end: doc.text.length, text: lead + lines.join(eol) + eol });
        }
    }
    let text = doc.text;
    for (const edit of edits.sort((a, b) => b.at - a.at))
        text = text.slice(0, edit.at) + edit.text + text.slice(edit.end);
    return text;
}
function cleanVersion(label) {
    const version = label.replace(/^v/, '');
    return semver/* default */.A.valid(version) ? version : undefined;
}
/** The link block of a whole changelog (rebuild): [Unreleased], then every release newest first. */
function renderLinkBlock(style, versions, unreleased, eol) {
    const lines = [];
    if (unreleased && versions[0])
        lines.push(`[Unreleased]: ${unreleasedLinkUrl(style, versions[0])}`);
    versions.forEach((version, i) => lines.push(`[${version}]: ${releaseLinkUrl(style, version, versions[i + 1])}`));
    return lines.length > 0 ? lines.join(eol) + eol : '';
}

// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/changelog/headings.ts
var headings = __webpack_require__(5444);
;// CONCATENATED MODULE: ./packages/changelog/merge.ts
/**
 * Putting a release's entries into the document: a new section (with what was under
 * [Unreleased] moved into it), or, on a rerun, only the entries that are not there yet, each
 * added to its group. Lines already in the file are never rewritten, so a person's edits stay.
 */






/**
 * What makes two entries the same: the same words, or a ticket key or `#12` that a line a
 * person wrote (under [Unreleased]) names: that line stands for its ticket. Two commits that
 * share a key but say different things are two changes, both kept.
 */
class EntryIndex {
    issuePattern;
    keys = new Set();
    texts = new Set();
    constructor(issuePattern) {
        this.issuePattern = issuePattern;
    }
    has(text) {
        return this.match(text) !== undefined;
    }
    /** `words` when the same entry is there, `key` when only a line a person wrote names its key. */
    match(text) {
        if (this.texts.has(normalizeEntry(text)))
            return 'words';
        if (this.keys.size > 0 && this.referencesOf(text).some((k) => this.keys.has(k)))
            return 'key';
        return undefined;
    }
    /** Adds an entry; `byKey` for a line a person wrote, whose keys then cover their commits. */
    add(text, byKey = false) {
        this.texts.add(normalizeEntry(text));
        if (byKey)
            for (const key of this.referencesOf(text))
                this.keys.add(key);
    }
    referencesOf(text) {
        return [
            ...(0,render/* ticketKeys */.PD)(text, this.issuePattern),
            ...[...text.matchAll(/(?<![\w&/])#\d+\b/g)].map((m) => m[0])
        ];
    }
}
/** Entry text compared without links, emphasis, case, spacing or a final period. */
function normalizeEntry(text) {
    return text
        .replace(/^[-*+]\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/\.$/, '')
        .toLowerCase();
}
function applyEdits(text, edits) {
    let out = text;
    // Back to front; of two insertions at one offset, the later one goes in first so both keep their order.
    const order = edits
        .map((edit, i) => ({ edit, i }))
        .sort((a, b) => b.edit.at - a.edit.at || b.i - a.i);
    for (const { edit } of order)
        out = out.slice(0, edit.at) + edit.text + out.slice(edit.end);
    return out;
}
/**
 * Lines that say "nothing here yet" under [Unreleased] (`- Nothing yet`, `_No changes yet_`):
 * they stay there and are never published in a release.
 */
const PLACEHOLDER = /^\s*(?:[-*+]\s+)?[_*]*\s*(?:nothing(?: yet| so far| to report)?|no(?: notable| unreleased| user-facing)? changes(?: yet| so far)?|none(?: yet)?|tbd|n\/a)\s*[.!]?\s*[_*]*\s*$/i;
function isPlaceholder(line) {
    return PLACEHOLDER.test(line);
}
function trimBlankLines(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start].trim() === '')
        start++;
    while (end > start && lines[end - 1].trim() === '')
        end--;
    return lines.slice(start, end);
}
/** Splits the body of [Unreleased] (up to the next release heading) into moved and kept. */
function splitUnreleased(doc, section) {
    const split = { moved: '', preface: '', groups: [], kept: '' };
    if (!section)
        return split;
    const eol = doc.eol;
    const regionLines = (from, to) => (0,parse/* splitLines */.uz)(doc.text.slice(from, to)).map((l) => l.text);
    const moved = [];
    const kept = [];
    const prefaceEnd = section.groups[0]?.start ?? section.end;
    const preface = regionLines(section.bodyStart, prefaceEnd);
    const prefaceMoved = preface.map((l) => (isPlaceholder(l) ? (kept.push(l), '') : l));
    split.preface = trimBlankLines(prefaceMoved).join(eol);
    moved.push(...prefaceMoved);
    section.groups.forEach((group, i) => {
        const [heading, ...body] = regionLines(group.start, section.groups[i + 1]?.start ?? section.end);
        const content = body.filter((l) => l.trim() !== '');
        if (content.length > 0 && content.every(isPlaceholder)) {
            kept.push(heading, ...trimBlankLines(body));
            return;
        }
        const rest = body.map((l) => (isPlaceholder(l) ? (kept.push(l), '') : l));
        if (rest.every((l) => l.trim() === ''))
            return;
        moved.push(heading, ...rest);
        split.groups.push({
            name: group.name,
            body: trimBlankLines(rest).join(eol),
            entries: group.entries.filter((e) => !isPlaceholder(`- ${e.text}`)).map((e) => e.text)
        });
    });
    split.moved = trimBlankLines(moved).join(eol);
    split.kept = trimBlankLines(kept).join(eol);
    return split;
}
/** Adds the commit entries not already in `index` to `groups`, rendered; returns how many. */
function addNewEntries(groups, entries, index, request, covered) {
    let added = 0;
    for (const entry of entries) {
        const match = index.match(entry.text);
        if (match === 'key')
            covered?.push(entry.text);
        if (match)
            continue;
        index.add(entry.text);
        groups.set(entry.group, [
            ...(groups.get(entry.group) ?? []),
            (0,render/* renderEntry */.Ft)(entry.text, request.style, request.links)
        ]);
        added++;
    }
    return added;
}
/** The compare link a heading like `## [1.2.0](https://.../compare/1.1.0...1.2.0)` carries. */
function headingUrl(doc, request) {
    if (!request.style.form.linked)
        return undefined;
    const newest = doc.sections.find((s) => s.version && s.url);
    const own = newest?.url
        ? [
            {
                label: newest.label,
                url: newest.url,
                line: { number: newest.line, start: 0, end: 0, next: 0, text: '' }
            }
        ]
        : [];
    const style = detectLinkStyle(own, detectLinkStyle(doc.links, request.linkStyle));
    return style && releaseLinkUrl(style, request.version, request.previousVersion);
}
/** Writes the version's section into the document (or adds what is new to it on a rerun). */
function mergeRelease(doc, request) {
    const unreleased = doc.sections.find((s) => !s.version);
    const existing = (0,parse/* findSection */.rv)(doc, request.version);
    const split = splitUnreleased(doc, unreleased);
    const edits = [];
    const eol = doc.eol;
    if (unreleased && split.moved !== '') {
        // [Unreleased] keeps only its placeholders; everything else moves into the release.
        const rest = split.kept === '' ? eol : eol + split.kept + eol + eol;
        edits.push({ at: unreleased.bodyStart, end: unreleased.end, text: rest });
    }
    if (!existing) {
        const section = newSection(doc, request, split);
        const at = insertionPoint(doc, request.version);
        const before = doc.text.slice(0, at);
        const lead = before === '' || /(\r?\n){2}$/.test(before) ? '' : /\r?\n$/.test(before) ? eol : eol + eol;
        edits.push({ at, end: at, text: lead + section.text });
        const { covered } = section;
        return { text: applyEdits(doc.text, edits), added: section.added, rerun: false, covered };
    }
    const index = new EntryIndex(request.links.issuePattern);
    for (const group of existing.groups)
        for (const entry of group.entries)
            index.add(entry.text, true);
    for (const line of existing.preface)
        index.add(line.text, true);
    if (split.preface !== '') {
        throw new errors/* ConfigurationError */.j1(`${doc.file} line ${unreleased.line}: [Unreleased] has text outside a group, and the section for ${request.version} (line ${existing.line}) is already written; move that text into the section by hand.`, { locations: [{ file: doc.file, line: unreleased.line }] });
    }
    const added = new Map();
    const blocks = new Map();
    for (const group of split.groups) {
        if (group.entries.length > 0 &&
            group.entries.every((e) => index.has(e)) &&
            group.body.split(/\r?\n/).every((l) => /^[-*+] /.test(l)))
            continue;
        group.entries.forEach((e) => index.add(e, true));
        blocks.set(group.name, [...(blocks.get(group.name) ?? []), group.body]);
        added.set(group.name, [
            ...(added.get(group.name) ?? []),
            ...group.body.split(/\r?\n/).filter((l) => /^[-*+] /.test(l))
        ]);
    }
    const fresh = new Map();
    const covered = [];
    addNewEntries(fresh, request.entries, index, request, covered);
    for (const [name, lines] of fresh) {
        blocks.set(name, [...(blocks.get(name) ?? []), ...lines]);
        added.set(name, [...(added.get(name) ?? []), ...lines]);
    }
    edits.push(...groupInsertions(doc, existing, blocks, request.style));
    if (edits.length === 0)
        return { text: doc.text, added, rerun: true, covered };
    return { text: applyEdits(doc.text, edits), added, rerun: true, covered };
}
/**
 * The new section: its heading in the newest heading's form, what [Unreleased] held moved in
 * verbatim, and the commits' entries that are not there yet added to their groups.
 */
function newSection(doc, request, split) {
    const eol = doc.eol;
    const { style } = request;
    const heading = { version: request.version, date: request.date };
    const url = headingUrl(doc, request);
    const index = new EntryIndex(request.links.issuePattern);
    if (split.moved === '') {
        const groups = new Map();
        addNewEntries(groups, request.entries, index, request);
        if (groups.size === 0) {
            throw new errors/* ConfigurationError */.j1(`Nothing to release in ${request.version}: no notable commits and nothing under [Unreleased].`);
        }
        const text = (0,render/* renderSection */.YN)(heading, { preface: [], groups }, style, eol, url);
        return { text, added: groups, covered: [] };
    }
    const title = (0,headings/* formatReleaseHeading */.ZB)(style.form, request.version, request.date, url);
    const draft = title + eol + (style.blankAfterHeading ? eol : '') + split.moved + eol;
    const mini = (0,parse/* parseChangelog */.EY)(draft, doc.file, { strict: false });
    const section = mini.sections[0];
    const added = new Map();
    for (const group of split.groups) {
        added.set(group.name, [
            ...(added.get(group.name) ?? []),
            ...group.entries.map((e) => `${style.bullet} ${e}`)
        ]);
        for (const entry of group.entries)
            index.add(entry, true);
    }
    for (const line of split.preface.split(/\r?\n/))
        if (line.trim() !== '')
            index.add(line, true);
    const fresh = new Map();
    const covered = [];
    addNewEntries(fresh, request.entries, index, request, covered);
    for (const [name, lines] of fresh)
        added.set(name, [...(added.get(name) ?? []), ...lines]);
    const text = applyEdits(draft, groupInsertions(mini, section, fresh, style));
    return { text: text + eol, added, covered };
}
/** Above the newest older release, else above the link block. */
function insertionPoint(doc, version) {
    const older = doc.sections.find((s) => s.version !== undefined && compareVersions(s.version, version) < 0);
    if (older)
        return older.start;
    return doc.linksStart;
}
function compareVersions(a, b) {
    const [pa, pb] = [a, b].map((v) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pa[i] - pb[i];
    return 0;
}
/** Text insertions that add `added` into an existing section, group by group. */
function groupInsertions(doc, section, added, style) {
    const edits = [];
    const eol = doc.eol;
    for (const name of (0,render/* orderedGroups */.QO)(added.keys())) {
        const lines = added.get(name) ?? [];
        if (lines.length === 0)
            continue;
        const group = section.groups.find((g) => g.name === name);
        if (group) {
            const lead = doc.text[group.end - 1] === '\n' ? '' : eol;
            edits.push({ at: group.end, end: group.end, text: lead + lines.join(eol) + eol });
            continue;
        }
        const block = (0,render/* renderGroup */.sx)(name, lines, style).join(eol) + eol;
        const rank = parse/* CHANGE_GROUPS */.Y0.indexOf(name);
        const later = section.groups.find((g) => {
            const r = parse/* CHANGE_GROUPS */.Y0.indexOf(g.name);
            return r > rank && rank !== -1;
        });
        if (later) {
            edits.push({ at: later.start, end: later.start, text: block + eol });
        }
        else if (section.contentEnd === section.bodyStart) {
            edits.push({
                at: section.bodyStart,
                end: section.bodyStart,
                text: (style.blankAfterHeading ? eol : '') + block
            });
        }
        else {
            const lead = doc.text[section.contentEnd - 1] === '\n' ? eol : eol + eol;
            edits.push({ at: section.contentEnd, end: section.contentEnd, text: lead + block });
        }
    }
    return edits;
}

;// CONCATENATED MODULE: ./packages/changelog/string-pack.ts
/**
 * Many small strings kept for the length of a run, packed: every 1024 of them are joined into one
 * string and read back by offset. A rebuild keeps a few strings per commit of the whole history;
 * held one by one, the young-generation collector copies each of those 100k objects (twice)
 * and can never free one; packed, it moves a few hundred larger strings.
 */
const PER_PACK = 1024;
class StringPack {
    packs = [];
    batch = [];
    /** Per string, where it ends in its pack. */
    ends = new Int32Array(PER_PACK);
    length = 0;
    offset = 0;
    get size() {
        return this.length;
    }
    /** Keeps `text`; returns its index for `get`. */
    push(text) {
        const index = this.length++;
        if (index === this.ends.length) {
            const grown = new Int32Array(this.ends.length * 2);
            grown.set(this.ends);
            this.ends = grown;
        }
        this.batch.push(text);
        this.offset += text.length;
        this.ends[index] = this.offset;
        if (this.batch.length === PER_PACK) {
            this.packs.push(this.batch.join(''));
            this.batch = [];
            this.offset = 0;
        }
        return index;
    }
    get(index) {
        if (index < 0 || index >= this.length)
            throw new RangeError(`no string ${index}`);
        const pack = Math.floor(index / PER_PACK);
        if (pack === this.packs.length)
            return this.batch[index % PER_PACK];
        const start = index % PER_PACK === 0 ? 0 : this.ends[index - 1];
        return this.packs[pack].slice(start, this.ends[index]);
    }
}

;// CONCATENATED MODULE: ./packages/changelog/rebuild.ts



/** The entries of a whole history, numbered, prepared in the file's style, held packed. */
class PreparedEntries {
    style;
    links;
    strings = new StringPack();
    groups = new Uint8Array(1024);
    constructor(style, links) {
        this.style = style;
        this.links = links;
    }
    /** Prepares and keeps an entry; returns its number. */
    add(entry) {
        const id = this.strings.size / 3;
        if (id === this.groups.length) {
            const grown = new Uint8Array(this.groups.length * 2);
            grown.set(this.groups);
            this.groups = grown;
        }
        this.groups[id] = parse/* CHANGE_GROUPS */.Y0.indexOf(entry.group);
        this.strings.push(entry.text);
        this.strings.push(entry.text.toLowerCase());
        this.strings.push((0,render/* renderEntry */.Ft)(entry.text, this.style, this.links));
        return id;
    }
    get(id) {
        return {
            group: parse/* CHANGE_GROUPS */.Y0[this.groups[id]],
            text: this.strings.get(id * 3),
            identity: this.strings.get(id * 3 + 1),
            line: this.strings.get(id * 3 + 2)
        };
    }
    /** Groups a release's entries (oldest first) by their Keep a Changelog group, each identity once. */
    group(ids) {
        const groups = new Map(parse/* CHANGE_GROUPS */.Y0.map((g) => [g, []]));
        const seen = new Set();
        for (const id of ids) {
            const identity = this.strings.get(id * 3 + 1);
            if (seen.has(identity))
                continue;
            seen.add(identity);
            groups.get(parse/* CHANGE_GROUPS */.Y0[this.groups[id]]).push(this.strings.get(id * 3 + 2));
        }
        return groups;
    }
}

;// CONCATENATED MODULE: ./packages/changelog/index.ts
// Keep a Changelog: parse (with exact offsets), classify commits, render, merge reruns, links.










/**
 * The section of `version` in a changelog's text (or bytes), or undefined when it has none.
 * For create-tag, open-release-pr and close-milestone. Throws a located ConfigurationError
 * when the file is not Keep a Changelog.
 */
function readReleaseSection(content, version, options = {}) {
    const file = options.file ?? 'CHANGELOG.md';
    const text = typeof content === 'string' ? content : (0,parse/* decodeChangelog */.x3)(content, file);
    // A reader needs only its own section: irregular lines elsewhere are not its business.
    const doc = (0,parse/* parseChangelog */.EY)(text, file, { strict: false });
    const section = (0,parse/* findSection */.rv)(doc, version);
    if (!section?.version)
        return undefined;
    const body = (0,parse/* sectionBody */.gt)(doc, section);
    return {
        version: section.version,
        date: section.date,
        line: section.line,
        body,
        ticketKeys: (0,render/* ticketKeys */.PD)(body, options.issuePattern ?? new RegExp(render/* DEFAULT_ISSUE_PATTERN */.vK))
    };
}


/***/ }),

/***/ 6524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parseChangelog),
/* harmony export */   Y0: () => (/* reexport safe */ _grammar_js__WEBPACK_IMPORTED_MODULE_3__.Y0),
/* harmony export */   gt: () => (/* binding */ sectionBody),
/* harmony export */   rv: () => (/* binding */ findSection),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   x3: () => (/* binding */ decodeChangelog)
/* harmony export */ });
/* unused harmony export changelogRefusal */
/* harmony import */ var _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8235);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _headings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5444);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3770);
/**
 * A Keep a Changelog 1.1.0 document as offsets into its text, so an update can replace exactly
 * the bytes it means to and leave every other byte as it was. Read tolerantly: only the part an
 * update changes must be unambiguous (see `parseChangelog`); the rest is kept as written.
 */





const LINK_REFERENCE = /^ {0,3}\[([^\]]+)\]: *(\S+).*$/;
const FENCE = /^ {0,3}(```|~~~)/;
/** Splits text into lines with their offsets; `\r\n` and `\n` both end a line. */
function splitLines(text) {
    const lines = [];
    let start = 0;
    let number = 1;
    while (start < text.length) {
        const newline = text.indexOf('\n', start);
        const next = newline === -1 ? text.length : newline + 1;
        const end = newline === -1
            ? text.length
            : newline > start && text[newline - 1] === '\r'
                ? newline - 1
                : newline;
        lines.push({ number, start, end, next, text: text.slice(start, end) });
        start = next;
        number++;
    }
    return lines;
}
/** Decodes bytes as UTF-8; anything else is refused with the line of the first bad byte. */
function decodeChangelog(bytes, file) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        const lossy = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'utf8');
        let bad = 0;
        while (bad < bytes.length && bytes[bad] === lossy[bad])
            bad++;
        let line = 1;
        for (let i = 0; i < bad; i++)
            if (bytes[i] === 0x0a)
                line++;
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} is not UTF-8 (line ${line} has a byte that is not valid UTF-8). Re-save the file as UTF-8.`, { locations: [{ file, line }] });
    }
}
/**
 * Reads a CHANGELOG.md. Tolerant: only the part an update changes ([Unreleased], the newest
 * release, the version's own section, the link block) must be unambiguous; anything irregular
 * in older history is kept as written and listed in `notices`. With `strict` (the default),
 * problems in the changed part throw one ConfigurationError that lists every one of them.
 */
function parseChangelog(text, file = 'CHANGELOG.md', options = {}) {
    const lines = splitLines(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const linksStart = footLinksStart(lines, text.length);
    const links = [];
    const sections = [];
    const irregular = [];
    const level = releaseLevel(lines, linksStart);
    let section;
    let group;
    let entry;
    let fenced = false;
    let comment = false;
    for (const line of lines) {
        if (line.start >= linksStart) {
            const link = LINK_REFERENCE.exec(line.text);
            if (link)
                links.push({ label: link[1], url: link[2], line });
            continue;
        }
        const opaque = fenced || comment;
        if (!comment && FENCE.test(line.text))
            fenced = !fenced;
        else if (!fenced)
            comment = commentState(line.text, comment);
        const heading = opaque ? undefined : (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .headingLine */ .F5)(line.text);
        if (heading && heading.level <= level) {
            // A heading of the release level or above ends the section before it.
            if (section)
                section.end = line.start;
            section = undefined;
            group = undefined;
            entry = undefined;
            if (heading.level < level)
                continue;
            const reading = (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .readReleaseHeading */ .i0)(heading);
            if (!reading.ok) {
                irregular.push({ line: line.number, message: reading.problem, after: sections.length });
                continue;
            }
            const h = reading.heading;
            section = {
                label: h.label,
                version: h.version,
                date: h.date,
                level: h.level,
                form: h.form,
                url: h.url,
                line: line.number,
                start: line.start,
                bodyStart: line.next,
                end: linksStart,
                contentEnd: line.next,
                groups: [],
                preface: []
            };
            sections.push(section);
            continue;
        }
        if (!section || line.text.trim() === '') {
            entry = undefined;
            continue;
        }
        section.contentEnd = line.next;
        if (heading && heading.level === level + 1) {
            group = {
                name: heading.text,
                line: line.number,
                start: line.start,
                end: line.next,
                entries: []
            };
            section.groups.push(group);
            entry = undefined;
            continue;
        }
        if (!group) {
            section.preface.push(line);
            continue;
        }
        group.end = line.next;
        const bullet = opaque ? null : /^[-*+] +(.*)$/.exec(line.text);
        if (bullet) {
            entry = { text: bullet[1].trim(), line: line.number, start: line.start, end: line.next };
            group.entries.push(entry);
        }
        else if (entry) {
            entry.text += ` ${line.text.trim()}`;
            entry.end = line.next;
        }
    }
    const doc = {
        file,
        text,
        eol,
        sections,
        links,
        linksStart,
        level,
        problems: [],
        notices: []
    };
    sortIssues(doc, irregular, options.version);
    if (options.strict !== false && doc.problems.length > 0)
        throw changelogRefusal(doc);
    return doc;
}
/** Every problem in one error, each with its line, so a person fixes them all in one go. */
function changelogRefusal(doc) {
    const { file, problems } = doc;
    const listing = problems.map((p) => `line ${p.line}: ${p.message}`);
    const message = problems.length === 1
        ? `${file} ${listing[0]}`
        : `${file} has ${problems.length} problems in the part an update changes: ${listing.join('; ')}`;
    return new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(message, {
        locations: problems.map((p) => ({ file, line: p.line }))
    });
}
/**
 * The level of the release headings: that of the first heading written as a release
 * (`## [1.2.0] - ...`, `### [Unreleased]`, `## 1.2.0`), else 2.
 */
function releaseLevel(lines, linksStart) {
    let fenced = false;
    let comment = false;
    for (const line of lines) {
        if (line.start >= linksStart)
            break;
        const opaque = fenced || comment;
        if (!comment && FENCE.test(line.text))
            fenced = !fenced;
        else if (!fenced)
            comment = commentState(line.text, comment);
        if (opaque)
            continue;
        const heading = (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .headingLine */ .F5)(line.text);
        if (!heading || heading.level < 2 || heading.level > 3)
            continue;
        const reading = (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .readReleaseHeading */ .i0)(heading);
        if (reading.ok || reading.releaseLike)
            return heading.level;
    }
    return 2;
}
/** Whether an HTML comment is open after `line` (a heading inside one is no heading). */
function commentState(line, open) {
    let state = open;
    let at = 0;
    for (;;) {
        const next = state ? line.indexOf('-->', at) : line.indexOf('<!--', at);
        if (next === -1)
            return state;
        state = !state;
        at = next + (state ? 4 : 3);
    }
}
/**
 * Sorts what is irregular into problems (the changed part) and notices (older history).
 * Problems: a second or misplaced [Unreleased]; an irregular heading between [Unreleased] (or
 * the top) and the newest release, where [Unreleased] would end or which may be the newest
 * release written wrongly; the newest release or the version's own section repeated or out of
 * order. Everything further down is a notice.
 */
function sortIssues(doc, irregular, version) {
    const { sections } = doc;
    const newest = sections.find((s) => s.version !== undefined);
    const newestIndex = newest ? sections.indexOf(newest) : sections.length;
    for (const issue of irregular) {
        const target = issue.after <= newestIndex ? doc.problems : doc.notices;
        target.push({ line: issue.line, message: issue.message });
    }
    const own = version !== undefined && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.valid(version) ? version : undefined;
    let unreleased;
    let previous;
    const seen = new Map();
    for (const section of sections) {
        if (!section.version) {
            if (unreleased) {
                doc.problems.push({
                    line: section.line,
                    message: `a second [Unreleased] section (the first is at line ${unreleased.line}); merge them into one.`
                });
            }
            else if (previous) {
                doc.problems.push({
                    line: section.line,
                    message: `[Unreleased] must be the first section, above ${previous.label} (line ${previous.line}).`
                });
            }
            unreleased ??= section;
            continue;
        }
        const mine = own !== undefined && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.eq(section.version, own);
        const first = seen.get(section.version);
        if (first) {
            const head = first === newest || mine;
            (head ? doc.problems : doc.notices).push({
                line: section.line,
                message: `a second section for ${section.version} (the first is at line ${first.line})${head ? '; merge them into one.' : '.'}`
            });
        }
        else if (previous?.version && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.gte(section.version, previous.version)) {
            const head = previous === newest || mine;
            (head ? doc.problems : doc.notices).push({
                line: section.line,
                message: `versions are out of order: ${section.version} comes after ${previous.version} (line ${previous.line})${head ? '; list the newest release first.' : '.'}`
            });
        }
        if (!first)
            seen.set(section.version, section);
        previous = section;
    }
    doc.problems.sort((a, b) => a.line - b.line);
    doc.notices.sort((a, b) => a.line - b.line);
}
/** The link block at the foot: trailing link definitions and blank lines. */
function footLinksStart(lines, length) {
    let start = length;
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        if (line.text.trim() === '')
            continue;
        if (!LINK_REFERENCE.test(line.text))
            break;
        start = line.start;
    }
    return start;
}
/** The section of a version, or undefined. */
function findSection(doc, version) {
    return doc.sections.find((s) => s.version !== undefined && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.eq(s.version, version));
}
/** The body of a section (after its heading), trimmed of blank lines at both ends. */
function sectionBody(doc, section) {
    return doc.text
        .slice(section.bodyStart, section.contentEnd)
        .replace(/^(\r?\n)+/, '')
        .replace(/(\r?\n)+$/, '');
}


/***/ }),

/***/ 7183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ countEntries),
/* harmony export */   Ft: () => (/* binding */ renderEntry),
/* harmony export */   PD: () => (/* binding */ ticketKeys),
/* harmony export */   QO: () => (/* binding */ orderedGroups),
/* harmony export */   YN: () => (/* binding */ renderSection),
/* harmony export */   bg: () => (/* binding */ detectStyle),
/* harmony export */   sC: () => (/* reexport safe */ _grammar_js__WEBPACK_IMPORTED_MODULE_1__.sC),
/* harmony export */   sx: () => (/* binding */ renderGroup),
/* harmony export */   vK: () => (/* reexport safe */ _grammar_js__WEBPACK_IMPORTED_MODULE_1__.vK)
/* harmony export */ });
/* unused harmony exports SEED_STYLE, linkReferences */
/* harmony import */ var _base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4385);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3770);
/* harmony import */ var _headings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5444);
/**
 * Markdown for a release section: entries with their ticket keys and pull request numbers
 * linked, groups in Keep a Changelog order, laid out the way the file already lays out its
 * sections.
 */




/** The seed's layout: no blank line under headings, `- ` bullets, `## [X.Y.Z] - date`. */
const SEED_STYLE = {
    blankAfterHeading: false,
    blankAfterGroup: false,
    bullet: '-',
    form: _headings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_HEADING_FORM */ .qh
};
/**
 * Existing markdown links are left as they are; bare keys and `#12` get a link. The character
 * before `#12` is checked by linkReferences rather than by a lookbehind, which would keep the
 * regex off V8's linear-time engine (see base/user-regex.ts).
 */
const linkedOrBare = new Map();
function LINKED_OR_BARE(issue) {
    let pattern = linkedOrBare.get(issue.source);
    if (!pattern) {
        pattern = (0,_base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedRegExp */ .DA)(issue, `(?<link>\\[[^\\]]*\\]\\([^)]*\\))|(?<key>${issue.source})|#(?<pr>\\d+)\\b`, 'g');
        linkedOrBare.set(issue.source, pattern);
    }
    return pattern;
}
/** The ticket keys an entry names, in order, without repeats. */
function ticketKeys(text, issuePattern) {
    const pattern = (0,_base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .derivedRegExp */ .DA)(issuePattern, issuePattern.source, issuePattern.flags.includes('g') ? issuePattern.flags : `${issuePattern.flags}g`);
    return [...new Set([...text.matchAll(pattern)].map((m) => m[0]))];
}
/** Links ticket keys (when `issueUrl` is set) and `#12` (when the repository is known). */
function linkReferences(text, options) {
    if (!options.issueUrl && !text.includes('#'))
        return text;
    return text.replace(LINKED_OR_BARE(options.issuePattern), (whole, ...args) => {
        const { link, key, pr } = args[args.length - 1];
        const offset = args[args.length - 3];
        if (link)
            return link;
        if (key)
            return options.issueUrl ? `[${key}](${options.issueUrl.replaceAll('{key}', key)})` : key;
        // `#12` inside a word, an HTML entity (`&#12;`) or a path is not a pull request.
        const inWord = offset > 0 && /[\w&/]/.test(text[offset - 1]);
        return pr && !inWord && options.repositoryUrl
            ? `[#${pr}](${options.repositoryUrl}/pull/${pr})`
            : whole;
    });
}
/** Reads the layout of the newest release section, or the seed's layout for a file without one. */
function detectStyle(doc) {
    if (!doc)
        return SEED_STYLE;
    const newest = doc.sections.find((s) => s.version);
    const form = newest?.form ?? { ..._headings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_HEADING_FORM */ .qh, level: doc.level };
    // The newest section with a body: a blank line under its heading, whatever opens the body.
    const laidOut = doc.sections.find((s) => s.version && s.contentEnd > s.bodyStart);
    const section = doc.sections.find((s) => s.version && s.groups.length > 0);
    const blankAfterHeading = laidOut ? /^[ \t]*\r?\n/.test(doc.text.slice(laidOut.bodyStart)) : false;
    if (!section)
        return { ...SEED_STYLE, blankAfterHeading, form };
    const group = section.groups[0];
    const firstEntry = group.entries[0];
    const headingEnd = doc.text.indexOf('\n', group.start) + 1;
    return {
        blankAfterHeading,
        blankAfterGroup: firstEntry
            ? doc.text.slice(headingEnd, firstEntry.start).trim() === '' && firstEntry.start > headingEnd
            : false,
        bullet: firstEntry ? doc.text[firstEntry.start] : '-',
        form
    };
}
/** Orders groups: Keep a Changelog's six first, any other heading after, in first-seen order. */
function orderedGroups(names) {
    const all = [...new Set(names)];
    const known = _grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_GROUPS */ .Y0.filter((g) => all.includes(g));
    return [...known, ...all.filter((n) => !_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_GROUPS */ .Y0.includes(n))];
}
/** The lines of a group block: heading, optional blank, entries. */
function renderGroup(name, entries, style) {
    const hashes = '#'.repeat(style.form.level + 1);
    return [`${hashes} ${name}`, ...(style.blankAfterGroup ? [''] : []), ...entries];
}
/**
 * A whole section: `## [version] - date`, then loose lines, then groups, each group followed
 * by a blank line. Returned with `eol` line breaks.
 */
function renderSection(heading, body, style, eol, url) {
    const title = heading === 'Unreleased'
        ? (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUnreleasedHeading */ .mm)(style.form.level)
        : (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReleaseHeading */ .ZB)(style.form, heading.version, heading.date, url);
    const lines = [title];
    const blocks = [];
    if (body.preface.length > 0)
        blocks.push(body.preface);
    for (const name of orderedGroups(body.groups.keys())) {
        const entries = body.groups.get(name) ?? [];
        if (entries.length > 0)
            blocks.push(renderGroup(name, entries, style));
    }
    if (blocks.length > 0 && style.blankAfterHeading)
        lines.push('');
    for (const block of blocks)
        lines.push(...block, '');
    if (blocks.length === 0)
        lines.push('');
    return lines.join(eol) + eol;
}
/** One entry line: `- text`, with its references linked. */
function renderEntry(text, style, links) {
    return `${style.bullet} ${linkReferences(text, links)}`;
}
/** Counts entries per Keep a Changelog group, for the summary. */
function countEntries(groups) {
    return orderedGroups(groups.keys())
        .map((name) => [name, groups.get(name)?.length ?? 0])
        .filter(([, n]) => n > 0);
}


/***/ })

};
;
//# sourceMappingURL=6000.index.js.map