"use strict";
exports.id = 6115;
exports.ids = [6115];
exports.modules = {

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionsLogger)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);

/** The Logger of an action: the runner's log, warnings as annotations, debug lines. */
const actionsLogger = {
    info: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    debug: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message)
};


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

/***/ 2270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   el: () => (/* binding */ runRollback)
/* harmony export */ });
/* unused harmony export DEFAULT_ROLLBACK_TIMEOUT_MS */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _shell_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5602);
/**
 * The one rollback path of deploy and monitor. The user's system comes first: the rollback
 * command runs before anything is recorded, so a failing Deployments API can never keep a
 * broken release live; the record is written after, and its failure is reported beside the
 * rollback's outcome, never instead of it.
 */


/** A rollback with no limit of its own may run this long before it is stopped. */
const DEFAULT_ROLLBACK_TIMEOUT_MS = 30 * 60_000;
/** Runs the rollback command with the DEPLOY_* values; never throws for a failing command. */
async function runRollback(plan, runCommand) {
    const timeoutMs = plan.timeoutMs ?? DEFAULT_ROLLBACK_TIMEOUT_MS;
    const name = `Roll back ${plan.environment ?? ''} to ${plan.previous?.version ?? '(unknown)'}`;
    const outcome = await runCommand(name.replace(/\s+/g, ' '), {
        command: plan.command,
        cwd: plan.workingDirectory,
        timeoutMs,
        env: {
            DEPLOY_ENVIRONMENT: plan.environment ?? '',
            DEPLOY_VERSION: plan.failed?.version ?? '',
            DEPLOY_REF: plan.failed?.ref ?? '',
            DEPLOY_PREVIOUS_VERSION: plan.previous?.version ?? '',
            DEPLOY_PREVIOUS_REF: plan.previous?.ref ?? ''
        }
    });
    return { outcome, description: (0,_shell_command_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOutcome */ .SS)('The rollback command', outcome, timeoutMs) };
}
/**
 * Runs a bookkeeping step (a status, a read) whose failure must not stop what follows; returns
 * why it failed, or undefined.
 */
async function attempt(step) {
    try {
        await step();
        return undefined;
    }
    catch (error) {
        return (0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    }
}


/***/ }),

/***/ 4553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  iR: () => (/* binding */ GitCommandError)
});

// UNUSED EXPORTS: authHeaderKey

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/base/token-source.ts
var token_source = __webpack_require__(5681);
;// CONCATENATED MODULE: ./packages/base/logger.ts
/** A logger that keeps every line, for tests and for the CLI rehearsal. */
class RecordingLogger {
    lines = [];
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    text(level) {
        return this.lines
            .filter((l) => !level || l.level === level)
            .map((l) => l.message)
            .join('\n');
    }
}
const silentLogger = { info: () => { }, warning: () => { }, debug: () => { } };

// EXTERNAL MODULE: ./packages/base/round-trips.ts
var round_trips = __webpack_require__(9695);
;// CONCATENATED MODULE: ./packages/git/git.ts
/**
 * The real `git` CLI, run through `@actions/exec`. Every git call in the suite goes through a
 * `Git` instance, which carries the working directory, the bot identity and the token.
 */





class GitCommandError extends Error {
    args;
    result;
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
        this.name = 'GitCommandError';
    }
}
const NETWORK_COMMANDS = new Set(['fetch', 'push', 'ls-remote', 'pull']);
/**
 * Commands after which git starts `git maintenance run --auto` (or `gc --auto`): a process
 * more per call, and on a large history a repack, in a checkout the runner throws away.
 */
const AUTO_MAINTENANCE = new Set(['fetch', 'pull', 'commit', 'merge', 'rebase', 'am']);
const NO_AUTO_MAINTENANCE = ['-c', 'maintenance.auto=false', '-c', 'gc.auto=0'];
const ORIGIN_CALL = {
    fetch: 'fetch',
    pull: 'fetch',
    push: 'push',
    'ls-remote': 'ls-remote'
};
/**
 * `@actions/exec`, with `@actions/io` and `child_process` behind it, loads with the first git
 * call rather than with the action: an action that stops at a bad input never pays for it.
 */
async function exec(command, args, options) {
    const { getExecOutput } = await __webpack_require__.e(/* import() | actions-exec */ 2810).then(__webpack_require__.bind(__webpack_require__, 1260));
    return getExecOutput(command === 'git' ? gitExecutable() : command, args, options);
}
/**
 * git's absolute path, looked up on PATH once per PATH: given a bare name, `@actions/exec`
 * stats every PATH entry on each call (a few ms a process); given the path, one file.
 */
const gitOnPath = new Map();
function gitExecutable() {
    if (process.platform === 'win32')
        return 'git';
    const path = process.env.PATH ?? '';
    let found = gitOnPath.get(path);
    if (found === undefined) {
        found =
            path
                .split(external_node_path_.delimiter)
                .filter((dir) => (0,external_node_path_.isAbsolute)(dir))
                .map((dir) => (0,external_node_path_.join)(dir, 'git'))
                .find(isExecutableFile) ?? 'git';
        gitOnPath.set(path, found);
    }
    return found;
}
function isExecutableFile(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
class Git {
    cwd;
    log;
    identity;
    token;
    serverUrl;
    checkoutAuth;
    /** The branch origin's HEAD named in this run's `ls-remote --symref ... HEAD`, once asked. */
    originHead;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.log = options.log ?? silentLogger;
        this.identity = options.identity;
        this.token = options.token;
        this.serverUrl = options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    }
    /** The same git (log, identity, token, server) in another directory, e.g. a worktree. */
    at(cwd) {
        return new Git(cwd, {
            log: this.log,
            identity: this.identity,
            token: this.token,
            serverUrl: this.serverUrl
        });
    }
    /** Runs git; throws GitCommandError on a non-zero exit unless `allowFailure` (or `allowExit`). */
    async run(args, options = {}) {
        const auth = NETWORK_COMMANDS.has(args[0] ?? '') ? await this.networkAuthArgs() : [];
        this.log.debug(`git ${args.join(' ')}`);
        const call = ORIGIN_CALL[args[0] ?? ''];
        if (call)
            (0,round_trips/* countOriginCall */.ud)(call);
        const quiet = AUTO_MAINTENANCE.has(args[0] ?? '') ? NO_AUTO_MAINTENANCE : [];
        const result = await exec('git', [...auth, ...quiet, ...args], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
            env: {
                ...stringEnv(process.env),
                ...this.identityEnv(),
                GIT_TERMINAL_PROMPT: '0',
                ...options.env
            }
        });
        if (result.exitCode !== 0 &&
            !options.allowFailure &&
            !options.allowExit?.includes(result.exitCode))
            throw new GitCommandError(args, result);
        return result;
    }
    /** Runs git and returns its trimmed standard output. */
    async output(args) {
        return (await this.run(args)).stdout.trim();
    }
    /**
     * Whether git takes the directory for a repository. One `git config` answers it (a repository
     * always has a local `core.repositoryformatversion`) and, in the same process, whether the
     * checkout left an auth header for network commands: one git process where two would do.
     */
    async isRepository() {
        // Nothing named .git here or above (and no GIT_DIR): git would say no, so skip asking it.
        if (!process.env.GIT_DIR && !hasGitEntryAbove(this.cwd))
            return false;
        const config = await this.run([
            'config',
            '--show-scope',
            '--get-regexp',
            '^(http\\..*extraheader|core\\.repositoryformatversion)$'
        ], { allowFailure: true });
        const lines = config.exitCode === 0 ? config.stdout.split('\n') : [];
        if (lines.some((line) => /^local\tcore\.repositoryformatversion /.test(line))) {
            this.checkoutAuth ??= Promise.resolve(lines.some((line) => /^\w+\thttp\..*extraheader( |$)/.test(line)));
            return true;
        }
        return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).exitCode === 0;
    }
    /**
     * Whether the clone is shallow: its `shallow` file read where git keeps it, no git process;
     * git asked only when the repository's directory cannot be told from the working directory.
     */
    async isShallow() {
        const file = this.shallowFile();
        if (file !== undefined)
            return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).size > 0;
        return (await this.output(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    /** `$GIT_COMMON_DIR/shallow`, as git finds it (GIT_DIR, a .git directory or gitfile, commondir). */
    shallowFile() {
        const common = this.commonDir();
        return common === undefined ? undefined : (0,external_node_path_.join)(common, 'shallow');
    }
    /**
     * The directory git keeps what worktrees share (objects, refs, `shallow`), as git finds it:
     * GIT_DIR, a .git directory or gitfile, commondir. Undefined when it cannot be told.
     */
    commonDir() {
        return commonDirOf(findGitDir(this.cwd), this.cwd);
    }
    /**
     * HEAD's commit read from the files git keeps it in, no git process: HEAD itself (detached),
     * or the loose ref of the branch it names, which git writes on every update of that branch.
     * Undefined where the files do not tell: an unborn branch, a ref only in packed-refs, a
     * reftable repository, a directory git cannot be found from.
     */
    headFromFiles() {
        const gitDir = findGitDir(this.cwd);
        const common = commonDirOf(gitDir, this.cwd);
        if (gitDir === undefined || common === undefined)
            return undefined;
        try {
            let content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'HEAD'), 'utf8').trim();
            const branch = /^ref: (refs\/heads\/[^\s]+)$/.exec(content)?.[1];
            if (branch !== undefined) {
                if (branch.split('/').includes('..'))
                    return undefined;
                content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(common, branch), 'utf8').trim();
            }
            return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(content) ? content : undefined;
        }
        catch {
            return undefined;
        }
    }
    async headSha() {
        return this.output(['rev-parse', 'HEAD']);
    }
    /** The commit a ref points at, or undefined when it does not exist. */
    async resolveCommit(ref) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** The checked-out branch, or undefined on a detached HEAD. */
    async currentBranch() {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
            allowFailure: true
        });
        return result.exitCode === 0;
    }
    /** Remote refs under a prefix (e.g. `refs/tags/v*`), name -> commit sha (tags peeled). */
    async remoteRefs(pattern, remote = 'origin') {
        return (await this.listRemote([pattern], remote)).refs;
    }
    /**
     * Everything a step needs to know of origin in one `ls-remote`: the refs matching any of
     * `patterns` (`HEAD` among them gives the default branch too, through `--symref`).
     */
    async listRemote(patterns, remote = 'origin') {
        const out = await this.output(['ls-remote', '--symref', remote, ...patterns]);
        const listing = { refs: new Map(), objects: new Map() };
        for (const line of out.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (!sha || !ref)
                continue;
            if (sha.startsWith('ref: ')) {
                if (ref === 'HEAD')
                    listing.head = sha.slice('ref: refs/heads/'.length);
            }
            else if (ref.endsWith('^{}')) {
                listing.refs.set(ref.slice(0, -3), sha);
            }
            else {
                listing.objects.set(ref, sha);
                if (!listing.refs.has(ref))
                    listing.refs.set(ref, sha);
            }
        }
        if (listing.head && remote === 'origin')
            this.originHead = listing.head;
        // HEAD's line carries the default branch's commit: the branch is known without naming it.
        const head = listing.refs.get('HEAD');
        if (listing.head && head) {
            listing.refs.set(`refs/heads/${listing.head}`, head);
            listing.objects.set(`refs/heads/${listing.head}`, head);
        }
        return listing;
    }
    /** Tag names matching a glob that are reachable from `ref`. */
    async tagsMergedInto(ref, glob) {
        const out = await this.output(['tag', '--merged', ref, '--list', glob]);
        return out ? out.split('\n') : [];
    }
    /**
     * The tags of `tagsMergedInto`, or undefined when `ref` names nothing: one git process where
     * `resolveCommit` and then `tagsMergedInto` would take two.
     */
    async tagsMergedIntoIfExists(ref, glob) {
        try {
            return await this.tagsMergedInto(ref, glob);
        }
        catch (error) {
            if (error instanceof GitCommandError && /malformed object name/.test(error.result.stderr))
                return undefined;
            throw error;
        }
    }
    /**
     * Commits the given paths, and only them (`git commit -- <paths>`: what else is staged stays
     * out); the new commit and its parent, or undefined when nothing changed. One git process when
     * git tracks every path; when it declines (a path new to git, like a first CHANGELOG.md), the
     * paths are staged and committed again, and only then is it asked whether anything changed.
     * The new commit and its parent are HEAD after and before, read from git's files where they
     * tell it (`headFromFiles`); git is asked only where they do not.
     */
    async commit(paths, message) {
        const before = this.headFromFiles();
        const args = ['commit', '--no-verify', '--quiet', '-m', message, '--', ...paths];
        let made = await this.run(args, { allowFailure: true });
        if (made.exitCode !== 0) {
            await this.run(['add', '--', ...paths]);
            made = await this.run(args, { allowFailure: true });
        }
        if (made.exitCode !== 0) {
            const changed = await this.run(['diff', '--quiet', 'HEAD', '--', ...paths], {
                allowFailure: true
            });
            if (changed.exitCode === 0)
                return undefined;
            throw new GitCommandError(args, made);
        }
        const after = this.headFromFiles();
        if (before !== undefined && after !== undefined && after !== before)
            return { sha: after, parent: before };
        const [sha = '', parent = ''] = (await this.output(['log', '-1', '--format=%H%n%P', 'HEAD']))
            .split('\n')
            .map((line) => line.split(' ')[0] ?? '');
        return { sha, parent };
    }
    /** The bytes of a blob (`HEAD:path`), exactly as stored: no decoding on the way. */
    async blobBytes(revision) {
        const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
        return new Promise((resolve, reject) => {
            execFile('git', ['cat-file', 'blob', revision], { cwd: this.cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout) => (error ? reject(new Error(error.message)) : resolve(stdout)));
        });
    }
    identityEnv() {
        if (!this.identity)
            return {};
        return {
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email
        };
    }
    /**
     * actions/checkout leaves an `http.<server>.extraheader` with the token unless
     * `persist-credentials: false`; only when there is none do we add ours, so git never sends two.
     * An App installation token lives an hour: each network command asks the run's token source
     * for a token valid a while yet (minted again near its end), never the first one kept.
     */
    async networkAuthArgs() {
        if (!this.token)
            return [];
        this.checkoutAuth ??= exec('git', ['config', '--get-regexp', '^http\\..*extraheader$'], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true
        }).then((existing) => existing.exitCode === 0 && existing.stdout.trim() !== '');
        if (await this.checkoutAuth)
            return [];
        const app = (0,token_source/* tokenSource */.Z)();
        const token = app?.minted(this.token) ? await app.fresh() : this.token;
        const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
        // Scoped to the GitHub server: an origin naming another host never receives the token.
        return ['-c', `${authHeaderKey(this.serverUrl)}=AUTHORIZATION: basic ${basic}`];
    }
}
/** `http.<server>/.extraheader`, the key actions/checkout writes, for one server URL. */
function authHeaderKey(serverUrl) {
    const url = new URL(serverUrl);
    return `http.${url.protocol}//${url.host}/.extraheader`;
}
/** The repository directory git would use for `cwd`, or undefined when it cannot be told here. */
function findGitDir(cwd) {
    if (process.env.GIT_DIR)
        return (0,external_node_path_.resolve)(cwd, process.env.GIT_DIR);
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const entry = (0,external_node_path_.join)(dir, '.git');
        if ((0,external_node_fs_.existsSync)(entry)) {
            if ((0,external_node_fs_.statSync)(entry).isDirectory())
                return entry;
            const line = /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)(entry, 'utf8'));
            return line ? (0,external_node_path_.resolve)(dir, line[1].trim()) : undefined;
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** The common dir of `gitDir` (see `Git.commonDir`); `cwd` resolves a relative GIT_COMMON_DIR. */
function commonDirOf(gitDir, cwd) {
    if (!gitDir)
        return undefined;
    let common = gitDir;
    if (process.env.GIT_COMMON_DIR)
        common = (0,external_node_path_.resolve)(cwd, process.env.GIT_COMMON_DIR);
    else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitDir, 'commondir')))
        common = (0,external_node_path_.resolve)(gitDir, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').trim());
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(common, 'objects')) ? common : undefined;
}
function hasGitEntryAbove(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return true;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return false;
    }
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}


/***/ }),

/***/ 8769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ probeUrl)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5876);
/** One timed HTTP GET, as the health gate of deploy and the probes of monitor make it. */


/** Fetches the URL within `budgetMs`; never throws. */
async function probeUrl(url, budgetMs, expectText) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
        const response = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpRequest */ .a)(url, { timeoutMs: budgetMs });
        const body = response.body;
        const latencyMs = elapsed();
        const status = response.status;
        if (status < 200 || status > 299) {
            return { url, ok: false, status, latencyMs, detail: `HTTP ${status}` };
        }
        if (expectText !== undefined && !body.includes(expectText)) {
            const detail = `HTTP ${status}, but the body does not contain ${expectText}: ${preview(body)}`;
            return { url, ok: false, status, latencyMs, detail };
        }
        return { url, ok: true, status, latencyMs, detail: `HTTP ${status}` };
    }
    catch (error) {
        return { url, ok: false, latencyMs: elapsed(), detail: failureReason(error, budgetMs) };
    }
}
function preview(body) {
    const flat = body.replace(/\s+/g, ' ').trim();
    return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat || '(empty body)';
}
/** Names the usual socket errors plainly. */
function failureReason(error, budgetMs) {
    if (!(error instanceof _client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpNetworkError */ .z))
        return (0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    if (error.code === 'TIMEOUT')
        return `no answer within ${budgetMs} ms`;
    if (error.code === 'ECONNREFUSED')
        return 'connection refused';
    if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
        return 'host not found';
    if (error.code === 'ECONNRESET')
        return 'connection reset';
    return error.message;
}


/***/ }),

/***/ 4165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ changelogYank)
});

// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git_git = __webpack_require__(4553);
// EXTERNAL MODULE: ./packages/github/pulls.ts
var pulls = __webpack_require__(2888);
// EXTERNAL MODULE: ./packages/versioning/branches.ts
var branches = __webpack_require__(4555);
// EXTERNAL MODULE: ./packages/release/commit-via.ts
var commit_via = __webpack_require__(2410);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/changelog/parse.ts
var parse = __webpack_require__(6524);
;// CONCATENATED MODULE: ./packages/changelog/yank.ts
/**
 * Keep a Changelog's mark for a release that was pulled: `## [1.3.0] - 2026-12-03 [YANKED]`.
 * The heading is found with the changelog parser, and only that line changes.
 */

/**
 * The changelog with the version's heading marked `[YANKED]`: the same text when it is marked
 * already, undefined when there is no section for the version.
 */
function yankSection(text, version, file) {
    const doc = (0,parse/* parseChangelog */.EY)(text, file);
    const section = (0,parse/* findSection */.rv)(doc, version);
    if (!section)
        return undefined;
    const heading = text.slice(section.start, section.bodyStart);
    const line = heading.replace(/\r?\n$/, '');
    if (/\[YANKED\]\s*$/.test(line))
        return text;
    const eol = heading.slice(line.length);
    return `${text.slice(0, section.start)}${line.trimEnd()} [YANKED]${eol}${text.slice(section.bodyStart)}`;
}

// EXTERNAL MODULE: ./packages/release/back-merge.ts
var back_merge = __webpack_require__(9848);
;// CONCATENATED MODULE: ./packages/release/yank-changelog.ts
/**
 * A rolled-back release's CHANGELOG section marked `[YANKED]` on develop, through back-merge's
 * path: one commit on `yank/<version>` (on develop when it has the section already, else on
 * the release tag, whose content back-merge would bring anyway), merged into develop with a
 * merge commit, or a pull request where develop is protected or the merge conflicts. With
 * `commit-via: api` (or `auto` where the branch requires signatures) both the yank commit and
 * the merge are made by GitHub (Verified), as bump-version's and back-merge's are.
 */





/** Marks the section yanked on develop; rerun-safe (an open pull request is reused). */
async function yankOnDevelop(git, request, openPull) {
    const { version, developBranch: develop, changelogPath: path } = request;
    const tag = `${request.tagPrefix}${version}`;
    const branch = `yank/${version}`;
    try {
        await git.run([
            'fetch',
            '--no-tags',
            ...((await git.isShallow()) ? ['--unshallow'] : []),
            'origin',
            `+refs/heads/${develop}:refs/remotes/origin/${develop}`,
            `+refs/tags/${tag}:refs/tags/${tag}`
        ]);
        const onDevelop = await show(git, `refs/remotes/origin/${develop}`, path);
        const there = onDevelop === undefined ? undefined : yankSection(onDevelop, version, path);
        if (there !== undefined && there === onDevelop) {
            return {
                result: 'unchanged',
                detail: `${path} on ${develop} already marks ${version} [YANKED]`
            };
        }
        const head = await yankCommit(git, request, there !== undefined ? `refs/remotes/origin/${develop}` : `refs/tags/${tag}`);
        if (!head) {
            return {
                result: 'skipped',
                detail: `${path} has no [${version}] section on ${develop} or at ${tag}`
            };
        }
        const report = await (0,back_merge/* backMerge */.WT)(git, {
            source: branch,
            target: develop,
            version,
            message: `Merge ${branch} into {target}: ${version} rolled back`,
            onConflict: 'pull-request',
            releaseBranches: false,
            patterns: request.patterns,
            tagPrefix: request.tagPrefix,
            pullRequestBranch: branch,
            labels: [],
            dryRun: false,
            scratch: request.scratch,
            publishMerge: request.via?.merge
        }, openPull);
        const target = report.targets[0];
        if (target.result === 'pull-request') {
            return {
                result: 'updated',
                detail: `${version} [YANKED] waits in ${target.pullRequestUrl ?? 'a pull request'} into ${develop} (${target.reason ?? ''})`,
                pullRequestUrl: target.pullRequestUrl
            };
        }
        await git.run(['push', '--porcelain', 'origin', `:refs/heads/${branch}`], {
            allowFailure: true
        });
        return { result: 'updated', detail: `${path} on ${develop} marks ${version} [YANKED]` };
    }
    catch (error) {
        return {
            result: 'failed',
            detail: `could not mark ${version} [YANKED] on ${develop} (the token needs contents: write and pull-requests: write): ${(0,errors/* errorMessage */.gJ)(error)}`
        };
    }
}
/** The yank commit on origin's `yank/<version>`: reused when there, else made on `base` and pushed. */
async function yankCommit(git, request, base) {
    const ref = `refs/heads/yank/${request.version}`;
    const existing = (await git.remoteRefs(ref)).get(ref);
    if (existing) {
        await git.run([
            'fetch',
            '--no-tags',
            'origin',
            `+${ref}:refs/remotes/origin/yank/${request.version}`
        ]);
        const text = await show(git, existing, request.changelogPath);
        if (text !== undefined && yankSection(text, request.version) === text)
            return existing;
    }
    const text = await show(git, base, request.changelogPath);
    const yanked = text === undefined ? undefined : yankSection(text, request.version, request.changelogPath);
    if (yanked === undefined || text === undefined)
        return undefined;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(request.scratch, 'yank-'));
    try {
        await git.run(['worktree', 'add', '--detach', '--quiet', dir, base]);
        const tree = git.at(dir);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, request.changelogPath), yanked);
        // Same bytes as read, except the heading: the file's encoding and line ends are kept.
        if ((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, request.changelogPath), 'utf8') !== yanked)
            throw new Error('write failed');
        await tree.run(['add', '--', request.changelogPath]);
        await tree.run([
            'commit',
            '--quiet',
            '--no-verify',
            '-m',
            `Mark ${request.version} [YANKED] in ${request.changelogPath}: rolled back`
        ]);
        const branch = `yank/${request.version}`;
        const publish = await request.via?.commits(branch);
        if (publish) {
            // GitHub makes (and signs) the commit on the branch, created first at the base.
            const onto = await git.output(['rev-parse', `${base}^{commit}`]);
            if (!existing)
                await request.via?.createBranch(branch, onto);
            return (await publish(tree, branch, existing ?? onto)).sha;
        }
        const sha = await tree.headSha();
        const push = await git.run(['push', '--porcelain', 'origin', `${sha}:${ref}`], {
            allowFailure: true
        });
        if (push.exitCode !== 0)
            throw new Error(`push of ${ref} refused: ${push.stderr.trim()}`);
        return sha;
    }
    finally {
        await git.run(['worktree', 'remove', '--force', dir], { allowFailure: true });
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        await git.run(['worktree', 'prune'], { allowFailure: true });
    }
}
async function show(git, ref, path) {
    const result = await git.run(['show', `${ref}:${path}`], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout : undefined;
}

;// CONCATENATED MODULE: ./packages/release/rollback-yank-step.ts





/** `scratch`: a directory for temporary files (the runner's temp). */
async function changelogYank(inputs, scratch, github, repository, version, log) {
    const git = new git_git/* Git */.TU(inputs.workingDirectory, {
        log,
        identity: inputs.identity,
        token: inputs.token
    });
    if (!(await git.isRepository()))
        return undefined;
    return () => yankOnDevelop(git, {
        version,
        tagPrefix: inputs.tagPrefix,
        developBranch: inputs.developBranch,
        changelogPath: inputs.changelogPath,
        patterns: (0,branches/* parseBranchPatterns */.dV)(),
        scratch,
        via: yankPublishers(inputs.commitVia, github, repository, log)
    }, (spec) => (0,pulls/* upsertPull */.N2)(github, repository, spec));
}
/** `commit-via` for the yank branch and the merge into develop; undefined for `git`. */
function yankPublishers(via, github, repository, log) {
    if (via === 'git')
        return undefined;
    const context = (branch) => ({
        repository,
        branch,
        github: () => Promise.resolve(github),
        log
    });
    return {
        commits: (branch) => (0,commit_via/* commitPublisher */.U9)(via, context(branch)),
        merge: async (target) => {
            if ((await (0,commit_via/* resolveCommitVia */.I_)(via, context(target))) === 'git')
                return undefined;
            const { mergeThroughApi } = await __webpack_require__.e(/* import() | rollback-github-merges */ 7101).then(__webpack_require__.bind(__webpack_require__, 7395));
            return mergeThroughApi(github, repository);
        },
        createBranch: async (branch, sha) => {
            await github.rest.git.createRef({ ...repository, ref: `refs/heads/${branch}`, sha });
        }
    };
}


/***/ }),

/***/ 5602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ runShell),
/* harmony export */   SS: () => (/* binding */ describeOutcome)
/* harmony export */ });
/* unused harmony exports COMMAND_NOT_FOUND, commandEnvironment */
/* harmony import */ var _base_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9492);
/**
 * Runs a user's shell command (a deploy script, a test suite, a rollback) the way a workflow
 * `run:` step would: `bash -e -o pipefail -c`, values through the environment (never spliced
 * into the command text), output streamed as it comes, and a timeout that ends the whole
 * process group, not only bash.
 */

const COMMAND_NOT_FOUND = 127;
const KILL_GRACE_MS = 2000;
const TAIL_CHARS = 2000;
/** Runs the command to its end (or its timeout); never throws for a failing command. */
async function runShell(options) {
    const started = Date.now();
    // Loaded here, not at the action's start: an action that stops at a bad input never pays for it.
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    return new Promise((resolve, reject) => {
        const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', options.command], {
            cwd: options.cwd,
            env: { ...commandEnvironment(process.env), ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own process group, so a timeout reaches every process the command started.
            detached: true
        });
        let tail = '';
        let timedOut = false;
        const take = (chunk) => {
            const text = chunk.toString();
            tail = (tail + text).slice(-TAIL_CHARS);
            options.onOutput?.(text);
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        const killGroup = (signal) => {
            try {
                if (child.pid)
                    process.kill(-child.pid, signal);
            }
            catch {
                // The group is already gone.
            }
        };
        let killTimer;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                killGroup('SIGTERM');
                killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
            }, options.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            // Children left behind in the group (a backgrounded server) end with the command.
            if (timedOut)
                killGroup('SIGKILL');
            resolve({
                exitCode: code ?? undefined,
                signal: signal ?? undefined,
                timedOut,
                durationMs: Date.now() - started,
                tail
            });
        });
    });
}
/**
 * The action's environment as a user's command gets it: without the action's inputs
 * (`INPUT_*`, among them the token and every secret input), as a workflow `run:` step has none.
 */
function commandEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)));
}
/** Says how a command ended, in words a user acts on. */
function describeOutcome(what, outcome, timeoutMs) {
    if (outcome.timedOut)
        return `${what} did not finish within ${(0,_base_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs ?? 0)} and was stopped`;
    if (outcome.exitCode === 0)
        return `${what} succeeded`;
    if (outcome.exitCode === COMMAND_NOT_FOUND) {
        const missing = /(?:^|\n)(?:bash: )?(?:line \d+: )?([^\n:]+): command not found/.exec(outcome.tail);
        const name = missing?.[1].trim();
        // A name as long as a pasted blob is cut, never echoed whole.
        const cut = name && name.length > 80 ? `${name.slice(0, 80)}… (${name.length} characters)` : name;
        return `${what} exited with 127: command not found${cut ? ` (${cut})` : ''}`;
    }
    if (outcome.exitCode === undefined)
        return `${what} was killed by ${outcome.signal ?? 'a signal'}`;
    return `${what} exited with ${outcome.exitCode}`;
}


/***/ }),

/***/ 6405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runGrouped)
/* harmony export */ });
/* harmony import */ var _action_kit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5602);
/** The runner-side face of runShell: each command's output streamed inside a log group. */


/** Runs the command inside `::group::<name>`, its output passed straight to the job log. */
function runGrouped(name, command) {
    return (0,_action_kit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os)(name, () => (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runShell */ .E5)({ ...command, onOutput: (chunk) => process.stdout.write(chunk) }));
}


/***/ })

};
;
//# sourceMappingURL=6115.index.js.map