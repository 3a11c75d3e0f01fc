"use strict";
exports.id = 1991;
exports.ids = [1991];
exports.modules = {

/***/ 9657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkSha),
/* harmony export */   HR: () => (/* binding */ checkTagPrefix),
/* harmony export */   X9: () => (/* binding */ getBranchInput),
/* harmony export */   hh: () => (/* binding */ checkRefName),
/* harmony export */   wS: () => (/* binding */ getRevisionInput)
/* harmony export */ });
/* unused harmony export refNameProblem */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1811);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/**
 * Values that reach git as commit ids or ref names, checked where they are read: a value that
 * git could read as an option (`--upload-pack=...`) or that `git check-ref-format` refuses
 * never gets as far as a git command.
 */



const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A full commit id: 40 hex digits (64 in a SHA-256 repository), lower case. */
function checkSha(value, input) {
    if (FULL_SHA.test(value))
        return value;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(value)}, which is not a full commit SHA (40 hex digits, as ` +
        '`git rev-parse HEAD` prints it).', { input });
}
/**
 * Why `git check-ref-format` would refuse `name` as a branch or tag name (the rules of its
 * manual, one-level names allowed), or undefined when it is clean. A leading `-` is refused
 * too: git would read it as an option.
 */
function refNameProblem(name) {
    if (name === '')
        return 'it is empty';
    if (name.startsWith('-'))
        return 'it starts with `-`';
    if (name === '@')
        return 'it is `@`';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
        return 'it holds a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return 'it holds `..`';
    if (name.includes('@{'))
        return 'it holds `@{`';
    if (name.includes('//'))
        return 'it holds `//`';
    if (name.startsWith('/') || name.endsWith('/'))
        return 'it starts or ends with `/`';
    if (name.endsWith('.'))
        return 'it ends with `.`';
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return 'a part of it starts with `.`';
        if (part.endsWith('.lock'))
            return 'a part of it ends with `.lock`';
    }
    return undefined;
}
/** A branch (or tag) name git accepts, else a ConfigurationError naming the input. */
function checkRefName(value, input, what = 'branch name') {
    const problem = refNameProblem(value);
    if (problem === undefined)
        return value;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(value)}, which is not a valid ${what}: ${problem} ` +
        '(see `git check-ref-format`).', { input });
}
function getBranchInput(name, defaultValue) {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)(name) ?? defaultValue;
    return value === undefined ? undefined : checkRefName(value, name);
}
/** A revision input (a tag, a branch, a SHA, `v1.2.0~3`): anything git will not take as an option. */
function getRevisionInput(name) {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)(name);
    if (value === undefined)
        return undefined;
    // eslint-disable-next-line no-control-regex
    if (value.startsWith('-') || /[\x00-\x20\x7f]/.test(value)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(value)}, which is not a git revision: it starts with \`-\` or ` +
            'holds a space or a control character.', { input: name });
    }
    return value;
}
/** A tag prefix is a few characters (`v`, `release-`); a long one is a pasted value. */
const MAX_TAG_PREFIX = 64;
/** A prefix that makes `<prefix>1.2.3` a tag name git accepts, and no glob pattern. */
function checkTagPrefix(prefix, input) {
    const problem = prefix.length > MAX_TAG_PREFIX
        ? `it is ${prefix.length} characters long, more than the ${MAX_TAG_PREFIX} a prefix may have`
        : refNameProblem(`${prefix}1.0.0`);
    if (problem === undefined)
        return prefix;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(prefix)}, which cannot start a tag name: ${problem} ` +
        '(tags read `<prefix>1.2.3`; the usual prefixes are `v` and none).', { input });
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

/***/ 7656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ readReleaseLineInputs),
/* harmony export */   C3: () => (/* binding */ readReleaseTypeInput),
/* harmony export */   Z6: () => (/* binding */ readTagPrefixInput)
/* harmony export */ });
/* unused harmony export ReleaseLineInput */
/* harmony import */ var _git_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9657);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1811);
/* harmony import */ var _versioning_branches_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4555);
/* harmony import */ var _versioning_release_type_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8411);
/**
 * The inputs that say which release line a run is on, shared by every action that resolves a
 * version: branch patterns, the tag prefix, the main branch and the version policy.
 */




const ReleaseLineInput = {
    branchPattern: 'branch-pattern',
    hotfixBranchPattern: 'hotfix-branch-pattern',
    tagPrefix: 'tag-prefix',
    mainBranch: 'main-branch',
    releaseType: 'release-type'
};
function readReleaseLineInputs() {
    return {
        patterns: (0,_versioning_branches_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBranchPatterns */ .dV)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)(ReleaseLineInput.branchPattern), (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)(ReleaseLineInput.hotfixBranchPattern)),
        tagPrefix: readTagPrefixInput(),
        // Empty: the repository's default branch, found when the history is fetched.
        mainBranch: (() => {
            const main = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)(ReleaseLineInput.mainBranch);
            return main === undefined ? '' : (0,_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .checkRefName */ .hh)(main, ReleaseLineInput.mainBranch);
        })()
    };
}
/**
 * `tag-prefix`: `v` when left out, and `''` when given empty (bare tags, `1.3.0`): an input
 * given empty is not an input left out. The runner sets the variable to the action.yml default
 * (`v`) when the workflow leaves the input out, so an empty value was given on purpose.
 */
function readTagPrefixInput(name = ReleaseLineInput.tagPrefix) {
    const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    const raw = process.env[variable];
    if (raw === undefined)
        return 'v';
    return (0,_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .checkTagPrefix */ .HR)(raw.trim(), name);
}
/** `release-type`: auto, minor, major, patch or any (blank: auto). */
function readReleaseTypeInput() {
    return (0,_versioning_release_type_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReleaseType */ .n)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getOptionalInput */ .lI)(ReleaseLineInput.releaseType), ReleaseLineInput.releaseType);
}


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
//# sourceMappingURL=1991.index.js.map