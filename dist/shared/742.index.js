"use strict";
exports.id = 742;
exports.ids = [742];
exports.modules = {

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y0: () => (/* binding */ CHANGE_GROUPS),
/* harmony export */   s6: () => (/* binding */ isIsoDate),
/* harmony export */   sC: () => (/* binding */ DEFAULT_TICKET_PATTERN),
/* harmony export */   vK: () => (/* binding */ DEFAULT_ISSUE_PATTERN)
/* harmony export */ });
/**
 * The words of Keep a Changelog that inputs are checked against (its groups, its dates, the
 * ticket keys), apart from the parser and the renderer, so reading an action's inputs loads
 * neither them nor semver.
 */
/** The groups of Keep a Changelog, in the order a section lists them. */
const CHANGE_GROUPS = [
    'Added',
    'Changed',
    'Deprecated',
    'Removed',
    'Fixed',
    'Security'
];
/** Jira-style keys: `JIRA-1234`, `ABC2-7`. */
const DEFAULT_ISSUE_PATTERN = '\\b[A-Z][A-Z0-9]+-\\d+\\b';
const DEFAULT_TICKET_PATTERN = new RegExp(DEFAULT_ISSUE_PATTERN, 'g');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** True for a real calendar date written YYYY-MM-DD. */
function isIsoDate(value) {
    const match = ISO_DATE.exec(value);
    if (!match)
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
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

/***/ 5540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ DeploymentRecords),
/* harmony export */   hL: () => (/* binding */ lastSuccessful),
/* harmony export */   n: () => (/* binding */ supersededDeployments)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9325);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6217);
/**
 * GitHub Deployments as the record of what runs where: one deployment per version and
 * environment (a rerun adds a status, not a record), its statuses, and the history that says
 * which version served last (for a rollback).
 */



const TASK = 'deploy';
/** Tries of the deployment's POST, each after looking whether the one before was applied. */
const CREATE_ATTEMPTS = 4;
/** GitHub refuses status descriptions longer than this. */
const DESCRIPTION_LIMIT = 140;
/** The Deployments API of one repository, with failures turned into messages a user can act on. */
class DeploymentRecords {
    octokit;
    repository;
    constructor(octokit, repository) {
        this.octokit = octokit;
        this.repository = repository;
    }
    /** The deployment of this version to this environment at this ref, when one was made. */
    async findForVersion(environment, ref, version) {
        const list = await this.call('listing deployments', () => this.octokit.paginate(this.octokit.rest.repos.listDeployments, {
            ...this.repository,
            environment,
            ref,
            task: TASK,
            per_page: 100
        }));
        return list.map(toRecord).find((d) => d.version === version);
    }
    /**
     * Records a deployment; GitHub's merge and status-check defaults are turned off. A POST is
     * not idempotent: when its answer is lost (a dropped connection, a 5xx), the request may
     * have been applied, so the deployment is looked for before the POST is sent again.
     */
    async create(deployment) {
        const attempts = CREATE_ATTEMPTS;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.createOnce(deployment);
            }
            catch (error) {
                if (attempt >= attempts || !isLostAnswer(error))
                    throw error;
                const found = await this.findForVersion(deployment.environment, deployment.ref, deployment.version);
                if (found)
                    return found;
                await new Promise((resolve) => setTimeout(resolve, (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__.retryBaseMs)() * attempt));
            }
        }
    }
    async createOnce(deployment) {
        const response = await this.call('creating the deployment', () => this.octokit.rest.repos.createDeployment({
            ...this.repository,
            ref: deployment.ref,
            environment: deployment.environment,
            task: TASK,
            auto_merge: false,
            required_contexts: [],
            payload: { version: deployment.version },
            description: deployment.description.slice(0, DESCRIPTION_LIMIT),
            transient_environment: deployment.transient,
            production_environment: deployment.production,
            // Retried here, after looking, not blindly by the client.
            request: { retries: 0 }
        }));
        if (response.status !== 201 || !('id' in response.data)) {
            const message = 'message' in response.data ? String(response.data.message) : 'no deployment';
            throw new Error(`GitHub did not create the deployment: ${message}`);
        }
        return toRecord(response.data);
    }
    async setStatus(id, update) {
        await this.call(`setting deployment ${id} to ${update.state}`, () => this.octokit.rest.repos.createDeploymentStatus({
            ...this.repository,
            deployment_id: id,
            state: update.state,
            description: update.description.slice(0, DESCRIPTION_LIMIT),
            environment_url: update.environmentUrl,
            log_url: update.logUrl
        }));
    }
    /** The newest `limit` deployments of an environment, each with its statuses. */
    async history(environment, limit = 30) {
        const { data } = await this.call('listing deployments', () => this.octokit.rest.repos.listDeployments({
            ...this.repository,
            environment,
            task: TASK,
            per_page: limit
        }));
        return Promise.all(data.map(async (deployment) => {
            const statuses = await this.call(`reading the statuses of deployment ${deployment.id}`, () => this.octokit.rest.repos.listDeploymentStatuses({
                ...this.repository,
                deployment_id: deployment.id,
                per_page: 100
            }));
            return {
                ...toRecord(deployment),
                statuses: statuses.data.map((s) => ({
                    id: s.id,
                    state: s.state,
                    created_at: s.created_at,
                    description: s.description
                }))
            };
        }));
    }
    async call(what, request) {
        try {
            return await request();
        }
        catch (error) {
            throw apiFailure(what, error);
        }
    }
}
/**
 * The deployment that served last: the one with the most recent `success` status (status ids
 * grow with time), leaving out `excludeId`. Undefined when none ever succeeded.
 */
function lastSuccessful(history, excludeId) {
    let best;
    for (const entry of history) {
        if (entry.id === excludeId)
            continue;
        const success = entry.statuses.find((s) => s.state === 'success');
        if (success && (!best || success.id > best.statusId))
            best = { entry, statusId: success.id };
    }
    return best?.entry;
}
/** Deployments of the environment, other than `keepId`, still marked `success`. */
function supersededDeployments(history, keepId) {
    return history.filter((d) => d.id !== keepId && d.statuses[0]?.state === 'success');
}
/** A failure after which the request may or may not have been applied: 5xx, 429 or no answer. */
function isLostAnswer(error) {
    const cause = error.cause ?? error;
    const status = cause.status;
    return status === undefined || status >= 500 || status === 429;
}
function toRecord(data) {
    const payload = typeof data.payload === 'string' ? parsePayload(data.payload) : data.payload;
    const version = payload?.version;
    return {
        id: data.id,
        ref: data.ref,
        sha: data.sha,
        environment: data.environment,
        version: typeof version === 'string' && version ? version : data.ref
    };
}
function parsePayload(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return {};
    }
}
/** One message per API failure: what was being done, what GitHub answered, what to change. */
function apiFailure(what, error) {
    const status = error.status;
    const answer = error.response?.data?.message;
    const said = status ? `HTTP ${status}${answer ? ` (${answer})` : ''}` : (0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    if (status === 403 && (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecondaryRateLimit */ .i7)(error)) {
        return new Error(`GitHub's secondary rate limit stopped ${what} (${said}), also after waiting it out; ` +
            'rerun the job in a few minutes.', { cause: error });
    }
    if (status === 403 || status === 401) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused ${what}: ${said}. The token needs the \`deployments: write\` permission ` +
            '(add `permissions: deployments: write` to the job).', { input: 'token' });
    }
    if (status === 422 || status === 409) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused ${what}: ${said}.`);
    }
    return new Error(`GitHub Deployments API failed while ${what}: ${said}.`, { cause: error });
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

/***/ 8769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ probeUrl)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/** One timed HTTP GET, as the health gate of deploy and the probes of monitor make it. */

/** Fetches the URL within `budgetMs`; never throws. */
async function probeUrl(url, budgetMs, expectText) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
        const response = await fetch(url, {
            signal: AbortSignal.timeout(budgetMs),
            headers: { 'user-agent': 'release-actions' }
        });
        const body = await response.text();
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
/** fetch hides the socket error in `cause`; name the usual ones plainly. */
function failureReason(error, budgetMs) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        return `no answer within ${budgetMs} ms`;
    }
    const cause = error.cause;
    if (cause?.code === 'ECONNREFUSED')
        return 'connection refused';
    if (cause?.code === 'ENOTFOUND')
        return 'host not found';
    if (cause?.code === 'ECONNRESET')
        return 'connection reset';
    return cause?.message ?? (0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
}


/***/ }),

/***/ 4337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ rolledBack),
/* harmony export */   Ij: () => (/* binding */ recordRollback),
/* harmony export */   JH: () => (/* binding */ readProductionVerdict),
/* harmony export */   KV: () => (/* binding */ isProduction),
/* harmony export */   hL: () => (/* binding */ rollbackBooksSummary)
/* harmony export */ });
/* unused harmony exports ROLLED_BACK_MARKER, rolledBackNote, markReleaseRolledBack, productionVerdict */
/* harmony import */ var _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8235);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _deploy_deployments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5540);
/* harmony import */ var _tagging_github_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8979);
/**
 * A release rolled back from production is rolled back in the books too: its GitHub Release
 * says so and stops being Latest (the release production runs again is Latest), and the
 * production deployment's state is what close-milestone and notify read. Called after the
 * rollback command (deploy, monitor); each step is rerun-safe and reports, never throws.
 */




const ROLLED_BACK_MARKER = '<!-- release-actions:rolled-back -->';
/** Whether an environment is production: the deploy's flag, else GitHub's default by name. */
function isProduction(environment, flag) {
    return flag ?? /^prod(uction)?$/i.test(environment);
}
/** The note put at the top of the rolled-back release's notes. */
function rolledBackNote(facts) {
    const back = facts.previousVersion
        ? ` ${facts.environment} runs ${facts.previousVersion} again.`
        : '';
    const how = facts.rollbackSucceeded
        ? `**Rolled back** from ${facts.environment} on ${facts.date}`
        : `**Failed** in ${facts.environment} on ${facts.date} (the rollback command failed too)`;
    return [
        ROLLED_BACK_MARKER,
        '> [!WARNING]',
        `> ${how}: ${facts.reason.replace(/\s*\n\s*/g, ' ')}.${back}`,
        '> Do not install this release.',
        ''
    ].join('\n');
}
/**
 * The GitHub Release of the version gets the rolled-back note (once) and stops being Latest:
 * the release of the version production runs again (else the newest older full release)
 * becomes Latest.
 */
async function markReleaseRolledBack(github, repo, facts, log) {
    const tag = `${facts.tagPrefix}${facts.version}`;
    try {
        const release = await (0,_tagging_github_release_js__WEBPACK_IMPORTED_MODULE_3__/* .findRelease */ .dv)(github, repo.owner, repo.repo, tag);
        if (!release)
            return { result: 'skipped', detail: `no GitHub Release of ${tag}` };
        let changed = false;
        const body = release.body ?? '';
        if (!body.includes(ROLLED_BACK_MARKER)) {
            await github.rest.repos.updateRelease({
                ...repo,
                release_id: release.id,
                body: `${rolledBackNote(facts)}\n${body}`,
                make_latest: 'false'
            });
            changed = true;
        }
        const latest = await latestRelease(github, repo);
        let nowLatest = latest?.tag_name;
        if (!latest || latest.id === release.id) {
            const previous = await previousRelease(github, repo, facts, release.id);
            if (previous) {
                await github.rest.repos.updateRelease({
                    ...repo,
                    release_id: previous.id,
                    make_latest: 'true'
                });
                nowLatest = previous.tag_name;
                changed = true;
            }
            else {
                log.warning(`No earlier full release to make Latest instead of ${tag}.`);
            }
        }
        return {
            result: changed ? 'updated' : 'unchanged',
            detail: `${tag} marked rolled back; Latest is ${nowLatest ?? 'none'}`,
            latest: nowLatest
        };
    }
    catch (error) {
        return {
            result: 'failed',
            detail: `could not update the release ${tag} (the token needs contents: write): ${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`
        };
    }
}
async function latestRelease(github, repo) {
    try {
        return (await github.rest.repos.getLatestRelease(repo)).data;
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
/** The release to make Latest again: the previous version's, else the newest older full one. */
async function previousRelease(github, repo, facts, excludeId) {
    const releases = await github.paginate(github.rest.repos.listReleases, {
        ...repo,
        per_page: 100
    });
    const candidates = releases.filter((r) => r.id !== excludeId &&
        !r.draft &&
        !r.prerelease &&
        !(r.body ?? '').includes(ROLLED_BACK_MARKER));
    const versionOf = (tagName) => tagName.startsWith(facts.tagPrefix) ? _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.valid(tagName.slice(facts.tagPrefix.length)) : null;
    if (facts.previousVersion) {
        const named = candidates.find((r) => versionOf(r.tag_name) === facts.previousVersion);
        if (named)
            return named;
    }
    return candidates
        .filter((r) => {
        const v = versionOf(r.tag_name);
        return v !== null && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.lt(v, facts.version);
    })
        .sort((a, b) => _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.rcompare(versionOf(a.tag_name), versionOf(b.tag_name)))[0];
}
/** The newest status of the version's deployment to the environment, from its history. */
function productionVerdict(history, version) {
    const deployment = history.find((d) => d.version === version);
    if (!deployment)
        return { state: 'none' };
    const newest = deployment.statuses[0];
    return {
        state: newest?.state ?? 'pending',
        deploymentId: deployment.id,
        description: newest?.description || undefined,
        previousVersion: (0,_deploy_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .lastSuccessful */ .hL)(history, deployment.id)?.version
    };
}
/** Records a production rollback in the books; logs each outcome, a failed one as a warning. */
async function recordRollback(github, repo, facts, log, yank) {
    const release = await markReleaseRolledBack(github, repo, facts, log);
    const changelog = yank
        ? await yank()
        : { result: 'skipped', detail: 'no checkout: CHANGELOG.md not marked [YANKED]' };
    const say = (what, outcome) => outcome.result === 'failed'
        ? log.warning(`${what}: ${outcome.detail}`)
        : log.info(`${what}: ${outcome.result} (${outcome.detail}).`);
    say('GitHub Release', release);
    say('CHANGELOG', changelog);
    return { release, changelog };
}
/** The books as a markdown table for the job summary. */
function rollbackBooksSummary(facts, books) {
    const rows = [
        ['GitHub Release', books.release],
        ['CHANGELOG on develop', books.changelog]
    ];
    return [
        '',
        `#### ${facts.version} rolled back in the books`,
        '',
        '| Book | Result | Detail |',
        '| --- | --- | --- |',
        ...rows.map(([book, o]) => `| ${book} | ${o.result} | ${o.detail.replace(/\|/g, '\\|')} |`),
        ''
    ].join('\n');
}
/**
 * The verdict on the version's deployment to the production environment, read from the
 * Deployments API; undefined (with a warning) when the token cannot read deployments.
 */
async function readProductionVerdict(github, repo, environment, version, log) {
    try {
        const history = await new _deploy_deployments_js__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentRecords */ .GC(github, repo).history(environment, 100);
        return productionVerdict(history, version);
    }
    catch (error) {
        log.warning(`Could not read the deployments of ${environment} (the token needs deployments: read): ${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}. ` +
            `Whether ${version} is live there was not checked.`);
        return undefined;
    }
}
/** Whether a verdict says the release failed or was rolled back in production. */
function rolledBack(verdict) {
    return verdict !== undefined && verdict.state !== 'none' && verdict.state !== 'success';
}


/***/ }),

/***/ 4165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ changelogYank)
});

// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git_git = __webpack_require__(4553);
// EXTERNAL MODULE: ./packages/github/pulls.ts
var pulls = __webpack_require__(2888);
// EXTERNAL MODULE: ./packages/versioning/branches.ts
var branches = __webpack_require__(4555);
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
 * merge commit, or a pull request where develop is protected or the merge conflicts.
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
            scratch: request.scratch
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
        const tree = new git_git/* Git */.TU(dir, { log: git.log, identity: git.identity });
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





async function changelogYank(inputs, context, github, repository, version) {
    const git = new git_git/* Git */.TU(inputs.workingDirectory, {
        log: logger/* actionsLogger */.M,
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
        scratch: context.runnerTemp
    }, (spec) => (0,pulls/* upsertPull */.N2)(github, repository, spec));
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
        return `${what} exited with 127: command not found${missing ? ` (${missing[1].trim()})` : ''}`;
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


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dV: () => (/* binding */ parseBranchPatterns),
/* harmony export */   lO: () => (/* binding */ parseReleaseBranch),
/* harmony export */   xG: () => (/* binding */ branchNameFor)
/* harmony export */ });
/* unused harmony exports DEFAULT_RELEASE_BRANCH_PATTERNS, DEFAULT_HOTFIX_BRANCH_PATTERNS */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15);


const DEFAULT_RELEASE_BRANCH_PATTERNS = Object.freeze([
    'release-v{version}',
    'release/{version}',
    'release/v{version}'
]);
const DEFAULT_HOTFIX_BRANCH_PATTERNS = Object.freeze([
    'hotfix-v{version}',
    'hotfix/{version}',
    'hotfix/v{version}'
]);
const PATTERN_INPUTS = {
    release: 'branch-pattern',
    hotfix: 'hotfix-branch-pattern'
};
const TEMPLATE_RULE = 'Each template (one per line, or comma-separated) must contain exactly one placeholder: ' +
    '{version} for X.Y.Z (e.g. release-v{version}) or {semver} for X.Y.Z with an optional ' +
    'pre-release such as 1.3.0-rc.1 (e.g. release/{semver}).';
/**
 * Reads the `branch-pattern` and `hotfix-branch-pattern` inputs: templates separated by newlines
 * or commas; an empty or missing input means the defaults. Throws ConfigurationError naming the
 * input for a template without exactly one `{version}` or `{semver}`, or not a valid branch name.
 */
function parseBranchPatterns(release, hotfix) {
    const patterns = {
        release: splitTemplates(release) ?? [...DEFAULT_RELEASE_BRANCH_PATTERNS],
        hotfix: splitTemplates(hotfix) ?? [...DEFAULT_HOTFIX_BRANCH_PATTERNS]
    };
    compilePatterns(patterns);
    const shared = patterns.release.find((template) => patterns.hotfix.includes(template));
    if (shared !== undefined) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Template \`${shared}\` is in both \`branch-pattern\` and \`hotfix-branch-pattern\`, so a ` +
            'branch could not tell a release from a hotfix. Give hotfix branches their own template.', { input: PATTERN_INPUTS.hotfix });
    }
    return patterns;
}
/**
 * Recognises a release or hotfix branch (`refs/heads/` accepted) and returns its version, or
 * undefined for any other branch (`develop`, `feature/x`, `hotfix/login-crash`). A branch that
 * starts like a release branch and goes on like a version but is not one (`release-v1.3`,
 * `release-vX`, `release-v1.03.0`, a pre-release under `{version}`) is a ConfigurationError
 * saying which name was meant.
 */
function parseReleaseBranch(branch, patterns) {
    const name = branch.trim().replace(/^refs\/heads\//, '');
    const templates = compilePatterns(patterns);
    for (const template of templates) {
        const middle = versionPart(template, name);
        if (middle !== undefined && (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .fitsForm */ .rk)(middle, template.form)) {
            return { branch: name, kind: template.kind, version: middle, pattern: template.template };
        }
    }
    const nearMiss = templates
        .filter((template) => looksMeantFor(template, name))
        .sort((a, b) => b.prefix.length + b.suffix.length - (a.prefix.length + a.suffix.length))[0];
    if (nearMiss)
        throw misnamedBranchError(name, nearMiss);
    return undefined;
}
/** The branch name for a version: the first template of that kind, filled in. */
function branchNameFor(version, kind, patterns) {
    const template = compilePatterns(patterns).find((candidate) => candidate.kind === kind);
    if (!template) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`No ${kind} branch template is set; set \`${PATTERN_INPUTS[kind]}\`.`, {
            input: PATTERN_INPUTS[kind]
        });
    }
    const bare = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersionInput */ .gX)(version);
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .fitsForm */ .rk)(bare, template.form)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Version ${bare} has a pre-release, but the ${kind} branch template \`${template.template}\` ` +
            'takes X.Y.Z only. Write {semver} instead of {version} in ' +
            `\`${PATTERN_INPUTS[kind]}\` to allow pre-releases.`, { input: 'version' });
    }
    return `${template.prefix}${bare}${template.suffix}`;
}
function splitTemplates(value) {
    const templates = (value ?? '')
        .split(/[\n,]/)
        .map((template) => template.trim())
        .filter((template) => template !== '');
    return templates.length > 0 ? templates : undefined;
}
function compilePatterns(patterns) {
    return [
        ...patterns.release.map((template) => compileTemplate(template, 'release')),
        ...patterns.hotfix.map((template) => compileTemplate(template, 'hotfix'))
    ];
}
function compileTemplate(template, kind) {
    const placeholders = [...template.matchAll(/\{([^{}]*)\}/g)];
    const fail = (problem) => {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input \`${PATTERN_INPUTS[kind]}\` has an invalid template \`${template}\`: ${problem}. ` +
            TEMPLATE_RULE, { input: PATTERN_INPUTS[kind] });
    };
    const unknown = placeholders.find((match) => match[1] !== 'version' && match[1] !== 'semver');
    if (unknown)
        fail(`{${unknown[1]}} is not a placeholder`);
    if (placeholders.length !== 1)
        fail(`it has ${placeholders.length} placeholders`);
    const [match] = placeholders;
    const prefix = template.slice(0, match.index).replace(/^refs\/heads\//, '');
    const suffix = template.slice(match.index + match[0].length);
    const problem = literalProblem(prefix, suffix);
    if (problem)
        fail(problem);
    return { template, kind, prefix, suffix, form: match[1] };
}
// The rules of `git check-ref-format` that a template's literal text can break.
function literalProblem(prefix, suffix) {
    const literal = `${prefix}x${suffix}`;
    if (/[{}]/.test(literal))
        return 'it has a stray brace';
    if (/[\s~^:?*[\\]/.test(literal))
        return 'a branch name cannot contain spaces or any of ~^:?*[\\';
    if (literal.includes('..') || literal.includes('//') || literal.includes('@{')) {
        return 'a branch name cannot contain "..", "//" or "@{"';
    }
    if (/^[-/.]/.test(literal) || /[/.]$/.test(literal) || literal.endsWith('.lock')) {
        return 'a branch name cannot start with - / . or end with / . .lock';
    }
    return undefined;
}
function versionPart(template, name) {
    const { prefix, suffix } = template;
    if (name.length < prefix.length + suffix.length)
        return undefined;
    if (!name.startsWith(prefix) || !name.endsWith(suffix))
        return undefined;
    return name.slice(prefix.length, name.length - suffix.length);
}
// A branch is taken as a misnamed release branch when it starts with the template's text and
// what follows is plainly meant as a version: `release-v...`, or a digit or X after `release/`.
// So `release/next` or `hotfix/login-crash` stay ordinary branches.
function looksMeantFor(template, name) {
    const { prefix, suffix } = template;
    if (prefix === '')
        return suffix !== '' && name.endsWith(suffix) && startsLikeVersion(name);
    if (!name.startsWith(prefix))
        return false;
    return /[vV]$/.test(prefix) || startsLikeVersion(name.slice(prefix.length));
}
function startsLikeVersion(text) {
    return /^[vV]?(?:\d|[xX](?:\.|$))/.test(text);
}
function misnamedBranchError(name, template) {
    let middle = name.slice(template.prefix.length);
    if (template.suffix !== '' && middle.endsWith(template.suffix)) {
        middle = middle.slice(0, middle.length - template.suffix.length);
    }
    const diagnosis = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnoseVersion */ .B7)(middle, template.form);
    const example = template.form === 'version' ? '1.3.0' : '1.3.0-rc.1';
    const fix = diagnosis.suggestion
        ? `name it ${template.prefix}${diagnosis.suggestion}${template.suffix}`
        : `name it like ${template.prefix}${example}${template.suffix}`;
    const hint = diagnosis.hint ? `, ${diagnosis.hint}` : '';
    return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Branch \`${name}\` looks like a ${template.kind} branch (template \`${template.template}\`), ` +
        `but ${diagnosis.reason}; ${fix}${hint}. Or set the \`version\` input.`);
}


/***/ }),

/***/ 8411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ parseReleaseType)
/* harmony export */ });
/* unused harmony export RELEASE_TYPES */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/**
 * The `release-type` input, apart from the policy that applies it: reading an action's inputs
 * then loads no semver.
 */

const RELEASE_TYPES = ['auto', 'minor', 'major', 'patch', 'any'];
/** Reads the `release-type` input (empty means `auto`). */
function parseReleaseType(value, input = 'release-type') {
    const type = (value ?? '').trim().toLowerCase() || 'auto';
    if (RELEASE_TYPES.includes(type))
        return type;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input \`${input}\` is \`${value}\`; use one of ${RELEASE_TYPES.join(', ')}.`, { input });
}


/***/ }),

/***/ 15:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ diagnoseVersion),
/* harmony export */   C0: () => (/* binding */ versionCore),
/* harmony export */   O9: () => (/* binding */ isReleaseVersion),
/* harmony export */   Qg: () => (/* binding */ isStableVersion),
/* harmony export */   gX: () => (/* binding */ parseVersionInput),
/* harmony export */   rk: () => (/* binding */ fitsForm),
/* harmony export */   yU: () => (/* binding */ nextVersion),
/* harmony export */   zD: () => (/* binding */ releaseTagName)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);

// Our own grammar rather than semver.valid(): semver also accepts a leading `v` or `=` and build
// metadata, which a branch name or a release tag of this suite must not carry. It keeps semver's
// limits (256 characters, numbers up to 2^53 - 1), and so needs no semver at an action's start.
const NUMBER = '(0|[1-9]\\d*)';
const CORE = `${NUMBER}\\.${NUMBER}\\.${NUMBER}`;
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const PRERELEASE = `-${PRE_ID}(?:\\.${PRE_ID})*`;
const STABLE_VERSION = new RegExp(`^${CORE}$`);
const RELEASE_VERSION = new RegExp(`^${CORE}(?:${PRERELEASE})?$`);
const MAX_LENGTH = 256;
/** major, minor and patch of a release version, or undefined when it is none. */
function versionNumbers(value) {
    const match = value.length <= MAX_LENGTH ? RELEASE_VERSION.exec(value) : null;
    if (!match)
        return undefined;
    const numbers = [Number(match[1]), Number(match[2]), Number(match[3])];
    return numbers.every(Number.isSafeInteger) ? [...numbers] : undefined;
}
/** True for X.Y.Z: numbers without leading zeros, no pre-release, no `v`. */
function isStableVersion(value) {
    return STABLE_VERSION.test(value) && versionNumbers(value) !== undefined;
}
/** True for X.Y.Z with an optional pre-release (`1.3.0-rc.1`), no build metadata, no `v`. */
function isReleaseVersion(value) {
    return versionNumbers(value) !== undefined;
}
/** True when `value` is valid for the given placeholder form. */
function fitsForm(value, form) {
    return form === 'version' ? isStableVersion(value) : isReleaseVersion(value);
}
/** X.Y.Z of a release version: `1.3.0-rc.1` -> `1.3.0`. */
function versionCore(version) {
    const numbers = versionNumbers(version);
    if (!numbers)
        throw new TypeError(`not a version: ${version}`);
    return numbers.join('.');
}
/** The tag name of a version: `releaseTagName('1.3.0')` is `v1.3.0`. */
function releaseTagName(version, prefix = 'v') {
    return `${prefix}${version}`;
}
/**
 * The version after `latest` for a bump. With no release yet (`latest` undefined) the first
 * version is the bump applied to 0.0.0: minor -> 0.1.0, major -> 1.0.0, patch -> 0.0.1.
 * A pre-release `latest` is bumped from its X.Y.Z.
 */
function nextVersion(latest, bump) {
    const base = latest === undefined ? '0.0.0' : stripV(latest.trim());
    if (!isReleaseVersion(base)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The latest version ${latest} is not X.Y.Z, so no next version.`);
    }
    const [major, minor, patch] = versionNumbers(base);
    if (bump === 'major')
        return `${major + 1}.0.0`;
    if (bump === 'minor')
        return `${major}.${minor + 1}.0`;
    return `${major}.${minor}.${patch + 1}`;
}
/**
 * Reads the `version` input: X.Y.Z with an optional pre-release; a leading `v` is accepted and
 * dropped. Anything else is a ConfigurationError naming the input and the version it meant.
 */
function parseVersionInput(value, input = 'version') {
    const version = stripV(value.trim());
    if (isReleaseVersion(version))
        return version;
    const diagnosis = diagnoseVersion(version, 'semver');
    const fix = diagnosis.suggestion ? `; use ${diagnosis.suggestion}` : '';
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input \`${input}\` is \`${value}\`, which is not a release version: ${diagnosis.reason}${fix}. ` +
        'Write X.Y.Z, e.g. 1.3.0 (a leading v is accepted; a pre-release like 1.3.0-rc.1 is allowed).', { input });
}
/** Explains why `text` is not a version of the given form (call it only when it is not). */
function diagnoseVersion(text, form) {
    if (text === '')
        return { reason: 'there is no version' };
    if (form === 'version' && isReleaseVersion(text)) {
        return {
            reason: `${text} has a pre-release, which {version} does not allow`,
            suggestion: versionCore(text),
            hint: 'or write {semver} instead of {version} in the branch pattern to allow pre-releases'
        };
    }
    const plus = text.indexOf('+');
    if (plus > 0 && isReleaseVersion(text.slice(0, plus))) {
        const bare = text.slice(0, plus);
        const suggestion = fitsForm(bare, form) ? bare : versionCore(bare);
        return {
            reason: `${text} has build metadata (+...), which a release version cannot carry`,
            suggestion
        };
    }
    if (/^[vV]/.test(text) && fitsForm(text.slice(1), form)) {
        return {
            reason: `${text} starts with a v, which belongs to the tag, not here`,
            suggestion: text.slice(1)
        };
    }
    if (/^\d+(?:\.\d+)*$/.test(text))
        return diagnoseNumbers(text);
    return { reason: `${text} is not a version (X.Y.Z, e.g. 1.3.0)` };
}
function diagnoseNumbers(text) {
    const parts = text.split('.').map((part) => BigInt(part));
    const fixed = parts.map(String);
    if (parts.some((part) => part > BigInt(Number.MAX_SAFE_INTEGER))) {
        return { reason: `${text} has a number too large for a version` };
    }
    if (parts.length > 3)
        return { reason: `${text} is not X.Y.Z (it has ${parts.length} numbers)` };
    if (parts.length < 3) {
        while (fixed.length < 3)
            fixed.push('0');
        return { reason: `${text} is not X.Y.Z`, suggestion: fixed.join('.') };
    }
    return { reason: `${text} has a leading zero`, suggestion: fixed.join('.') };
}
function stripV(value) {
    return /^[vV]\d/.test(value) ? value.slice(1) : value;
}


/***/ })

};
;
//# sourceMappingURL=742.index.js.map