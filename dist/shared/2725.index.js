"use strict";
exports.id = 2725;
exports.ids = [2725];
exports.modules = {

/***/ 2725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2841);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3588);
/** open-release-pr: inputs -> packages/release/release-pr + packages/github/pulls -> outputs. */



async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)('open-release-pr', async () => {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .Ko)();
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        const repo = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(context);
        // The work (release notes, pull request, labels, reviewers) loads only now that inputs are good.
        const { openReleasePullStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(9314), __webpack_require__.e(2397), __webpack_require__.e(7080), __webpack_require__.e(132)]).then(__webpack_require__.bind(__webpack_require__, 3700));
        await openReleasePullStep(inputs, context, repo);
    });
}


/***/ }),

/***/ 3588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output)
/* harmony export */ });
/* unused harmony export Input */
/* harmony import */ var _packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2052);
/* harmony import */ var _packages_base_user_regex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4385);
/* harmony import */ var _packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8540);
/* harmony import */ var _packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9657);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1811);
/* harmony import */ var _packages_changelog_grammar_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3770);
/* harmony import */ var _packages_versioning_branches_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4555);
/* harmony import */ var _packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7656);










const Input = {
    version: 'version',
    mainBranch: 'main-branch',
    /** Deprecated name of main-branch. */
    base: 'base',
    head: 'head',
    title: 'title',
    releaseNotes: 'release-notes',
    changelogPath: 'changelog-path',
    issueUrl: 'issue-url',
    issuePattern: 'issue-pattern',
    draft: 'draft',
    labels: 'labels',
    reviewers: 'reviewers',
    milestone: 'milestone',
    developBranch: 'develop-branch',
    branchPattern: 'branch-pattern',
    hotfixBranchPattern: 'hotfix-branch-pattern',
    tagPrefix: 'tag-prefix',
    conflictForecast: 'conflict-forecast',
    autoMerge: 'auto-merge'
};
const Output = {
    number: 'number',
    url: 'url',
    conflicts: 'conflicts',
    autoMerge: 'auto-merge',
    result: 'result'
};
function readInputs() {
    const issueUrl = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(Input.issueUrl);
    if (issueUrl !== undefined && !issueUrl.includes('{key}')) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`Input '${Input.issueUrl}' is '${issueUrl}', which has no {key}; write e.g. https://jira.example.com/browse/{key}.`, { input: Input.issueUrl });
    }
    if (issueUrl !== undefined) {
        (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUrl */ .CU)(issueUrl.split('{key}').join('KEY'), Input.issueUrl, 'https://jira.example.com/browse/{key}');
    }
    const common = (0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_4__/* .readCommonInputs */ .di)();
    return {
        ...common,
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(Input.version),
        base: (() => {
            const base = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getRenamedInput */ .rh)(Input.mainBranch, Input.base, '');
            const given = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(Input.base) !== undefined ? Input.base : Input.mainBranch;
            return base === '' ? '' : (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRefName */ .hh)(base, given);
        })(),
        head: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__/* .getBranchInput */ .X9)(Input.head),
        title: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .checkLine */ .tY)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(Input.title) ?? 'Release {version}', Input.title, _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .TITLE */ .ly),
        releaseNotes: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(Input.releaseNotes),
        changelogPath: (0,_packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_2__/* .getFileInput */ .LS)(Input.changelogPath, 'CHANGELOG.md', common.workingDirectory),
        issueUrl,
        issuePattern: readPattern((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(Input.issuePattern)),
        draft: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getBooleanInput */ .Vt)(Input.draft, false),
        labels: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getLabelsInput */ .Ml)(Input.labels),
        reviewers: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getReviewersInput */ .zm)(Input.reviewers),
        milestone: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getLineInput */ .n2)(Input.milestone, _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .MILESTONE */ .Ni),
        developBranch: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__/* .getBranchInput */ .X9)(Input.developBranch, 'develop'),
        patterns: (0,_packages_versioning_branches_js__WEBPACK_IMPORTED_MODULE_8__/* .parseBranchPatterns */ .dV)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(Input.branchPattern), (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getOptionalInput */ .lI)(Input.hotfixBranchPattern)),
        tagPrefix: (0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .readTagPrefixInput */ .Z6)(Input.tagPrefix),
        conflictForecast: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getBooleanInput */ .Vt)(Input.conflictForecast, true),
        autoMerge: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .getBooleanInput */ .Vt)(Input.autoMerge, false)
    };
}
function readPattern(value) {
    if (value === undefined)
        return _packages_changelog_grammar_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_TICKET_PATTERN */ .sC;
    try {
        return (0,_packages_base_user_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .checkUserRegex */ .Hm)(new RegExp(value, 'g'), Input.issuePattern);
    }
    catch (error) {
        if (error instanceof _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1)
            throw error;
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`Input '${Input.issuePattern}' is not a regular expression: ${error.message}.`, { input: Input.issuePattern });
    }
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


/***/ })

};
;
//# sourceMappingURL=2725.index.js.map