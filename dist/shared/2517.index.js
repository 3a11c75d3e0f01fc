"use strict";
exports.id = 2517;
exports.ids = [2517];
exports.modules = {

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
    return getExecOutput(command === 'git' ? gitExecutable() : command, args, options);
}
/**
 * git's absolute path, looked up on PATH once per PATH: given a bare name, `@actions/exec`
 * stats every PATH entry on each call (a few ms a process); given the path, one file.
 */
const gitOnPath = new Map();
function gitExecutable() {
    if (process.platform === 'win32')
        return 'git';
    const path = process.env.PATH ?? '';
    let found = gitOnPath.get(path);
    if (found === undefined) {
        found =
            path
                .split(external_node_path_.delimiter)
                .filter((dir) => (0,external_node_path_.isAbsolute)(dir))
                .map((dir) => (0,external_node_path_.join)(dir, 'git'))
                .find(isExecutableFile) ?? 'git';
        gitOnPath.set(path, found);
    }
    return found;
}
function isExecutableFile(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
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
        const common = this.commonDir();
        return common === undefined ? undefined : (0,external_node_path_.join)(common, 'shallow');
    }
    /**
     * The directory git keeps what worktrees share (objects, refs, `shallow`), as git finds it:
     * GIT_DIR, a .git directory or gitfile, commondir. Undefined when it cannot be told.
     */
    commonDir() {
        const gitDir = findGitDir(this.cwd);
        if (!gitDir)
            return undefined;
        let common = gitDir;
        if (process.env.GIT_COMMON_DIR)
            common = (0,external_node_path_.resolve)(this.cwd, process.env.GIT_COMMON_DIR);
        else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitDir, 'commondir')))
            common = (0,external_node_path_.resolve)(gitDir, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').trim());
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(common, 'objects')) ? common : undefined;
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
     * Commits the given paths, and only them (`git commit -- <paths>`: what else is staged stays
     * out); the new commit and its parent, or undefined when nothing changed. One git process when
     * git tracks every path; when it declines (a path new to git, like a first CHANGELOG.md), the
     * paths are staged and committed again, and only then is it asked whether anything changed.
     */
    async commit(paths, message) {
        const args = ['commit', '--no-verify', '--quiet', '-m', message, '--', ...paths];
        let made = await this.run(args, { allowFailure: true });
        if (made.exitCode !== 0) {
            await this.run(['add', '--', ...paths]);
            made = await this.run(args, { allowFailure: true });
        }
        if (made.exitCode !== 0) {
            const changed = await this.run(['diff', '--quiet', 'HEAD', '--', ...paths], {
                allowFailure: true
            });
            if (changed.exitCode === 0)
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


/***/ })

};
;
//# sourceMappingURL=2517.index.js.map