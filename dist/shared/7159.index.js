"use strict";
exports.id = 7159;
exports.ids = [7159];
exports.modules = {

/***/ 7159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5453);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2841);
/* harmony import */ var _packages_git_checkout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3913);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5966);
/** preflight: inputs -> packages/preflight (read-only checks) -> outputs, annotations, summary. */







async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .Cs)('preflight', async () => {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputs */ .Ko)();
        if (inputs.githubToken)
            (0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq)(inputs.githubToken);
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        const repository = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(context);
        if (!inputs.token) {
            throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'token' is empty; pass the token the release will use (default ${{ github.token }}).", { input: 'token' });
        }
        const git = await (0,_packages_git_checkout_js__WEBPACK_IMPORTED_MODULE_5__/* .openCheckout */ .H)(inputs, _packages_action_kit_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsLogger */ .M);
        // The checks (token, protection, version files, CHANGELOG) load only now that inputs are good.
        const { preflightStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(3292), __webpack_require__.e(4360), __webpack_require__.e(9314), __webpack_require__.e(4032), __webpack_require__.e(5215)]).then(__webpack_require__.bind(__webpack_require__, 4490));
        await preflightStep({ ...inputs, token: inputs.token }, context, repository, git);
    });
}


/***/ }),

/***/ 5966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output)
/* harmony export */ });
/* unused harmony export Input */
/* harmony import */ var _packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2410);
/* harmony import */ var _packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7656);
/* harmony import */ var _packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8540);
/* harmony import */ var _packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9657);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1811);
/* harmony import */ var _packages_preflight_stages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1623);
/* harmony import */ var _packages_version_files_specs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3939);









const Input = {
    stages: 'stages',
    mainBranch: 'main-branch',
    developBranch: 'develop-branch',
    files: 'files',
    changelogPath: 'changelog-path',
    tagPrefix: 'tag-prefix',
    githubToken: 'github-token'
};
const Output = {
    tokenKind: 'token-kind',
    result: 'result',
    checks: 'checks',
    mergeMethods: 'merge-methods'
};
/** The stages named in the input, in pipeline order; blank or `all` means every stage. */
function readStages() {
    const names = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getListInput */ .DF)(Input.stages);
    if (names.length === 0 || (names.length === 1 && names[0] === 'all'))
        return [..._packages_preflight_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .STAGES */ .an];
    const unknown = names.filter((name) => !(0,_packages_preflight_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .isStage */ .zD)(name));
    if (unknown.length > 0) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`Input '${Input.stages}' names ${unknown.map((n) => `'${n}'`).join(', ')}, which ${unknown.length > 1 ? 'are not stages' : 'is not a stage'}. Valid stages: ${_packages_preflight_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .STAGES */ .an.join(', ')} (or all).`, { input: Input.stages });
    }
    return _packages_preflight_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .STAGES */ .an.filter((stage) => names.includes(stage));
}
function readInputs() {
    const files = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getListInput */ .DF)(Input.files, /\r?\n/);
    const common = (0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_4__/* .readCommonInputs */ .di)();
    return {
        ...common,
        stages: readStages(),
        githubToken: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(Input.githubToken),
        mainBranch: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__/* .getBranchInput */ .X9)(Input.mainBranch) ?? '',
        developBranch: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__/* .getBranchInput */ .X9)(Input.developBranch, 'develop'),
        files: files.length > 0 ? (0,_packages_version_files_specs_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFileSpecs */ .af)(files) : undefined,
        changelogPath: (0,_packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_2__/* .getFileInput */ .LS)(Input.changelogPath, 'CHANGELOG.md', common.workingDirectory),
        tagPrefix: (0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readTagPrefixInput */ .Z6)(Input.tagPrefix),
        commitVia: (0,_packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommitViaInput */ .wF)()
    };
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

/***/ 4385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ derivedRegExp),
/* harmony export */   Hm: () => (/* binding */ checkUserRegex),
/* harmony export */   lR: () => (/* binding */ BoundedRegExp)
/* harmony export */ });
/* unused harmony exports USER_REGEX_BUDGET_MS, regexProblem, hasNestedRepetition */
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _shown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/**
 * A regular expression from an input, checked before it runs on every commit: it must not
 * match the empty string (it would "find" a ticket or skip a commit everywhere), and it must
 * not nest a repeated group inside a repetition (`(a+)+`, `(\w*)*`), the shape whose
 * backtracking takes exponential time on a near-miss (ReDoS) and would hang the job.
 * No shape check catches every such pattern (`(a|a)+$` overlaps without nesting), so the
 * regex that passes runs under a time budget: past it, the run stops naming the input.
 */



/** Matching time one user regex may spend in a run, all texts together. */
const USER_REGEX_BUDGET_MS = 3000;
function checkUserRegex(regex, input) {
    const problem = regexProblem(regex);
    if (problem === undefined)
        return new BoundedRegExp(regex, regex.flags, input);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(regex.source)}, which ${problem}.`, {
        input
    });
}
/**
 * V8's backtracking cannot be interrupted from JavaScript, but a vm script's timeout stops
 * whatever runs inside it, a regex included: each match runs as that script.
 */
const sandbox = {};
const context = (0,node_vm__WEBPACK_IMPORTED_MODULE_0__.createContext)(sandbox);
const script = new node_vm__WEBPACK_IMPORTED_MODULE_0__.Script('match()');
/**
 * A RegExp whose every match (`exec`, and through it `test`, `replace`, `match`, `matchAll`,
 * `split`) runs within the regex's budget; copies made by `matchAll` and `split` share it.
 */
class BoundedRegExp extends RegExp {
    budget;
    constructor(pattern, flags, input) {
        super(pattern, flags);
        this.budget =
            pattern instanceof BoundedRegExp
                ? pattern.budget
                : { input: input ?? 'a regex', source: this.source, spentMs: 0 };
    }
    /** A regex of another source that spends the budget of `owner`. */
    static sharing(owner, source, flags) {
        const regex = new BoundedRegExp(source, flags);
        regex.budget = owner.budget;
        return regex;
    }
    overBudget(text) {
        const { input, source } = this.budget;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(source)}, which took more than ` +
            `${USER_REGEX_BUDGET_MS / 1000} s to match ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(String(text))}: it backtracks ` +
            'catastrophically on text that almost matches. Make the alternatives inside a ' +
            'repetition exclusive (`(a|a)+` -> `a+`, `(\\w|\\d)+` -> `\\w+`) or anchor it.', { input });
    }
    exec(text) {
        const budget = this.budget;
        const remaining = USER_REGEX_BUDGET_MS - budget.spentMs;
        if (remaining <= 0)
            throw this.overBudget(text);
        // Only the match itself is counted, not the vm's own cost of a few microseconds a call.
        sandbox.match = () => {
            const started = performance.now();
            const result = super.exec(text);
            budget.spentMs += performance.now() - started;
            return result;
        };
        try {
            return script.runInContext(context, {
                timeout: Math.max(1, Math.ceil(remaining))
            });
        }
        catch (error) {
            if (error.code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT')
                throw error;
            budget.spentMs = USER_REGEX_BUDGET_MS;
            throw this.overBudget(text);
        }
        finally {
            sandbox.match = undefined;
        }
    }
}
/**
 * A regex built around a user's (`(?<key>${issue.source})|#(\d+)`), held to the same budget
 * when the user's regex is bounded; a plain RegExp otherwise.
 */
function derivedRegExp(from, source, flags) {
    return from instanceof BoundedRegExp
        ? BoundedRegExp.sharing(from, source, flags)
        : new RegExp(source, flags);
}
function regexProblem(regex) {
    if (new RegExp(regex.source, regex.flags.replace(/[gy]/g, '')).test('')) {
        return 'matches the empty string, so it would match every text; make it require at least one character';
    }
    if (hasNestedRepetition(regex.source)) {
        return ('repeats a group that itself repeats (like `(a+)+`): on a text that almost matches it ' +
            'takes exponential time; write it without the outer repetition');
    }
    return undefined;
}
/** True when a quantified group holds a quantifier (star height above one). */
function hasNestedRepetition(source) {
    const stack = [];
    let inner = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[') {
            for (i++; i < source.length && source[i] !== ']'; i++)
                if (source[i] === '\\')
                    i++;
            continue;
        }
        if (c === '(') {
            stack.push(inner);
            inner = false;
            continue;
        }
        if (c === ')') {
            const groupRepeats = inner;
            inner = stack.pop() ?? false;
            const next = source.slice(i + 1);
            if (isRepetition(next)) {
                if (groupRepeats)
                    return true;
                inner = true;
            }
            else if (groupRepeats) {
                inner = true;
            }
            continue;
        }
        if (isRepetition(source.slice(i)))
            inner = true;
    }
    return false;
}
/** `*`, `+`, or `{n,}` / `{n,m}` with m above 1, at the start of `text`. */
function isRepetition(text) {
    if (text.startsWith('*') || text.startsWith('+'))
        return true;
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(text);
    if (!braces)
        return false;
    if (braces[2] === undefined)
        return Number(braces[1]) > 1;
    return braces[3] === '' || Number(braces[3]) > 1;
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

/***/ 1623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ VERSION_FILE_READERS),
/* harmony export */   It: () => (/* binding */ permissionsBlock),
/* harmony export */   Nk: () => (/* binding */ TRIGGERING_STAGES),
/* harmony export */   QR: () => (/* binding */ RELEASE_BRANCH_PUSHERS),
/* harmony export */   We: () => (/* binding */ neededPermissions),
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   c6: () => (/* binding */ CHANGELOG_READERS),
/* harmony export */   qh: () => (/* binding */ STAGE_PERMISSIONS),
/* harmony export */   zD: () => (/* binding */ isStage)
/* harmony export */ });
/**
 * The release stages (our action names) and what each needs of the token: the table behind
 * preflight's permission check and the `permissions:` block it suggests.
 */
const STAGES = [
    'start-release',
    'bump-version',
    'update-changelog',
    'open-release-pr',
    'create-tag',
    'deploy',
    'run-integration',
    'monitor',
    'back-merge',
    'close-milestone',
    'notify'
];
/** The write permissions each stage needs, and why; read access to contents is assumed. */
const STAGE_PERMISSIONS = {
    'start-release': [
        { permission: 'contents', why: 'pushes the new release branch' },
        { permission: 'issues', why: 'creates the milestone' }
    ],
    'bump-version': [{ permission: 'contents', why: 'pushes the bump commit' }],
    'update-changelog': [{ permission: 'contents', why: 'pushes the CHANGELOG commit' }],
    'open-release-pr': [{ permission: 'pull-requests', why: 'opens the release PR' }],
    'create-tag': [{ permission: 'contents', why: 'creates the tag and the GitHub Release' }],
    deploy: [{ permission: 'deployments', why: 'records the GitHub Deployment and its statuses' }],
    'run-integration': [],
    monitor: [{ permission: 'deployments', why: 'marks the deployment on regression' }],
    'back-merge': [
        { permission: 'contents', why: 'pushes the merge to develop' },
        { permission: 'pull-requests', why: 'opens the fallback PR' }
    ],
    'close-milestone': [{ permission: 'issues', why: 'closes the milestone' }],
    // notify's record of its announcement (a ref) wants contents: write, but without it notify
    // warns and posts anyway: nothing here to hold a release up for.
    notify: []
};
/** Stages that push commits to the release (or hotfix) branch they run on. */
const RELEASE_BRANCH_PUSHERS = ['bump-version', 'update-changelog'];
/** Stages that read the version files and fail when they disagree. */
const VERSION_FILE_READERS = ['bump-version'];
/** Stages that read or rewrite CHANGELOG.md. */
const CHANGELOG_READERS = [
    'update-changelog',
    'open-release-pr',
    'create-tag'
];
/** Stages whose pushes or pull requests are meant to start other workflows (the release PR's checks). */
const TRIGGERING_STAGES = [
    'start-release',
    'bump-version',
    'update-changelog',
    'open-release-pr',
    'back-merge'
];
function isStage(name) {
    return STAGES.includes(name);
}
/** Each needed write permission with the stages (in pipeline order) that need it. */
function neededPermissions(stages) {
    const needed = new Map();
    for (const stage of STAGES) {
        if (!stages.includes(stage))
            continue;
        for (const { permission } of STAGE_PERMISSIONS[stage]) {
            needed.set(permission, [...(needed.get(permission) ?? []), stage]);
        }
    }
    return needed;
}
/** The job's `permissions:` block for these stages, as YAML a user pastes into the workflow. */
function permissionsBlock(stages) {
    const needed = neededPermissions(stages);
    const lines = ['permissions:'];
    if (!needed.has('contents'))
        lines.push('  contents: read');
    for (const permission of needed.keys())
        lines.push(`  ${permission}: write`);
    return lines.join('\n');
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


/***/ }),

/***/ 8713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ MODULE_NAMES),
/* harmony export */   n: () => (/* binding */ PYTHON_MODULE_NAMES)
/* harmony export */ });
/**
 * Which Python modules hold a version, and under which names. Apart from the Python reader so
 * that checking the `files` input does not load the tokenizer (its Unicode regexes cost ~0.5 ms).
 */
/** Per module file name, the variables that may hold its version. */
const MODULE_NAMES = {
    '__init__.py': ['__version__'],
    '__about__.py': ['__version__'],
    '__version__.py': ['__version__'],
    '_version.py': ['__version__', 'VERSION', 'version'],
    'version.py': ['__version__', 'VERSION', 'version']
};
/** Python module file names that can hold `__version__`. */
const PYTHON_MODULE_NAMES = Object.keys(MODULE_NAMES);


/***/ }),

/***/ 3939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   af: () => (/* binding */ parseFileSpecs),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   xl: () => (/* binding */ FILES_INPUT)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_user_regex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4385);
/* harmony import */ var _formats_python_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8713);



/** The input that lists version files. */
const FILES_INPUT = 'files';
const FORMAT_BY_NAME = {
    'package.json': 'package.json',
    'package-lock.json': 'package-lock.json',
    'npm-shrinkwrap.json': 'package-lock.json',
    'lerna.json': 'lerna.json',
    'setup.py': 'setup.py',
    'setup.cfg': 'setup.cfg',
    'pyproject.toml': 'pyproject.toml',
    'Cargo.toml': 'Cargo.toml',
    VERSION: 'VERSION',
    'VERSION.txt': 'VERSION',
    'version.txt': 'VERSION',
    '.bumpversion.cfg': '.bumpversion.cfg',
    ...Object.fromEntries(_formats_python_names_js__WEBPACK_IMPORTED_MODULE_2__/* .PYTHON_MODULE_NAMES */ .n.map((name) => [name, 'python-module']))
};
/** The format of a spec: `regex` when it has a pattern, else by file name, else undefined. */
function formatOf(spec) {
    if (spec.pattern)
        return 'regex';
    if (spec.format)
        return spec.format;
    return FORMAT_BY_NAME[spec.path.split(/[\\/]/).pop()];
}
/**
 * Parses the `files` input: one entry a line, `path` (format told by the file name) or
 * `path:regex` (split at the first `:`, so the regex may contain more; spaces after the `:` are
 * dropped; a leading Windows drive `C:\` is part of the path). Blank lines and `#` comments
 * are skipped.
 */
function parseFileSpecs(lines) {
    const specs = [];
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const from = /^[A-Za-z]:[\\/]/.test(line) ? 2 : 0;
        const colon = line.indexOf(':', from);
        if (colon === -1) {
            const spec = { path: line };
            if (!formatOf(spec)) {
                throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${FILES_INPUT}': cannot tell the format of ${line}; write it as path:regex ` +
                    `with one capture group around the version, e.g. ${line}:version = "(.+)"`, { input: FILES_INPUT });
            }
            specs.push(spec);
            continue;
        }
        const path = line.slice(0, colon).trim();
        if (path === '') {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${FILES_INPUT}': "${line}" has no path before the ':'.`, {
                input: FILES_INPUT
            });
        }
        specs.push({ path, pattern: compilePattern(path, line.slice(colon + 1).trimStart()) });
    }
    return specs;
}
function compilePattern(path, source) {
    const fail = (problem) => {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${FILES_INPUT}': the regex for ${path} ${problem}. Write path:regex with exactly one ` +
            'capture group around the version, e.g. version = "(\\d+\\.\\d+\\.\\d+)"; ' +
            'use (?:...) for other groups.', { input: FILES_INPUT });
    };
    if (source.trim() === '')
        fail('is empty');
    let pattern;
    try {
        // Bounded: a pattern that backtracks catastrophically on a file stops with this input named.
        pattern = new _base_user_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .BoundedRegExp */ .lR(source, '', FILES_INPUT);
    }
    catch (error) {
        return fail(`is not a valid regular expression (${error.message})`);
    }
    // An alternative that matches the empty string reveals how many groups the pattern has.
    const groups = new RegExp(`${source}|`).exec('').length - 1;
    if (groups !== 1)
        fail(`has ${groups} capture groups`);
    return pattern;
}


/***/ })

};
;
//# sourceMappingURL=7159.index.js.map