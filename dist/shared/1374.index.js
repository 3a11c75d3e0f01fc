"use strict";
exports.id = 1374;
exports.ids = [1374];
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

/***/ 4337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ rolledBack),
/* harmony export */   Ij: () => (/* binding */ recordRollback),
/* harmony export */   JH: () => (/* binding */ readProductionVerdict),
/* harmony export */   KV: () => (/* binding */ isProduction),
/* harmony export */   hL: () => (/* binding */ rollbackBooksSummary),
/* harmony export */   sA: () => (/* binding */ keepBooks)
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
/**
 * Runs the books step after a production rollback (`keep`: undefined when the books are not
 * this run's to keep). Whatever it throws (the deployment history unreadable, the checkout
 * unusable) is reported the way a failed book is: each book `failed` with what failed, a
 * warning in the log, never thrown past the rollback's own outcome.
 */
async function keepBooks(facts, log, keep) {
    try {
        const books = await keep();
        return books && { facts, books };
    }
    catch (error) {
        const detail = `not recorded: ${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        log.warning(`The books of ${facts.version}: ${detail}`);
        const failed = { result: 'failed', detail };
        return { facts, books: { release: failed, changelog: failed } };
    }
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

/***/ 8979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   dv: () => (/* binding */ findRelease),
/* harmony export */   zy: () => (/* binding */ makeLatestFor)
/* harmony export */ });
/* harmony import */ var _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8235);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9325);
/* harmony import */ var _github_write_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6101);
/**
 * The GitHub Release of a tag, exactly once: looked up (drafts included) before it is created,
 * so a retried or rerun create finds the first one and updates it instead of adding another.
 */



/**
 * `make_latest` for a release: `auto` gives 'false' when a release tag newer than `version`
 * exists (a hotfix of an older line must not become the latest release) and 'true' otherwise;
 * drafts and pre-releases get none.
 */
function makeLatestFor(version, releaseVersions, choice, options) {
    if (options.draft || options.prerelease)
        return undefined;
    if (choice !== 'auto')
        return choice;
    for (const other of releaseVersions) {
        if (_versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.valid(other) && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.prerelease(other) === null && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.gt(other, version))
            return 'false';
    }
    return 'true';
}
/** The release of `tag`, drafts included (GET /releases/tags/{tag} does not see drafts). */
async function findRelease(github, owner, repo, tag) {
    const found = await github.paginate(github.rest.repos.listReleases, { owner, repo, per_page: 100 }, (response, done) => {
        const hit = response.data.filter((r) => r.tag_name === tag);
        if (hit.length > 0)
            done();
        return hit;
    });
    // A published release wins over a leftover draft of the same tag.
    return found.find((r) => !r.draft) ?? found[0];
}
function sameText(a, b) {
    const normal = (text) => text.replace(/\r\n/g, '\n').trim();
    return normal(a ?? '') === normal(b);
}
/** Creates the release of the tag, or brings the existing one up to date; never a second one. */
async function publishRelease(github, request, log) {
    const what = `creating the GitHub Release ${request.tag}`;
    try {
        const existing = await findRelease(github, request.owner, request.repo, request.tag);
        if (existing)
            return await updateRelease(github, request, existing, log);
        try {
            const data = await (0,_github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)({
                what,
                send: async () => (await github.rest.repos.createRelease({
                    owner: request.owner,
                    repo: request.repo,
                    tag_name: request.tag,
                    target_commitish: request.sha,
                    name: request.name,
                    body: request.body ?? '',
                    draft: request.draft,
                    prerelease: request.prerelease,
                    ...(request.makeLatest && { make_latest: request.makeLatest }),
                    request: _github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_BLIND_RETRY */ .hv
                })).data,
                lookup: () => findRelease(github, request.owner, request.repo, request.tag),
                log
            });
            return { result: 'created', id: data.id, url: data.html_url, draft: data.draft };
        }
        catch (error) {
            // A create that GitHub carried out but whose answer was lost comes back, when retried, as
            // 422 already_exists: the release is there, so update it rather than fail.
            if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStatus */ .$T)(error) !== 422 || !(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .validationCodes */ .Eb)(error).includes('already_exists'))
                throw error;
            const created = await findRelease(github, request.owner, request.repo, request.tag);
            if (!created)
                throw error;
            log.info(`The release ${request.tag} already exists (an earlier attempt made it).`);
            // Made by this run's own earlier attempt: created, whatever the update below finds.
            return { ...(await updateRelease(github, request, created, log)), result: 'created' };
        }
    }
    catch (error) {
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainApiError */ .cU)(error, what);
    }
}
async function updateRelease(github, request, existing, log) {
    // A published release is never turned back into a draft; a draft is published when asked.
    const publish = existing.draft && !request.draft;
    const changes = {
        ...(request.body !== undefined &&
            !sameText(existing.body, request.body) && { body: request.body }),
        ...(existing.name !== request.name && { name: request.name }),
        ...(existing.prerelease !== request.prerelease && { prerelease: request.prerelease }),
        ...(publish && { draft: false })
    };
    if (Object.keys(changes).length === 0) {
        return { result: 'unchanged', id: existing.id, url: existing.html_url, draft: existing.draft };
    }
    log.info(`Updating the release ${request.tag}: ${Object.keys(changes).join(', ')}.`);
    const { data } = await github.rest.repos.updateRelease({
        owner: request.owner,
        repo: request.repo,
        release_id: existing.id,
        ...changes,
        ...(publish && request.makeLatest && { make_latest: request.makeLatest })
    });
    return { result: 'updated', id: data.id, url: data.html_url, draft: data.draft };
}


/***/ })

};
;
//# sourceMappingURL=1374.index.js.map