"use strict";
exports.id = 3163;
exports.ids = [3163,9970];
exports.modules = {

/***/ 9115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpVersionStep: () => (/* binding */ bumpVersionStep)
});

// EXTERNAL MODULE: ./packages/github/default-branch.ts
var default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/action-kit/run.ts
var run = __webpack_require__(2841);
// EXTERNAL MODULE: ./packages/action-kit/confine.ts
var confine = __webpack_require__(8540);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/release/commit-and-push.ts
var commit_and_push = __webpack_require__(5400);
// EXTERNAL MODULE: ./packages/version-files/index.ts + 18 modules
var version_files = __webpack_require__(3225);
;// CONCATENATED MODULE: ./packages/release/bump-version.ts
/**
 * Step 10 of the process: write the release version into every version file, in one commit.
 * Everything is read and checked before anything is written; a dry run writes nothing.
 */




/** Plans the bump (pure): which files change, and how, line by line. */
function planBump(files, version) {
    const { version: previous } = (0,version_files/* currentVersion */.YO)(files);
    const planned = (0,version_files/* planVersionBump */.CL)(files, version);
    // The new bytes of each file: only the versions change, any byte that is not UTF-8 stays.
    const texts = new Map();
    const changes = planned.map((p) => {
        texts.set(p.file, p.bytes);
        return { file: p.file, from: p.from, lines: changedLines(p.before, p.after) };
    });
    return { previous, changes, texts };
}
function changedLines(before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    const lines = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] !== b[i])
            lines.push({
                line: i + 1,
                before: (a[i] ?? '').replace(/\r$/, ''),
                after: (b[i] ?? '').replace(/\r$/, '')
            });
    }
    return lines;
}
async function bumpVersion(git, request) {
    const { previous, changes, texts } = planBump(request.files, request.version);
    if (changes.length === 0)
        return { result: 'unchanged', previousVersion: previous, changes, pushed: false, replays: 0 };
    if (request.dryRun)
        return { result: 'dry-run', previousVersion: previous, changes, pushed: false, replays: 0 };
    for (const [file, text] of texts)
        (0,external_node_fs_.writeFileSync)((0,confine/* confinedFile */.dD)(git.cwd, file), text);
    if (!request.commit)
        return { result: 'updated', previousVersion: previous, changes, pushed: false, replays: 0 };
    // Pushed from the new commit's parent: HEAD before the files were written.
    const committed = await (0,commit_and_push/* commitAndPush */.t)(git, [...texts.keys()], undefined, request);
    return { result: 'updated', previousVersion: previous, changes, ...committed };
}

// EXTERNAL MODULE: ./packages/release/files-follow-release.ts
var files_follow_release = __webpack_require__(2541);
// EXTERNAL MODULE: ./packages/release/commit-via.ts
var commit_via = __webpack_require__(2410);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/release/target.ts
var release_target = __webpack_require__(1807);
// EXTERNAL MODULE: ./actions/bump-version/src/inputs.ts
var src_inputs = __webpack_require__(2758);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/bump-version/src/summary.ts

function bumpSummary(target, result, previous) {
    const source = {
        input: "the 'version' input",
        branch: `branch ${target.branch ?? ''}`,
        merge: 'the merged release branch'
    }[target.source];
    const detail = result.result === 'unchanged'
        ? `Every version file already says **${target.version}** (from ${source}); no commit.`
        : `**${previous ?? '(none)'} → ${target.version}** (from ${source}, ${target.kind}; latest tag ${target.latest?.name ?? 'none'}).` +
            (result.commitSha
                ? ` Commit \`${result.commitSha.slice(0, 12)}\`${result.pushed ? ` pushed to \`${target.branch ?? ''}\`` : ''}.`
                : '') +
            (result.replays > 0 ? ` Replayed on top of ${result.replays} concurrent push(es).` : '');
    let body = (0,summary/* resultLine */.ow)('bump-version', result.result, detail);
    if (result.changes.length > 0) {
        body += (0,summary/* table */.tp)(['File', 'Was', 'Now'], result.changes.map((c) => [c.file, c.from, target.version]));
        const diff = result.changes
            .flatMap((c) => [
            `--- ${c.file}`,
            `+++ ${c.file}`,
            ...c.lines.flatMap((l) => [`@@ line ${l.line} @@`, `-${l.before}`, `+${l.after}`])
        ])
            .join('\n');
        body += `\n${(0,summary/* codeBlock */.DV)(diff, 'diff')}`;
    }
    return body;
}
/** The summary of a project whose version is derived from the tag: nothing written. */
function derivedSummary(target, from) {
    return (0,summary/* resultLine */.ow)('bump-version', 'derived', `The version is derived from the git tag at build time (${from.join(', ')}); nothing to ` +
        `write. The release tag **${target.tag}** will be version **${target.version}**.`);
}

;// CONCATENATED MODULE: ./actions/bump-version/src/step.ts
/** bump-version's work, loaded once its inputs and the checkout are known to be good. */












async function bumpVersionStep(inputs, context, git) {
    // Every problem of the run (version files, branch, policy) is gathered into one error, and
    // all of it is checked before anything is written.
    const problems = [];
    const gather = async (work) => {
        try {
            return await work();
        }
        catch (error) {
            if (!(0,errors/* isConfigurationError */.p0)(error))
                throw error;
            problems.push(error);
            return undefined;
        }
    };
    const read = await gather(async () => {
        const set = await (0,version_files/* inspectVersionFiles */.Mb)(inputs.workingDirectory, inputs.files);
        const found = (0,version_files/* currentVersion */.YO)(set.files);
        // No literal version: derived from the tag (success, nothing to write), or a clear failure.
        return { files: set.files, found, source: (0,version_files/* versionSource */.sM)(found, set.lookedAt, set.empty) };
    });
    const current = read?.found.version;
    const branch = context.branch ?? (await git.currentBranch());
    if (inputs.push && !inputs.dryRun && !branch) {
        problems.push(new errors/* ConfigurationError */.j1('HEAD is detached, so there is no branch to push the bump to; check out the release branch or set push: false.'));
    }
    const target = await gather(() => (0,release_target/* resolveReleaseTarget */.A)(git, {
        versionInput: inputs.version,
        branch,
        patterns: inputs.patterns,
        tagPrefix: inputs.tagPrefix,
        mainBranch: inputs.mainBranch,
        defaultBranch: (0,default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, token: inputs.token })
    }));
    if (target) {
        // A rerun after the release was tagged (on main's merge commit, not on this branch) is fine;
        // releasing a version whose tag is already in this branch's history is a repeat.
        const tagInHistory = target.remoteTags.has(target.tag) && (await git.isAncestor(target.tag, 'HEAD'));
        const tolerateOwnTag = current === target.version && !tagInHistory;
        await gather(() => (0,release_target/* enforcePolicy */.h)(target, inputs.releaseType, { tolerateOwnTag, tagPrefix: inputs.tagPrefix }));
        if (read?.source === 'literal' && inputs.releaseType !== 'any') {
            await gather(() => (0,files_follow_release/* checkFilesFollowRelease */.c)(read.found, target, target.latest));
        }
    }
    (0,version_files/* throwAll */.Kx)(problems, 'this run');
    if (!read || !target)
        throw new Error('bump-version: no problem reported, yet nothing read');
    const { files, found, source } = read;
    if (source === 'derived') {
        const from = found.dynamic.filter((d) => d.fromTag).map((d) => `${d.file} (${d.reason})`);
        (0,core/* notice */.lm)(`The version of this project is derived from the git tag at build time: ${from.join(', ')}. ` +
            `Nothing to write; create-tag's tag ${target.tag} will be the version.`);
        await (0,run/* setOutputs */.n0)({
            [src_inputs/* Output */.k7.version]: target.version,
            [src_inputs/* Output */.k7.previousVersion]: target.latest?.version ?? '',
            [src_inputs/* Output */.k7.tag]: target.tag,
            [src_inputs/* Output */.k7.changedFiles]: '[]',
            [src_inputs/* Output */.k7.commitSha]: '',
            [src_inputs/* Output */.k7.result]: 'derived'
        });
        await (0,core/* appendSummary */.fe)(derivedSummary(target, from));
        return;
    }
    const publish = inputs.push && !inputs.dryRun
        ? await (0,commit_via/* stepPublisher */.lu)(inputs.commitVia, {
            token: inputs.token,
            context,
            branch,
            log: logger/* actionsLogger */.M
        })
        : undefined;
    const result = await bumpVersion(git, {
        publish,
        version: target.version,
        files,
        branch,
        message: inputs.commitMessage.replaceAll('{version}', target.version),
        commit: inputs.commit,
        push: inputs.push,
        dryRun: inputs.dryRun
    });
    const previousVersion = target.latest?.version ?? result.previousVersion;
    (0,core/* info */.pq)(result.result === 'unchanged'
        ? `Every version file already says ${target.version}; nothing to do.`
        : `${result.result === 'dry-run' ? 'Would bump' : 'Bumped'} ${result.changes.length} file(s) to ${target.version}.`);
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.version]: target.version,
        [src_inputs/* Output */.k7.previousVersion]: previousVersion ?? '',
        [src_inputs/* Output */.k7.tag]: target.tag,
        [src_inputs/* Output */.k7.changedFiles]: JSON.stringify(result.changes.map((c) => c.file)),
        [src_inputs/* Output */.k7.commitSha]: result.commitSha ?? '',
        [src_inputs/* Output */.k7.result]: result.result
    });
    await (0,core/* appendSummary */.fe)(bumpSummary(target, result, previousVersion));
}


/***/ }),

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

/***/ 2541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ checkFilesFollowRelease),
/* harmony export */   o: () => (/* binding */ compareLoose)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _version_files_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3225);
/**
 * The version files must say the previous release (or already the target): anything else means
 * the files found are not this project's version (a nested package, a stale copy), and writing
 * the release version over them would be a silent downgrade or a jump.
 */


/**
 * Refuses when the files' version is above the target (when known), or below the latest release tag. A
 * version between the two (`1.3.0.dev0`, `1.3.0-rc.1` before 1.3.0) is a pre-release of this one.
 */
function checkFilesFollowRelease(current, target, latest) {
    const found = current.version;
    if (found === undefined || found === target?.version)
        return;
    const where = current.occurrences.map((o) => `${o.file}:${o.line}`).join(', ');
    const fix = `Set the files to the version of the latest release, or list the files that hold this ` +
        `project's version in the '${_version_files_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FILES_INPUT */ .xl}' input.`;
    const locations = current.occurrences.map((o) => ({ file: o.file, line: o.line, col: o.column }));
    if (target && compareLoose(found, target.version) > 0) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The version files say ${found} (${where}), above the release version ${target.version} ` +
            `(${target.tag}): writing it would go backwards. ${fix}`, { input: _version_files_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FILES_INPUT */ .xl, locations });
    }
    if (latest && compareLoose(found, latest.version) < 0) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The version files say ${found} (${where}), but the latest release is ${latest.name} ` +
            `(${latest.version}): they are not the version this project released last. ${fix}`, { input: _version_files_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FILES_INPUT */ .xl, locations });
    }
}
/**
 * Orders versions as written in files: semver (`1.3.0-rc.1`), PEP 440 (`1.3.0.dev0`,
 * `2.1.0a0`, `1.2.0.post1`), and 2- or 4-part ones (`1.00`). A pre-release sorts below its
 * release, a post-release or `+local` at or above it.
 */
function compareLoose(a, b) {
    const pa = parseLoose(a);
    const pb = parseLoose(b);
    for (let i = 0; i < Math.max(pa.core.length, pb.core.length); i++) {
        const d = (pa.core[i] ?? 0) - (pb.core[i] ?? 0);
        if (d !== 0)
            return Math.sign(d);
    }
    if (pa.rank !== pb.rank)
        return Math.sign(pa.rank - pb.rank);
    return Math.sign(pa.suffix.localeCompare(pb.suffix, 'en', { numeric: true }));
}
function parseLoose(version) {
    const match = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(version.trim());
    if (!match)
        return { core: [], rank: 0, suffix: version };
    // Build metadata (`+local`) does not order versions.
    const suffix = match[2].startsWith('+') ? '' : match[2];
    const rank = suffix === '' || suffix.startsWith('+') ? 1 : /^[-._]?post/.test(suffix) ? 2 : 0;
    return { core: match[1].split('.').map(Number), rank, suffix };
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
//# sourceMappingURL=3163.index.js.map