"use strict";
exports.id = 5801;
exports.ids = [5801,6929];
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
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _base_token_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5681);
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
    if (!/^[1-9]\d{0,15}$/.test(value)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .S)(value)}, which is no installation ID: give the number in the installation's settings URL (e.g. 12345678).`, { input: name });
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
    // Checked whether or not the App inputs are set: a wrong value is never silently ignored.
    const given = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(AppInput.installation);
    const installation = given === undefined ? undefined : positiveInteger(AppInput.installation, given);
    if (!id && !privateKey) {
        if (installation !== undefined) {
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e)(`Input '${AppInput.installation}' is set but '${AppInput.id}' and '${AppInput.privateKey}' are not: the action uses 'token', and the installation is not used.`);
        }
        return undefined;
    }
    if (!id || !privateKey) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Inputs '${AppInput.id}' and '${AppInput.privateKey}' go together: set both to act as a GitHub App, or neither to use 'token'.`, { input: id ? AppInput.privateKey : AppInput.id });
    }
    const appId = appIssuer(id);
    const [{ createAppAuth }, { request }] = await Promise.all([
        Promise.all(/* import() | octokit-auth-app */[__webpack_require__.e(8162), __webpack_require__.e(3411)]).then(__webpack_require__.bind(__webpack_require__, 6479)),
        __webpack_require__.e(/* import() | octokit-request */ 8162).then(__webpack_require__.bind(__webpack_require__, 7561))
    ]);
    const baseUrl = (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const auth = createAppAuth({
        appId,
        privateKey,
        request: request.defaults({ baseUrl })
    });
    const installationId = installation ?? (await findInstallation(appId, auth, request.defaults({ baseUrl })));
    const source = new AppTokenSource(auth, installationId);
    try {
        await source.fresh();
    }
    catch (error) {
        throw appError(appId, error, `minting a token for installation ${installationId}`);
    }
    active = source;
    (0,_base_token_source_js__WEBPACK_IMPORTED_MODULE_4__/* .registerTokenSource */ .I)(source);
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
/* harmony export */   d: () => (/* binding */ readCommonInputs)
/* harmony export */ });
/* unused harmony export CommonInput */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _app_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3528);
/* harmony import */ var _confine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8540);
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5453);
/* harmony import */ var _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8389);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8815);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1811);
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
function readCommonInputs(workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
    // A GitHub App's installation token, when the App inputs were given, takes the place of `token`.
    const token = (0,_app_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .appTokenSource */ .Ef)()?.token || (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getSecretInput */ .zn)(CommonInput.token);
    // git receives the token as a basic auth header; mask that form too.
    if (token)
        (0,_core_js__WEBPACK_IMPORTED_MODULE_4__/* .setSecret */ .Pq)(Buffer.from(`x-access-token:${token}`).toString('base64'));
    const dir = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(CommonInput.workingDirectory) ?? _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .SHARED_DEFAULTS */ .R[CommonInput.workingDirectory];
    const workingDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(dir) ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, dir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(workingDirectory) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(workingDirectory).isDirectory()) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Input 'working-directory' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_8__/* .shown */ .S)(dir)}, which is not a directory (resolved to ${workingDirectory}).`, { input: CommonInput.workingDirectory });
    }
    (0,_confine_js__WEBPACK_IMPORTED_MODULE_3__/* .confineDirectory */ .yP)(workingDirectory, CommonInput.workingDirectory);
    return {
        token,
        dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getBooleanInput */ .Vt)(CommonInput.dryRun, _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .SHARED_DEFAULTS */ .R[CommonInput.dryRun]),
        workingDirectory,
        // Hosted runners have no git identity: commits and tags are made as the bot action.yml
        // names, also by the actions that take no identity inputs.
        identity: {
            name: identityInput(CommonInput.gitUserName, _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .SHARED_DEFAULTS */ .R[CommonInput.gitUserName]),
            email: identityInput(CommonInput.gitUserEmail, _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .SHARED_DEFAULTS */ .R[CommonInput.gitUserEmail])
        }
    };
}
/** The longest name or email a commit's author line is given (a pasted value is refused). */
const MAX_IDENTITY = 256;
/**
 * `git-user-name` / `git-user-email`: git would strip or reject a line break, `<` or `>` in a
 * commit's author line, so such a value is refused before anything is written.
 */
function identityInput(name, fallback) {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(name) ?? fallback;
    // eslint-disable-next-line no-control-regex
    const problem = /[\x00-\x1f\x7f]/.test(value)
        ? 'it holds a line break or another control character'
        : /[<>]/.test(value)
            ? 'it holds `<` or `>`'
            : value.length > MAX_IDENTITY
                ? `it is ${value.length} characters long (at most ${MAX_IDENTITY})`
                : undefined;
    if (problem === undefined)
        return value;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Input '${name}' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_8__/* .shown */ .S)(value)}, which git cannot record as a commit's author: ${problem}.`, { input: name });
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
    const problem = filePathProblem(path);
    if (problem !== undefined) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_4__/* .shown */ .S)(path)}, which cannot be a file of the checkout: ${problem}.`, { input: name });
    }
    confinedFile(workingDirectory, path, name);
    return path;
}
/** A path part longer than this is no file name the runner's file systems can hold. */
const MAX_FILE_NAME = 255;
/** Why no file of a checkout could have this path: a control character, an overlong name. */
function filePathProblem(path) {
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(path))
        return 'it holds a line break or another control character';
    const long = path.split(/[\\/]/).find((part) => Buffer.byteLength(part) > MAX_FILE_NAME);
    if (long !== undefined) {
        return `a part of it is longer than the ${MAX_FILE_NAME} bytes a file name may have`;
    }
    return undefined;
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

/***/ 1811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ getIntegerInput),
/* harmony export */   DF: () => (/* binding */ getListInput),
/* harmony export */   K1: () => (/* binding */ getRequiredInput),
/* harmony export */   M0: () => (/* binding */ ENVIRONMENT),
/* harmony export */   Ml: () => (/* binding */ getLabelsInput),
/* harmony export */   Ni: () => (/* binding */ MILESTONE),
/* harmony export */   Qu: () => (/* binding */ VERSION_LABEL),
/* harmony export */   Vt: () => (/* binding */ getBooleanInput),
/* harmony export */   iv: () => (/* binding */ getEnumInput),
/* harmony export */   lI: () => (/* binding */ getOptionalInput),
/* harmony export */   ly: () => (/* binding */ TITLE),
/* harmony export */   n2: () => (/* binding */ getLineInput),
/* harmony export */   rh: () => (/* binding */ getRenamedInput),
/* harmony export */   tY: () => (/* binding */ checkLine),
/* harmony export */   zm: () => (/* binding */ getReviewersInput),
/* harmony export */   zn: () => (/* binding */ getSecretInput)
/* harmony export */ });
/* unused harmony export LABEL */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
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
function getRenamedInput(name, oldName) {
    const old = getOptionalInput(oldName);
    if (old !== undefined) {
        (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e)(`Input '${oldName}' is deprecated; name it '${name}' (same meaning).`);
        return { value: old, input: oldName };
    }
    return { value: getOptionalInput(name), input: name };
}
const TRUE_VALUES = ['true', 'True', 'TRUE', 'yes', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', 'no', '0'];
/**
 * A boolean input (`true`/`false`, also yes/no, 1/0); blank takes the default (a boolean, or
 * action.yml's `'true'`/`'false'` from the action's generated DEFAULTS).
 */
function getBooleanInput(name, defaultValue) {
    const value = (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name).trim();
    if (value === '')
        return defaultValue === true || defaultValue === 'true';
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
/** A whole number within bounds; blank takes the default (a number, or action.yml's text). */
function getIntegerInput(name, defaultValue, bounds = {}) {
    const value = (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .readInput */ .R5)(name).trim();
    if (value === '')
        return Number(defaultValue);
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
/**
 * A value that is one line (no line break or other control character) of at most `max`
 * characters, else a ConfigurationError naming the input. Inputs are checked with it when the
 * action starts, whether or not this run uses them, so a value that would fail at GitHub is
 * not accepted by a run that happens not to send it.
 */
function checkLine(value, name, rule) {
    // eslint-disable-next-line no-control-regex
    const control = /[\x00-\x1f\x7f]/.test(value);
    const option = rule.notOption === true && value.startsWith('-');
    if (!control && !option && value.length <= rule.max)
        return value;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(value)}, which is no ${rule.what}: give one line of at most ` +
        `${rule.max} characters${rule.notOption ? ', not starting with `-`' : ''} (e.g. ${rule.example}).`, { input: name });
}
/** An optional one-line input (see {@link checkLine}); blank is undefined. */
function getLineInput(name, rule) {
    const value = getOptionalInput(name);
    return value === undefined ? undefined : checkLine(value, name, rule);
}
/** GitHub's limits: a label name, an environment name, a milestone or issue title. */
const LABEL = { max: 50, what: 'label', example: 'release' };
const ENVIRONMENT = { max: 255, what: 'environment name', example: 'production' };
const MILESTONE = { max: 255, what: 'milestone title', example: '1.4.0' };
/** A version as deploy and run-integration pass it on (a release, a build, a SHA). */
const VERSION_LABEL = {
    max: 255,
    what: 'version',
    example: '1.3.0',
    notOption: true
};
const TITLE = {
    max: 256,
    what: 'pull request title',
    example: 'Release {version}'
};
/** A list of labels, each one line of at most 50 characters (GitHub's limit). */
function getLabelsInput(name) {
    return getListInput(name).map((label) => checkLine(label, name, LABEL));
}
/** A GitHub login (`octocat`) or a team (`acme/reviewers`), with or without a leading `@`. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM_SLUG = /^[A-Za-z0-9_.-]{1,100}$/;
/** `reviewers`: users and `org/team`s, each a name GitHub could have, `@` dropped. */
function getReviewersInput(name) {
    return getListInput(name).map((item) => {
        const reviewer = item.replace(/^@/, '');
        const [first, team, ...rest] = reviewer.split('/');
        const valid = team === undefined
            ? LOGIN.test(first)
            : LOGIN.test(first) && TEAM_SLUG.test(team) && rest.length === 0;
        if (valid)
            return reviewer;
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' holds ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(item)}, which is no GitHub user or team: give logins ` +
            '(octocat) or teams (acme/reviewers), one per line or comma-separated.', { input: name });
    });
}


/***/ }),

/***/ 8389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ SHARED_DEFAULTS)
/* harmony export */ });
// Generated by scripts/docs.mjs from actions/*/action.yml; do not edit.
/** The defaults of the shared inputs packages/action-kit reads (its `...Input` tables), as each action.yml declaring one gives it. */
const SHARED_DEFAULTS = {
    "branch-pattern": "release-v{version}\nrelease/{version}\nrelease/v{version}",
    "dry-run": "false",
    "git-user-email": "41898282+github-actions[bot]@users.noreply.github.com",
    "git-user-name": "github-actions[bot]",
    "hotfix-branch-pattern": "hotfix-v{version}\nhotfix/{version}\nhotfix/v{version}",
    "release-type": "auto",
    "tag-prefix": "v",
    "working-directory": "."
};


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


/***/ })

};
;
//# sourceMappingURL=5801.index.js.map