export const id = 762;
export const ids = [762];
export const modules = {

/***/ 3762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ src_run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/action-kit/errors.ts
var errors = __webpack_require__(9061);
;// CONCATENATED MODULE: ./packages/action-kit/context.ts
/**
 * The workflow run's context as the runner hands it to an action: `GITHUB_*` variables and the
 * event payload file. Read once per run; plain data so the logic below stays testable.
 */


function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const ref = env.GITHUB_REF ?? '';
    const headRef = env.GITHUB_HEAD_REF?.trim();
    const refName = env.GITHUB_REF_NAME?.trim() || (ref.startsWith('refs/heads/') ? ref.slice(11) : '');
    return {
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref,
        branch: headRef || (ref.startsWith('refs/tags/') ? undefined : refName || undefined),
        eventName: env.GITHUB_EVENT_NAME ?? '',
        event: readEvent(env.GITHUB_EVENT_PATH),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
        runId: env.GITHUB_RUN_ID ?? '',
        actor: env.GITHUB_ACTOR ?? ''
    };
}
function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The `owner/repo` pair, required by anything that calls the API. */
function requireRepository(context) {
    if (!context.owner || !context.repo) {
        throw new ConfigurationError('GITHUB_REPOSITORY is not set (expected owner/repo); run this action inside a GitHub workflow.');
    }
    return { owner: context.owner, repo: context.repo };
}

// EXTERNAL MODULE: ./packages/action-kit/core.ts + 6 modules
var core = __webpack_require__(4168);
;// CONCATENATED MODULE: ./packages/action-kit/logger.ts

const actionsLogger = {
    info: (message) => core/* info */.pq(message),
    warning: (message) => core/* warning */.$e(message),
    debug: (message) => core/* debug */.Yz(message)
};
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

// EXTERNAL MODULE: ./packages/action-kit/run.ts
var run = __webpack_require__(2841);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
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
class Git {
    cwd;
    log;
    identity;
    token;
    authArgs;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.log = options.log ?? silentLogger;
        this.identity = options.identity;
        this.token = options.token;
    }
    /** Runs git; throws GitCommandError on a non-zero exit unless `allowFailure`. */
    async run(args, options = {}) {
        const auth = NETWORK_COMMANDS.has(args[0] ?? '') ? await this.networkAuthArgs() : [];
        this.log.debug(`git ${args.join(' ')}`);
        const result = await (0,exec/* getExecOutput */.H)('git', [...auth, ...args], {
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
    async isRepository() {
        return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).exitCode === 0;
    }
    async isShallow() {
        return (await this.output(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    async headSha() {
        return this.output(['rev-parse', 'HEAD']);
    }
    /** The commit a ref points at, or undefined when it does not exist. */
    async resolveCommit(ref) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
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
        const out = await this.output(['ls-remote', remote, pattern]);
        const refs = new Map();
        for (const line of out.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (!sha || !ref)
                continue;
            if (ref.endsWith('^{}'))
                refs.set(ref.slice(0, -3), sha);
            else if (!refs.has(ref))
                refs.set(ref, sha);
        }
        return refs;
    }
    /** Tag names matching a glob that are reachable from `ref`. */
    async tagsMergedInto(ref, glob) {
        const out = await this.output(['tag', '--merged', ref, '--list', glob]);
        return out ? out.split('\n') : [];
    }
    /** Stages the given paths and commits them; returns the new sha, or undefined when nothing changed. */
    async commit(paths, message) {
        await this.run(['add', '--', ...paths]);
        const staged = await this.run(['diff', '--cached', '--quiet'], { allowFailure: true });
        if (staged.exitCode === 0)
            return undefined;
        await this.run(['commit', '--no-verify', '-m', message]);
        return this.headSha();
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
     */
    async networkAuthArgs() {
        if (this.authArgs)
            return this.authArgs;
        this.authArgs = [];
        if (!this.token)
            return this.authArgs;
        const existing = await (0,exec/* getExecOutput */.H)('git', ['config', '--get-regexp', '^http\\..*extraheader$'], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true
        });
        if (existing.exitCode !== 0 || existing.stdout.trim() === '') {
            const basic = Buffer.from(`x-access-token:${this.token}`).toString('base64');
            this.authArgs = ['-c', `http.extraheader=AUTHORIZATION: basic ${basic}`];
        }
        return this.authArgs;
    }
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/git/push.ts
/**
 * Pushing our own commits to a branch other people push to as well. A push that loses a race is
 * replayed on top of the new remote head and retried a bounded number of times; a push the server
 * refuses (protected branch, missing permission) is a clear error. Never `--force`.
 */

/** Tells a lost race from a refusal by reading git's report of the push. */
function classifyPushFailure(result) {
    const text = `${result.stdout}\n${result.stderr}`;
    if (/\[rejected\].*\((fetch first|non-fast-forward)\)/.test(text) ||
        /\(stale info\)/.test(text)) {
        return 'race';
    }
    if (/\[remote rejected\]|pre-receive hook declined|protected branch|GH006|GH013|rule violations/i.test(text)) {
        return 'protected';
    }
    if (/Permission to .* denied|The requested URL returned error: 403|403 Forbidden|Authentication failed/i.test(text)) {
        return 'permission';
    }
    return 'other';
}
/** The lines of the push report that came from the server (`remote: ...`), for error messages. */
function remoteMessage(result) {
    const lines = `${result.stderr}\n${result.stdout}`
        .split('\n')
        .filter((l) => /^remote:|^ ?!|\[remote rejected\]|\[rejected\]|^error:|^fatal:/.test(l.trim()))
        .map((l) => l.trim())
        .filter((l) => l !== 'remote:');
    return lines.join('\n');
}
/**
 * Pushes HEAD to `branch`. `base` is the remote head our own commits were made on; after a lost
 * race they are rebased from `base` onto the new remote head, so the other commit is kept.
 */
async function pushCommits(git, branch, base, options = {}) {
    const remote = options.remote ?? 'origin';
    const maxAttempts = options.maxAttempts ?? 4;
    let onto = base;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const result = await git.run(['push', '--porcelain', remote, `HEAD:refs/heads/${branch}`], {
            allowFailure: true
        });
        if (result.exitCode === 0)
            return { sha: await git.headSha(), replays: attempt - 1 };
        const kind = classifyPushFailure(result);
        if (kind !== 'race')
            throw pushRefusal(branch, kind, result);
        git.log.info(`The push to ${branch} lost a race with another commit; replaying ours on top (attempt ${attempt}).`);
        onto = await replayOnRemote(git, branch, onto, remote);
    }
    throw new errors/* ConfigurationError */.j1(`Pushing to ${branch} kept losing races with other pushes (${maxAttempts} attempts). Nothing was forced; rerun the job.`);
}
async function replayOnRemote(git, branch, base, remote) {
    const tracking = `refs/remotes/${remote}/${branch}`;
    await git.run(['fetch', '--no-tags', remote, `+refs/heads/${branch}:${tracking}`]);
    const remoteHead = await git.output(['rev-parse', tracking]);
    const rebase = await git.run(['rebase', '--onto', remoteHead, base], { allowFailure: true });
    if (rebase.exitCode !== 0) {
        await git.run(['rebase', '--abort'], { allowFailure: true });
        throw new errors/* ConfigurationError */.j1(`Another commit (${remoteHead.slice(0, 12)}) landed on ${branch} and ours does not apply on top of it: ` +
            `${rebase.stdout.trim() || rebase.stderr.trim()}. Nothing was pushed; rerun the job on the new head.`);
    }
    return remoteHead;
}
function pushRefusal(branch, kind, result) {
    const detail = remoteMessage(result) || result.stderr.trim();
    if (kind === 'protected') {
        return new errors/* ConfigurationError */.j1(`The server refused the push to ${branch}; the branch is protected or a rule forbids it.\n${detail}\n` +
            'Allow this token to push (a GitHub App or PAT listed in the bypass list), or let the action open a pull request instead.');
    }
    if (kind === 'permission') {
        return new errors/* ConfigurationError */.j1(`The token may not push to ${branch} (the job needs 'contents: write').\n${detail}`);
    }
    return new errors/* ConfigurationError */.j1(`Pushing to ${branch} failed.\n${detail}`);
}

;// CONCATENATED MODULE: ./packages/version-files/text-position.ts
/** 1-based line and column of `offset`; a leading BOM is not counted as a column. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    const bom = line === 1 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0;
    return { line, column: offset - lineStart + 1 - bom };
}
/** The occurrence of the version held in `text[start, end)`. */
function occurrenceAt(text, file, start, end, field) {
    const { line, column } = positionAt(text, start);
    return { file, line, column, start, end, version: text.slice(start, end), field };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/python-tokens.ts
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
const STRING_PREFIX = /(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?(?=['"])/y;
const NUMBER = /\.?\d[\w.]*/y;
const OPERATOR = /\*\*=|\/\/=|>>=|<<=|[-+*/%&|^@]=|==|!=|<=|>=|:=|->|\*\*|\/\/|<<|>>|./y;
/**
 * Splits Python source into tokens, skipping comments and line continuations. A `newline`
 * token ends each logical line (newlines inside brackets are not logical line ends).
 * Lenient: an unterminated string runs to the end of the file instead of failing.
 */
function tokenizePython(text) {
    const tokens = [];
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let lineStart = pos;
    let depth = 0;
    const match = (pattern) => {
        pattern.lastIndex = pos;
        return pattern.exec(text)?.[0];
    };
    const push = (kind, start, extra = {}) => {
        tokens.push({
            kind,
            start,
            end: pos,
            text: text.slice(start, pos),
            column: start - lineStart + 1,
            ...extra
        });
    };
    while (pos < text.length) {
        const char = text[pos];
        const start = pos;
        if (char === '\n') {
            pos++;
            if (depth === 0 && tokens.length > 0 && tokens[tokens.length - 1].kind !== 'newline') {
                push('newline', start);
            }
            lineStart = pos;
        }
        else if (char === ' ' || char === '\t' || char === '\r' || char === '\f') {
            pos++;
        }
        else if (char === '\\' && (text[pos + 1] === '\n' || text.startsWith('\r\n', pos + 1))) {
            pos += text[pos + 1] === '\n' ? 2 : 3;
            lineStart = pos;
        }
        else if (char === '#') {
            while (pos < text.length && text[pos] !== '\n')
                pos++;
        }
        else if (match(STRING_PREFIX) !== undefined) {
            const prefix = match(STRING_PREFIX);
            pos += prefix.length;
            const { contentStart, contentEnd, end } = readString(text, pos);
            pos = end;
            push('string', start, { contentStart, contentEnd, prefix });
            lineStart = Math.max(lineStart, text.lastIndexOf('\n', pos - 1) + 1);
        }
        else if (match(NAME) !== undefined) {
            pos += match(NAME).length;
            push('name', start);
        }
        else if (match(NUMBER) !== undefined) {
            pos += match(NUMBER).length;
            push('number', start);
        }
        else {
            pos += match(OPERATOR).length;
            if ('([{'.includes(char))
                depth++;
            if (')]}'.includes(char))
                depth = Math.max(0, depth - 1);
            push('op', start);
        }
    }
    if (tokens.length > 0 && tokens[tokens.length - 1].kind !== 'newline')
        push('newline', pos);
    return tokens;
}
/** Reads a string from its opening quote(s) at `pos`: the contents' offsets and the end. */
function readString(text, pos) {
    const quote = text[pos];
    const triple = text.startsWith(quote.repeat(3), pos);
    const close = triple ? quote.repeat(3) : quote;
    const contentStart = pos + close.length;
    let i = contentStart;
    while (i < text.length && !text.startsWith(close, i)) {
        // Unterminated: stop at the line end, as Python reports it.
        if (text[i] === '\n' && !triple)
            break;
        i += text[i] === '\\' ? (text.startsWith('\r\n', i + 1) ? 3 : 2) : 1;
    }
    const contentEnd = Math.min(i, text.length);
    const end = text.startsWith(close, i) ? i + close.length : contentEnd;
    return { contentStart, contentEnd, end };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/python-source.ts


const MODULE_NAMES = {
    '__init__.py': ['__version__'],
    '__about__.py': ['__version__'],
    '_version.py': ['__version__', 'VERSION', 'version'],
    'version.py': ['__version__', 'VERSION', 'version']
};
/** Python module file names that can hold `__version__`. */
const PYTHON_MODULE_NAMES = Object.keys(MODULE_NAMES);
const GENERATED = /generated by (setuptools[-_]scm|hatch-vcs)/i;
/**
 * A Python module's top-level `__version__ = "1.2.0"` (also `VERSION`/`version` in
 * `_version.py`/`version.py`; annotations and chains like `__version__ = version = "1.2.0"` ok).
 * `__version__` set from an expression, or a file generated by setuptools-scm, is dynamic.
 */
function readPythonModule(text, file) {
    const base = file.split(/[\\/]/).pop();
    const names = MODULE_NAMES[base] ?? ['__version__'];
    if (GENERATED.test(text.slice(0, 500))) {
        return { occurrences: [], dynamic: 'generated by setuptools-scm from git tags at build time' };
    }
    const occurrences = [];
    let expression;
    for (const statement of logicalLines(tokenizePython(text))) {
        const assignment = readAssignment(statement);
        if (!assignment || statement[0].column !== 1)
            continue;
        const field = assignment.targets.find((name) => names.includes(name));
        if (!field)
            continue;
        const literal = stringLiteral(assignment.value);
        if (literal) {
            occurrences.push(occurrenceAt(text, file, literal.contentStart, literal.contentEnd, field));
        }
        else if (assignment.targets.includes('__version__')) {
            expression ??= `__version__ = ${sourceOf(text, assignment.value)}`;
        }
    }
    if (occurrences.length > 0 || !expression)
        return { occurrences };
    return { occurrences, dynamic: `${expression}: computed, not written here` };
}
/**
 * setup.py: the `version=` keyword of `setup(...)` when it is a string literal. Any other
 * expression (`version=__version__`, `version=get_version()`) makes the file dynamic.
 */
function readSetupPy(text, file) {
    const tokens = tokenizePython(text);
    const occurrences = [];
    let expression;
    for (const value of setupVersionArguments(tokens)) {
        const literal = stringLiteral(value);
        if (literal) {
            const field = 'setup(version=...)';
            occurrences.push(occurrenceAt(text, file, literal.contentStart, literal.contentEnd, field));
        }
        else {
            expression ??= `setup(version=${sourceOf(text, value)})`;
        }
    }
    if (occurrences.length > 0 || !expression)
        return { occurrences };
    return { occurrences, dynamic: `${expression}: computed, not written here` };
}
/** The value tokens of every `version=` keyword argument of a `setup(...)` call. */
function setupVersionArguments(tokens) {
    const values = [];
    tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        const isCall = token.kind === 'name' && token.text === 'setup' && isOp(tokens[i + 1], '(');
        if (!isCall || (previous?.kind === 'name' && /^(def|class)$/.test(previous.text)))
            return;
        let depth = 1;
        let value;
        for (let j = i + 2; j < tokens.length && depth > 0; j++) {
            const t = tokens[j];
            const argumentStart = depth === 1 && (j === i + 2 || isOp(tokens[j - 1], ','));
            if (argumentStart && t.kind === 'name' && t.text === 'version' && isOp(tokens[j + 1], '=')) {
                value = [];
                values.push(value);
                j++;
                continue;
            }
            if (t.kind === 'op' && '([{'.includes(t.text))
                depth++;
            if (t.kind === 'op' && ')]}'.includes(t.text))
                depth--;
            if (depth === 0 || (depth === 1 && isOp(t, ',')))
                value = undefined;
            else
                value?.push(t);
        }
    });
    return values;
}
/** `targets = value` (chains and annotations allowed), or undefined for any other statement. */
function readAssignment(statement) {
    const targets = [];
    let k = 0;
    while (statement[k]?.kind === 'name') {
        let m = k + 1;
        if (isOp(statement[m], ':'))
            while (m < statement.length && !isOp(statement[m], '='))
                m++;
        if (!isOp(statement[m], '='))
            break;
        targets.push(statement[k].text);
        k = m + 1;
    }
    return targets.length > 0 ? { targets, value: statement.slice(k) } : undefined;
}
function logicalLines(tokens) {
    const lines = [[]];
    for (const token of tokens) {
        if (token.kind === 'newline' || isOp(token, ';'))
            lines.push([]);
        else
            lines[lines.length - 1].push(token);
    }
    return lines.filter((line) => line.length > 0);
}
/** The one plain string literal a value consists of (no f-, b- strings, no concatenation). */
function stringLiteral(value) {
    const [only] = value;
    const plain = only?.kind === 'string' && /^[rRuU]?$/.test(only.prefix ?? '');
    return value.length === 1 && plain ? only : undefined;
}
function isOp(token, text) {
    return token?.kind === 'op' && token.text === text;
}
/** The source text of some tokens, whitespace collapsed and shortened for a message. */
function sourceOf(text, tokens) {
    if (tokens.length === 0)
        return '';
    const source = text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/g, ' ');
    return source.length > 60 ? `${source.slice(0, 57)}...` : source;
}

;// CONCATENATED MODULE: ./packages/version-files/specs.ts


/** The input that lists version files. */
const FILES_INPUT = 'files';
const FORMAT_BY_NAME = {
    'package.json': 'package.json',
    'package-lock.json': 'package-lock.json',
    'npm-shrinkwrap.json': 'package-lock.json',
    'setup.py': 'setup.py',
    'setup.cfg': 'setup.cfg',
    'pyproject.toml': 'pyproject.toml',
    'Cargo.toml': 'Cargo.toml',
    VERSION: 'VERSION',
    'VERSION.txt': 'VERSION',
    'version.txt': 'VERSION',
    ...Object.fromEntries(PYTHON_MODULE_NAMES.map((name) => [name, 'python-module']))
};
/** The format of a spec: `regex` when it has a pattern, else by file name, else undefined. */
function formatOf(spec) {
    if (spec.pattern)
        return 'regex';
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
                throw new errors/* ConfigurationError */.j1(`Input '${FILES_INPUT}': cannot tell the format of ${line}; write it as path:regex ` +
                    `with one capture group around the version, e.g. ${line}:version = "(.+)"`, { input: FILES_INPUT });
            }
            specs.push(spec);
            continue;
        }
        const path = line.slice(0, colon).trim();
        if (path === '') {
            throw new errors/* ConfigurationError */.j1(`Input '${FILES_INPUT}': "${line}" has no path before the ':'.`, {
                input: FILES_INPUT
            });
        }
        specs.push({ path, pattern: compilePattern(path, line.slice(colon + 1).trimStart()) });
    }
    return specs;
}
function compilePattern(path, source) {
    const fail = (problem) => {
        throw new errors/* ConfigurationError */.j1(`Input '${FILES_INPUT}': the regex for ${path} ${problem}. Write path:regex with exactly one ` +
            'capture group around the version, e.g. version = "(\\d+\\.\\d+\\.\\d+)"; ' +
            'use (?:...) for other groups.', { input: FILES_INPUT });
    };
    if (source.trim() === '')
        fail('is empty');
    let pattern;
    try {
        pattern = new RegExp(source);
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

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/version-files/formats/toml-scanner.ts



/** Marks an array element (or an `[[array.table]]` entry) in a path, so no plain key path matches it. */
const ARRAY_ITEM = '[]';
/** Parses TOML with smol-toml; a syntax error becomes a ConfigurationError naming file, line and column. */
function parseTomlFile(text, file) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        if (!(error instanceof dist/* TomlError */.zx))
            throw error;
        const reason = error.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
        throw new errors/* ConfigurationError */.j1(`${file} is not valid TOML: ${reason} at line ${error.line}, column ${error.column}. Fix the syntax.`, { locations: [{ file, line: error.line, col: error.column }] });
    }
}
/**
 * Lists every string value of a document already validated by {@link parseTomlFile}, each with
 * its full key path (table header + dotted key + inline-table keys), so a field is found by
 * where it really sits, never by a look-alike line inside `[dependencies]` or a multi-line string.
 */
function scanTomlStrings(text) {
    const found = [];
    let pos = 0;
    let table = [];
    const skipBlank = (newlines) => {
        for (;;) {
            const char = text[pos];
            if (char === ' ' || char === '\t' || char === '\ufeff')
                pos++;
            else if (newlines && (char === '\n' || char === '\r'))
                pos++;
            else if (char === '#')
                while (pos < text.length && text[pos] !== '\n')
                    pos++;
            else
                return;
        }
    };
    const readKey = () => {
        const parts = [];
        for (;;) {
            skipBlank(false);
            const char = text[pos];
            if (char === '"' || char === "'") {
                const { start, end } = readQuoted(char);
                const raw = text.slice(start, end);
                parts.push(char === '"' ? decodeBasic(raw) : raw);
            }
            else {
                const start = pos;
                while (pos < text.length && /[A-Za-z0-9_-]/.test(text[pos]))
                    pos++;
                parts.push(text.slice(start, pos));
            }
            skipBlank(false);
            if (text[pos] !== '.')
                return parts;
            pos++;
        }
    };
    /** Reads a one-line string from its opening quote; returns the offsets of its contents. */
    const readQuoted = (quote) => {
        const start = ++pos;
        while (pos < text.length && text[pos] !== quote)
            pos += quote === '"' && text[pos] === '\\' ? 2 : 1;
        return { start, end: pos++ };
    };
    const skipMultiline = (quote) => {
        pos += 3;
        const close = quote.repeat(3);
        while (pos < text.length && !text.startsWith(close, pos)) {
            pos += quote === '"' && text[pos] === '\\' ? 2 : 1;
        }
        pos += 3;
        // Up to two quotes right before the closing delimiter belong to the content.
        for (let extra = 0; extra < 2 && text[pos] === quote; extra++)
            pos++;
    };
    const readValue = (path) => {
        skipBlank(false);
        const char = text[pos];
        if (char === '"' || char === "'") {
            if (text.startsWith(char.repeat(3), pos))
                return skipMultiline(char);
            const { start, end } = readQuoted(char);
            found.push({ path, start, end });
        }
        else if (char === '[') {
            pos++;
            for (skipBlank(true); text[pos] !== ']' && pos < text.length; skipBlank(true)) {
                readValue([...path, ARRAY_ITEM]);
                skipBlank(true);
                if (text[pos] === ',')
                    pos++;
            }
            pos++;
        }
        else if (char === '{') {
            pos++;
            for (skipBlank(true); text[pos] !== '}' && pos < text.length; skipBlank(true)) {
                readKeyValue(path);
                skipBlank(true);
                if (text[pos] === ',')
                    pos++;
            }
            pos++;
        }
        else {
            while (pos < text.length && !',]}#\r\n'.includes(text[pos]))
                pos++;
        }
    };
    const readKeyValue = (base) => {
        const key = readKey();
        skipBlank(false);
        pos++; // '='
        readValue([...base, ...key]);
    };
    for (skipBlank(true); pos < text.length; skipBlank(true)) {
        const before = pos;
        if (text[pos] === '[') {
            const arrayTable = text[pos + 1] === '[';
            pos += arrayTable ? 2 : 1;
            const key = readKey();
            pos += arrayTable ? 2 : 1;
            table = arrayTable ? [...key, ARRAY_ITEM] : key;
        }
        else {
            readKeyValue(table);
        }
        if (pos === before)
            throw new Error(`TOML scanner made no progress at offset ${pos}`);
    }
    return found;
}
/** The one string at exactly `path`, or undefined. */
function findTomlString(strings, path) {
    return strings.find((s) => s.path.length === path.length && s.path.every((k, i) => k === path[i]));
}
/** `value` as a table, or undefined. */
function tomlTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/**
 * The occurrence of the string `value` that the parser found at `path`. Refuses a version that is
 * not a string, or that uses escapes (its text would not be the version).
 */
function tomlVersionAt(text, file, strings, path, value, field) {
    const located = findTomlString(strings, path);
    if (typeof value !== 'string' || !located) {
        throw new errors/* ConfigurationError */.j1(`${file}: ${field} must be a string like "1.2.0", not ${JSON.stringify(value)}.`, { locations: [{ file }] });
    }
    const occurrence = occurrenceAt(text, file, located.start, located.end, field);
    if (occurrence.version !== value) {
        throw new errors/* ConfigurationError */.j1(`${file}:${occurrence.line}: ${field} uses escape sequences; write the version plainly, like "1.2.0".`, { locations: [{ file, line: occurrence.line, col: occurrence.column }] });
    }
    return occurrence;
}
function decodeBasic(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw; // a TOML-only escape (\U, \e) in a key: never one of the keys we look for
    }
}

;// CONCATENATED MODULE: ./packages/version-files/formats/cargo.ts

/**
 * Cargo.toml: `[package] version` and `[workspace.package] version`; dependency versions
 * (`serde = { version = "1" }`, `[dependencies.foo] version`) sit at other key paths and are
 * never touched. `version.workspace = true` makes the file dynamic: the root manifest holds it.
 */
function readCargoToml(text, file) {
    const data = parseTomlFile(text, file);
    const strings = scanTomlStrings(text);
    const pkg = tomlTable(data.package);
    const workspacePackage = tomlTable(tomlTable(data.workspace)?.package);
    const occurrences = [];
    const inherited = tomlTable(pkg?.version)?.workspace === true;
    if (pkg?.version !== undefined && !inherited) {
        occurrences.push(tomlVersionAt(text, file, strings, ['package', 'version'], pkg.version, '[package] version'));
    }
    if (workspacePackage?.version !== undefined) {
        const path = ['workspace', 'package', 'version'];
        const field = '[workspace.package] version';
        occurrences.push(tomlVersionAt(text, file, strings, path, workspacePackage.version, field));
    }
    if (occurrences.length > 0 || !inherited)
        return { occurrences };
    return {
        occurrences,
        dynamic: '[package] version.workspace = true: the version is in the workspace root Cargo.toml ' +
            '([workspace.package] version)'
    };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/json-scanner.ts
/** Malformed JSON, at `offset` in the text. */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'JsonSyntaxError';
    }
}
const json_scanner_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;
/**
 * Checks that `text` is one JSON value and returns the scalars whose key path `track` accepts,
 * with exact offsets, so a writer can splice one value and leave every other byte alone.
 * Only object keys form the path (array elements are not tracked); `track` sees a live path.
 */
function scanJson(text, track) {
    const found = [];
    const path = [];
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const fail = (message, at = pos) => {
        throw new JsonSyntaxError(message, at);
    };
    const unexpected = () => pos >= text.length
        ? fail('unexpected end of file')
        : fail(`unexpected ${JSON.stringify(text[pos])}`);
    const skipSpace = () => {
        while (pos < text.length && ' \t\r\n'.includes(text[pos]))
            pos++;
    };
    const expect = (char) => {
        skipSpace();
        if (text[pos] !== char)
            fail(`expected ${JSON.stringify(char)} but found ${describe(text, pos)}`);
        pos++;
    };
    /** Reads a string starting at the opening quote; returns the offsets of its contents. */
    const readString = () => {
        const start = ++pos;
        for (;;) {
            const code = text.charCodeAt(pos);
            if (pos >= text.length || code === 0x0a)
                fail('unterminated string', start - 1);
            if (code === 0x22)
                break;
            if (code < 0x20)
                fail('control character in string');
            if (code === 0x5c) {
                ESCAPE.lastIndex = pos + 1;
                if (!ESCAPE.test(text))
                    fail('invalid escape in string');
                pos = ESCAPE.lastIndex;
            }
            else
                pos++;
        }
        return { start, end: pos++ };
    };
    const readValue = () => {
        skipSpace();
        const char = text[pos];
        if (char === '{')
            return readObject();
        if (char === '[')
            return readArray();
        const tracked = path.length > 0 && track(path);
        if (char === '"') {
            const { start, end } = readString();
            if (tracked) {
                const value = JSON.parse(text.slice(start - 1, end + 1));
                found.push({ path: [...path], kind: 'string', start, end, value });
            }
            return;
        }
        const start = pos;
        for (const pattern of [json_scanner_NUMBER, LITERAL]) {
            pattern.lastIndex = pos;
            if (pattern.test(text))
                pos = pattern.lastIndex;
        }
        if (pos === start)
            unexpected();
        if (tracked)
            found.push({ path: [...path], kind: 'other', start, end: pos, value: text.slice(start, pos) });
    };
    const readObject = () => {
        pos++;
        skipSpace();
        if (text[pos] === '}')
            return void pos++;
        for (;;) {
            skipSpace();
            if (text[pos] !== '"')
                fail(`expected a key in quotes but found ${describe(text, pos)}`);
            const key = readString();
            path.push(JSON.parse(text.slice(key.start - 1, key.end + 1)));
            expect(':');
            readValue();
            path.pop();
            skipSpace();
            if (text[pos] === ',')
                pos++;
            else if (text[pos] === '}')
                return void pos++;
            else
                fail(`expected "," or "}" but found ${describe(text, pos)}`);
        }
    };
    const readArray = () => {
        pos++;
        skipSpace();
        if (text[pos] === ']')
            return void pos++;
        // Array elements carry no key: mark them so a path never matches through an array.
        path.push('[]');
        for (;;) {
            readValue();
            skipSpace();
            if (text[pos] === ',')
                pos++;
            else if (text[pos] === ']')
                break;
            else
                fail(`expected "," or "]" but found ${describe(text, pos)}`);
        }
        path.pop();
        pos++;
    };
    readValue();
    skipSpace();
    if (pos < text.length)
        fail(`unexpected ${describe(text, pos)} after the end of the document`);
    return found;
}
function describe(text, pos) {
    return pos >= text.length ? 'the end of the file' : JSON.stringify(text[pos]);
}

;// CONCATENATED MODULE: ./packages/version-files/formats/npm.ts



/** package.json: the top-level `"version"` only. */
function readPackageJson(text, file) {
    const scalars = scanFile(text, file, (path) => path.length === 1 && path[0] === 'version');
    return { occurrences: scalars.map((s) => toOccurrence(text, file, s, 'version')) };
}
/**
 * package-lock.json / npm-shrinkwrap.json: the root `version` and `packages[""].version`,
 * which npm keeps equal to package.json's; never a dependency's version.
 */
function readPackageLock(text, file) {
    const scalars = scanFile(text, file, (path) => (path.length === 1 && path[0] === 'version') ||
        (path.length === 3 && path[0] === 'packages' && path[1] === '' && path[2] === 'version'));
    return {
        occurrences: scalars.map((s) => toOccurrence(text, file, s, s.path.length === 1 ? 'version' : 'packages[""].version'))
    };
}
function scanFile(text, file, track) {
    try {
        return scanJson(text, track);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        const { line, column } = positionAt(text, error.offset);
        throw new errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message} at line ${line}, column ${column}. ` +
            'Fix the syntax (trailing commas and comments are not allowed in JSON).', { locations: [{ file, line, col: column }] });
    }
}
function toOccurrence(text, file, scalar, field) {
    const occurrence = occurrenceAt(text, file, scalar.start, scalar.end, field);
    if (scalar.kind !== 'string') {
        throw new errors/* ConfigurationError */.j1(`${file}:${occurrence.line}: "${field}" must be a string like "1.2.0", not ${scalar.value}.`, { locations: [{ file, line: occurrence.line, col: occurrence.column }] });
    }
    if (scalar.value !== occurrence.version) {
        throw new errors/* ConfigurationError */.j1(`${file}:${occurrence.line}: "${field}" uses escape sequences; write the version plainly, like "1.2.0".`, { locations: [{ file, line: occurrence.line, col: occurrence.column }] });
    }
    return occurrence;
}

;// CONCATENATED MODULE: ./packages/version-files/formats/plain.ts

/** A VERSION file: the first line, without the whitespace, BOM and line ending around it. */
function readVersionText(text, file) {
    const newline = text.indexOf('\n');
    const firstLine = newline === -1 ? text : text.slice(0, newline);
    const leading = firstLine.length - firstLine.replace(/^[\s\ufeff]+/, '').length;
    const trimmed = firstLine.trim();
    if (trimmed === '')
        return { occurrences: [] };
    return {
        occurrences: [occurrenceAt(text, file, leading, leading + trimmed.length, 'first line')]
    };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/pyproject.ts

/**
 * pyproject.toml: `[project] version` (PEP 621) and `[tool.poetry] version`. With
 * `dynamic = ["version"]` and neither written here, the file is dynamic: the build backend
 * reads the version from somewhere else, which the reason names when it can tell.
 */
function readPyproject(text, file) {
    const data = parseTomlFile(text, file);
    const strings = scanTomlStrings(text);
    const project = tomlTable(data.project);
    const tool = tomlTable(data.tool);
    const poetry = tomlTable(tool?.poetry);
    const occurrences = [];
    if (project?.version !== undefined) {
        occurrences.push(tomlVersionAt(text, file, strings, ['project', 'version'], project.version, '[project] version'));
    }
    if (poetry?.version !== undefined) {
        const path = ['tool', 'poetry', 'version'];
        occurrences.push(tomlVersionAt(text, file, strings, path, poetry.version, '[tool.poetry] version'));
    }
    const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version');
    if (occurrences.length > 0 || !dynamic)
        return { occurrences };
    return { occurrences, dynamic: `[project] dynamic = ["version"]: ${dynamicSource(data)}` };
}
/** Where the build backend takes a dynamic version from, as far as the file says. */
function dynamicSource(data) {
    const tool = tomlTable(data.tool);
    const setuptools = tomlTable(tomlTable(tomlTable(tool?.setuptools)?.dynamic)?.version);
    const hatch = tomlTable(tomlTable(tool?.hatch)?.version);
    const pdm = tomlTable(tomlTable(tool?.pdm)?.version);
    const attr = setuptools?.attr;
    const file = setuptools?.file;
    if (typeof attr === 'string')
        return `setuptools reads it from attr ${attr}`;
    if (typeof file === 'string' || Array.isArray(file))
        return `setuptools reads it from ${String(file)}`;
    if (typeof hatch?.path === 'string')
        return `hatch reads it from ${hatch.path}`;
    if (typeof pdm?.path === 'string')
        return `pdm reads it from ${pdm.path}`;
    if (hatch?.source === 'vcs' || pdm?.source === 'scm' || tool?.setuptools_scm !== undefined) {
        return 'the build backend takes it from git tags';
    }
    const backend = tomlTable(data['build-system'])?.['build-backend'];
    if (typeof backend === 'string' && backend.startsWith('flit')) {
        return 'flit reads __version__ from the package module';
    }
    return 'the build backend computes it; bump the file it reads instead';
}

;// CONCATENATED MODULE: ./packages/version-files/formats/regex.ts

/**
 * A custom `path:regex` entry: every match of the pattern (lines matched with `^`/`$`), its one
 * capture group being the version.
 */
function readWithPattern(text, file, pattern) {
    const flags = [...new Set(`${pattern.flags}gmd`)].join('');
    const global = new RegExp(pattern.source, flags);
    const occurrences = [];
    for (const match of text.matchAll(global)) {
        const span = match.indices?.[1];
        if (!span || span[0] === span[1])
            continue;
        occurrences.push(occurrenceAt(text, file, span[0], span[1], `/${pattern.source}/`));
    }
    return { occurrences };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/setup-cfg.ts

const SECTION = /^\[([^\]]+)\]/;
// configparser accepts `=` or `:`; indented lines continue the previous value.
const VERSION_KEY = /^(version)([ \t]*[=:][ \t]*)([^\r\n]*)/i;
/**
 * setup.cfg: `version = 1.2.0` in `[metadata]`. `version = attr: pkg.__version__` and
 * `version = file: VERSION` make the file dynamic (setuptools reads the version elsewhere).
 */
function readSetupCfg(text, file) {
    const occurrences = [];
    let dynamic;
    let section = '';
    let offset = 0;
    for (const line of text.split('\n')) {
        const lineStart = offset;
        offset += line.length + 1;
        const body = lineStart === 0 && line.startsWith('\ufeff') ? line.slice(1) : line;
        const bodyStart = lineStart + line.length - body.length;
        const header = SECTION.exec(body);
        if (header) {
            section = header[1].trim();
            continue;
        }
        const entry = section === 'metadata' ? VERSION_KEY.exec(body) : null;
        if (!entry)
            continue;
        // An inline comment needs whitespace before `#` or `;`; versions never contain either.
        const value = entry[3].replace(/\s+[#;].*$/, '').trim();
        if (value === '')
            continue;
        if (/^(attr|file)\s*:/.test(value)) {
            dynamic ??= `[metadata] version = ${value}: setuptools reads the version from there`;
            continue;
        }
        const start = bodyStart + entry[1].length + entry[2].length;
        occurrences.push(occurrenceAt(text, file, start, start + value.length, '[metadata] version'));
    }
    return occurrences.length > 0 ? { occurrences } : { occurrences, dynamic };
}

;// CONCATENATED MODULE: ./packages/version-files/read.ts









const READERS = {
    'package.json': readPackageJson,
    'package-lock.json': readPackageLock,
    'setup.py': readSetupPy,
    'setup.cfg': readSetupCfg,
    'pyproject.toml': readPyproject,
    'python-module': readPythonModule,
    'Cargo.toml': readCargoToml,
    VERSION: readVersionText
};
/** What each format is expected to hold, for "no version found" messages. */
const EXPECTED_FIELD = {
    'package.json': 'a top-level "version" field',
    'package-lock.json': 'a root "version" field',
    'setup.py': 'a version="..." argument to setup()',
    'setup.cfg': 'version = ... in [metadata]',
    'pyproject.toml': 'version in [project] or [tool.poetry]',
    'python-module': 'a top-level __version__ = "..."',
    'Cargo.toml': 'version in [package] or [workspace.package]',
    VERSION: 'the version on its first line',
    regex: 'a match of its regex'
};
/**
 * Finds the version occurrences in one file's text (pure: no disk access). Throws a
 * ConfigurationError for a malformed file or a path whose format cannot be told.
 */
function readVersionFile(spec, text) {
    const format = formatOf(spec);
    if (!format) {
        throw new errors/* ConfigurationError */.j1(`Input '${FILES_INPUT}': cannot tell the format of ${spec.path}; write it as path:regex.`, { input: FILES_INPUT });
    }
    const findings = format === 'regex'
        ? readWithPattern(text, spec.path, spec.pattern)
        : READERS[format](text, spec.path);
    const report = { file: spec.path, format, occurrences: findings.occurrences };
    if (findings.dynamic !== undefined)
        report.dynamic = findings.dynamic;
    return report;
}
/**
 * Writes `newVersion` over every occurrence of the report (pure). Every other character of
 * `text` (quotes, comments, CRLF, BOM, a missing final newline) stays as it was.
 */
function replaceVersions(text, report, newVersion) {
    assertWritableVersion(newVersion);
    const occurrences = [...report.occurrences].sort((a, b) => b.start - a.start);
    let result = text;
    let limit = Infinity;
    for (const [i, occurrence] of occurrences.entries()) {
        const previous = occurrences[i - 1];
        // The same span found twice (a file listed twice) is written once.
        if (previous?.start === occurrence.start && previous.end === occurrence.end)
            continue;
        if (occurrence.end > limit) {
            throw new errors/* ConfigurationError */.j1(`${report.file}: two entries match overlapping text at line ${occurrence.line}; ` +
                `list the file once in '${FILES_INPUT}'.`, { input: FILES_INPUT, locations: [{ file: report.file, line: occurrence.line }] });
        }
        if (text.slice(occurrence.start, occurrence.end) !== occurrence.version) {
            throw new Error(`${report.file} changed since it was read (line ${occurrence.line})`);
        }
        result = result.slice(0, occurrence.start) + newVersion + result.slice(occurrence.end);
        limit = occurrence.start;
    }
    return result;
}
/** Refuses a version that would break the quoting or the line of the file it goes into. */
function assertWritableVersion(version) {
    if (version === '' || /["'\\\s`]/.test(version)) {
        throw new errors/* ConfigurationError */.j1(`Version ${JSON.stringify(version)} cannot be written into a version file: ` +
            'it must be non-empty, without spaces, quotes or backslashes (e.g. 1.3.0).', { input: 'version' });
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/version-files/load.ts






/** Version files looked for at the root of the working directory, in this order. */
const ROOT_VERSION_FILES = [
    'package.json',
    'package-lock.json',
    'setup.py',
    'setup.cfg',
    'pyproject.toml',
    'Cargo.toml',
    'VERSION'
];
/** How many directory levels below the root Python modules are looked for. */
const MODULE_DEPTH = 3;
const SKIPPED_DIRS = new Set([
    'node_modules',
    'dist',
    'build',
    'venv',
    'tests',
    'test',
    'site-packages',
    '__pycache__'
]);
/**
 * Finds the version files of the project in `dir`: the root manifests, and `__init__.py`,
 * `_version.py`, `version.py` up to three directory levels deep that define `__version__`.
 * Files without a version (a private package.json) are left out; dynamic ones are kept so
 * their reason can be shown. Finding none is a ConfigurationError suggesting the `files` input.
 */
async function detectVersionFiles(dir) {
    return (await detectLoaded(dir)).map((file) => file.spec);
}
/**
 * Reads the version files listed in `specs` (paths relative to `dir`), or detects them when
 * `specs` is undefined or empty. A listed file that is missing or holds no version is a
 * ConfigurationError naming it (input `files`).
 */
async function loadVersionFiles(dir, specs) {
    if (!specs || specs.length === 0)
        return detectLoaded(dir);
    const loaded = [];
    for (const spec of specs) {
        const text = await readListedFile(dir, spec.path);
        const report = readVersionFile(spec, text);
        if (report.occurrences.length === 0 && report.dynamic === undefined) {
            throw new errors/* ConfigurationError */.j1(`${spec.path} has no version to bump: expected ${EXPECTED_FIELD[report.format]}. ` +
                `Add it, or remove ${spec.path} from the '${FILES_INPUT}' input.`, { input: FILES_INPUT, locations: [{ file: spec.path }] });
        }
        loaded.push({ spec, text, report });
    }
    return loaded;
}
async function detectLoaded(dir) {
    const candidates = [];
    for (const name of ROOT_VERSION_FILES) {
        if (await isFile((0,external_node_path_.join)(dir, name)))
            candidates.push(name);
    }
    candidates.push(...(await findPythonModules(dir, '', 0)));
    const loaded = [];
    for (const path of candidates) {
        const spec = { path };
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, path), 'utf8');
        const report = readVersionFile(spec, text);
        if (report.occurrences.length > 0 || report.dynamic !== undefined) {
            loaded.push({ spec, text, report });
        }
    }
    if (loaded.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No version file found in ${dir}: looked for ${ROOT_VERSION_FILES.join(', ')} and ` +
            `__version__ in ${PYTHON_MODULE_NAMES.join(', ')}. List the files that hold the version ` +
            `in the '${FILES_INPUT}' input, one a line (path, or path:regex with one capture group).`, { input: FILES_INPUT });
    }
    return loaded;
}
/** Python module candidates under `relative` (posix paths), sorted, skipping tool folders. */
async function findPythonModules(dir, relative, depth) {
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, relative), { withFileTypes: true }).catch(() => []);
    // A virtualenv, whatever its folder is called, holds other projects' modules.
    if (depth > 0 && entries.some((e) => e.name === 'pyvenv.cfg'))
        return [];
    const found = entries
        .filter((e) => e.isFile() && PYTHON_MODULE_NAMES.includes(e.name))
        .map((e) => external_node_path_.posix.join(relative, e.name));
    if (depth < MODULE_DEPTH) {
        for (const entry of entries) {
            const skipped = SKIPPED_DIRS.has(entry.name) ||
                entry.name.startsWith('.') ||
                entry.name.endsWith('.egg-info');
            if (entry.isDirectory() && !skipped) {
                found.push(...(await findPythonModules(dir, external_node_path_.posix.join(relative, entry.name), depth + 1)));
            }
        }
    }
    return found.sort();
}
async function readListedFile(dir, path) {
    const full = (0,external_node_path_.resolve)(dir, path);
    if (!(await isFile(full))) {
        throw new errors/* ConfigurationError */.j1(`The version file ${path} listed in '${FILES_INPUT}' does not exist in ${dir}. ` +
            `Fix the path (relative to working-directory) or remove the line.`, { input: FILES_INPUT });
    }
    return (0,promises_.readFile)(full, 'utf8');
}
async function isFile(path) {
    return (await (0,promises_.stat)(path).catch(() => undefined))?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./packages/version-files/current.ts



/**
 * The current version of the project: every literal occurrence must hold the same version,
 * else one ConfigurationError lists every file:line and the version it holds.
 */
function currentVersion(files) {
    const occurrences = files.flatMap((f) => f.report.occurrences);
    const dynamic = files.flatMap(({ report }) => report.dynamic !== undefined && report.occurrences.length === 0
        ? [{ file: report.file, reason: report.dynamic }]
        : []);
    const byVersion = new Map();
    for (const occurrence of occurrences) {
        byVersion.set(occurrence.version, [...(byVersion.get(occurrence.version) ?? []), occurrence]);
    }
    if (byVersion.size > 1) {
        const listing = [...byVersion]
            .map(([version, found]) => `${version} in ${found.map((o) => `${o.file}:${o.line}`).join(', ')}`)
            .join('; ');
        throw new errors/* ConfigurationError */.j1(`The version files disagree: ${listing}. Set them all to the same version, ` +
            `or list only the files to bump in the '${FILES_INPUT}' input.`, {
            input: FILES_INPUT,
            locations: occurrences.map((o) => ({ file: o.file, line: o.line, col: o.column }))
        });
    }
    return { version: byVersion.keys().next().value, occurrences, dynamic };
}
/**
 * The new text of every file whose version differs from `newVersion` (pure; nothing written).
 * A file listed twice (e.g. two regexes) is planned once with all its occurrences.
 */
function planVersionBump(files, newVersion) {
    const byFile = new Map();
    for (const { text, report } of files) {
        const seen = byFile.get(report.file);
        if (seen)
            seen.report.occurrences.push(...report.occurrences);
        else
            byFile.set(report.file, { text, report: { ...report, occurrences: [...report.occurrences] } });
    }
    const changes = [];
    for (const [file, { text, report }] of byFile) {
        const after = replaceVersions(text, report, newVersion);
        if (after === text)
            continue;
        const from = [...new Set(report.occurrences.map((o) => o.version))].join(', ');
        changes.push({ file, before: text, after, from, occurrences: report.occurrences });
    }
    return changes;
}

;// CONCATENATED MODULE: ./packages/version-files/index.ts





;// CONCATENATED MODULE: ./packages/release/bump-version.ts
/**
 * Step 10 of the process: write the release version into every version file, in one commit.
 * Everything is read and checked before anything is written; a dry run writes nothing.
 */




/** Plans the bump (pure): which files change, and how, line by line. */
function planBump(files, version) {
    const { version: previous } = currentVersion(files);
    const planned = planVersionBump(files, version);
    const texts = new Map();
    const changes = planned.map((p) => {
        texts.set(p.file, p.after);
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
    const base = await git.headSha();
    for (const [file, text] of texts)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(git.cwd, file), text);
    if (!request.commit)
        return { result: 'updated', previousVersion: previous, changes, pushed: false, replays: 0 };
    let commitSha = await git.commit([...texts.keys()], request.message);
    let replays = 0;
    if (request.push && commitSha && request.branch) {
        const pushed = await pushCommits(git, request.branch, base);
        commitSha = pushed.sha;
        replays = pushed.replays;
    }
    return {
        result: 'updated',
        previousVersion: previous,
        changes,
        commitSha,
        pushed: request.push,
        replays
    };
}

;// CONCATENATED MODULE: ./packages/git/history.ts
/**
 * Fetching just the history a release needs. actions/checkout clones one commit deep and
 * without tags; rather than a blind `--unshallow`, we fetch the release tags themselves one
 * commit deep, then each branch we need back to (and including) the newest release tag on it,
 * with `--shallow-exclude` and one `--deepen`.
 */

const RELEASE_TAG = /^\d+\.\d+\.\d+$/;
/** Makes the release tags and the named branches' recent history available locally. */
async function ensureReleaseHistory(git, request) {
    const remote = request.remote ?? 'origin';
    const prefix = request.tagPrefix ?? 'v';
    const wasShallow = await git.isShallow();
    const remoteTags = await releaseTagsOnRemote(git, prefix, remote);
    const refspecs = request.branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
    const tagSpec = `+refs/tags/${prefix}*:refs/tags/${prefix}*`;
    if (!wasShallow) {
        await git.run(['fetch', '--no-tags', remote, ...refspecs, tagSpec]);
        return { wasShallow, remoteTags };
    }
    if (remoteTags.size === 0) {
        // First release: the whole history is the release.
        await git.run(['fetch', '--no-tags', '--unshallow', remote, ...refspecs]);
        return { wasShallow, remoteTags };
    }
    await git.run(['fetch', '--no-tags', '--depth=1', remote, tagSpec]);
    if (refspecs.length > 0) {
        const excludes = [...remoteTags.keys()].map((tag) => `--shallow-exclude=refs/tags/${tag}`);
        for (const refspec of refspecs) {
            const args = ['fetch', '--no-tags', ...excludes, remote, refspec];
            const result = await git.run(args, { allowFailure: true });
            // A branch whose tip is itself a release tag has nothing newer to fetch; git says so as an error.
            if (result.exitCode !== 0 &&
                !/no commits selected for shallow requests/.test(result.stderr)) {
                throw new GitCommandError(args, result);
            }
        }
        await git.run(['fetch', '--no-tags', '--deepen=1', remote, ...refspecs]);
    }
    return { wasShallow, remoteTags };
}
/** The remote's `<prefix>X.Y.Z` tags, name -> commit (peeled). */
async function releaseTagsOnRemote(git, prefix = 'v', remote = 'origin') {
    const refs = await git.remoteRefs(`refs/tags/${prefix}*`, remote);
    const tags = new Map();
    for (const [ref, sha] of refs) {
        const name = ref.slice('refs/tags/'.length);
        if (RELEASE_TAG.test(name.slice(prefix.length)))
            tags.set(name, sha);
    }
    return tags;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/versioning/version.ts


// Our own grammar rather than semver.valid(): semver also accepts a leading `v` or `=` and build
// metadata, which a branch name or a release tag of this suite must not carry.
const version_NUMBER = '(?:0|[1-9]\\d*)';
const CORE = `${version_NUMBER}\\.${version_NUMBER}\\.${version_NUMBER}`;
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const PRERELEASE = `-${PRE_ID}(?:\\.${PRE_ID})*`;
const STABLE_VERSION = new RegExp(`^${CORE}$`);
const RELEASE_VERSION = new RegExp(`^${CORE}(?:${PRERELEASE})?$`);
/** True for X.Y.Z: numbers without leading zeros, no pre-release, no `v`. */
function isStableVersion(value) {
    return STABLE_VERSION.test(value) && semver_default().valid(value) !== null;
}
/** True for X.Y.Z with an optional pre-release (`1.3.0-rc.1`), no build metadata, no `v`. */
function isReleaseVersion(value) {
    return RELEASE_VERSION.test(value) && semver_default().valid(value) !== null;
}
/** True when `value` is valid for the given placeholder form. */
function version_fitsForm(value, form) {
    return form === 'version' ? isStableVersion(value) : isReleaseVersion(value);
}
/** X.Y.Z of a release version: `1.3.0-rc.1` -> `1.3.0`. */
function versionCore(version) {
    const parsed = semver_default().parse(version);
    if (!parsed)
        throw new TypeError(`not a version: ${version}`);
    return `${parsed.major}.${parsed.minor}.${parsed.patch}`;
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
        throw new errors/* ConfigurationError */.j1(`The latest version ${latest} is not X.Y.Z, so no next version.`);
    }
    const { major, minor, patch } = semver_default().parse(base);
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
function version_parseVersionInput(value, input = 'version') {
    const version = stripV(value.trim());
    if (isReleaseVersion(version))
        return version;
    const diagnosis = diagnoseVersion(version, 'semver');
    const fix = diagnosis.suggestion ? `; use ${diagnosis.suggestion}` : '';
    throw new errors/* ConfigurationError */.j1(`Input \`${input}\` is \`${value}\`, which is not a release version: ${diagnosis.reason}${fix}. ` +
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
        const suggestion = version_fitsForm(bare, form) ? bare : versionCore(bare);
        return {
            reason: `${text} has build metadata (+...), which a release version cannot carry`,
            suggestion
        };
    }
    if (/^[vV]/.test(text) && version_fitsForm(text.slice(1), form)) {
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

;// CONCATENATED MODULE: ./packages/versioning/branches.ts


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
        throw new errors/* ConfigurationError */.j1(`Template \`${shared}\` is in both \`branch-pattern\` and \`hotfix-branch-pattern\`, so a ` +
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
        if (middle !== undefined && version_fitsForm(middle, template.form)) {
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
        throw new ConfigurationError(`No ${kind} branch template is set; set \`${PATTERN_INPUTS[kind]}\`.`, {
            input: PATTERN_INPUTS[kind]
        });
    }
    const bare = parseVersionInput(version);
    if (!fitsForm(bare, template.form)) {
        throw new ConfigurationError(`Version ${bare} has a pre-release, but the ${kind} branch template \`${template.template}\` ` +
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
        throw new errors/* ConfigurationError */.j1(`Input \`${PATTERN_INPUTS[kind]}\` has an invalid template \`${template}\`: ${problem}. ` +
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
    const diagnosis = diagnoseVersion(middle, template.form);
    const example = template.form === 'version' ? '1.3.0' : '1.3.0-rc.1';
    const fix = diagnosis.suggestion
        ? `name it ${template.prefix}${diagnosis.suggestion}${template.suffix}`
        : `name it like ${template.prefix}${example}${template.suffix}`;
    const hint = diagnosis.hint ? `, ${diagnosis.hint}` : '';
    return new errors/* ConfigurationError */.j1(`Branch \`${name}\` looks like a ${template.kind} branch (template \`${template.template}\`), ` +
        `but ${diagnosis.reason}; ${fix}${hint}. Or set the \`version\` input.`);
}

;// CONCATENATED MODULE: ./packages/versioning/policy.ts



const RELEASE_TYPES = (/* unused pure expression or super */ null && (['auto', 'minor', 'major', 'patch', 'any']));
/** Reads the `release-type` input (empty means `auto`). */
function parseReleaseType(value, input = 'release-type') {
    const type = (value ?? '').trim().toLowerCase() || 'auto';
    if (RELEASE_TYPES.includes(type))
        return type;
    throw new ConfigurationError(`Input \`${input}\` is \`${value}\`; use one of ${RELEASE_TYPES.join(', ')}.`, { input });
}
/**
 * The versions that may follow `latest`: for `auto` a release is the next minor or major and a
 * hotfix the next patch; `minor`/`major`/`patch` force that bump. Empty for `any` (no check)
 * and before the first release (anything goes).
 */
function allowedVersions(latest, kind, releaseType) {
    if (latest === undefined || releaseType === 'any')
        return [];
    const bumps = releaseType !== 'auto' ? [releaseType] : kind === 'hotfix' ? ['patch'] : ['minor', 'major'];
    return bumps.map((bump) => ({ version: nextVersion(latest.version, bump), bump }));
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
    if (!isReleaseVersion(version)) {
        throw policyError(args, 'which is not a release version (X.Y.Z)');
    }
    const core = versionCore(version);
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
    const order = semver_default().compare(core, latest.version);
    if (order < 0)
        return 'which goes backwards';
    if (order === 0)
        return `which repeats the latest tag ${latest.name}`;
    if (allowed.some((a) => semver_default().gt(core, a.version)))
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
    const judged = isReleaseVersion(version) && versionCore(version) !== version;
    const core = judged ? ` (a pre-release is judged by its X.Y.Z, ${versionCore(version)})` : '';
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
            return parseReleaseBranch(unqualified(match[1], qualified), patterns);
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
        const version = version_parseVersionInput(input);
        const known = quietly(() => fromBranchOrMerge(branch, mergeMessage, patterns));
        const kind = known?.kind ?? (semver_default().patch(version) === 0 ? 'release' : 'hotfix');
        return { version, kind, source: 'input', ...(known && { branch: known.branch }) };
    }
    const onBranch = branch ? parseReleaseBranch(branch, patterns) : undefined;
    if (onBranch)
        return resolvedFrom(onBranch, 'branch');
    const merged = mergeMessage ? versionFromMergeMessage(mergeMessage, patterns) : undefined;
    return merged && resolvedFrom(merged, 'merge');
}
function resolvedFrom(found, source) {
    return { version: found.version, kind: found.kind, source, branch: found.branch };
}
function fromBranchOrMerge(branch, mergeMessage, patterns) {
    return ((branch ? parseReleaseBranch(branch, patterns) : undefined) ??
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
        if (isStableVersion(version))
            byName.set(name, { name, version });
    }
    return [...byName.values()].sort((a, b) => semver_default().rcompare(a.version, b.version));
}
/** The newest release tag, or undefined before the first release. */
function latestReleaseTag(tagNames, prefix = 'v') {
    return parseReleaseTags(tagNames, prefix)[0];
}

;// CONCATENATED MODULE: ./packages/versioning/index.ts
// Release versions: where they come from (input, branch, merge) and which ones the policy allows.






;// CONCATENATED MODULE: ./packages/release/target.ts
/**
 * Which version this run releases, and the release tags around it: the shared first half of
 * bump-version, update-changelog and create-tag. Resolution order and policy are SPEC "Versions".
 */



/** Resolves the version, fetches the tags and history it needs, finds the latest release tag. */
async function resolveReleaseTarget(git, request) {
    const branch = request.branch ?? (await git.currentBranch());
    const mergeMessage = request.versionInput
        ? undefined
        : await git.output(['log', '-1', '--format=%B', 'HEAD']);
    const resolved = resolveReleaseVersion({
        input: request.versionInput,
        branch,
        mergeMessage,
        patterns: request.patterns
    });
    if (!resolved) {
        throw new errors/* ConfigurationError */.j1(`Cannot tell which version to release: the branch '${branch ?? '(detached HEAD)'}' is not a release or hotfix branch ` +
            `(${[...request.patterns.release, ...request.patterns.hotfix].join(', ')}) and HEAD is not the merge of one. ` +
            "Set the 'version' input, or run on a branch like release-v1.3.0.", { input: 'version' });
    }
    const onRemote = branch ? (await git.remoteRefs(`refs/heads/${branch}`)).size > 0 : false;
    const branches = [
        request.mainBranch,
        ...(branch && onRemote && branch !== request.mainBranch ? [branch] : [])
    ];
    const history = await ensureReleaseHistory(git, { branches, tagPrefix: request.tagPrefix });
    const tag = `${request.tagPrefix}${resolved.version}`;
    const lineTags = await releaseLineTags(git, resolved.kind, request);
    const latest = lineTags.find((t) => t.name !== tag);
    return { ...resolved, branch, tag, latest, lineTags, remoteTags: history.remoteTags };
}
/**
 * A release follows the tags reachable from main; a hotfix those reachable from itself (it was
 * cut from main at the latest one).
 */
async function releaseLineTags(git, kind, request) {
    const mainRef = `refs/remotes/origin/${request.mainBranch}`;
    const mainExists = (await git.resolveCommit(mainRef)) !== undefined;
    if (kind === 'release' && !mainExists) {
        git.log.warning(`origin/${request.mainBranch} does not exist; following the tags reachable from HEAD instead.`);
    }
    const from = kind === 'release' && mainExists ? mainRef : 'HEAD';
    const names = await git.tagsMergedInto(from, `${request.tagPrefix}*`);
    return parseReleaseTags(names, request.tagPrefix);
}
/** Applies the release-type policy; `tolerateOwnTag` lets a rerun after tagging pass. */
function enforcePolicy(target, releaseType, options) {
    const existing = [...target.remoteTags.keys()]
        .filter((name) => !(options.tolerateOwnTag && name === target.tag))
        .map((name) => name.slice(options.tagPrefix.length));
    checkVersionPolicy({
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

;// CONCATENATED MODULE: ./packages/action-kit/inputs.ts
/**
 * Typed input parsing on top of the runner's `INPUT_<NAME>` variables. Each action has one
 * parser built from these helpers; a wrong value is a ConfigurationError naming the input and
 * what would be valid.
 */


/** The input's value, trimmed; a missing or blank input is an error. */
function getRequiredInput(name) {
    const value = readInput(name).trim();
    if (!value)
        throw new ConfigurationError(`Input '${name}' is required but was empty.`, { input: name });
    return value;
}
/** The input's value, trimmed, or undefined when blank. */
function getOptionalInput(name) {
    const value = (0,core/* readInput */.R5)(name).trim();
    return value === '' ? undefined : value;
}
const TRUE_VALUES = ['true', 'True', 'TRUE', 'yes', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', 'no', '0'];
/** A boolean input (`true`/`false`, also yes/no, 1/0); blank takes the default. */
function getBooleanInput(name, defaultValue) {
    const value = (0,core/* readInput */.R5)(name).trim();
    if (value === '')
        return defaultValue;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new errors/* ConfigurationError */.j1(`Input '${name}' must be true or false, not '${value}'.`, {
        input: name
    });
}
/** One of a fixed set of values; blank takes the default. */
function getEnumInput(name, values, defaultValue) {
    const value = (0,core/* readInput */.R5)(name).trim();
    if (value === '')
        return defaultValue;
    if (values.includes(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`Input '${name}' must be one of ${values.map((v) => `'${v}'`).join(', ')}, not '${value}'.`, { input: name });
}
/** A newline- (or comma-) separated list; blank lines and `#` comments are dropped. */
function getListInput(name, separators = /\r?\n|,/) {
    return (0,core/* readInput */.R5)(name)
        .split(separators)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
}
/** A whole number within bounds; blank takes the default. */
function getIntegerInput(name, defaultValue, bounds = {}) {
    const value = readInput(name).trim();
    if (value === '')
        return defaultValue;
    const min = bounds.min ?? Number.MIN_SAFE_INTEGER;
    const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        const range = bounds.min !== undefined || bounds.max !== undefined ? ` from ${min} to ${max}` : '';
        throw new ConfigurationError(`Input '${name}' must be a whole number${range}, not '${value}'.`, {
            input: name
        });
    }
    return Number(value);
}
/** A secret input: masked in the log before anything else can print it. */
function getSecretInput(name) {
    const value = getOptionalInput(name);
    if (value)
        (0,core/* setSecret */.Pq)(value);
    return value;
}

;// CONCATENATED MODULE: ./packages/action-kit/common.ts
/**
 * The inputs every action that changes something shares (SPEC "Runtime contract"), and the
 * bot identity used for commits and tags.
 */





const CommonInput = {
    token: 'token',
    dryRun: 'dry-run',
    workingDirectory: 'working-directory',
    gitUserName: 'git-user-name',
    gitUserEmail: 'git-user-email'
};
/** Hosted runners have no git identity; commits and tags are made as this bot unless told otherwise. */
const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
function readCommonInputs(workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
    const token = getSecretInput(CommonInput.token);
    // git receives the token as a basic auth header; mask that form too.
    if (token)
        (0,core/* setSecret */.Pq)(Buffer.from(`x-access-token:${token}`).toString('base64'));
    const dir = getOptionalInput(CommonInput.workingDirectory) ?? '.';
    const workingDirectory = (0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.resolve)(workspace, dir);
    if (!(0,external_node_fs_.existsSync)(workingDirectory) || !(0,external_node_fs_.statSync)(workingDirectory).isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`Input 'working-directory' is '${dir}', which is not a directory (resolved to ${workingDirectory}).`, { input: CommonInput.workingDirectory });
    }
    return {
        token,
        dryRun: getBooleanInput(CommonInput.dryRun, false),
        workingDirectory,
        identity: {
            name: getOptionalInput(CommonInput.gitUserName) ?? BOT_IDENTITY.name,
            email: getOptionalInput(CommonInput.gitUserEmail) ?? BOT_IDENTITY.email
        }
    };
}

;// CONCATENATED MODULE: ./actions/bump-version/src/inputs.ts




const Input = {
    version: 'version',
    branchPattern: 'branch-pattern',
    hotfixBranchPattern: 'hotfix-branch-pattern',
    releaseType: 'release-type',
    files: 'files',
    commit: 'commit',
    push: 'push',
    commitMessage: 'commit-message',
    tagPrefix: 'tag-prefix',
    mainBranch: 'main-branch'
};
const Output = {
    version: 'version',
    previousVersion: 'previous-version',
    tag: 'tag',
    changedFiles: 'changed-files',
    commitSha: 'commit-sha',
    result: 'result'
};
const inputs_RELEASE_TYPES = [
    'auto',
    'minor',
    'major',
    'patch',
    'any'
];
function readInputs() {
    const files = getListInput(Input.files, /\r?\n/);
    const commit = getBooleanInput(Input.commit, true);
    return {
        ...readCommonInputs(),
        version: getOptionalInput(Input.version),
        patterns: parseBranchPatterns(getOptionalInput(Input.branchPattern), getOptionalInput(Input.hotfixBranchPattern)),
        releaseType: getEnumInput(Input.releaseType, inputs_RELEASE_TYPES, 'auto'),
        files: files.length > 0 ? parseFileSpecs(files) : undefined,
        commit,
        // Without a commit there is nothing to push.
        push: commit && getBooleanInput(Input.push, true),
        commitMessage: getOptionalInput(Input.commitMessage) ?? 'Bump version to {version}',
        tagPrefix: getOptionalInput(Input.tagPrefix) ?? 'v',
        mainBranch: getOptionalInput(Input.mainBranch) ?? 'main'
    };
}

;// CONCATENATED MODULE: ./packages/action-kit/summary.ts
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
    const icon = result === 'failure' ? '❌' : result === 'dry-run' ? '🧪' : result === 'unchanged' ? '⏸️' : '✅';
    return `${heading(`${icon} ${action}: ${result}`)}\n${detail}\n\n`;
}

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
    let body = resultLine('bump-version', result.result, detail);
    if (result.changes.length > 0) {
        body += table(['File', 'Was', 'Now'], result.changes.map((c) => [c.file, c.from, target.version]));
        const diff = result.changes
            .flatMap((c) => [
            `--- ${c.file}`,
            `+++ ${c.file}`,
            ...c.lines.flatMap((l) => [`@@ line ${l.line} @@`, `-${l.before}`, `+${l.after}`])
        ])
            .join('\n');
        body += `\n${codeBlock(diff, 'diff')}`;
    }
    return body;
}

;// CONCATENATED MODULE: ./actions/bump-version/src/index.ts
/** bump-version: inputs -> packages/release/bump-version -> outputs and summary. */











async function src_run() {
    await (0,run/* runAction */.Cs)('bump-version', async () => {
        const inputs = readInputs();
        const context = readRunContext();
        const git = new Git(inputs.workingDirectory, {
            log: actionsLogger,
            identity: inputs.identity,
            token: inputs.token
        });
        if (!(await git.isRepository())) {
            throw new errors/* ConfigurationError */.j1(`${inputs.workingDirectory} is not a git checkout; run actions/checkout first.`);
        }
        // Read and check every version file before anything touches the network or the disk.
        const files = await loadVersionFiles(inputs.workingDirectory, inputs.files);
        const current = currentVersion(files).version;
        const branch = context.branch ?? (await git.currentBranch());
        if (inputs.push && !inputs.dryRun && !branch) {
            throw new errors/* ConfigurationError */.j1('HEAD is detached, so there is no branch to push the bump to; check out the release branch or set push: false.');
        }
        const target = await resolveReleaseTarget(git, {
            versionInput: inputs.version,
            branch,
            patterns: inputs.patterns,
            tagPrefix: inputs.tagPrefix,
            mainBranch: inputs.mainBranch
        });
        // A rerun after the release was tagged (on main's merge commit, not on this branch) is fine;
        // releasing a version whose tag is already in this branch's history is a repeat.
        const tagInHistory = target.remoteTags.has(target.tag) && (await git.isAncestor(target.tag, 'HEAD'));
        const tolerateOwnTag = current === target.version && !tagInHistory;
        enforcePolicy(target, inputs.releaseType, { tolerateOwnTag, tagPrefix: inputs.tagPrefix });
        const result = await bumpVersion(git, {
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
        (0,run/* setOutputs */.n0)({
            [Output.version]: target.version,
            [Output.previousVersion]: previousVersion ?? '',
            [Output.tag]: target.tag,
            [Output.changedFiles]: JSON.stringify(result.changes.map((c) => c.file)),
            [Output.commitSha]: result.commitSha ?? '',
            [Output.result]: result.result
        });
        await (0,core/* appendSummary */.fe)(bumpSummary(target, result, previousVersion));
    });
}


/***/ })

};
