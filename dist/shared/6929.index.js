"use strict";
exports.id = 6929;
exports.ids = [6929];
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
//# sourceMappingURL=6929.index.js.map