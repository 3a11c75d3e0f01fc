"use strict";
exports.id = 3094;
exports.ids = [3094];
exports.modules = {

/***/ 4233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runIntegrationStep: () => (/* binding */ runIntegrationStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/base/shown.ts
var shown = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/shell/command.ts
var command = __webpack_require__(5602);
;// CONCATENATED MODULE: ./packages/integration/glob.ts
/**
 * The few glob forms report paths need (`reports/*.xml`, `**\/TEST-*.xml`, `{unit,it}/*.xml`),
 * matched against a walk of the directory: Node 20 has no fs.glob.
 */


const SPECIAL = /[*?{[]/;
/** A RegExp for a glob over `/`-separated relative paths: `*`, `?`, `**`, `{a,b}`, `[abc]`. */
function globToRegExp(pattern) {
    let source = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '*') {
            if (pattern[i + 1] === '*') {
                const slashAfter = pattern[i + 2] === '/';
                const atSegmentStart = i === 0 || pattern[i - 1] === '/';
                if (atSegmentStart && (slashAfter || i + 2 === pattern.length)) {
                    // `**/` is any number of whole directories, a trailing `**` anything below.
                    source += slashAfter ? '(?:[^/]+/)*' : '.*';
                    i += slashAfter ? 2 : 1;
                    continue;
                }
            }
            source += '[^/]*';
        }
        else if (char === '?')
            source += '[^/]';
        else if (char === '{') {
            braces++;
            source += '(?:';
        }
        else if (char === '}' && braces > 0) {
            braces--;
            source += ')';
        }
        else if (char === ',' && braces > 0)
            source += '|';
        else if (char === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                source += '\\[';
            else {
                const body = pattern
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                source += `[${body}]`;
                i = end;
            }
        }
        else
            source += char.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
/**
 * Files under `root` matching any of the patterns (relative to root, or absolute), sorted,
 * without duplicates. `.git` is never walked, `node_modules` only when a pattern names it.
 */
function findFiles(root, patterns) {
    const found = new Set();
    for (const raw of patterns) {
        const pattern = raw.replace(/\\/g, '/').replace(/^\.\//, '');
        const segments = pattern.split('/');
        const literal = [];
        while (segments.length > 1 && !SPECIAL.test(segments[0]))
            literal.push(segments.shift());
        const base = (0,external_node_path_.isAbsolute)(pattern) ? '/' + literal.join('/') : (0,external_node_path_.join)(root, ...literal);
        const matcher = globToRegExp(segments.join('/'));
        const walkModules = pattern.includes('node_modules');
        for (const file of walk(base, walkModules)) {
            const rel = (0,external_node_path_.relative)(base, file).split(external_node_path_.sep).join('/');
            if (matcher.test(rel))
                found.add(file);
        }
    }
    return [...found].sort();
}
function* walk(dir, walkModules) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name === '.git' || (entry.name === 'node_modules' && !walkModules))
                continue;
            yield* walk(path, walkModules);
        }
        else if (entry.isFile())
            yield path;
    }
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
;// CONCATENATED MODULE: ./packages/integration/junit.ts
/**
 * JUnit XML as pytest (`--junitxml`, xunit1 and xunit2), jest-junit and Maven Surefire /
 * Gradle (JUnit 5) write it, read with a real XML parser into one list of test cases.
 */


const ARRAYS = new Set([
    'testsuite',
    'testcase',
    'failure',
    'error',
    'skipped',
    'flakyFailure',
    'flakyError'
]);
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    // Numeric character references (&#10; in pytest's messages) are decoded only with this on.
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name)
});
/**
 * The test cases of one report. `file` is the report's path as the user would see it, used
 * in the error when the text is not JUnit XML.
 */
function parseJUnit(xml, file) {
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true) {
        throw new errors/* ConfigurationError */.j1(`${file} is not XML (line ${valid.err.line}: ${valid.err.msg}); point 'junit' at the JUnit XML reports.`, { locations: [{ file, line: valid.err.line }] });
    }
    const document = parser.parse(xml);
    const roots = suitesOf(document.testsuites, document);
    if (roots.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${file} is XML but not a JUnit report (no <testsuites> or <testsuite> root).`, { locations: [{ file }] });
    }
    const cases = [];
    const visit = (suite) => {
        const suiteName = attribute(suite, 'name') ?? '';
        for (const testcase of asNodes(suite.testcase))
            cases.push(readCase(testcase, suiteName));
        for (const child of asNodes(suite.testsuite))
            visit(child);
    };
    roots.forEach(visit);
    return cases;
}
function suitesOf(testsuites, document) {
    if (testsuites !== undefined)
        return asNodes(asNode(testsuites).testsuite);
    return asNodes(document.testsuite);
}
function readCase(node, suite) {
    const name = attribute(node, 'name') ?? '(unnamed)';
    const classname = attribute(node, 'classname') ?? '';
    const problem = [...asNodes(node.failure), ...asNodes(node.error)][0];
    const skipped = node.skipped !== undefined;
    const base = {
        id: classname && classname !== name ? `${classname}::${name}` : name,
        name,
        classname,
        suite,
        file: attribute(node, 'file') ?? attribute(node, 'filepath'),
        line: lineOf(attribute(node, 'line'), suite),
        flaky: node.flakyFailure !== undefined || node.flakyError !== undefined
    };
    if (problem) {
        const details = junit_text(problem)?.trim();
        const message = attribute(problem, 'message')?.trim() || details?.split('\n')[0];
        return { ...base, status: 'failed', message, details };
    }
    if (skipped) {
        const skip = asNodes(node.skipped)[0];
        return { ...base, status: 'skipped', message: skip ? attribute(skip, 'message') : undefined };
    }
    return { ...base, status: 'passed' };
}
/** pytest (xunit1) writes 0-based lines; every other tool 1-based. */
function lineOf(value, suite) {
    if (value === undefined || !/^\d+$/.test(value))
        return undefined;
    const line = Number(value) + (suite === 'pytest' ? 1 : 0);
    return line > 0 ? line : undefined;
}
/** An element as a node; a text-only element (`<failure>trace</failure>`) parses to its text. */
function asNode(value) {
    if (typeof value === 'string')
        return { '#text': value };
    return typeof value === 'object' && value !== null ? value : {};
}
/** The nodes of a repeated element; an empty element (`<skipped/>`) parses to ''. */
function asNodes(value) {
    if (value === undefined)
        return [];
    return (Array.isArray(value) ? value : [value]).map(asNode);
}
function attribute(node, name) {
    const value = node[`@_${name}`];
    return typeof value === 'string' ? value : undefined;
}
function junit_text(node) {
    const value = node['#text'];
    if (typeof value === 'string')
        return value;
    // Surefire nests the trace of a rerun in <stackTrace>.
    const nested = node.stackTrace;
    return typeof nested === 'string' ? nested : undefined;
}
/** Counts by status. */
function countCases(cases) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const c of cases)
        counts[c.status] += 1;
    return counts;
}

;// CONCATENATED MODULE: ./packages/integration/locate.ts
/**
 * Where a failed test sits in the repository, for an `::error file=,line=` annotation: from
 * the report's attributes, else from the failure's traceback (pytest), stack (Node) or frames
 * (Java). Paths come back relative to the working directory.
 */


const PYTEST_ENTRY = /^(\S+?\.py):(\d+):(?: |$)/gm;
const NODE_FRAME = /(?:\(|at )((?:\/|[A-Za-z]:\\|\.{0,2}\/?)[^\s()]*?\.[cm]?[jt]sx?):(\d+):\d+\)?/g;
const JAVA_FRAME = /at ([\w$.]+)\.[\w$<>]+\(([\w$]+\.(?:java|kt|groovy|scala)):(\d+)\)/g;
const JAVA_SOURCE_ROOTS = [
    'src/test/java',
    'src/it/java',
    'src/integrationTest/java',
    'src/test/kotlin'
];
/** The test's file and line, when the report lets us know them. */
function locateTest(test, workingDirectory) {
    if (test.file) {
        const file = inRepository(test.file, workingDirectory, !(0,external_node_path_.isAbsolute)(test.file));
        if (file)
            return { file, line: test.line ?? lineIn(test.details, test.file) };
    }
    const details = test.details ?? '';
    for (const match of details.matchAll(PYTEST_ENTRY)) {
        if (match[1].includes('site-packages'))
            continue;
        const file = inRepository(match[1], workingDirectory, true);
        if (file)
            return { file, line: Number(match[2]) };
    }
    for (const match of details.matchAll(NODE_FRAME)) {
        if (match[1].includes('node_modules') || match[1].startsWith('node:'))
            continue;
        const file = inRepository(match[1], workingDirectory, false);
        if (file)
            return { file, line: Number(match[2]) };
    }
    for (const match of details.matchAll(JAVA_FRAME)) {
        const className = match[1].split('$')[0];
        if (className !== test.classname)
            continue;
        const path = `${className.split('.').slice(0, -1).join('/')}/${match[2]}`;
        const root = JAVA_SOURCE_ROOTS.find((r) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(workingDirectory, r, path)));
        if (root)
            return { file: `${root}/${path}`, line: Number(match[3]) };
    }
    return undefined;
}
/**
 * The path relative to the working directory: as given when relative (`trusted`) or when it
 * exists there; an absolute path under the working directory made relative; one from another
 * machine (a container's /app/...) mapped by its longest suffix that exists here.
 */
function inRepository(path, workingDirectory, trusted) {
    const normal = path.replace(/\\/g, '/');
    if (!(0,external_node_path_.isAbsolute)(normal)) {
        const clean = normal.replace(/^\.\//, '');
        return trusted || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(workingDirectory, clean)) ? clean : undefined;
    }
    const rel = (0,external_node_path_.relative)(workingDirectory, normal);
    if (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
        return rel.split(external_node_path_.sep).join('/');
    const segments = normal.split('/').filter(Boolean);
    for (let i = 1; i < segments.length; i++) {
        const suffix = segments.slice(i).join('/');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(workingDirectory, suffix)))
            return suffix;
    }
    return undefined;
}
function lineIn(details, file) {
    if (!details)
        return undefined;
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`${escaped}:(\\d+)`).exec(details);
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./packages/integration/suite.ts
/**
 * The integration suite against a deployed environment: the user's command (retried for a
 * suite known to be flaky), its JUnit reports read after each attempt, and the verdict that
 * gates production: any failed test fails the run, whatever the command's exit code.
 */








/** File modification times are coarser than the clock: a report may look this much older. */
const MTIME_SLACK_MS = 1000;
/** Runs the suite up to 1 + retries times, until an attempt passes. */
async function runSuite(plan, deps) {
    const attempts = [];
    for (let number = 1; number <= plan.retries + 1; number++) {
        const started = Date.now();
        const outcome = await deps.runCommand(`Integration suite, attempt ${number} of ${plan.retries + 1}`, {
            command: plan.command,
            cwd: plan.workingDirectory,
            env: plan.env,
            timeoutMs: plan.timeoutMs
        });
        const attempt = judge(plan, number, outcome, started);
        attempts.push(attempt);
        deps.log.info(`Attempt ${number}: ${attempt.commandDescription}; ${attempt.counts.passed} passed, ` +
            `${attempt.counts.failed} failed, ${attempt.counts.skipped} skipped` +
            (attempt.reportError ? `; ${attempt.reportError.message}` : ''));
        if (attempt.passed)
            break;
    }
    const final = attempts[attempts.length - 1];
    const flaky = flakyTests(attempts);
    return {
        result: final.passed ? 'success' : 'failure',
        attempts,
        final,
        flaky,
        failure: final.passed ? undefined : failureLine(final, attempts.length)
    };
}
function judge(plan, number, outcome, started) {
    const commandDescription = (0,command/* describeOutcome */.SS)("The suite command (input 'run')", outcome, plan.timeoutMs);
    const attempt = {
        number,
        outcome,
        commandDescription,
        counts: { passed: 0, failed: 0, skipped: 0 },
        reports: [],
        failed: [],
        flakyInReport: [],
        passed: false
    };
    let cases = [];
    if (plan.junit.length > 0) {
        try {
            const read = readReports(plan, started);
            cases = read.cases;
            attempt.reports = read.reports;
        }
        catch (error) {
            attempt.reportError =
                error instanceof errors/* ConfigurationError */.j1 ? error : new errors/* ConfigurationError */.j1((0,errors/* errorMessage */.gJ)(error));
        }
    }
    attempt.counts = countCases(cases);
    if (plan.junit.length > 0 && !attempt.reportError) {
        attempt.reportError = nothingRan(attempt.counts, attempt.reports);
    }
    attempt.failed = cases
        .filter((c) => c.status === 'failed')
        .map((c) => ({ ...c, location: locateTest(c, plan.workingDirectory) }));
    attempt.passed = outcome.exitCode === 0 && !attempt.reportError && attempt.failed.length === 0;
    // Surefire's own reruns, marked in the report.
    attempt.flakyInReport = cases.filter((c) => c.flaky && c.status === 'passed').map((c) => c.id);
    return attempt;
}
/** The reports this attempt wrote; a report left from before it is ignored, not judged. */
function readReports(plan, started) {
    const files = findFiles(plan.workingDirectory, plan.junit);
    const fresh = files.filter((f) => (0,external_node_fs_.statSync)(f).mtimeMs >= started - MTIME_SLACK_MS);
    if (fresh.length === 0) {
        const stale = files.length > 0 ? ` (${files.length} older file(s) ignored)` : '';
        throw new errors/* ConfigurationError */.j1(`No JUnit report matching ${plan.junit.map((p) => (0,shown/* shown */.S)(p)).join(', ')} (input 'junit') was written by the suite${stale}; ` +
            "check the suite's report option (pytest --junitxml, jest-junit, Surefire) and the 'junit' input.");
    }
    const reports = fresh.map((f) => (0,external_node_path_.relative)(plan.workingDirectory, f));
    const cases = fresh.flatMap((f, i) => parseJUnit((0,external_node_fs_.readFileSync)(f, 'utf8'), reports[i]));
    return { reports, cases };
}
/**
 * A suite that ran no test proves nothing about the environment: a report with no test case,
 * or only skipped ones, fails the gate instead of passing it.
 */
function nothingRan(counts, reports) {
    if (counts.passed + counts.failed > 0)
        return undefined;
    const only = counts.skipped > 0 ? `only ${counts.skipped} skipped test(s)` : 'no test case';
    return new errors/* ConfigurationError */.j1(`The suite ran 0 tests: ${reports.map((r) => `'${r}'`).join(', ')} list ${only}; ` +
        "check the suite's test selection (paths, markers, -k) and that it reaches the environment.");
}
function flakyTests(attempts) {
    const final = attempts[attempts.length - 1];
    const flaky = new Set(final.flakyInReport);
    if (final.passed) {
        for (const earlier of attempts.slice(0, -1))
            for (const f of earlier.failed)
                flaky.add(f.id);
    }
    return [...flaky].sort();
}
function failureLine(final, attempts) {
    const after = attempts > 1 ? ` after ${attempts} attempts` : '';
    if (final.failed.length > 0) {
        const exit = final.outcome.exitCode === 0 ? ' (the command exited 0)' : '';
        return `${final.failed.length} test(s) failed${after}${exit}`;
    }
    const reasons = [
        final.outcome.exitCode === 0 ? undefined : final.commandDescription,
        final.reportError?.message
    ].filter((r) => r !== undefined);
    return `${reasons.map((r) => r.replace(/\.$/, '')).join('; ')}${after}`;
}

// EXTERNAL MODULE: ./packages/shell/grouped.ts
var grouped = __webpack_require__(6405);
// EXTERNAL MODULE: ./actions/run-integration/src/inputs.ts
var src_inputs = __webpack_require__(8585);
// EXTERNAL MODULE: ./packages/base/duration.ts
var duration = __webpack_require__(9492);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/run-integration/src/summary.ts


/** Attempts, failures with their messages, and the flaky tests. */
function integrationSummary(inputs, suite) {
    const { final } = suite;
    const target = inputs.environmentUrl ? ` against ${inputs.environmentUrl}` : '';
    const counts = `${final.counts.passed} passed, ${final.counts.failed} failed, ${final.counts.skipped} skipped`;
    const detail = suite.result === 'success'
        ? `Integration suite${target}: ${counts}.`
        : `Integration suite${target} failed: ${suite.failure ?? ''}. ${counts}.`;
    let body = (0,summary/* resultLine */.ow)('run-integration', suite.result, detail);
    body += (0,summary/* table */.tp)(['Attempt', 'Command', 'Passed', 'Failed', 'Skipped', 'Reports', 'Took'], suite.attempts.map((a) => [
        a.number,
        a.commandDescription,
        a.counts.passed,
        a.counts.failed,
        a.counts.skipped,
        a.reportError ? a.reportError.message : a.reports.join(', ') || '—',
        (0,duration/* formatDuration */.a3)(a.outcome.durationMs)
    ]));
    if (final.failed.length > 0) {
        body += `\n${(0,summary/* heading */.R_)('Failed tests', 4)}\n`;
        body += (0,summary/* table */.tp)(['Test', 'Where', 'Message'], final.failed.map((t) => [
            t.id,
            t.location ? `${t.location.file}${t.location.line ? `:${t.location.line}` : ''}` : '',
            firstLines(t.message ?? '', 3)
        ]));
    }
    if (suite.flaky.length > 0) {
        body += `\n${(0,summary/* heading */.R_)('Flaky tests (passed only on a retry)', 4)}\n`;
        body += suite.flaky.map((id) => `- ${id}`).join('\n') + '\n';
    }
    if (final.outcome.exitCode !== 0 && final.failed.length === 0 && final.outcome.tail.trim()) {
        const tail = final.outcome.tail.trim().split('\n').slice(-20).join('\n');
        body += `\nLast output of the suite:\n\n${(0,summary/* codeBlock */.DV)(tail)}`;
    }
    return body;
}
function dryRunSummary(inputs) {
    return (0,summary/* resultLine */.ow)('run-integration', 'dry-run', `Would run \`${inputs.run}\`${inputs.environmentUrl ? ` against ${inputs.environmentUrl}` : ''} with ${inputs.retries} retries; nothing ran.`);
}
function firstLines(text, count) {
    const lines = text.trim().split('\n');
    return lines.slice(0, count).join('\n') + (lines.length > count ? '\n…' : '');
}

;// CONCATENATED MODULE: ./actions/run-integration/src/step.ts








/** GitHub shows a handful of annotations per step; more only add noise to the log. */
const MAX_TEST_ANNOTATIONS = 50;
async function runIntegrationStep(inputs, context) {
    if (inputs.dryRun) {
        (0,core/* info */.pq)(`Dry run: would run the integration suite: ${inputs.run}`);
        await (0,run/* setOutputs */.n0)({ [src_inputs/* Output */.k7.result]: 'dry-run' });
        await (0,core/* appendSummary */.fe)(dryRunSummary(inputs));
        return;
    }
    const env = {};
    if (inputs.environmentUrl)
        env.ENVIRONMENT_URL = inputs.environmentUrl;
    if (inputs.version)
        env.DEPLOY_VERSION = inputs.version;
    const suite = await runSuite({
        command: inputs.run,
        workingDirectory: inputs.workingDirectory,
        env,
        junit: inputs.junit,
        retries: inputs.retries,
        timeoutMs: inputs.timeoutMs
    }, { runCommand: grouped/* runGrouped */.C, log: logger/* actionsLogger */.M });
    const { final } = suite;
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.passed]: final.counts.passed,
        [src_inputs/* Output */.k7.failed]: final.counts.failed,
        [src_inputs/* Output */.k7.skipped]: final.counts.skipped,
        [src_inputs/* Output */.k7.flaky]: JSON.stringify(suite.flaky),
        [src_inputs/* Output */.k7.attempts]: suite.attempts.length,
        [src_inputs/* Output */.k7.result]: suite.result
    });
    // Annotation paths are relative to the repository root, not the working directory.
    const fromRoot = (file) => (0,external_node_path_.relative)(context.workspace, (0,external_node_path_.resolve)(inputs.workingDirectory, file));
    for (const test of final.failed.slice(0, MAX_TEST_ANNOTATIONS)) {
        const location = test.location && { ...test.location, file: fromRoot(test.location.file) };
        (0,core/* error */.z3)(test.message ?? 'failed', location, `Failed: ${test.id}`);
    }
    // A report at fault gets its own annotation on the file; without a file, the one error
    // below says it.
    const [reportAt] = final.reportError?.locations ?? [];
    if (final.reportError && reportAt) {
        (0,core/* error */.z3)(final.reportError.message, { ...reportAt, file: fromRoot(reportAt.file) });
    }
    if (suite.flaky.length > 0)
        (0,core/* info */.pq)(`Flaky (passed only on a retry): ${suite.flaky.join(', ')}`);
    await (0,core/* appendSummary */.fe)(integrationSummary(inputs, suite));
    if (suite.result === 'failure') {
        (0,core/* error */.z3)(`Integration suite failed: ${suite.failure ?? ''}. The pipeline stops before production.`, undefined, 'run-integration: failure');
        (0,core/* markFailed */.ZY)();
    }
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionsLogger)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);

/** The Logger of an action: the runner's log, warnings as annotations, debug lines. */
const actionsLogger = {
    info: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    debug: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message)
};


/***/ }),

/***/ 5602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ runShell),
/* harmony export */   SS: () => (/* binding */ describeOutcome)
/* harmony export */ });
/* unused harmony exports COMMAND_NOT_FOUND, commandEnvironment */
/* harmony import */ var _base_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9492);
/**
 * Runs a user's shell command (a deploy script, a test suite, a rollback) the way a workflow
 * `run:` step would: `bash -e -o pipefail -c`, values through the environment (never spliced
 * into the command text), output streamed as it comes, and a timeout that ends the whole
 * process group, not only bash.
 */

const COMMAND_NOT_FOUND = 127;
const KILL_GRACE_MS = 2000;
const TAIL_CHARS = 2000;
/** Runs the command to its end (or its timeout); never throws for a failing command. */
async function runShell(options) {
    const started = Date.now();
    // Loaded here, not at the action's start: an action that stops at a bad input never pays for it.
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    return new Promise((resolve, reject) => {
        const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', options.command], {
            cwd: options.cwd,
            env: { ...commandEnvironment(process.env), ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own process group, so a timeout reaches every process the command started.
            detached: true
        });
        let tail = '';
        let timedOut = false;
        const take = (chunk) => {
            const text = chunk.toString();
            tail = (tail + text).slice(-TAIL_CHARS);
            options.onOutput?.(text);
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        const killGroup = (signal) => {
            try {
                if (child.pid)
                    process.kill(-child.pid, signal);
            }
            catch {
                // The group is already gone.
            }
        };
        let killTimer;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                killGroup('SIGTERM');
                killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
            }, options.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            // Children left behind in the group (a backgrounded server) end with the command.
            if (timedOut)
                killGroup('SIGKILL');
            resolve({
                exitCode: code ?? undefined,
                signal: signal ?? undefined,
                timedOut,
                durationMs: Date.now() - started,
                tail
            });
        });
    });
}
/**
 * The action's environment as a user's command gets it: without the action's inputs
 * (`INPUT_*`, among them the token and every secret input), as a workflow `run:` step has none.
 */
function commandEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)));
}
/** Says how a command ended, in words a user acts on. */
function describeOutcome(what, outcome, timeoutMs) {
    if (outcome.timedOut)
        return `${what} did not finish within ${(0,_base_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs ?? 0)} and was stopped`;
    if (outcome.exitCode === 0)
        return `${what} succeeded`;
    if (outcome.exitCode === COMMAND_NOT_FOUND) {
        const missing = /(?:^|\n)(?:bash: )?(?:line \d+: )?([^\n:]+): command not found/.exec(outcome.tail);
        const name = missing?.[1].trim();
        // A name as long as a pasted blob is cut, never echoed whole.
        const cut = name && name.length > 80 ? `${name.slice(0, 80)}… (${name.length} characters)` : name;
        return `${what} exited with 127: command not found${cut ? ` (${cut})` : ''}`;
    }
    if (outcome.exitCode === undefined)
        return `${what} was killed by ${outcome.signal ?? 'a signal'}`;
    return `${what} exited with ${outcome.exitCode}`;
}


/***/ }),

/***/ 6405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runGrouped)
/* harmony export */ });
/* harmony import */ var _action_kit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5602);
/** The runner-side face of runShell: each command's output streamed inside a log group. */


/** Runs the command inside `::group::<name>`, its output passed straight to the job log. */
function runGrouped(name, command) {
    return (0,_action_kit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os)(name, () => (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runShell */ .E5)({ ...command, onOutput: (chunk) => process.stdout.write(chunk) }));
}


/***/ })

};
;
//# sourceMappingURL=3094.index.js.map