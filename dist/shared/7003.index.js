"use strict";
exports.id = 7003;
exports.ids = [7003];
exports.modules = {

/***/ 7003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2841);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6506);
/** create-tag: inputs -> packages/release/create-tag -> outputs and summary. */



async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)('create-tag', async () => {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .Ko)();
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        const repository = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(context);
        // The work (version evidence, tag, release) loads only now that the inputs are good.
        const { createTagStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(3292), __webpack_require__.e(4360), __webpack_require__.e(9314), __webpack_require__.e(2397), __webpack_require__.e(6732), __webpack_require__.e(4032), __webpack_require__.e(4053)]).then(__webpack_require__.bind(__webpack_require__, 4145));
        await createTagStep(inputs, context, repository);
    });
}


/***/ }),

/***/ 6506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output)
/* harmony export */ });
/* unused harmony exports Input, VIAS, SIGN_TAG, MAKE_LATEST */
/* harmony import */ var _packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8540);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5167);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1811);
/* harmony import */ var _packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9657);
/* harmony import */ var _packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5453);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4431);
/* harmony import */ var _packages_version_files_specs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3939);
/* harmony import */ var _packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7656);








const Input = {
    version: 'version',
    sha: 'sha',
    via: 'via',
    message: 'message',
    createRelease: 'create-release',
    releaseName: 'release-name',
    releaseNotes: 'release-notes',
    draft: 'draft',
    prerelease: 'prerelease',
    prereleaseId: 'prerelease-id',
    makeLatest: 'make-latest',
    allowSquash: 'allow-squash',
    updateMajorTag: 'update-major-tag',
    updateMinorTag: 'update-minor-tag',
    changelogPath: 'changelog-path',
    files: 'files',
    signTag: 'sign-tag',
    gpgPrivateKey: 'gpg-private-key'
};
const Output = {
    tag: 'tag',
    version: 'version',
    sha: 'sha',
    releaseUrl: 'release-url',
    releaseId: 'release-id',
    arrival: 'arrival',
    result: 'result'
};
const VIAS = ['git', 'api'];
const SIGN_TAG = ['auto', 'true', 'false'];
const MAKE_LATEST = ['auto', 'true', 'false', 'legacy'];
function readInputs() {
    const files = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getListInput */ .DF)(Input.files, /\r?\n/);
    // Release notes are markdown: keep them as written, only an all-blank value counts as empty.
    const notes = (0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_4__/* .readInput */ .R5)(Input.releaseNotes);
    const common = (0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_1__/* .readCommonInputs */ .di)();
    return {
        ...common,
        ...(0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readReleaseLineInputs */ .$n)(),
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.version),
        sha: optionalSha(),
        via: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getEnumInput */ .iv)(Input.via, VIAS, 'git'),
        message: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.message) ?? 'Release {version}',
        createRelease: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBooleanInput */ .Vt)(Input.createRelease, true),
        releaseName: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.releaseName) ?? '{version}',
        releaseNotes: notes.trim() === '' ? undefined : notes,
        draft: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBooleanInput */ .Vt)(Input.draft, false),
        prerelease: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBooleanInput */ .Vt)(Input.prerelease, false),
        prereleaseId: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.prereleaseId),
        makeLatest: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getEnumInput */ .iv)(Input.makeLatest, MAKE_LATEST, 'auto'),
        allowSquash: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBooleanInput */ .Vt)(Input.allowSquash, false),
        updateMajorTag: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBooleanInput */ .Vt)(Input.updateMajorTag, false),
        updateMinorTag: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBooleanInput */ .Vt)(Input.updateMinorTag, false),
        changelogPath: (0,_packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_0__/* .getFileInput */ .LS)(Input.changelogPath, 'CHANGELOG.md', common.workingDirectory),
        files: files.length > 0 ? (0,_packages_version_files_specs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFileSpecs */ .af)(files) : undefined,
        releaseType: (0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readReleaseTypeInput */ .C3)(),
        ...readSigning((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getEnumInput */ .iv)(Input.via, VIAS, 'git'))
    };
}
/** sign-tag and gpg-private-key: a signed tag is made with git, so they need via: git. */
function readSigning(via) {
    const signTag = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getEnumInput */ .iv)(Input.signTag, SIGN_TAG, 'auto');
    const key = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.gpgPrivateKey);
    if (key) {
        (0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_4__/* .setSecret */ .Pq)(key);
        // Masked line by line too: a multi-line value is not masked whole in every log line.
        for (const line of key.split(/\r?\n/))
            if (line.trim().length > 20)
                (0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_4__/* .setSecret */ .Pq)(line.trim());
        // Checked now, not first when the tag is made (and never quoted back).
        if (!key.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')) {
            throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`Input '${Input.gpgPrivateKey}' is not an ASCII-armored GPG private key (expected '-----BEGIN PGP PRIVATE KEY BLOCK-----', as 'gpg --armor --export-secret-keys' writes it).`, { input: Input.gpgPrivateKey });
        }
    }
    if (key && signTag === 'false') {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`Input '${Input.gpgPrivateKey}' is given but '${Input.signTag}' is false: leave out the key, or let the tag be signed.`, { input: Input.signTag });
    }
    if (via === 'api' && (key || signTag === 'true')) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`A signed tag is made with git: '${key ? Input.gpgPrivateKey : `${Input.signTag}: true`}' needs '${Input.via}: git' (a tag made through the API is never signed).`, { input: Input.via });
    }
    return { signTag, gpgPrivateKey: key };
}
function optionalSha() {
    const sha = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.sha);
    return sha === undefined ? undefined : (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_3__/* .checkSha */ .$)(sha, Input.sha);
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
//# sourceMappingURL=7003.index.js.map