"use strict";
exports.id = 8406;
exports.ids = [8406];
exports.modules = {

/***/ 629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ reportSkipped)
/* harmony export */ });
/* unused harmony export SKIPPED */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2841);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(336);
/**
 * An optional stage whose essential input is empty (SPEC: deploy's command, run-integration's
 * command, monitor's URLs, notify's webhook, close-milestone's Jira and milestone) succeeds with
 * `result: skipped`, a notice and a summary line naming what to set, so a pipeline goes on: a
 * library with no deployments still gets its tag, release, back-merge and notes.
 */



const SKIPPED = 'skipped';
/** Reports the stage as skipped; `reason` says what is empty, `enable` what to set to turn it on. */
async function reportSkipped(action, reason, enable) {
    (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm)(`${action} skipped: ${reason}. ${enable}`);
    await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)({ result: SKIPPED });
    await (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe)((0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .resultLine */ .ow)(action, SKIPPED, `${reason}. ${enable}`));
}


/***/ }),

/***/ 6421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ compilePattern),
/* harmony export */   NZ: () => (/* binding */ parseClassificationRules),
/* harmony export */   OY: () => (/* binding */ pullRequestMergeNumber),
/* harmony export */   Xk: () => (/* binding */ parseChangeGroup),
/* harmony export */   oo: () => (/* binding */ classifyCommit)
/* harmony export */ });
/* unused harmony exports DEFAULT_SKIP, breakingNote */
/* harmony import */ var _base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4385);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3770);
/**
 * Which Keep a Changelog group a commit belongs to, from its subject: the seed's style
 * (`Feature: ...`, `Fix: ...`, `Improved ...`) and Conventional Commits (`feat(api)!: ...`),
 * after any rules the user gave. Commits that are not notable (merges, chores, our own bump and
 * changelog commits) get no group.
 */



/** The suite's own commits: bump-version's and ours, with their default messages. */
const DEFAULT_SKIP = [
    /^Bump version to \S+$/,
    /^Update CHANGELOG for \S+$/
];
const CONVENTIONAL = /^([a-zA-Z]+)(?:\(([^)]*)\))?(!)?: *(.+)$/;
const CONVENTIONAL_GROUPS = {
    feat: 'Added',
    feature: 'Added',
    fix: 'Fixed',
    bugfix: 'Fixed',
    perf: 'Changed',
    refactor: 'Changed',
    revert: 'Changed',
    security: 'Security',
    deprecate: 'Deprecated',
    remove: 'Removed',
    chore: 'skip',
    ci: 'skip',
    docs: 'skip',
    doc: 'skip',
    test: 'skip',
    tests: 'skip',
    build: 'skip',
    style: 'skip',
    wip: 'skip'
};
/** The seed's style: `Label: text` keeps the text, a leading verb keeps the whole subject. */
const SEED_LABELS = [
    [/^(?:Feature|Add|Added|New): */i, 'Added'],
    [/^(?:Fix|Fixed|Bug|Bugfix|Hotfix): */i, 'Fixed'],
    [/^(?:Change|Changed|Improve|Improvement|Update|Updated|Perf|Performance): */i, 'Changed'],
    [/^(?:Remove|Removed): */i, 'Removed'],
    [/^(?:Deprecate|Deprecated): */i, 'Deprecated'],
    [/^Security: */i, 'Security']
];
const SEED_VERBS = [
    [/^(?:Add|Adds|Added|Introduce|Introduces|Introduced|Support|Supports) /i, 'Added'],
    [
        /^(?:Fix|Fixes|Fixed|Bug|Bugfix|Correct|Corrects|Corrected|Resolve|Resolves|Resolved) /i,
        'Fixed'
    ],
    [
        /^(?:Improve|Improves|Improved|Improvement|Change|Changes|Changed|Update|Updates|Updated|Refactor|Refactored|Speed up|Optimi[sz]e|Optimi[sz]ed) /i,
        'Changed'
    ],
    [/^(?:Remove|Removes|Removed|Drop|Drops|Dropped|Delete|Deleted) /i, 'Removed'],
    [/^(?:Deprecate|Deprecates|Deprecated) /i, 'Deprecated'],
    [/^Revert "/, 'Changed']
];
const MERGE_SUBJECT = /^Merge (?:branch|remote-tracking branch|tag|commit|pull request|[0-9a-f]{7,40}) /;
/** A ticket key leading the subject, Apache/Jira style: `[CLI-123] ...` or `CLI-123: ...`. */
const JIRA_PREFIX = /^(?:\[([A-Z][A-Z0-9_]+-\d+)\]:?|([A-Z][A-Z0-9_]+-\d+):)\s*(\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: /m;
/**
 * Classifies one commit, or returns undefined when it is left out. `body` is read for
 * `BREAKING CHANGE:` footers.
 */
function classifyCommit(subject, body, options) {
    const line = subject.trim();
    if (line === '' || MERGE_SUBJECT.test(line))
        return undefined;
    if (DEFAULT_SKIP.some((p) => p.test(line)) || options.skip.some((p) => p.test(line)))
        return undefined;
    // Read for every commit of a rebuild: the plain search first, the pattern only if it can match.
    const breakingFooter = body.includes('BREAKING') && BREAKING_FOOTER.test(body);
    const note = breakingFooter ? breakingNote(body) : undefined;
    for (const rule of options.rules) {
        const match = rule.pattern.exec(line);
        if (!match)
            continue;
        if (rule.group === 'skip')
            return undefined;
        const text = match.groups?.text ??
            (match.index === 0 && match[0].length < line.length ? line.slice(match[0].length) : line);
        return finish(rule.group, text, breakingFooter, note);
    }
    const keyed = JIRA_PREFIX.exec(line);
    if (keyed) {
        // `[CLI-123] Fix ...`, `CLI-123: Fix ...`: classified by the words, the key kept at the end.
        const key = keyed[1] ?? keyed[2];
        const rest = classifyCommit(keyed[3], body, options);
        if (!rest)
            return undefined;
        return rest.text.includes(key) ? rest : { ...rest, text: `${rest.text} (${key})` };
    }
    const conventional = CONVENTIONAL.exec(line);
    if (conventional) {
        const [, type = '', scope, bang, description = ''] = conventional;
        // Own keys only: `constructor: x` is no type, though every object has a constructor.
        const key = type.toLowerCase();
        const group = Object.hasOwn(CONVENTIONAL_GROUPS, key) ? CONVENTIONAL_GROUPS[key] : undefined;
        const breaking = bang === '!' || breakingFooter;
        if (group !== undefined && (group !== 'skip' || breaking)) {
            const text = scope ? `**${scope}:** ${capitalize(description)}` : description;
            return finish(group === 'skip' ? 'Changed' : group, text, breaking, note);
        }
        if (group === 'skip')
            return undefined;
    }
    // Every label ends in a colon: a subject without one is not tried against them.
    for (const [pattern, group] of line.includes(':') ? SEED_LABELS : []) {
        const match = pattern.exec(line);
        if (match && match[0].includes(':'))
            return finish(group, line.slice(match[0].length), breakingFooter, note);
    }
    for (const [pattern, group] of SEED_VERBS) {
        if (pattern.test(line))
            return finish(group, line, breakingFooter, note);
    }
    return options.unclassified ? finish(options.unclassified, line, breakingFooter, note) : undefined;
}
function finish(group, text, breaking, note) {
    const clean = capitalize(text.trim());
    if (clean === '')
        return undefined;
    if (!breaking)
        return { group, text: clean, breaking };
    return { group, text: `**Breaking:** ${clean}${note ? ` — ${note}` : ''}`, breaking };
}
/**
 * The text of a `BREAKING CHANGE:` footer, its continuation lines joined, up to the next footer
 * (`Token: ` or `Token #`) or a blank line: what a user must know, so it goes into the entry.
 */
function breakingNote(body) {
    const lines = body.split(/\r?\n/);
    const start = lines.findIndex((l) => BREAKING_FOOTER.test(l));
    if (start === -1)
        return undefined;
    const parts = [lines[start].replace(BREAKING_FOOTER, '')];
    for (const line of lines.slice(start + 1)) {
        if (line.trim() === '' || /^[\w-]+(?:: | #)/.test(line))
            break;
        parts.push(line.trim());
    }
    const note = parts.join(' ').replace(/\s+/g, ' ').trim();
    return note === '' ? undefined : note;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** `Merge pull request #12 from owner/branch`: the PR's number, else undefined. */
function pullRequestMergeNumber(subject) {
    const match = /^Merge pull request #(\d+) from \S+/.exec(subject);
    return match ? Number(match[1]) : undefined;
}
/** Looks a group name up case-insensitively (`added`, `Fixed`), or undefined. */
function parseChangeGroup(name) {
    return _grammar_js__WEBPACK_IMPORTED_MODULE_2__/* .CHANGE_GROUPS */ .Y0.find((g) => g.toLowerCase() === name.trim().toLowerCase());
}
/**
 * Reads the `group-patterns` input: one `regex => Group` (or `=> skip`) per line. Patterns are
 * case-insensitive; a named group `text` picks the entry's text.
 */
function parseClassificationRules(lines, input) {
    return lines.map((raw) => {
        const arrow = raw.lastIndexOf('=>');
        const source = arrow === -1 ? '' : raw.slice(0, arrow).trim();
        const target = arrow === -1 ? '' : raw.slice(arrow + 2).trim();
        const group = target.toLowerCase() === 'skip' ? 'skip' : parseChangeGroup(target);
        if (!source || !group) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has the line '${raw}'; write 'regex => Group' with Group one of ${_grammar_js__WEBPACK_IMPORTED_MODULE_2__/* .CHANGE_GROUPS */ .Y0.join(', ')} or skip.`, { input });
        }
        return { pattern: compilePattern(source, input), group };
    });
}
/** Compiles a user's regex (case-insensitive), naming the input when it is not valid. */
function compilePattern(source, input, flags = 'i') {
    let regex;
    try {
        regex = new RegExp(source, flags);
    }
    catch (error) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has '${source}', which is not a valid regular expression: ${error.message}.`, { input });
    }
    return (0,_base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUserRegex */ .Hm)(regex, input);
}


/***/ }),

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* reexport safe */ _index_js__WEBPACK_IMPORTED_MODULE_0__.Dz),
/* harmony export */   PD: () => (/* binding */ ticketKeys)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2397);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7183);
/**
 * Reading one released section and its ticket keys: the entry point create-tag,
 * open-release-pr and close-milestone use. One parser serves writer and readers alike.
 */



/** The ticket keys (JIRA-1234) in a text, in order of first appearance, each once. */
function ticketKeys(text, pattern = _render_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TICKET_PATTERN */ .sC) {
    return (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .ticketKeys */ .PD)(text, pattern);
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
/* harmony import */ var _github_write_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6101);
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
        return (0,_github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)({
            what: `creating the deployment of ${deployment.version} to ${deployment.environment}`,
            send: () => this.createOnce(deployment),
            lookup: () => this.findForVersion(deployment.environment, deployment.ref, deployment.version),
            attempts: CREATE_ATTEMPTS
        });
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
            // Retried by writeOnce, after looking, not blindly by the client.
            request: _github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_BLIND_RETRY */ .hv
        }));
        if (response.status !== 201 || !('id' in response.data)) {
            const message = 'message' in response.data ? String(response.data.message) : 'no deployment';
            throw new Error(`GitHub did not create the deployment: ${message}`);
        }
        return toRecord(response.data);
    }
    /** Adds a status; a lost answer is followed by a look at the newest status, not a blind resend. */
    async setStatus(id, update) {
        const what = `setting deployment ${id} to ${update.state}`;
        const description = update.description.slice(0, DESCRIPTION_LIMIT);
        await (0,_github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)({
            what,
            send: async () => (await this.call(what, () => this.octokit.rest.repos.createDeploymentStatus({
                ...this.repository,
                deployment_id: id,
                state: update.state,
                description,
                environment_url: update.environmentUrl,
                log_url: update.logUrl,
                request: _github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_BLIND_RETRY */ .hv
            }))).data,
            lookup: async () => {
                const { data } = await this.call(`reading the statuses of deployment ${id}`, () => this.octokit.rest.repos.listDeploymentStatuses({
                    ...this.repository,
                    deployment_id: id,
                    per_page: 1
                }));
                const newest = data[0];
                return newest?.state === update.state && newest.description === description
                    ? newest
                    : undefined;
            }
        });
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
    const request = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .requestOf */ .fo)(error);
    if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNoAnswer */ .Uz)(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`No answer from GitHub (${request?.host ?? 'the API'})${request ? ` to ${request.route}` : ''} ` +
            `while ${what}: the connection failed (${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}), also on the retries.`, { cause: error });
    }
    const said = status ? `HTTP ${status}${answer ? ` (${answer})` : ''}` : (0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    if ((status === 403 || status === 429) && (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecondaryRateLimit */ .i7)(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub's secondary rate limit stopped ${what} (${said}), also after waiting it out; ` +
            'rerun the job in a few minutes.', { cause: error });
    }
    if (status === 403 || status === 401) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused ${what}: ${said}. The token needs the \`deployments: write\` permission ` +
            '(add `permissions: deployments: write` to the job).', { input: 'token' });
    }
    if (status === 422 || status === 409) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused ${what}: ${said}.`);
    }
    const to = request ? ` (${request.route})` : '';
    return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub Deployments API failed while ${what}: ${said}${to}.`, {
        cause: error
    });
}


/***/ }),

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ resolvePublishedRelease),
/* harmony export */   rm: () => (/* binding */ releaseCommitMessages),
/* harmony export */   wJ: () => (/* binding */ readChangelogSection),
/* harmony export */   wk: () => (/* binding */ releasedTicketKeys)
/* harmony export */ });
/* harmony import */ var _action_kit_confine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8540);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4431);
/* harmony import */ var _changelog_release_section_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9004);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3213);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9636);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1807);
/**
 * The release a post-release step (close-milestone, notify) is about: its version and tag,
 * its CHANGELOG section, and the ticket keys of what it shipped.
 */







/**
 * The version from the `version` input, else from the branch or the merged release branch
 * (SPEC "Versions"), which needs the checkout (`git`).
 */
async function resolvePublishedRelease(git, request) {
    if (!git) {
        if (!request.versionInput) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Cannot tell which version was released: set the 'version' input, or run in a checkout of the release (actions/checkout).", { input: 'version' });
        }
        const version = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVersionInput */ .gX)(request.versionInput);
        return { version, tag: (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseTagName */ .zD)(version, request.tagPrefix) };
    }
    const target = await (0,_target_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveReleaseTarget */ .A)(git, {
        versionInput: request.versionInput,
        branch: request.branch,
        patterns: (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBranchPatterns */ .dV)(),
        tagPrefix: request.tagPrefix,
        mainBranch: request.mainBranch,
        defaultBranch: request.defaultBranch
    });
    return { version: target.version, tag: target.tag, target };
}
/** The version's section of the changelog, or undefined when the file or the section is missing. */
function readChangelogSection(workingDirectory, path, version) {
    const file = (0,_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_0__/* .confinedFile */ .dD)(workingDirectory, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return undefined;
    return (0,_changelog_release_section_js__WEBPACK_IMPORTED_MODULE_3__/* .readReleaseSection */ .Dz)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'), version);
}
/**
 * The commit messages between the previous release tag and this release (its tag when it
 * exists, else HEAD): what `from-commits` reads ticket keys from. On a shallow checkout the
 * range is deepened (in growing steps, bounded) until no commit in it is cut off.
 */
async function releaseCommitMessages(git, release) {
    const target = release.target;
    const end = target?.remoteTags.has(release.tag) ? `refs/tags/${release.tag}` : 'HEAD';
    const previous = target?.latest?.name;
    const range = previous ? `refs/tags/${previous}..${end}` : end;
    // The same rule as update-changelog: the whole range or a failure, never a truncated one.
    if (previous)
        await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_4__/* .completeRange */ .Di)(git, [end, `^refs/tags/${previous}`]);
    else
        await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_4__/* .completeHistory */ .Cx)(git);
    return git.output(['log', '--no-merges', '--format=%B', range]);
}
/** Ticket keys, each once, in order: the changelog's first, then those only in commits. */
function releasedTicketKeys(texts, pattern) {
    return [...new Set(texts.flatMap((text) => (0,_changelog_release_section_js__WEBPACK_IMPORTED_MODULE_3__/* .ticketKeys */ .PD)(text, pattern)))];
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

/***/ 1807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveReleaseTarget),
/* harmony export */   h: () => (/* binding */ enforcePolicy)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8815);
/* harmony import */ var _git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1597);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3213);
/* harmony import */ var _git_local_refs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3845);
/* harmony import */ var _versioning_semver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8235);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9636);
/**
 * Which version this run releases, and the release tags around it: the shared first half of
 * bump-version, update-changelog and create-tag. Resolution order and policy are SPEC "Versions".
 */







/** Resolves the version, fetches the tags and history it needs, finds the latest release tag. */
async function resolveReleaseTarget(git, request) {
    const branch = request.branch ?? (await git.currentBranch());
    // HEAD's message tells the version only when the branch does not (the run after a merge).
    const mergeMessage = request.versionInput || namesVersion(branch, request.patterns)
        ? undefined
        : await git.output(['log', '-1', '--format=%B', 'HEAD']);
    const resolved = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveReleaseVersion */ .me)({
        input: request.versionInput,
        branch,
        mergeMessage,
        patterns: request.patterns
    });
    if (!resolved) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot tell which version to release: the branch '${branch ?? '(detached HEAD)'}' is not a release or hotfix branch ` +
            `(${[...request.patterns.release, ...request.patterns.hotfix].join(', ')}) and HEAD is not the merge of one. ` +
            "Set the 'version' input, or run on a branch like release-v1.3.0.", { input: 'version' });
    }
    // The clone's tags, tracking branches and origin's HEAD as last seen: one local read.
    const local = await (0,_git_local_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .readLocalRefs */ .c)(git, request.tagPrefix);
    const known = request.mainBranch || local.remoteHead;
    // One ls-remote answers for the run's branch, the main branch (or origin's HEAD when its name
    // is not known yet) and the release tags: a single round trip to origin.
    const listing = await git.listRemote([
        ...(known ? [] : ['HEAD']),
        ...[...new Set([branch, known])].filter((n) => !!n).map((n) => `refs/heads/${n}`),
        `refs/tags/${request.tagPrefix}*`
    ]);
    const heads = new Set();
    for (const ref of listing.refs.keys())
        if (ref.startsWith('refs/heads/'))
            heads.add(ref.slice('refs/heads/'.length));
    if (listing.head)
        heads.add(listing.head);
    const wanted = known ?? listing.head ?? (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .eventDefaultBranch */ .Ex)() ?? (await request.defaultBranch?.());
    if (wanted && !heads.has(wanted) && wanted !== known) {
        // Only from the event payload: ask for that branch after all.
        const more = await git.listRemote([`refs/heads/${wanted}`]);
        if (more.refs.size > 0)
            heads.add(wanted);
    }
    const onRemote = branch ? heads.has(branch) : false;
    const mainBranch = resolveMainBranch(git, request.mainBranch, wanted, heads);
    const branches = [
        ...(mainBranch ? [mainBranch] : []),
        ...(branch && onRemote && branch !== mainBranch ? [branch] : [])
    ];
    // Deepened until a release OLDER than this one is reached: the version's own tag may be at HEAD.
    const history = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureReleaseHistory */ .yY)(git, {
        listing,
        local,
        branches,
        tagPrefix: request.tagPrefix,
        endsRange: (name) => (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseTags */ .GU)([name], request.tagPrefix).some((t) => _versioning_semver_js__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A.lt(t.version, resolved.version))
    });
    const tag = `${request.tagPrefix}${resolved.version}`;
    const lineTags = request.lineTags === false
        ? []
        : await releaseLineTags(git, resolved.kind, { ...request, mainBranch: mainBranch ?? '' });
    const latest = lineTags.find((t) => t.name !== tag);
    const { remoteTags, localTags } = history;
    return { ...resolved, branch, tag, latest, lineTags, remoteTags, localTags };
}
/** Whether the branch's name alone says the version (then HEAD's message is not read). */
function namesVersion(branch, patterns) {
    if (!branch)
        return false;
    try {
        return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseBranch */ .lO)(branch, patterns) !== undefined;
    }
    catch (error) {
        // A misnamed release branch: the resolution fails on it (or, with an input, ignores both).
        if (error instanceof _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
            return true;
        throw error;
    }
}
/**
 * The `main-branch` input, or when it is empty the repository's default branch. A branch that
 * origin does not have is refused naming the input; an unknown default is no main branch (the
 * tags reachable from HEAD are followed instead).
 */
function resolveMainBranch(git, given, name, heads) {
    if (!name) {
        git.log.warning("The repository's default branch is unknown (origin has no HEAD); set the 'main-branch' input to the branch releases are merged into.");
        return undefined;
    }
    if (heads.has(name))
        return name;
    if (given) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'main-branch' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .S)(name)}, a branch that does not exist on origin. ` +
            'Set it to the branch releases are merged into (e.g. main or master).', { input: 'main-branch' });
    }
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The main branch ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .S)(name)} does not exist on origin (it is the repository's default branch)` +
        ". Set the 'main-branch' input to the branch releases are merged into (e.g. main or master).", { input: 'main-branch' });
}
/**
 * A release follows the tags reachable from main; a hotfix those reachable from itself (it was
 * cut from main at the latest one).
 */
async function releaseLineTags(git, kind, request) {
    const glob = `${request.tagPrefix}*`;
    if (kind === 'release' && request.mainBranch !== '') {
        const onMain = await git.tagsMergedIntoIfExists(`refs/remotes/origin/${request.mainBranch}`, glob);
        if (onMain)
            return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseTags */ .GU)(onMain, request.tagPrefix);
        git.log.warning(`origin/${request.mainBranch} does not exist; following the tags reachable from HEAD instead.`);
    }
    return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseTags */ .GU)(await git.tagsMergedInto('HEAD', glob), request.tagPrefix);
}
/** Applies the release-type policy; `tolerateOwnTag` lets a rerun after tagging pass. */
function enforcePolicy(target, releaseType, options) {
    const existing = [...target.remoteTags.keys()]
        .filter((name) => !(options.tolerateOwnTag && name === target.tag))
        .map((name) => name.slice(options.tagPrefix.length));
    (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .checkVersionPolicy */ .bm)({
        version: target.version,
        kind: target.kind,
        releaseType,
        // Judged against the newest tag on the line, unless this is a rerun of an existing release.
        latest: options.tolerateOwnTag ? target.latest : (target.lineTags[0] ?? target.latest),
        existingVersions: existing,
        source: target.source,
        branch: target.branch
    });
}


/***/ })

};
;
//# sourceMappingURL=8406.index.js.map