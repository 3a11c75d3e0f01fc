"use strict";
exports.id = 4355;
exports.ids = [4355];
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

/***/ 5328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ HttpNetworkError),
  a: () => (/* binding */ httpRequest)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
;// CONCATENATED MODULE: ./packages/http/client.ts


/** The request never got an answer: `code` is the socket's (ECONNREFUSED, ENOTFOUND, ...). */
class HttpNetworkError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = code === 'TIMEOUT' ? 'TimeoutError' : 'HttpNetworkError';
    }
}
const MAX_REDIRECTS = 5;
/** Sends one request (following up to 5 redirects, as `fetch` does) and reads the whole answer. */
async function httpRequest(url, request = {}) {
    const deadline = request.timeoutMs === undefined ? undefined : AbortSignal.timeout(request.timeoutMs);
    let target = new URL(url);
    let method = (request.method ?? 'GET').toUpperCase();
    let body = request.body;
    for (let redirects = 0;; redirects++) {
        const answer = await exchange(target, { method, headers: request.headers ?? {}, body }, deadline);
        const location = answer.header('location');
        if (!location || ![301, 302, 303, 307, 308].includes(answer.status))
            return answer;
        if (redirects >= MAX_REDIRECTS)
            return answer;
        target = new URL(location, target);
        // As browsers and fetch: a 303 (and a 301/302 after a POST) becomes a GET without a body.
        if (answer.status === 303 || (method === 'POST' && answer.status <= 302)) {
            method = 'GET';
            body = undefined;
        }
    }
}
async function exchange(url, request, signal) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new HttpNetworkError(`unsupported protocol ${url.protocol}`, 'EPROTO');
    }
    const secure = url.protocol === 'https:';
    const proxy = getProxyUrl(url);
    const headers = {
        'user-agent': 'release-actions',
        ...lowerCased(request.headers),
        ...(request.body === undefined
            ? {}
            : { 'content-length': String(Buffer.byteLength(request.body)) })
    };
    const send = await requester(secure);
    const options = {
        method: request.method,
        headers,
        signal
    };
    if (proxy && !secure) {
        // A forward proxy takes the absolute URI; the Host header still names the target.
        Object.assign(options, {
            host: proxy.hostname,
            port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
            path: url.href,
            headers: { ...headers, host: url.host, ...proxyAuthorization(proxy) }
        });
    }
    else {
        Object.assign(options, {
            host: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port || (secure ? 443 : 80),
            path: `${url.pathname}${url.search}`
        });
        if (proxy) {
            const socket = await tunnel(proxy, url, signal);
            const tls = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 23));
            const servername = (0,external_node_net_.isIP)(options.host) ? undefined : options.host;
            options.createConnection = () => tls.connect({ socket, servername, host: options.host });
        }
    }
    return new Promise((resolve, reject) => {
        const req = send(options, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', (error) => reject(networkError(error, signal)));
            res.on('end', () => {
                const status = res.statusCode ?? 0;
                const bytes = Buffer.concat(chunks);
                resolve({
                    status,
                    statusText: res.statusMessage ?? '',
                    ok: status >= 200 && status <= 299,
                    body: bytes.toString('utf8'),
                    bytes,
                    header: (name) => {
                        const value = res.headers[name.toLowerCase()];
                        return Array.isArray(value) ? value.join(', ') : value;
                    },
                    headers: Object.fromEntries(Object.entries(res.headers)
                        .filter(([, value]) => value !== undefined)
                        .map(([name, value]) => [
                        name,
                        Array.isArray(value) ? value.join(', ') : String(value)
                    ])),
                    url: url.href
                });
            });
        });
        req.on('error', (error) => reject(networkError(error, signal)));
        req.end(request.body);
    });
}
/** A `CONNECT host:port` through the proxy; resolves to the raw socket to the target. */
async function tunnel(proxy, url, signal) {
    const send = await requester(proxy.protocol === 'https:');
    const authority = `${url.hostname}:${url.port || 443}`;
    return new Promise((resolve, reject) => {
        const req = send({
            host: proxy.hostname.replace(/^\[|\]$/g, ''),
            port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: authority,
            headers: { host: authority, ...proxyAuthorization(proxy) },
            signal
        });
        req.on('connect', (res, socket) => {
            if (res.statusCode === 200)
                return resolve(socket);
            socket.destroy();
            reject(new HttpNetworkError(`the proxy refused CONNECT (HTTP ${res.statusCode})`, 'EPROXY'));
        });
        req.on('error', (error) => reject(networkError(error, signal)));
        req.end();
    });
}
/** `node:https` (and TLS with it) loads only for an https URL or proxy. */
async function requester(secure) {
    return secure ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).request : (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))).request;
}
function proxyAuthorization(proxy) {
    if (!proxy.username && !proxy.password)
        return {};
    // getProxyUrl's URL gives the user and password decoded.
    const basic = Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64');
    return { 'proxy-authorization': `Basic ${basic}` };
}
function lowerCased(headers) {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
function networkError(error, signal) {
    if (signal?.aborted || error.name === 'AbortError') {
        return new HttpNetworkError('no answer in time', 'TIMEOUT');
    }
    const code = error.code;
    return new HttpNetworkError(error.message, code);
}


/***/ }),

/***/ 8769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ probeUrl)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5328);
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
//# sourceMappingURL=4355.index.js.map