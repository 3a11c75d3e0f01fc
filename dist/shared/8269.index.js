"use strict";
exports.id = 8269;
exports.ids = [8269,9970];
exports.modules = {

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

/***/ 1597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ eventDefaultBranch),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch)
/* harmony export */ });
/* unused harmony export localDefaultBranch */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The repository's default branch (`main`, `master`, ...), where the `main-branch` input is left
 * empty: what origin said of its HEAD earlier in the run (the stage's one `ls-remote`), else what
 * the clone knows of origin's HEAD, else what origin says, else the event payload's
 * `repository.default_branch` (what the API reports, delivered with every event), else the API
 * itself (`GET /repos/{owner}/{repo}`), asked through `fromApi` by the caller that has a token.
 * Every action that needs the main branch asks here, so they all follow one rule.
 */

async function remoteDefaultBranch(git, fromApi, remote = 'origin') {
    // What origin said of its HEAD earlier in this run is fresher than the clone's note of it.
    if (remote === 'origin' && git.originHead)
        return git.originHead;
    const name = await localDefaultBranch(git, remote);
    if (name)
        return name;
    const listed = await git.run(['ls-remote', '--symref', remote, 'HEAD'], { allowFailure: true });
    const symref = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(listed.stdout);
    if (symref)
        return symref[1];
    return eventDefaultBranch() ?? (await fromApi?.());
}
/** What the clone knows of origin's HEAD (`refs/remotes/origin/HEAD`), without asking origin. */
async function localDefaultBranch(git, remote = 'origin') {
    const known = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`], { allowFailure: true });
    const name = known.stdout.trim();
    return known.exitCode === 0 && name.startsWith(`${remote}/`)
        ? name.slice(remote.length + 1)
        : undefined;
}
/** The event payload's `repository.default_branch`. */
function eventDefaultBranch() {
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        const branch = event.repository?.default_branch;
        return typeof branch === 'string' && branch !== '' ? branch : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   retryBaseMs: () => (/* binding */ retryBaseMs),
/* harmony export */   writeSpacing: () => (/* binding */ writeSpacing)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_token_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5681);
/* harmony import */ var _base_round_trips_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9695);



/**
 * Base of the waits between retries and of a `retry-after` second, in ms; the test suite
 * shortens it through the environment so fault tests run quickly.
 */
function retryBaseMs() {
    const fromEnv = Number(process.env.RELEASE_ACTIONS_RETRY_BASE_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 1000;
}
/**
 * Spacing between write requests, and between writes that notify people (a release, an issue,
 * a pull request, a comment): GitHub's guidance, kept by octokit's throttling, is one second
 * and three. `RELEASE_ACTIONS_WRITE_SPACING_MS` sets both (the test suite sets 0).
 */
function writeSpacing(env = process.env) {
    const given = env.RELEASE_ACTIONS_WRITE_SPACING_MS;
    const fromEnv = Number(given);
    return given && Number.isFinite(fromEnv) && fromEnv >= 0
        ? { write: fromEnv, notifications: fromEnv }
        : { write: 1000, notifications: 3000 };
}
async function createGitHubClient(options) {
    if (!options.token) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'token' is empty; pass `token: ${{ github.token }}` (or an App token / PAT) to call the GitHub API.", { input: 'token' });
    }
    const [{ Octokit }, { restEndpointMethods }, { paginateRest }, { retry }, { throttling }, { default: Bottleneck }, { githubFetch }] = await Promise.all([
        Promise.all(/* import() | octokit-core */[__webpack_require__.e(8162), __webpack_require__.e(5710)]).then(__webpack_require__.bind(__webpack_require__, 3070)),
        __webpack_require__.e(/* import() | octokit-plugin-rest-endpoint-methods */ 5416).then(__webpack_require__.bind(__webpack_require__, 9210)),
        __webpack_require__.e(/* import() | octokit-plugin-paginate-rest */ 4443).then(__webpack_require__.bind(__webpack_require__, 3779)),
        Promise.all(/* import() | octokit-plugin-retry */[__webpack_require__.e(370), __webpack_require__.e(4727)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() | octokit-plugin-throttling */[__webpack_require__.e(370), __webpack_require__.e(9374)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() | bottleneck */ 370).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23)),
        __webpack_require__.e(/* import() | github-fetch */ 337).then(__webpack_require__.bind(__webpack_require__, 8168))
    ]);
    const log = options.log;
    const maxRateLimitRetries = 3;
    const spacing = writeSpacing();
    const GitHub = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
    const octokit = new GitHub({
        auth: `token ${options.token}`,
        userAgent: userAgent(),
        baseUrl: options.apiUrl,
        request: { fetch: githubFetch },
        ...appAuthStrategy(options.token),
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: retryBaseMs(),
            doNotRetry: [400, 401, 403, 404, 410, 422, 451]
        },
        throttle: {
            // GitHub asks for writes to be spaced (1 s, 3 s for those that notify); rate-limit
            // waits honour retry-after.
            retryAfterBaseValue: retryBaseMs(),
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.write }),
            notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.notifications }),
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Rate limited on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            }
        }
    });
    // Every request sent, retries included: the step prints the count when it ends.
    octokit.hook.before('request', () => (0,_base_round_trips_js__WEBPACK_IMPORTED_MODULE_1__/* .countApiRequest */ .DJ)());
    return octokit;
}
/** As `@actions/github` names the run's orchestration in the user agent, when the runner sets it. */
function userAgent() {
    const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
/**
 * For an App's installation token: an auth strategy that asks the token source before each
 * request, so a token near its end is minted again (a long wait cannot outlive it).
 */
function appAuthStrategy(token) {
    const app = (0,_base_token_source_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenSource */ .Z)();
    if (!app?.minted(token))
        return {};
    const auth = Object.assign(async () => ({ type: 'token', token: await app.fresh() }), {
        hook: async (request, route, parameters) => {
            const endpoint = request.endpoint.merge(route, parameters);
            endpoint.headers.authorization = `token ${await app.fresh()}`;
            return request(endpoint);
        }
    });
    return { authStrategy: () => auth };
}


/***/ }),

/***/ 9636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xG: () => (/* reexport */ branches/* branchNameFor */.xG),
  bm: () => (/* reexport */ checkVersionPolicy),
  Qg: () => (/* reexport */ versioning_version/* isStableVersion */.Qg),
  yU: () => (/* reexport */ versioning_version/* nextVersion */.yU),
  dV: () => (/* reexport */ branches/* parseBranchPatterns */.dV),
  lO: () => (/* reexport */ branches/* parseReleaseBranch */.lO),
  GU: () => (/* reexport */ parseReleaseTags),
  gX: () => (/* reexport */ versioning_version/* parseVersionInput */.gX),
  zD: () => (/* reexport */ versioning_version/* releaseTagName */.zD),
  me: () => (/* reexport */ resolveReleaseVersion)
});

// UNUSED EXPORTS: DEFAULT_HOTFIX_BRANCH_PATTERNS, DEFAULT_RELEASE_BRANCH_PATTERNS, RELEASE_TYPES, allowedVersions, diagnoseVersion, fitsForm, isReleaseVersion, latestReleaseTag, parseReleaseType, versionCore, versionFromMergeMessage

// EXTERNAL MODULE: ./packages/versioning/branches.ts
var branches = __webpack_require__(4555);
// EXTERNAL MODULE: ./packages/versioning/semver.ts
var semver = __webpack_require__(8235);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/versioning/version.ts
var versioning_version = __webpack_require__(15);
// EXTERNAL MODULE: ./packages/versioning/release-type.ts
var release_type = __webpack_require__(8411);
;// CONCATENATED MODULE: ./packages/versioning/policy.ts




/**
 * The versions that may follow `latest`: for `auto` a release is the next minor or major and a
 * hotfix the next patch; `minor`/`major`/`patch` force that bump. Empty for `any` (no check)
 * and before the first release (anything goes).
 */
function allowedVersions(latest, kind, releaseType) {
    if (latest === undefined || releaseType === 'any')
        return [];
    const bumps = releaseType !== 'auto' ? [releaseType] : kind === 'hotfix' ? ['patch'] : ['minor', 'major'];
    return bumps.map((bump) => ({ version: (0,versioning_version/* nextVersion */.yU)(latest.version, bump), bump }));
}
/**
 * Enforces the version policy of `release-type`. A pre-release is judged by its X.Y.Z. Refuses,
 * with one ConfigurationError naming the latest tag and the valid versions, a version that
 * repeats an existing tag, goes backwards, or skips. No latest tag: any valid version passes.
 */
function checkVersionPolicy(args) {
    const { version, kind, releaseType, latest } = args;
    if (releaseType === 'any')
        return;
    if (!(0,versioning_version/* isReleaseVersion */.O9)(version)) {
        throw policyError(args, 'which is not a release version (X.Y.Z)');
    }
    const core = (0,versioning_version/* versionCore */.C0)(version);
    const existing = new Set(args.existingVersions.map((v) => v.trim().replace(/^v(?=\d)/, '')));
    const allowed = allowedVersions(latest, kind, releaseType);
    if (existing.has(version) || (core !== version && existing.has(core))) {
        const tagged = existing.has(version) ? version : core;
        throw policyError(args, `which repeats an existing tag (${tagged} is already tagged)`, allowed);
    }
    if (latest === undefined || allowed.some((a) => a.version === core))
        return;
    throw policyError(args, describeMove(core, latest, allowed, args), allowed);
}
function describeMove(core, latest, allowed, args) {
    const { kind, releaseType } = args;
    const order = semver/* default */.A.compare(core, latest.version);
    if (order < 0)
        return 'which goes backwards';
    if (order === 0)
        return `which repeats the latest tag ${latest.name}`;
    if (allowed.some((a) => semver/* default */.A.gt(core, a.version)))
        return 'which skips a version';
    return releaseType === 'auto'
        ? `which is too small a bump for a ${kind}`
        : `which is not the ${releaseType} bump \`release-type\` asks for`;
}
function policyError(args, problem, allowed = []) {
    const { version, kind, latest, releaseType, source, branch } = args;
    const fromInput = source === 'input' || (source === undefined && branch === undefined);
    const named = branch === undefined ? '' : ` \`${branch}\``;
    const subject = fromInput
        ? `Input \`version\` is ${version}`
        : `${source === 'merge' ? 'The merged branch' : 'Branch'}${named} gives version ${version}`;
    const judged = (0,versioning_version/* isReleaseVersion */.O9)(version) && (0,versioning_version/* versionCore */.C0)(version) !== version;
    const core = judged ? ` (a pre-release is judged by its X.Y.Z, ${(0,versioning_version/* versionCore */.C0)(version)})` : '';
    const fix = fromInput
        ? 'Set `version` to a valid one'
        : source === 'merge'
            ? 'Set the `version` input'
            : 'Rename the branch or set the `version` input';
    return new errors/* ConfigurationError */.j1(`${subject}${core}, ${problem}.${describeRule(kind, releaseType, latest, allowed)} ${fix}, ` +
        'or set `release-type: any` to turn this check off.', fromInput ? { input: 'version' } : {});
}
function describeRule(kind, releaseType, latest, allowed) {
    if (latest === undefined) {
        return ' There is no latest release tag, so any version that has no tag yet is valid.';
    }
    const valid = allowed.map((a) => `${a.version} (next ${a.bump})`).join(' or ');
    const rule = releaseType === 'auto'
        ? `a ${kind} must be ${valid}`
        : `release-type: ${releaseType} asks for ${valid}`;
    return ` The latest release tag is ${latest.name}, so ${rule}.`;
}

;// CONCATENATED MODULE: ./packages/versioning/resolve.ts




// Subjects git and GitHub write for a merge. A remote-tracking branch carries its remote in
// front (`origin/`), a pull request its owner (`org/`); `Merge branch` names the branch itself.
const MERGE_SUBJECTS = [
    { pattern: /^Merge branch '([^']+)'/, qualified: false },
    { pattern: /^Merge remote-tracking branch '([^']+)'/, qualified: true },
    { pattern: /^Merge pull request #\d+ from (\S+)/, qualified: true }
];
/**
 * The release branch a merge commit merged, read from its subject: `Merge branch 'release-v1.3.0'`
 * (optionally `into main`), `Merge remote-tracking branch 'origin/release-v1.3.0'`,
 * `Merge pull request #12 from org/release-v1.3.0`. Undefined for any other commit, squash
 * merges (`Release 1.3.0 (#12)`) included: their subject names no branch.
 */
function versionFromMergeMessage(message, patterns) {
    const subject = message.trim().split(/\r?\n/)[0].trim();
    for (const { pattern, qualified } of MERGE_SUBJECTS) {
        const match = pattern.exec(subject);
        if (match)
            return (0,branches/* parseReleaseBranch */.lO)(unqualified(match[1], qualified), patterns);
    }
    return undefined;
}
/**
 * Resolves the release version, in the order of the contract: the `version` input (a leading `v`
 * is dropped; kind from the branch or merged branch, else hotfix when the patch is non-zero), the
 * branch name, the merged branch of `mergeMessage`. Undefined when none yields a version.
 */
function resolveReleaseVersion(args) {
    const { input, branch, mergeMessage, patterns } = args;
    if (input !== undefined && input.trim() !== '') {
        const version = (0,versioning_version/* parseVersionInput */.gX)(input);
        const known = quietly(() => fromBranchOrMerge(branch, mergeMessage, patterns));
        const kind = known?.kind ?? (semver/* default */.A.patch(version) === 0 ? 'release' : 'hotfix');
        return { version, kind, source: 'input', ...(known && { branch: known.branch }) };
    }
    const onBranch = branch ? (0,branches/* parseReleaseBranch */.lO)(branch, patterns) : undefined;
    if (onBranch)
        return resolvedFrom(onBranch, 'branch');
    const merged = mergeMessage ? versionFromMergeMessage(mergeMessage, patterns) : undefined;
    return merged && resolvedFrom(merged, 'merge');
}
function resolvedFrom(found, source) {
    return { version: found.version, kind: found.kind, source, branch: found.branch };
}
function fromBranchOrMerge(branch, mergeMessage, patterns) {
    return ((branch ? (0,branches/* parseReleaseBranch */.lO)(branch, patterns) : undefined) ??
        (mergeMessage ? versionFromMergeMessage(mergeMessage, patterns) : undefined));
}
// With an explicit `version`, a misnamed branch only fails to tell the kind; it is not an error.
function quietly(read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            return undefined;
        throw error;
    }
}
// `origin/release/1.3.0` is `release/1.3.0`: remote and owner names hold no slash.
function unqualified(name, qualified) {
    const slash = name.indexOf('/');
    return qualified && slash > 0 ? name.slice(slash + 1) : name;
}

;// CONCATENATED MODULE: ./packages/versioning/tags.ts


/**
 * Picks the release tags out of a repository's tag names (`refs/tags/` accepted): exactly
 * prefix + X.Y.Z, so `v1.2.0-rc.1`, `v1`, `latest` and `foo` are left out. Sorted newest
 * first by semver, duplicates dropped.
 */
function parseReleaseTags(tagNames, prefix = 'v') {
    const byName = new Map();
    for (const raw of tagNames) {
        const name = raw.trim().replace(/^refs\/tags\//, '');
        if (!name.startsWith(prefix))
            continue;
        const version = name.slice(prefix.length);
        if ((0,versioning_version/* isStableVersion */.Qg)(version))
            byName.set(name, { name, version });
    }
    return [...byName.values()].sort((a, b) => semver/* default */.A.rcompare(a.version, b.version));
}
/** The newest release tag, or undefined before the first release. */
function latestReleaseTag(tagNames, prefix = 'v') {
    return parseReleaseTags(tagNames, prefix)[0];
}

;// CONCATENATED MODULE: ./packages/versioning/index.ts
// Release versions: where they come from (input, branch, merge) and which ones the policy allows.







/***/ }),

/***/ 8235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8469);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_eq_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5082);
/* harmony import */ var semver_functions_eq_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_eq_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6599);
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1236);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2338);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3872);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8511);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(semver_functions_major_js__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2603);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8756);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_9___default = /*#__PURE__*/__webpack_require__.n(semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_9__);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5714);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_10___default = /*#__PURE__*/__webpack_require__.n(semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_10__);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2173);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_11___default = /*#__PURE__*/__webpack_require__.n(semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_11__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_12___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_12__);
/**
 * The semver functions the suite uses, each from its own module. semver's index loads all of
 * semver, its range machinery included (~60 kB), which no action needs, at every action's start.
 */













const semver = {
    compare: (semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()),
    eq: (semver_functions_eq_js__WEBPACK_IMPORTED_MODULE_1___default()),
    gt: (semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_2___default()),
    gte: (semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_3___default()),
    inc: (semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_4___default()),
    lt: (semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_5___default()),
    major: (semver_functions_major_js__WEBPACK_IMPORTED_MODULE_6___default()),
    minor: (semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_7___default()),
    parse: (semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_8___default()),
    patch: (semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_9___default()),
    prerelease: (semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_10___default()),
    rcompare: (semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_11___default()),
    valid: (semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_12___default())
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (semver);


/***/ })

};
;
//# sourceMappingURL=8269.index.js.map