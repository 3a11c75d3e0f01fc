"use strict";
exports.id = 7172;
exports.ids = [7172,6217];
exports.modules = {

/***/ 7172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2841);
/* harmony import */ var _packages_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3913);
/* harmony import */ var _packages_git_default_branch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1597);
/* harmony import */ var _packages_github_default_branch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7102);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6475);
/** back-merge: inputs -> packages/release/back-merge -> outputs and summary. */








/** An empty `source`: the repository's default branch, by the rule every action follows. */
async function defaultSource(git, context, token) {
    const fromApi = (0,_packages_github_default_branch_js__WEBPACK_IMPORTED_MODULE_6__/* .apiDefaultBranch */ .i)({ context, log: _packages_action_kit_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsLogger */ .M, token });
    const branch = await (0,_packages_git_default_branch_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteDefaultBranch */ .Ki)(git, fromApi);
    if (branch)
        return branch;
    throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("The repository's default branch is unknown (origin has no HEAD, the event and the API do not say it); " +
        "set the 'source' input to the branch the release was merged into.", { input: 'source' });
}
async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runAction */ .Cs)('back-merge', async () => {
        const given = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readInputs */ .Ko)();
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        const git = await (0,_packages_git_checkout_js__WEBPACK_IMPORTED_MODULE_4__/* .openCheckout */ .H)(given, _packages_action_kit_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsLogger */ .M);
        const source = given.source || (await defaultSource(git, context, given.token));
        const inputs = { ...given, source };
        if (inputs.source === inputs.target) {
            throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`'source' and 'target' are both ${inputs.source}.`, {
                input: 'target'
            });
        }
        // The work (merge, push, pull request) loads only now that inputs and checkout are good.
        const { backMergeStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(4360), __webpack_require__.e(7080), __webpack_require__.e(9848), __webpack_require__.e(6678)]).then(__webpack_require__.bind(__webpack_require__, 8990));
        await backMergeStep(inputs, context, git);
    });
}


/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output)
/* harmony export */ });
/* unused harmony exports Input, ON_CONFLICT */
/* harmony import */ var _packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2410);
/* harmony import */ var _packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9657);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5167);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1811);
/* harmony import */ var _packages_versioning_branches_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4555);
/* harmony import */ var _packages_versioning_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15);
/* harmony import */ var _packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7656);







const Input = {
    source: 'source',
    target: 'target',
    onConflict: 'on-conflict',
    message: 'message',
    version: 'version',
    releaseBranches: 'release-branches',
    pullRequestBranch: 'pull-request-branch',
    labels: 'labels',
    branchPattern: 'branch-pattern',
    hotfixBranchPattern: 'hotfix-branch-pattern',
    tagPrefix: 'tag-prefix'
};
const Output = {
    result: 'result',
    sha: 'sha',
    pullRequestUrl: 'pull-request-url',
    ancestry: 'ancestry',
    targets: 'targets'
};
const ON_CONFLICT = ['pull-request', 'fail'];
function readInputs() {
    const version = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.version);
    return {
        ...(0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_2__/* .readCommonInputs */ .di)(),
        commitVia: (0,_packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommitViaInput */ .wF)(),
        source: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_1__/* .getBranchInput */ .X9)(Input.source) ?? '',
        target: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_1__/* .getBranchInput */ .X9)(Input.target, 'develop'),
        onConflict: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getEnumInput */ .iv)(Input.onConflict, ON_CONFLICT, 'pull-request'),
        message: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.message) ?? 'Merge {source} into {target} after {version}',
        version: version === undefined ? undefined : (0,_packages_versioning_version_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVersionInput */ .gX)(version),
        releaseBranches: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBooleanInput */ .Vt)(Input.releaseBranches, true),
        pullRequestBranch: pullRequestBranchInput(),
        labels: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getLabelsInput */ .Ml)(Input.labels),
        patterns: (0,_packages_versioning_branches_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBranchPatterns */ .dV)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.branchPattern), (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.hotfixBranchPattern)),
        tagPrefix: (0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readTagPrefixInput */ .Z6)(Input.tagPrefix)
    };
}
/**
 * `pull-request-branch`: checked as the branch it names (with a version in place of
 * `{version}`) before anything runs, not first when a conflict needs it.
 */
function pullRequestBranchInput() {
    const template = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.pullRequestBranch) ?? 'back-merge/{version}';
    (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRefName */ .hh)(template.replaceAll('{version}', '1.0.0'), Input.pullRequestBranch);
    return template;
}


/***/ }),

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

/***/ 3913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ openCheckout)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4553);
/**
 * The checkout an action works in. Asked before an action loads the code that does its work,
 * so a job without `actions/checkout` stops at once with the one error that says what to do.
 */


/** A Git for the action's working directory; a ConfigurationError when it is not a checkout. */
async function openCheckout(inputs, log) {
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .TU(inputs.workingDirectory, {
        log,
        identity: inputs.identity,
        token: inputs.token
    });
    if (!(await git.isRepository())) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${inputs.workingDirectory} is not a git checkout; run actions/checkout first.`);
    }
    return git;
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
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 1260).then(__webpack_require__.bind(__webpack_require__, 1260));
    return getExecOutput(command, args, options);
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
    /** Runs git; throws GitCommandError on a non-zero exit unless `allowFailure`. */
    async run(args, options = {}) {
        const auth = NETWORK_COMMANDS.has(args[0] ?? '') ? await this.networkAuthArgs() : [];
        this.log.debug(`git ${args.join(' ')}`);
        const call = ORIGIN_CALL[args[0] ?? ''];
        if (call)
            (0,round_trips/* countOriginCall */.ud)(call);
        const result = await exec('git', [...auth, ...args], {
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
        if (result.exitCode !== 0 && !options.allowFailure)
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
        const gitDir = findGitDir(this.cwd);
        if (!gitDir)
            return undefined;
        let common = gitDir;
        if (process.env.GIT_COMMON_DIR)
            common = (0,external_node_path_.resolve)(this.cwd, process.env.GIT_COMMON_DIR);
        else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitDir, 'commondir')))
            common = (0,external_node_path_.resolve)(gitDir, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').trim());
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(common, 'objects')) ? (0,external_node_path_.join)(common, 'shallow') : undefined;
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
        const args = ['tag', '--merged', ref, '--list', glob];
        const result = await this.run(args, { allowFailure: true });
        if (result.exitCode !== 0) {
            if (/malformed object name/.test(result.stderr))
                return undefined;
            throw new GitCommandError(args, result);
        }
        const out = result.stdout.trim();
        return out ? out.split('\n') : [];
    }
    /**
     * Stages the given paths and commits them; the new commit and its parent, or undefined when
     * nothing changed. Whether anything was staged is asked only when `git commit` declines.
     */
    async commit(paths, message) {
        await this.run(['add', '--', ...paths]);
        const args = ['commit', '--no-verify', '--quiet', '-m', message];
        const made = await this.run(args, { allowFailure: true });
        if (made.exitCode !== 0) {
            const staged = await this.run(['diff', '--cached', '--quiet'], { allowFailure: true });
            if (staged.exitCode === 0)
                return undefined;
            throw new GitCommandError(args, made);
        }
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

/***/ 6217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   retryBaseMs: () => (/* binding */ retryBaseMs)
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
/** Spacing between write requests; GitHub's guidance is one second, the tests shorten it. */
function writeSpacingMs() {
    const fromEnv = Number(process.env.RELEASE_ACTIONS_WRITE_SPACING_MS);
    return Number.isFinite(fromEnv) && fromEnv >= 0 && process.env.RELEASE_ACTIONS_WRITE_SPACING_MS
        ? fromEnv
        : 1000;
}
async function createGitHubClient(options) {
    if (!options.token) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'token' is empty; pass `token: ${{ github.token }}` (or an App token / PAT) to call the GitHub API.", { input: 'token' });
    }
    const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(7561), __webpack_require__.e(3934)]).then(__webpack_require__.bind(__webpack_require__, 3934)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() */ 3251).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23))
    ]);
    const log = options.log;
    const maxRateLimitRetries = 3;
    const octokit = getOctokit(options.token, {
        baseUrl: options.apiUrl,
        ...appAuthStrategy(options.token),
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: retryBaseMs(),
            doNotRetry: [400, 401, 403, 404, 410, 422, 451]
        },
        throttle: {
            // GitHub asks for writes to be spaced (1 s); rate-limit waits honour retry-after.
            retryAfterBaseValue: retryBaseMs(),
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacingMs() }),
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Rate limited on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            }
        }
    }, retry, throttling);
    // Every request sent, retries included: the step prints the count when it ends.
    octokit.hook.before('request', () => (0,_base_round_trips_js__WEBPACK_IMPORTED_MODULE_1__/* .countApiRequest */ .DJ)());
    return octokit;
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

/***/ 7102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ apiDefaultBranch)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6217);


/**
 * A lookup of the default branch through the API, with `client` (or one made from `token` on
 * first use). Without a token or a repository it says nothing; an API failure is a warning.
 */
function apiDefaultBranch(options) {
    const { context, log } = options;
    return async () => {
        if (!context.owner || !context.repo || (!options.client && !options.token))
            return undefined;
        try {
            const github = options.client ??
                (await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubClient)({ token: options.token, apiUrl: context.apiUrl, log }));
            const { data } = await github.request('GET /repos/{owner}/{repo}', {
                owner: context.owner,
                repo: context.repo
            });
            return data.default_branch || undefined;
        }
        catch (error) {
            log.warning(`GitHub did not say the repository's default branch: ${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            return undefined;
        }
    };
}


/***/ }),

/***/ 2410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ stepMergePublisher),
/* harmony export */   I_: () => (/* binding */ resolveCommitVia),
/* harmony export */   U9: () => (/* binding */ commitPublisher),
/* harmony export */   lu: () => (/* binding */ stepPublisher),
/* harmony export */   wF: () => (/* binding */ readCommitViaInput)
/* harmony export */ });
/* unused harmony exports COMMIT_VIA_INPUT, COMMIT_VIA */
/* harmony import */ var _action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1811);
/**
 * The `commit-via` input of every action that commits: `git` pushes with the git CLI, `api`
 * creates the commit through GitHub's API (signed by GitHub, Verified), `auto` takes `api`
 * when the branch requires signed commits.
 */


const COMMIT_VIA_INPUT = 'commit-via';
const COMMIT_VIA = ['git', 'api', 'auto'];
function readCommitViaInput() {
    return (0,_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnumInput */ .iv)(COMMIT_VIA_INPUT, COMMIT_VIA, 'git');
}
/** `git` or `api` for this branch: `auto` reads the branch's rules. */
async function resolveCommitVia(via, context) {
    if (via !== 'auto')
        return via;
    const { requiresSignedCommits } = await __webpack_require__.e(/* import() */ 3989).then(__webpack_require__.bind(__webpack_require__, 3989));
    const signed = await requiresSignedCommits(await context.github(), context.repository, context.branch);
    context.log.info(signed
        ? `${context.branch} requires signed commits: committing through the API (commit-via: auto).`
        : `${context.branch} does not require signed commits: committing with git (commit-via: auto).`);
    return signed ? 'api' : 'git';
}
/** The publisher for `commit-via` on this branch; undefined means `git push`. */
async function commitPublisher(via, context) {
    if ((await resolveCommitVia(via, context)) === 'git')
        return undefined;
    const { publishThroughApi } = await __webpack_require__.e(/* import() */ 7114).then(__webpack_require__.bind(__webpack_require__, 4733));
    return publishThroughApi(await context.github(), context.repository);
}
/** The API client of a step, made once and only when a choice needs it. */
function lazyClient(step) {
    let client;
    return () => (client ??= __webpack_require__.e(/* import() */ 6217).then(__webpack_require__.bind(__webpack_require__, 6217)).then(({ createGitHubClient }) => createGitHubClient({ token: step.token, apiUrl: step.context.apiUrl, log: step.log })));
}
/** The publisher of an action's step: nothing to decide for `git`. */
async function stepPublisher(via, step) {
    if (via === 'git' || !step.branch)
        return undefined;
    return commitPublisher(via, {
        repository: (0,_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(step.context),
        branch: step.branch,
        github: lazyClient(step),
        log: step.log
    });
}
/** Per merge target, how back-merge's merge commit reaches it: undefined means `git push`. */
function stepMergePublisher(via, step) {
    if (via === 'git')
        return undefined;
    const repository = (0,_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(step.context);
    const github = lazyClient(step);
    return async (target) => {
        const chosen = await resolveCommitVia(via, {
            repository,
            branch: target,
            github,
            log: step.log
        });
        if (chosen === 'git')
            return undefined;
        const { mergeThroughApi } = await __webpack_require__.e(/* import() */ 7395).then(__webpack_require__.bind(__webpack_require__, 7395));
        return mergeThroughApi(await github(), repository);
    };
}


/***/ })

};
;
//# sourceMappingURL=7172.index.js.map