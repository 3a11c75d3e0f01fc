"use strict";
exports.id = 4804;
exports.ids = [4804];
exports.modules = {

/***/ 4804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2841);
/* harmony import */ var _packages_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3913);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7483);
/** update-changelog: inputs -> packages/release/update-changelog (or rebuild) -> outputs and summary. */





async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)('update-changelog', async () => {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)();
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        const git = await (0,_packages_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__/* .openCheckout */ .H)(inputs, _packages_action_kit_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsLogger */ .M);
        // The work (history, changelog, commit) loads only now that inputs and checkout are good.
        const { updateChangelogStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(4360), __webpack_require__.e(9314), __webpack_require__.e(2397), __webpack_require__.e(294)]).then(__webpack_require__.bind(__webpack_require__, 294));
        await updateChangelogStep(inputs, context, git);
    });
}


/***/ }),

/***/ 7483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output)
/* harmony export */ });
/* unused harmony exports Input, MODES */
/* harmony import */ var _packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2410);
/* harmony import */ var _packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8540);
/* harmony import */ var _packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9657);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1811);
/* harmony import */ var _packages_changelog_classify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6421);
/* harmony import */ var _packages_changelog_grammar_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3770);
/* harmony import */ var _packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7656);









const Input = {
    version: 'version',
    path: 'path',
    date: 'date',
    fromRef: 'from-ref',
    mode: 'mode',
    issueUrl: 'issue-url',
    issuePattern: 'issue-pattern',
    groupPatterns: 'group-patterns',
    skipPattern: 'skip-pattern',
    unclassified: 'unclassified',
    commit: 'commit',
    push: 'push',
    commitMessage: 'commit-message'
};
const Output = {
    version: 'version',
    releaseNotes: 'release-notes',
    releaseNotesFile: 'release-notes-file',
    result: 'result'
};
const MODES = ['update', 'rebuild'];
function readInputs(now = new Date()) {
    const commit = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBooleanInput */ .Vt)(Input.commit, true);
    const date = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.date) ?? now.toISOString().slice(0, 10);
    if (!(0,_packages_changelog_grammar_js__WEBPACK_IMPORTED_MODULE_7__/* .isIsoDate */ .s6)(date)) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input '${Input.date}' is '${date}', which is not an ISO date; write it as YYYY-MM-DD (e.g. 2026-11-23).`, { input: Input.date });
    }
    const issueUrl = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.issueUrl);
    if (issueUrl && !issueUrl.includes('{key}')) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input '${Input.issueUrl}' has no {key}, where each ticket's key goes; e.g. https://jira.example.com/browse/{key}.`, { input: Input.issueUrl });
    }
    if (issueUrl && !/^https?:\/\/\S+$/.test(issueUrl)) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input '${Input.issueUrl}' is '${issueUrl}', which is not an http(s) URL; e.g. https://jira.example.com/browse/{key}.`, { input: Input.issueUrl });
    }
    const unclassified = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.unclassified) ?? 'skip';
    const group = unclassified.toLowerCase() === 'skip' ? undefined : (0,_packages_changelog_classify_js__WEBPACK_IMPORTED_MODULE_6__/* .parseChangeGroup */ .Xk)(unclassified);
    if (unclassified.toLowerCase() !== 'skip' && !group) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input '${Input.unclassified}' must be skip or one of Added, Changed, Deprecated, Removed, Fixed, Security, not '${unclassified}'.`, { input: Input.unclassified });
    }
    const skip = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.skipPattern);
    const common = (0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_3__/* .readCommonInputs */ .di)();
    return {
        ...common,
        commitVia: (0,_packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommitViaInput */ .wF)(),
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.version),
        path: (0,_packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_1__/* .getFileInput */ .LS)(Input.path, 'CHANGELOG.md', common.workingDirectory),
        date,
        fromRef: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_2__/* .getRevisionInput */ .wS)(Input.fromRef),
        mode: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getEnumInput */ .iv)(Input.mode, MODES, 'update'),
        issueUrl,
        issuePattern: (0,_packages_changelog_classify_js__WEBPACK_IMPORTED_MODULE_6__/* .compilePattern */ .Eb)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.issuePattern) ?? _packages_changelog_grammar_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_ISSUE_PATTERN */ .vK, Input.issuePattern, ''),
        rules: (0,_packages_changelog_classify_js__WEBPACK_IMPORTED_MODULE_6__/* .parseClassificationRules */ .NZ)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getListInput */ .DF)(Input.groupPatterns, /\r?\n/), Input.groupPatterns),
        skip: skip ? [(0,_packages_changelog_classify_js__WEBPACK_IMPORTED_MODULE_6__/* .compilePattern */ .Eb)(skip, Input.skipPattern)] : [],
        unclassified: group,
        commit,
        push: commit && (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBooleanInput */ .Vt)(Input.push, true),
        commitMessage: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.commitMessage) ?? 'Update CHANGELOG for {version}',
        ...(0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .readReleaseLineInputs */ .$n)()
    };
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


/***/ })

};
;
//# sourceMappingURL=4804.index.js.map