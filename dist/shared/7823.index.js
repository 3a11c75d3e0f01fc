"use strict";
exports.id = 7823;
exports.ids = [7823];
exports.modules = {

/***/ 7823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2841);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8566);
/** close-milestone: released tickets -> Jira version and transitions, GitHub milestone -> outputs. */



async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)('close-milestone', async () => {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .Ko)();
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        const repository = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(context);
        // The work (tickets, Jira, milestone) loads only now that the inputs are good.
        const { closeMilestoneStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(4360), __webpack_require__.e(9314), __webpack_require__.e(2397), __webpack_require__.e(6732), __webpack_require__.e(1747), __webpack_require__.e(3697)]).then(__webpack_require__.bind(__webpack_require__, 3697));
        await closeMilestoneStep(inputs, context, repository);
    });
}


/***/ }),

/***/ 8566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   pd: () => (/* binding */ Input)
/* harmony export */ });
/* harmony import */ var _packages_base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4385);
/* harmony import */ var _packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2052);
/* harmony import */ var _packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8540);
/* harmony import */ var _packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9657);
/* harmony import */ var _packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5453);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4431);
/* harmony import */ var _packages_base_shown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8815);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1811);
/* harmony import */ var _packages_changelog_grammar_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3770);
/* harmony import */ var _packages_jira_client_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6960);
/* harmony import */ var _packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7656);












const Input = {
    version: 'version',
    milestone: 'milestone',
    carryOver: 'carry-over',
    jiraUrl: 'jira-url',
    jiraUser: 'jira-user',
    jiraToken: 'jira-token',
    jiraProject: 'jira-project',
    jiraApiVersion: 'jira-api-version',
    transition: 'transition',
    strict: 'strict',
    fromCommits: 'from-commits',
    changelog: 'changelog-path',
    issuePattern: 'issue-pattern',
    releaseDate: 'release-date',
    tagPrefix: 'tag-prefix',
    mainBranch: 'main-branch',
    productionEnvironment: 'production-environment'
};
const Output = {
    closedIssues: 'closed-issues',
    skippedIssues: 'skipped-issues',
    carriedOver: 'carried-over',
    milestoneUrl: 'milestone-url',
    jiraVersionId: 'jira-version-id',
    result: 'result'
};
function readInputs(now = new Date()) {
    const common = (0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_5__/* .readCommonInputs */ .di)();
    return {
        ...common,
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(Input.version),
        milestone: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getLineInput */ .n2)(Input.milestone, _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .MILESTONE */ .Ni),
        carryOver: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getLineInput */ .n2)(Input.carryOver, _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .MILESTONE */ .Ni),
        jira: readJiraSettings(),
        transition: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .checkLine */ .tY)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(Input.transition) ?? 'Done', Input.transition, TRANSITION),
        strict: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getBooleanInput */ .Vt)(Input.strict, false),
        fromCommits: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getBooleanInput */ .Vt)(Input.fromCommits, false),
        changelog: (0,_packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_2__/* .getFileInput */ .LS)(Input.changelog, 'CHANGELOG.md', common.workingDirectory),
        issuePattern: readPattern((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(Input.issuePattern)),
        releaseDate: readDate((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(Input.releaseDate), now),
        tagPrefix: (0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .readTagPrefixInput */ .Z6)(Input.tagPrefix),
        mainBranch: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__/* .getBranchInput */ .X9)(Input.mainBranch) ?? '',
        productionEnvironment: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getLineInput */ .n2)(Input.productionEnvironment, _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ENVIRONMENT */ .M0)
    };
}
const JIRA_USER = { max: 255, what: 'Jira user', example: 'release-bot@acme.com' };
const TRANSITION = { max: 255, what: 'Jira transition name', example: 'Done' };
/** A Jira project key: a letter, then letters, digits or `_` (Jira's rule, 255 at most). */
const PROJECT_KEY = /^[A-Za-z][A-Za-z0-9_]{0,254}$/;
/** Jira is optional: without `jira-url` only the GitHub milestone is closed. */
function readJiraSettings() {
    const token = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getSecretInput */ .zn)(Input.jiraToken);
    const rawUrl = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(Input.jiraUrl);
    // Checked with or without `jira-url`, so a wrong value is never silently ignored.
    const project = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(Input.jiraProject);
    if (project !== undefined && !PROJECT_KEY.test(project)) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Input '${Input.jiraProject}' is ${(0,_packages_base_shown_js__WEBPACK_IMPORTED_MODULE_11__/* .shown */ .S)(project)}, which is no Jira project key: a letter, then letters, digits or _ (e.g. JIRA).`, { input: Input.jiraProject });
    }
    const user = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getLineInput */ .n2)(Input.jiraUser, JIRA_USER);
    // The token is never quoted back, even masked.
    if (token !== undefined && /\s/.test(token)) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Input '${Input.jiraToken}' holds a space or a line break; give the token alone (from a secret).`, { input: Input.jiraToken });
    }
    const apiVersion = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getEnumInput */ .iv)(Input.jiraApiVersion, ['auto', '2', '3'], 'auto');
    if (!rawUrl) {
        const given = [Input.jiraProject, Input.jiraUser, Input.jiraToken].filter((name) => (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(name) !== undefined);
        if (given.length > 0) {
            (0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e)(`${given.map((n) => `'${n}'`).join(', ')} ${given.length > 1 ? 'are' : 'is'} set but '${Input.jiraUrl}' is not: Jira is left alone. Set '${Input.jiraUrl}' to release the Jira version.`);
        }
        return undefined;
    }
    (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_1__/* .maskUrlSecrets */ .N$)(rawUrl);
    const url = (0,_packages_jira_client_js__WEBPACK_IMPORTED_MODULE_9__/* .parseJiraUrl */ .bN)(rawUrl, Input.jiraUrl);
    if (!project) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Input '${Input.jiraProject}' is required with '${Input.jiraUrl}': the key of the Jira project the release belongs to (e.g. JIRA).`, { input: Input.jiraProject });
    }
    if (!token) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Input '${Input.jiraToken}' is required with '${Input.jiraUrl}': an API token (with '${Input.jiraUser}') or a personal access token, from a secret.`, { input: Input.jiraToken });
    }
    if (user)
        (0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_4__/* .setSecret */ .Pq)(Buffer.from(`${user}:${token}`).toString('base64'));
    return {
        url,
        auth: user ? { kind: 'basic', user, token } : { kind: 'bearer', token },
        project: project.toUpperCase(),
        apiVersion
    };
}
function readPattern(source) {
    if (!source)
        return _packages_changelog_grammar_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_TICKET_PATTERN */ .sC;
    try {
        return (0,_packages_base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUserRegex */ .Hm)(new RegExp(source, 'g'), Input.issuePattern);
    }
    catch (error) {
        if (error instanceof _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1)
            throw error;
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Input '${Input.issuePattern}' is not a valid regular expression: ${error.message}.`, { input: Input.issuePattern });
    }
}
function readDate(value, now) {
    if (!value)
        return now.toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Input '${Input.releaseDate}' is '${value}', which is not a date; write YYYY-MM-DD (default: today, UTC).`, { input: Input.releaseDate });
    }
    return value;
}


/***/ }),

/***/ 2052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   N$: () => (/* binding */ maskUrlSecrets),
/* harmony export */   yU: () => (/* binding */ getUrlInput)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1811);




/** An http(s) URL input, or undefined when blank; anything else names the input and an example. */
function getUrlInput(name, example = 'https://staging.example.com/health') {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(name);
    return value === undefined ? undefined : checkUrl(value, name, example);
}
/** The value when it is an http(s) URL; a ConfigurationError naming `input` otherwise. */
function checkUrl(value, input, example) {
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .S)(maskedUrl(value))}, which is not an http(s) URL (e.g. ${example}).`, { input });
    }
    maskUrlSecrets(value);
    return value;
}
/** The `user:pass@` of a URL-like text replaced by `***@`, for an error that quotes it. */
function maskedUrl(value) {
    return value.replace(/\/\/[^/@\s]*@/, '//***@');
}
/**
 * Masks the secret parts of a URL: the password of `user:pass@` (as written and decoded, and
 * with its user), and with `credentialPath` (a webhook, whose path and query are its
 * credential) the path and query too, so a server echoing them back is masked as well.
 */
function maskUrlSecrets(value, options = {}) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return;
    }
    if (url.password) {
        (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(`${url.username}:${url.password}`);
        (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(url.password);
        (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(safeDecode(url.password));
    }
    if (options.credentialPath) {
        // Short paths ('/', '/hook') are no secret and would mask ordinary words.
        if (url.pathname.length >= 12) {
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(url.pathname);
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(safeDecode(url.pathname));
        }
        if (url.search.length > 1) {
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(url.search.slice(1));
            for (const [, v] of url.searchParams)
                if (v.length >= 8)
                    (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(v);
        }
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


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
                resolve({
                    status,
                    statusText: res.statusMessage ?? '',
                    ok: status >= 200 && status <= 299,
                    body: Buffer.concat(chunks).toString('utf8'),
                    header: (name) => {
                        const value = res.headers[name.toLowerCase()];
                        return Array.isArray(value) ? value.join(', ') : value;
                    },
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

/***/ 7573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ requestWithRetry),
/* harmony export */   Yq: () => (/* binding */ surelyUnsent),
/* harmony export */   d8: () => (/* binding */ networkReason),
/* harmony export */   wR: () => (/* binding */ retryBaseMs)
/* harmony export */ });
/* unused harmony exports isRetryableStatus, retryAfterSeconds */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5328);

/** Network failures that happen before a request is sent: no connection was ever made. */
const UNSENT_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'];
/** True when a fetch failure surely happened before the request was sent. */
function surelyUnsent(error) {
    const code = error instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpNetworkError */ .z
        ? error.code
        : error?.cause?.code;
    return UNSENT_CODES.includes(code ?? '');
}
/**
 * Base of the waits between retries and of a `retry-after` second, in ms; the test suite
 * shortens it through the environment (as packages/github/client.ts does).
 */
function retryBaseMs() {
    const fromEnv = Number(process.env.RELEASE_ACTIONS_RETRY_BASE_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 1000;
}
/** True for the answers worth trying again. */
function isRetryableStatus(status) {
    return status === 429 || status >= 500;
}
/** Seconds a `retry-after` header asks for (seconds or an HTTP date); undefined when absent. */
function retryAfterSeconds(header, now = Date.now()) {
    if (!header)
        return undefined;
    if (/^\d+$/.test(header.trim()))
        return Number(header.trim());
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * One request with bounded retries on 429, 5xx and network failures. Returns the last answer
 * (which may still be a 429 or 5xx when the retries ran out); throws the last network error.
 */
async function requestWithRetry(url, request, options) {
    const retries = options.retries ?? 3;
    const base = retryBaseMs();
    const maxRetryAfter = options.maxRetryAfterSeconds ?? 60;
    for (let attempt = 0;; attempt++) {
        let waitMs = base * 2 ** attempt;
        try {
            const response = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpRequest */ .a)(url, request);
            if (!isRetryableStatus(response.status) || attempt >= retries)
                return response;
            const after = retryAfterSeconds(response.header('retry-after') ?? null);
            if (after !== undefined) {
                if (after > maxRetryAfter)
                    return response;
                waitMs = after * base;
            }
            options.log.warning(`${options.describe} answered ${response.status}; retrying in ${Math.round(waitMs / base)}s (retry ${attempt + 1} of ${retries}).`);
        }
        catch (error) {
            if (attempt >= retries || (options.notIdempotent && !surelyUnsent(error)))
                throw error;
            options.log.warning(`${options.describe} failed (${networkReason(error)}); retrying (retry ${attempt + 1} of ${retries}).`);
        }
        await sleep(waitMs);
    }
}
/** A network failure's cause in a few words, without the URL (which may be a secret). */
function networkReason(error) {
    if (error instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpNetworkError */ .z)
        return error.code ?? error.message;
    const cause = error?.cause;
    return cause?.code ?? (error instanceof Error ? error.message : String(error));
}


/***/ }),

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ JiraError),
/* harmony export */   EW: () => (/* binding */ JiraClient),
/* harmony export */   Fq: () => (/* binding */ writeOnce),
/* harmony export */   bN: () => (/* binding */ parseJiraUrl)
/* harmony export */ });
/* unused harmony exports jiraMessages, mayBeApplied */
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7573);
/**
 * A small Jira REST client on packages/http (proxy-aware): Cloud (REST v3) and Server / Data Center (REST v2),
 * basic auth (user + API token) or a bearer personal access token, bounded retries on 429
 * (honouring `retry-after`) and 5xx. The operations the release needs are in jira-api.ts.
 */


/** An answer of Jira that is not a success, with the messages Jira gave. */
class JiraError extends _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7 {
    method;
    path;
    status;
    body;
    constructor(method, path, status, body) {
        super(`Jira answered ${status} to ${method} ${path}: ${jiraMessages(body)}`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.body = body;
        this.name = 'JiraError';
    }
    /** Jira's own words: errorMessages and field errors, or the raw body. */
    get messages() {
        return jiraMessages(this.body);
    }
}
/** Jira's `{errorMessages, errors}` as one line; other bodies trimmed. */
function jiraMessages(body) {
    try {
        const parsed = JSON.parse(body);
        const parts = [
            ...(parsed.errorMessages ?? []),
            ...Object.entries(parsed.errors ?? {}).map(([field, message]) => `${field}: ${message}`)
        ];
        if (parts.length > 0)
            return parts.join('; ');
    }
    catch {
        // not JSON: fall through to the raw text
    }
    const text = body.trim().replace(/\s+/g, ' ');
    return text === '' ? '(empty body)' : text.slice(0, 300);
}
/** Reads the `jira-url` input: an http(s) URL, without a trailing slash. */
function parseJiraUrl(value, input = 'jira-url') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' is '${value}', which is not a URL; give the Jira site, e.g. https://acme.atlassian.net.`, { input });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' must be an http(s) URL, not '${url.protocol}' (e.g. https://acme.atlassian.net).`, { input });
    }
    url.pathname = url.pathname.replace(/\/+$/, '');
    url.search = '';
    url.hash = '';
    return url;
}
/** True when a failed call may have been applied, or not: no answer, or a 5xx / 429. */
function mayBeApplied(error) {
    if (error instanceof JiraError)
        return error.status === 429 || error.status >= 500;
    return error instanceof _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7;
}
/**
 * A Jira write that must happen once (creating a version, taking a transition), tried at most
 * `1 + retries` times. After a failure that may have been applied (a lost answer, a 5xx, or on a
 * retry Jira's "already" refusal), `look` reads Jira: what it finds is the write's result, and
 * only when it finds nothing is the write sent again. Other failures are thrown as they are.
 */
async function writeOnce(write, look, options) {
    const retries = options.retries ?? 3;
    for (let attempt = 0;; attempt++) {
        try {
            return await write();
        }
        catch (error) {
            const refusedOnRetry = attempt > 0 && error instanceof JiraError && error.status === 400;
            if (!mayBeApplied(error) && !refusedOnRetry)
                throw error;
            const found = await look();
            if (found !== undefined) {
                options.log.info(`${options.what}: found done in Jira after a failed answer; not sent again.`);
                return found;
            }
            if (attempt >= retries || refusedOnRetry)
                throw error;
            const reason = error instanceof Error ? error.message : String(error);
            options.log.warning(`${options.what} failed (${reason}) and Jira does not show it done; trying again (retry ${attempt + 1} of ${retries}).`);
            await new Promise((resolve) => setTimeout(resolve, (options.waitMs ?? 1000) * 2 ** attempt));
        }
    }
}
class JiraClient {
    baseUrl;
    apiVersion;
    authorization;
    log;
    retries;
    constructor(baseUrl, apiVersion, authorization, log, retries) {
        this.baseUrl = baseUrl;
        this.apiVersion = apiVersion;
        this.authorization = authorization;
        this.log = log;
        this.retries = retries;
    }
    /** A client for the site, its REST API version decided (or detected) first. */
    static async connect(options) {
        const authorization = options.auth.kind === 'basic'
            ? `Basic ${Buffer.from(`${options.auth.user}:${options.auth.token}`).toString('base64')}`
            : `Bearer ${options.auth.token}`;
        const probe = new JiraClient(options.baseUrl, '2', authorization, options.log, options.retries ?? 3);
        const version = options.apiVersion !== 'auto'
            ? options.apiVersion
            : options.baseUrl.hostname.endsWith('.atlassian.net')
                ? '3'
                : await probe.detectApiVersion();
        return new JiraClient(options.baseUrl, version, authorization, options.log, options.retries ?? 3);
    }
    /** Server/DC answer `deploymentType` Server or DataCenter; Cloud answers Cloud (REST v3). */
    async detectApiVersion() {
        let info;
        try {
            info = await this.request('GET', '/serverInfo');
        }
        catch (error) {
            if (error instanceof JiraError) {
                throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.baseUrl.href} does not answer like Jira: GET ${this.apiPath('/serverInfo')} answered ${error.status} (${error.messages}). ` +
                    "Check 'jira-url' (the site root, e.g. https://jira.example.com), or set 'jira-api-version'.", { input: 'jira-url' });
            }
            throw error;
        }
        const version = info?.deploymentType === 'Cloud' ? '3' : '2';
        this.log.debug(`Jira deployment ${info?.deploymentType ?? 'unknown'}: REST API v${version}.`);
        return version;
    }
    /** `/rest/api/{version}{path}` under the site's context path. */
    apiPath(path) {
        return `${this.baseUrl.pathname.replace(/\/+$/, '')}/rest/api/${this.apiVersion}${path}`;
    }
    /**
     * One call of the REST API; `path` is relative to `/rest/api/{version}`. A 401 is a
     * ConfigurationError about the credentials; any other failure a JiraError. `notIdempotent`
     * tries once: see {@link writeOnce} for the look before trying again.
     */
    async request(method, path, body, options = {}) {
        const apiPath = this.apiPath(path);
        const url = new URL(apiPath, this.baseUrl);
        let response;
        try {
            response = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .requestWithRetry */ .En)(url, {
                method,
                headers: {
                    authorization: this.authorization,
                    accept: 'application/json',
                    ...(body === undefined ? {} : { 'content-type': 'application/json' })
                },
                body: body === undefined ? undefined : JSON.stringify(body)
            }, {
                log: this.log,
                // A write that must not be applied twice is never resent blindly: its caller looks first.
                retries: options.notIdempotent ? 0 : this.retries,
                notIdempotent: options.notIdempotent,
                describe: `Jira ${method} ${apiPath}`
            });
        }
        catch (error) {
            const reason = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .networkReason */ .d8)(error);
            // No connection at all: most likely the URL. A connection lost mid-call: Jira's fault.
            if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ERR_INVALID_URL)$/.test(reason)) {
                throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot reach Jira at ${this.baseUrl.origin} (${reason}); check 'jira-url'.`, { input: 'jira-url' });
            }
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`No answer from Jira (${this.baseUrl.host}) to ${method} ${apiPath.split('?')[0]}: the connection ` +
                `failed (${reason}), also on the retries.`, { cause: error });
        }
        const text = response.body;
        if (response.status === 401) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Jira refused the credentials (401 Unauthorized) for ${method} ${apiPath}: ${jiraMessages(text)}. ` +
                "Cloud: set 'jira-user' (the account's email) and 'jira-token' (an API token); " +
                "Server/Data Center: 'jira-token' alone as a personal access token, or 'jira-user' + password.", { input: 'jira-token' });
        }
        if (!response.ok)
            throw new JiraError(method, apiPath, response.status, text);
        return (text ? JSON.parse(text) : undefined);
    }
}


/***/ })

};
;
//# sourceMappingURL=7823.index.js.map