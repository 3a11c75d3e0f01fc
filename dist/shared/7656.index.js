"use strict";
exports.id = 7656;
exports.ids = [7656];
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
/** git keeps each `/`-separated part of a ref as a file (or directory) name. */
const MAX_NAME_PART = 255;
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
        if (Buffer.byteLength(part) > MAX_NAME_PART) {
            return `a part of it is longer than the ${MAX_NAME_PART} bytes git can store as one file name`;
        }
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

/***/ 7656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ readReleaseLineInputs),
/* harmony export */   C3: () => (/* binding */ readReleaseTypeInput),
/* harmony export */   Z6: () => (/* binding */ readTagPrefixInput)
/* harmony export */ });
/* unused harmony export ReleaseLineInput */
/* harmony import */ var _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8389);
/* harmony import */ var _git_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9657);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1811);
/* harmony import */ var _versioning_branches_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4555);
/* harmony import */ var _versioning_release_type_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8411);
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
        patterns: (0,_versioning_branches_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBranchPatterns */ .dV)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(ReleaseLineInput.branchPattern) ??
            _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_DEFAULTS */ .R[ReleaseLineInput.branchPattern], (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(ReleaseLineInput.hotfixBranchPattern) ??
            _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_DEFAULTS */ .R[ReleaseLineInput.hotfixBranchPattern]),
        tagPrefix: readTagPrefixInput(),
        // Empty: the repository's default branch, found when the history is fetched.
        mainBranch: (() => {
            const main = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(ReleaseLineInput.mainBranch);
            return main === undefined ? '' : (0,_git_names_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRefName */ .hh)(main, ReleaseLineInput.mainBranch);
        })()
    };
}
/**
 * `tag-prefix`: action.yml's default (`v`) when left out, and `''` when given empty (bare tags,
 * `1.3.0`): an input given empty is not an input left out. The runner sets the variable to the
 * action.yml default when the workflow leaves the input out, so an empty value was given on purpose.
 */
function readTagPrefixInput(name = ReleaseLineInput.tagPrefix) {
    const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    const raw = process.env[variable];
    if (raw === undefined)
        return _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_DEFAULTS */ .R[ReleaseLineInput.tagPrefix];
    return (0,_git_names_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTagPrefix */ .HR)(raw.trim(), name);
}
/** `release-type`: auto, minor, major, patch or any (blank: action.yml's default, auto). */
function readReleaseTypeInput() {
    return (0,_versioning_release_type_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseType */ .n)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(ReleaseLineInput.releaseType) ?? _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_DEFAULTS */ .R[ReleaseLineInput.releaseType], ReleaseLineInput.releaseType);
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
/* harmony import */ var _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8389);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15);



/**
 * The templates action.yml gives `branch-pattern` and `hotfix-branch-pattern` (generated into
 * base/input-defaults.ts), for callers that read no input.
 */
const DEFAULT_RELEASE_BRANCH_PATTERNS = Object.freeze(splitTemplates(_base_input_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARED_DEFAULTS */ .R['branch-pattern']) ?? []);
const DEFAULT_HOTFIX_BRANCH_PATTERNS = Object.freeze(splitTemplates(_base_input_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARED_DEFAULTS */ .R['hotfix-branch-pattern']) ?? []);
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
        if (middle !== undefined && (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .fitsForm */ .rk)(middle, template.form)) {
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
    const bare = (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersionInput */ .gX)(version);
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .fitsForm */ .rk)(bare, template.form)) {
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
    const diagnosis = (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnoseVersion */ .B7)(middle, template.form);
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
/* harmony export */   O6: () => (/* binding */ stableVersionNumbers),
/* harmony export */   O9: () => (/* binding */ isReleaseVersion),
/* harmony export */   Qg: () => (/* binding */ isStableVersion),
/* harmony export */   W7: () => (/* binding */ olderThan),
/* harmony export */   Y0: () => (/* binding */ compareVersionNumbers),
/* harmony export */   cP: () => (/* binding */ checkPrereleaseId),
/* harmony export */   gX: () => (/* binding */ parseVersionInput),
/* harmony export */   rk: () => (/* binding */ fitsForm),
/* harmony export */   yU: () => (/* binding */ nextVersion),
/* harmony export */   zD: () => (/* binding */ releaseTagName)
/* harmony export */ });
/* harmony import */ var _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8389);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);


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
    return stableVersionNumbers(value) !== undefined;
}
/**
 * The numbers of a stable X.Y.Z, or undefined when `value` is none: what a sort of release tags
 * compares, parsed once per tag rather than once per comparison.
 */
function stableVersionNumbers(value) {
    return STABLE_VERSION.test(value) ? versionNumbers(value) : undefined;
}
/** The order of major, minor, patch: negative when `a` comes first, as a sort compares. */
function compareVersionNumbers(a, b) {
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
/**
 * Whether a stable X.Y.Z comes before `version` (a release version, pre-release allowed) in
 * semver's order: its numbers are lower, since a stable version sorts after the pre-releases of its
 * own numbers. `version` is read once, for a test made of every release tag.
 */
function olderThan(version) {
    const target = versionNumbers(version);
    if (!target)
        throw new Error(`olderThan: '${version}' is not a release version`);
    return (stable) => {
        const numbers = stableVersionNumbers(stable);
        if (!numbers)
            return false;
        return compareVersionNumbers(numbers, target) < 0;
    };
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
function releaseTagName(version, prefix = _base_input_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SHARED_DEFAULTS */ .R['tag-prefix']) {
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
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The latest version ${latest} is not X.Y.Z, so no next version.`);
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
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input \`${input}\` is \`${value}\`, which is not a release version: ${diagnosis.reason}${fix}. ` +
        'Write X.Y.Z, e.g. 1.3.0 (a leading v is accepted; a pre-release like 1.3.0-rc.1 is allowed).', { input });
}
/**
 * A `prerelease-id` (the `rc` of 1.3.0-rc.1): letters, digits and hyphens, not digits alone
 * (1.3.0-1.1 would read as a number, not a name). Anything else is a ConfigurationError naming
 * the input.
 */
function checkPrereleaseId(id, input = 'prerelease-id') {
    if (/^[0-9A-Za-z-]+$/.test(id) && !/^\d+$/.test(id))
        return id;
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' is '${id}'; use an identifier such as rc, beta or alpha.`, { input });
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
//# sourceMappingURL=7656.index.js.map