"use strict";
exports.id = 6732;
exports.ids = [6732];
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

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ apiStatus),
/* harmony export */   Eb: () => (/* binding */ validationCodes),
/* harmony export */   Qg: () => (/* binding */ ruleViolation),
/* harmony export */   Uz: () => (/* binding */ isNoAnswer),
/* harmony export */   V2: () => (/* binding */ wasRetried),
/* harmony export */   cU: () => (/* binding */ explainApiError),
/* harmony export */   fo: () => (/* binding */ requestOf),
/* harmony export */   i7: () => (/* binding */ isSecondaryRateLimit)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/**
 * What a failed GitHub API call means for the user. A 403 names the permission GitHub accepts
 * for the call (the `x-accepted-github-permissions` header), so the fix is one line of workflow.
 */

/** The HTTP status of an API error, or undefined for anything else. */
function apiStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** A 403 (or 429) that is GitHub's secondary rate limit, not a missing permission. */
function isSecondaryRateLimit(error) {
    const failure = error;
    const data = failure?.response?.data;
    const text = `${failure?.message ?? ''} ${data?.message ?? ''}`;
    return /secondary rate limit|abuse detection/i.test(text);
}
/**
 * True when no answer came: the connection was refused, reset or closed before a response
 * (octokit reports it as a 500 without a response; the request may have been applied).
 */
function isNoAnswer(error) {
    const failure = error;
    return failure?.status === 500 && failure.request !== undefined && failure.response === undefined;
}
/**
 * GitHub's words when a ruleset refused a write (a 422 "Repository rule violations found" with
 * the rules broken, e.g. "Cannot create ref due to creations being restricted."), or undefined.
 */
function ruleViolation(error) {
    if (apiStatus(error) !== 422)
        return undefined;
    const failure = error;
    const data = failure?.response?.data;
    const text = data?.message ?? failure?.message ?? '';
    if (!/Repository rule violations? found/i.test(text))
        return undefined;
    const rules = text
        .replace(/^[\s\S]*?Repository rule violations? found\s*/i, '')
        .split('\n')
        .map((line) => line.replace(/^\s*-\s*/, '').trim())
        .filter(Boolean);
    return rules.length > 0 ? rules.join(' ') : 'Repository rule violations found.';
}
/** `POST /repos/acme/app/releases on api.github.com`, from an octokit error's request. */
function requestOf(error) {
    const request = error?.request;
    if (!request?.url)
        return undefined;
    try {
        const url = new URL(request.url);
        return { route: `${request.method ?? ''} ${url.pathname}`.trim(), host: url.host };
    }
    catch {
        return undefined;
    }
}
/**
 * True when the call that failed had been sent before (the client retried it after a lost
 * answer or a 5xx): an "already exists" then most likely names what that earlier try made.
 */
function wasRetried(error) {
    const request = error
        ?.request?.request;
    return (request?.retryCount ?? 0) > 0;
}
/** The `errors[].code` values of a 422 'Validation Failed' answer. */
function validationCodes(error) {
    const data = error?.response?.data;
    return (data?.errors ?? []).map((e) => e.code ?? '').filter(Boolean);
}
/** `contents=write` -> `contents: write`, several alternatives joined with "or". */
function describePermissions(header) {
    if (!header)
        return undefined;
    return header
        .split(';')
        .map((alternative) => alternative
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .join(', '))
        .join(' or ');
}
/**
 * Turns an API failure of `what` (e.g. "creating the release v1.3.0") into a ConfigurationError
 * for the user's mistakes (401, 403, 404) and leaves other errors (bugs, 5xx after retries)
 * as they are, with the call named.
 */
function explainApiError(error, what) {
    const failure = error;
    const status = apiStatus(error);
    const message = failure?.message ?? String(error);
    const request = requestOf(error);
    const to = request ? ` to ${request.route}` : '';
    if (isNoAnswer(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`No answer from GitHub (${request?.host ?? 'the API'})${to} while ${what}: the ` +
            `connection failed (${message}), also on the retries. The request may or may not have ` +
            'been applied; rerunning the job is safe.', { cause: error });
    }
    if (status === 401) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused the token while ${what} (401 ${message}); check the 'token' input.`, { input: 'token' });
    }
    if ((status === 403 || status === 429) && isSecondaryRateLimit(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub's secondary rate limit stopped ${what} (${status}${to}: ${message}), also after ` +
            'waiting it out; this is not a missing permission: rerun the job in a few minutes.', { cause: error });
    }
    if (status === 403) {
        const needed = describePermissions(failure.response?.headers?.['x-accepted-github-permissions']);
        const fix = needed
            ? `The token lacks the permission '${needed}': add \`permissions: { ${needed} }\` to the job, ` +
                'or pass a token (GitHub App or PAT) that has it.'
            : 'Check that the token may write to this repository.';
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub answered 403 while ${what}: ${message}. ${fix}`, {
            input: 'token'
        });
    }
    const violated = ruleViolation(error);
    if (violated) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`A ruleset of the repository refused ${what}: ${violated} Add the token's App or user to ` +
            "the ruleset's bypass list, or pass a token that may bypass it.", { input: 'token' });
    }
    if (status === 404) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub answered 404 while ${what}: the repository is not visible to this token, or the ` +
            `object does not exist (${message}).`);
    }
    if (status !== undefined && (status >= 500 || status === 429)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub answered ${status}${to} while ${what}: ${message}, also on the retries; rerun ` +
            'the job later (rerunning is safe).', { cause: error });
    }
    if (status !== undefined)
        return new Error(`GitHub answered ${status} while ${what}: ${message}`);
    return error instanceof Error ? error : new Error(message);
}


/***/ }),

/***/ 6101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ writeOnce),
/* harmony export */   hv: () => (/* binding */ NO_BLIND_RETRY)
/* harmony export */ });
/* unused harmony export isLostAnswer */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);

/** Per-request options that turn octokit's retry plugin off for one call. */
const NO_BLIND_RETRY = { retries: 0 };
/** Sends `send` until it is answered, looking with `lookup` after each lost answer. */
async function writeOnce(write) {
    const attempts = write.attempts ?? 4;
    for (let attempt = 1;; attempt++) {
        try {
            return await write.send();
        }
        catch (error) {
            // A 429 the throttling left (no rate-limit headers) was refused, not applied: send again.
            if (statusOf(error) === 429 && attempt < attempts) {
                const after = Number(headerOf(error, 'retry-after'));
                const waitMs = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.retryBaseMs)() * (Number.isFinite(after) && after > 0 ? Math.min(after, 60) : attempt);
                write.log?.warning(`GitHub answered 429 to ${write.what}; sending it again (${attempt} of ${attempts - 1}).`);
                await new Promise((resolve) => setTimeout(resolve, waitMs));
                continue;
            }
            if (!isLostAnswer(error))
                throw error;
            const found = await write.lookup();
            if (found !== undefined) {
                write.log?.info(`The answer to ${write.what} was lost, but it was applied; not sent again.`);
                return found;
            }
            if (attempt >= attempts)
                throw error;
            write.log?.warning(`The answer to ${write.what} was lost and it was not applied; sending it again (${attempt} of ${attempts - 1}).`);
            await new Promise((resolve) => setTimeout(resolve, (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.retryBaseMs)() * attempt));
        }
    }
}
/**
 * A failure after which the request may or may not have been applied: no answer (octokit
 * reports a network failure as status 500) or a 5xx. Reads a wrapped error's `cause` too.
 */
function isLostAnswer(error) {
    const status = statusOf(error);
    return status !== undefined && status >= 500;
}
/** The HTTP status of an octokit error, or of the error a wrapper names as its `cause`. */
function statusOf(error) {
    for (const e of [error, error?.cause]) {
        const status = e?.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
function headerOf(error, name) {
    for (const e of [error, error?.cause]) {
        const value = e?.response
            ?.headers?.[name];
        if (typeof value === 'string' || typeof value === 'number')
            return String(value);
    }
    return undefined;
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
//# sourceMappingURL=6732.index.js.map