"use strict";
exports.id = 3872;
exports.ids = [3872,3528];
exports.modules = {

/***/ 3528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ appTokenSource),
/* harmony export */   activateAppCredentials: () => (/* binding */ activateAppCredentials)
/* harmony export */ });
/* unused harmony exports AppInput, AppTokenSource */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _base_token_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5681);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1811);
/**
 * GitHub App credentials as inputs (`app-id`, `app-private-key`, optional `app-installation`):
 * the action mints its own installation token (octokit's App auth: JWT, installation lookup,
 * token), masks it, and uses it as its `token`. The token lives an hour; the API client asks
 * for it before every request, and it is minted again when it nears its end, so a long wait
 * (monitor's window) does not outlive it. Nothing is loaded unless the inputs are set.
 */




const AppInput = {
    id: 'app-id',
    privateKey: 'app-private-key',
    installation: 'app-installation'
};
/** The installation token of the run, minted again when it nears its end. */
class AppTokenSource {
    auth;
    installationId;
    issued = new Set();
    current = '';
    constructor(auth, installationId) {
        this.auth = auth;
        this.installationId = installationId;
    }
    /** The token minted first (what the `token` of the run is). */
    get token() {
        return this.current;
    }
    /** True for a token this source minted. */
    minted(token) {
        return token !== undefined && this.issued.has(token);
    }
    /** A token valid for a while yet: the cached one, or a new one near the end of its life. */
    async fresh() {
        let auth = await this.auth({ type: 'installation', installationId: this.installationId });
        const expires = Date.parse(auth.expiresAt);
        const lifetime = expires - Date.parse(auth.createdAt);
        if (expires - Date.now() < Math.min(5 * 60_000, lifetime / 2)) {
            auth = await this.auth({
                type: 'installation',
                installationId: this.installationId,
                refresh: true
            });
        }
        if (!this.issued.has(auth.token)) {
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(auth.token);
            // git receives the token as a basic auth header; mask that form too.
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(Buffer.from(`x-access-token:${auth.token}`).toString('base64'));
            this.issued.add(auth.token);
        }
        this.current ||= auth.token;
        return auth.token;
    }
}
let active;
/** The run's App token source, when the App inputs were given. */
function appTokenSource() {
    return active;
}
/** `-----BEGIN ... KEY-----` PEM, also when pasted with literal `\n`s. */
function readPrivateKey() {
    const raw = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getSecretInput */ .zn)(AppInput.privateKey);
    if (!raw)
        return undefined;
    const key = raw.includes('\\n') && !raw.includes('\n') ? raw.replaceAll('\\n', '\n') : raw;
    for (const line of key.split('\n'))
        if (line.trim().length > 20)
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(line.trim());
    if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(key)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${AppInput.privateKey}' is not a PEM private key (expected '-----BEGIN RSA PRIVATE KEY-----', as GitHub downloads it).`, { input: AppInput.privateKey });
    }
    return key;
}
/**
 * The App as the JWT names it (its `iss`): the numeric App ID, or the Client ID (`Iv1.…`,
 * `Iv23li…`), which GitHub takes as the issuer too and which is what its settings page shows first.
 */
function appIssuer(value) {
    if (/^[1-9]\d*$/.test(value))
        return Number(value);
    if (/^Iv[0-9A-Za-z.]{4,60}$/.test(value))
        return value;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${AppInput.id}' must be the App's numeric App ID or its Client ID (Iv23li...), not '${value}'.`, { input: AppInput.id });
}
function positiveInteger(name, value) {
    if (!/^[1-9]\d*$/.test(value)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' must be a number, not '${value}'.`, {
            input: name
        });
    }
    return Number(value);
}
/**
 * Mints the installation token when `app-id` and `app-private-key` are set (both or neither);
 * the installation is `app-installation`, or the App's installation on `GITHUB_REPOSITORY`.
 */
async function activateAppCredentials() {
    const id = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(AppInput.id);
    const privateKey = readPrivateKey();
    if (!id && !privateKey)
        return undefined;
    if (!id || !privateKey) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Inputs '${AppInput.id}' and '${AppInput.privateKey}' go together: set both to act as a GitHub App, or neither to use 'token'.`, { input: id ? AppInput.privateKey : AppInput.id });
    }
    const appId = appIssuer(id);
    const given = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(AppInput.installation);
    const [{ createAppAuth }, { request }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(7561), __webpack_require__.e(6479)]).then(__webpack_require__.bind(__webpack_require__, 6479)),
        __webpack_require__.e(/* import() */ 7561).then(__webpack_require__.bind(__webpack_require__, 7561))
    ]);
    const baseUrl = (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const auth = createAppAuth({
        appId,
        privateKey,
        request: request.defaults({ baseUrl })
    });
    const installationId = given
        ? positiveInteger(AppInput.installation, given)
        : await findInstallation(appId, auth, request.defaults({ baseUrl }));
    const source = new AppTokenSource(auth, installationId);
    try {
        await source.fresh();
    }
    catch (error) {
        throw appError(appId, error, `minting a token for installation ${installationId}`);
    }
    active = source;
    (0,_base_token_source_js__WEBPACK_IMPORTED_MODULE_3__/* .registerTokenSource */ .I)(source);
    return source;
}
async function findInstallation(appId, auth, request) {
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GITHUB_REPOSITORY is not set, so the App's installation cannot be found; set '${AppInput.installation}'.`, { input: AppInput.installation });
    }
    try {
        const { token } = await auth({ type: 'app' });
        const answer = await request('GET /repos/{owner}/{repo}/installation', {
            owner,
            repo,
            headers: { authorization: `bearer ${token}` }
        });
        return answer.data.id;
    }
    catch (error) {
        throw appError(appId, error, `finding its installation on ${owner}/${repo}`);
    }
}
function appError(appId, error, doing) {
    const { status, message } = error;
    if (status === 401) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GitHub refused App ${appId}'s credentials while ${doing}: check '${AppInput.id}' and '${AppInput.privateKey}' (${message ?? status}).`, { input: AppInput.privateKey });
    }
    if (status === 404) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`App ${appId} is not installed where this action needs it (${doing}); install it on the repository or set '${AppInput.installation}'.`, { input: AppInput.installation });
    }
    return error instanceof Error ? error : new Error(String(error));
}


/***/ }),

/***/ 5167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   di: () => (/* binding */ readCommonInputs)
/* harmony export */ });
/* unused harmony exports CommonInput, BOT_IDENTITY */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _app_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3528);
/* harmony import */ var _confine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8540);
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5453);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4431);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1811);
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
    // A GitHub App's installation token, when the App inputs were given, takes the place of `token`.
    const token = (0,_app_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .appTokenSource */ .Ef)()?.token || (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getSecretInput */ .zn)(CommonInput.token);
    // git receives the token as a basic auth header; mask that form too.
    if (token)
        (0,_core_js__WEBPACK_IMPORTED_MODULE_4__/* .setSecret */ .Pq)(Buffer.from(`x-access-token:${token}`).toString('base64'));
    const dir = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(CommonInput.workingDirectory) ?? '.';
    const workingDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(dir) ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, dir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workingDirectory) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(workingDirectory).isDirectory()) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`Input 'working-directory' is '${dir}', which is not a directory (resolved to ${workingDirectory}).`, { input: CommonInput.workingDirectory });
    }
    (0,_confine_js__WEBPACK_IMPORTED_MODULE_3__/* .confineDirectory */ .yP)(workingDirectory, CommonInput.workingDirectory);
    return {
        token,
        dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getBooleanInput */ .Vt)(CommonInput.dryRun, false),
        workingDirectory,
        identity: {
            name: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(CommonInput.gitUserName) ?? BOT_IDENTITY.name,
            email: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(CommonInput.gitUserEmail) ?? BOT_IDENTITY.email
        }
    };
}


/***/ }),

/***/ 8540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ getFileInput),
/* harmony export */   dD: () => (/* binding */ confinedFile),
/* harmony export */   yP: () => (/* binding */ confineDirectory)
/* harmony export */ });
/* unused harmony export isInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4431);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1811);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8815);
/**
 * The checkout is the only place an action reads or writes: a path that leads outside the
 * workspace (`/etc`, `../..`, or a committed symbolic link) is refused before it is opened, so
 * a pull request cannot make an action overwrite or publish a file of the runner.
 */





/** True when `path` is `root` or below it (both absolute). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** The real path of the longest existing ancestor of `path`, with the rest appended. */
function realPathOf(path) {
    let existing = path;
    const rest = [];
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(existing), ...rest.reverse());
        }
        catch {
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing) === existing)
                return path;
            rest.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing), existing));
            existing = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
        }
    }
}
/** The workspace the job checked out (`GITHUB_WORKSPACE`), real path; undefined outside a runner. */
function workspace() {
    const ws = process.env.GITHUB_WORKSPACE;
    return ws ? realPathOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ws)) : undefined;
}
/**
 * The root a file of `dir` must stay in: the workspace when `dir` is inside it, else `dir`
 * itself (a caller outside a runner's workspace, such as the CLI).
 */
function rootFor(dir) {
    const ws = workspace();
    const real = realPathOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir));
    return ws && isInside(ws, real) ? ws : real;
}
/** `working-directory`, resolved and required to be inside the workspace. */
function confineDirectory(dir, input) {
    const ws = workspace();
    if (!ws)
        return dir;
    const real = realPathOf(dir);
    if (isInside(ws, real))
        return dir;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}' leads to ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_4__/* .shown */ .S)(real)}, outside the workspace ${ws}; the actions read ` +
        'and write only inside the checkout. Give a directory of the repository.', { input });
}
/**
 * The full path of `path` (relative to `dir`) after checking it stays in the checkout: it may
 * not lead outside the workspace, and when it exists it may not be a symbolic link. `input`
 * names the input the path came from, for the error.
 */
function confinedFile(dir, path, input) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, path);
    const root = rootFor(dir);
    const where = input ? `Input '${input}' names ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_4__/* .shown */ .S)(path)}, which` : `${path}`;
    let link;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).isSymbolicLink())
            link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(full);
    }
    catch {
        // Not there yet: a file the action will create.
    }
    if (link !== undefined) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} is a symbolic link (to ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_4__/* .shown */ .S)(link)}); the actions never read or write ` +
            'through a link, so a checkout cannot point them at a file elsewhere. Commit the file itself.', { input, locations: [{ file: path }] });
    }
    const real = realPathOf(full);
    if (!isInside(root, real)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where} leads to ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_4__/* .shown */ .S)(real)}, outside the workspace ${root}; the actions read and ` +
            'write only inside the checkout.', { input, locations: input ? [] : [{ file: path }] });
    }
    return full;
}
/**
 * A file-path input (blank: `defaultPath`), relative to `workingDirectory`, checked with
 * {@link confinedFile}; returns the path as given.
 */
function getFileInput(name, defaultPath, workingDirectory) {
    const path = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(name) ?? defaultPath;
    confinedFile(workingDirectory, path, name);
    return path;
}


/***/ }),

/***/ 2399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext),
/* harmony export */   C: () => (/* binding */ requireRepository)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
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
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The `owner/repo` pair, required by anything that calls the API. */
function requireRepository(context) {
    if (!context.owner || !context.repo) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set (expected owner/repo); run this action inside a GitHub workflow.');
    }
    return { owner: context.owner, repo: context.repo };
}


/***/ }),

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

/***/ 1811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ getIntegerInput),
/* harmony export */   DF: () => (/* binding */ getListInput),
/* harmony export */   K1: () => (/* binding */ getRequiredInput),
/* harmony export */   Vt: () => (/* binding */ getBooleanInput),
/* harmony export */   iv: () => (/* binding */ getEnumInput),
/* harmony export */   lI: () => (/* binding */ getOptionalInput),
/* harmony export */   rh: () => (/* binding */ getRenamedInput),
/* harmony export */   zn: () => (/* binding */ getSecretInput)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/**
 * Typed input parsing on top of the runner's `INPUT_<NAME>` variables. Each action has one
 * parser built from these helpers; a wrong value is a ConfigurationError naming the input and
 * what would be valid.
 */


/** The input's value, trimmed; a missing or blank input is an error. */
function getRequiredInput(name) {
    const value = (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name).trim();
    if (!value)
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' is required but was empty.`, { input: name });
    return value;
}
/** The input's value, trimmed, or undefined when blank. */
function getOptionalInput(name) {
    const value = (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name).trim();
    return value === '' ? undefined : value;
}
/**
 * An input under its new name; the old name, when given, still works (it wins, with a warning
 * naming the new one), so a renamed input breaks no workflow.
 */
function getRenamedInput(name, oldName, fallback) {
    const old = getOptionalInput(oldName);
    if (old !== undefined) {
        (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e)(`Input '${oldName}' is deprecated; name it '${name}' (same meaning).`);
        return old;
    }
    return getOptionalInput(name) ?? fallback;
}
const TRUE_VALUES = ['true', 'True', 'TRUE', 'yes', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', 'no', '0'];
/** A boolean input (`true`/`false`, also yes/no, 1/0); blank takes the default. */
function getBooleanInput(name, defaultValue) {
    const value = (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name).trim();
    if (value === '')
        return defaultValue;
    if (TRUE_VALUES.includes(value))
        return true;
    if (FALSE_VALUES.includes(value))
        return false;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' must be true or false, not '${value}'.`, {
        input: name
    });
}
/** One of a fixed set of values; blank takes the default. */
function getEnumInput(name, values, defaultValue) {
    const value = (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name).trim();
    if (value === '')
        return defaultValue;
    if (values.includes(value))
        return value;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' must be one of ${values.map((v) => `'${v}'`).join(', ')}, not '${value}'.`, { input: name });
}
/** A newline- (or comma-) separated list; blank lines and `#` comments are dropped. */
function getListInput(name, separators = /\r?\n|,/) {
    return (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name)
        .split(separators)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
}
/** A whole number within bounds; blank takes the default. */
function getIntegerInput(name, defaultValue, bounds = {}) {
    const value = (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name).trim();
    if (value === '')
        return defaultValue;
    const min = bounds.min ?? Number.MIN_SAFE_INTEGER;
    const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        const range = bounds.min !== undefined || bounds.max !== undefined ? ` from ${min} to ${max}` : '';
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' must be a whole number${range}, not '${value}'.`, {
            input: name
        });
    }
    return Number(value);
}
/** A secret input: masked in the log before anything else can print it. */
function getSecretInput(name) {
    const value = getOptionalInput(name);
    if (value)
        (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(value);
    return value;
}


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

/***/ 8815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ shown)
/* harmony export */ });
/**
 * A user's value as an error message quotes it: control characters written as escapes (a
 * newline cannot start a new log line), and a long value cut, so a 10 kB input is not
 * echoed back whole.
 */
const LIMIT = 80;
function shown(value) {
    // eslint-disable-next-line no-control-regex
    const escaped = value.replace(/[\x00-\x1f\x7f]/g, (c) => c === '\n'
        ? '\\n'
        : c === '\r'
            ? '\\r'
            : c === '\t'
                ? '\\t'
                : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    if (escaped.length <= LIMIT)
        return `'${escaped}'`;
    return `'${escaped.slice(0, LIMIT)}…' (${value.length} characters)`;
}


/***/ }),

/***/ 5681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ registerTokenSource),
/* harmony export */   Z: () => (/* binding */ tokenSource)
/* harmony export */ });
let active;
/** Registers (or, with undefined, clears) the run's token source. */
function registerTokenSource(source) {
    active = source;
}
/** The run's token source, when one was registered. */
function tokenSource() {
    return active;
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
//# sourceMappingURL=3872.index.js.map