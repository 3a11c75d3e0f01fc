/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 5453:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  ZY: () => (/* binding */ markFailed),
  lm: () => (/* binding */ notice),
  R5: () => (/* binding */ readInput),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: redact, setFailed

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: ./packages/action-kit/workflow-commands.ts
/**
 * The runner's protocol as GitHub documents it ("Workflow commands for GitHub Actions"), as text:
 * `::name key=value,...::data` lines on stdout and `name<<DELIMITER` blocks in the files the
 * runner names (`$GITHUB_OUTPUT`). Escaping is the runner's (and @actions/core's): `%`, CR and
 * LF in data; also `:` and `,` in property values. Pure: core.ts does the writing.
 *
 * Why not @actions/core's functions: its only public entry loads its OIDC client and with it
 * undici (~470 kB), which doubled every action's cold start (npm run bench bundle), and its
 * protocol modules are private files that any release may move.
 */
/** A value as the runner reads it: strings as they are, nothing as '', anything else as JSON. */
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string' || value instanceof String)
        return value;
    return JSON.stringify(value);
}
function escapeData(value) {
    return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** The runner's names for an annotation's properties, in the order @actions/core writes them. */
function commandProperties(properties) {
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn
    };
}
/** One workflow command line (without its line end); empty properties are left out. */
function formatCommand(name, properties, data) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(data)}`;
}
/**
 * A `name<<DELIMITER` block for `$GITHUB_OUTPUT`. The runner ends the block at the first line
 * that is the delimiter, so a block whose delimiter occurs nowhere in the name or the value
 * cannot be ended early, and the value cannot write an output of its own. The delimiter is
 * `ghadelimiter_` and random hex digits, drawn again while the name or the value holds it: that
 * check makes it safe, not the digits being unguessable, so `Math.random` serves where
 * @actions/core takes `crypto.randomUUID()` (loading node's crypto cost 2-3 ms in an action that
 * needs it for nothing else) and throws on a collision where this draws again.
 */
function formatKeyValue(name, value, eol) {
    const text = commandValue(value);
    let delimiter = randomDelimiter();
    while (name.includes(delimiter) || text.includes(delimiter))
        delimiter = randomDelimiter();
    return `${name}<<${delimiter}${eol}${text}${eol}${delimiter}`;
}
function randomDelimiter() {
    const digits = () => Math.floor(Math.random() * 2 ** 52)
        .toString(16)
        .padStart(13, '0');
    return `ghadelimiter_${digits()}${digits()}${digits()}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/core.ts
/**
 * The one place that speaks to the runner. Everything else in the suite goes through these
 * functions, so the runner protocol (inputs, outputs, annotations, summary, masking) is used the
 * same way everywhere and tests can assert on exactly what it writes. The protocol's text is
 * workflow-commands.ts; this module writes it (stdout, `$GITHUB_OUTPUT`, the job summary).
 */




/** Writes one line to stdout, where the runner reads workflow commands and the log. */
function writeLine(line) {
    process.stdout.write(line + external_node_os_namespaceObject.EOL);
}
function issueCommand(name, properties, data) {
    writeLine(formatCommand(name, properties, data));
}
/** The raw value of an input (`INPUT_<NAME>`, as the runner names it), trimmed. */
function readInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** `$GITHUB_OUTPUT` under a runner; the legacy `::set-output` command outside one. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (file) {
        (0,external_node_fs_.appendFileSync)(file, formatKeyValue(name, value, external_node_os_namespaceObject.EOL) + external_node_os_namespaceObject.EOL, { encoding: 'utf8' });
    }
    else {
        process.stdout.write(external_node_os_namespaceObject.EOL);
        issueCommand('set-output', { name }, String(value));
    }
}
/** Every value masked so far, longest first when replaced. */
const secrets = new Set();
/**
 * Masks a value in every later log line: the runner's `::add-mask::`, and our own redaction
 * of everything this module writes (annotations, log, job summary), which the runner does not
 * mask in every place (the summary file) and which keeps the test kit's view honest.
 */
function setSecret(value) {
    if (!value)
        return;
    secrets.add(value);
    issueCommand('add-mask', {}, value);
}
/** Masked values shorter than this are left to the runner: replacing them would garble text. */
const REDACT_MIN = 4;
/** The text with every masked value (of REDACT_MIN characters or more) replaced by `***`. */
function redact(text) {
    if (secrets.size === 0)
        return text;
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret.length < REDACT_MIN)
            continue;
        out = out.split(secret).join('***');
    }
    return out;
}
/**
 * A line the runner would read as a workflow command: `::name::` after leading blanks, or the
 * legacy `##[name]` anywhere in it.
 */
const COMMAND_LIKE = /(?:^|[\r\n])[^\S\r\n]*::|##\[/;
/**
 * Writes a log line. A message that would start a workflow command (a version or a server's
 * answer holding `\n::error::`, `::add-mask::`, `::set-output`) is written between
 * `::stop-commands::` and its unguessable end token, so the runner prints it and runs nothing.
 */
function info(text) {
    const message = redact(text);
    if (!COMMAND_LIKE.test(message)) {
        writeLine(message);
        return;
    }
    const token = globalThis.crypto.randomUUID();
    writeLine(`::stop-commands::${token}${external_node_os_namespaceObject.EOL}${message}${external_node_os_namespaceObject.EOL}::${token}::`);
}
function debug(message) {
    issueCommand('debug', {}, redact(message));
}
function warning(message, location) {
    issueCommand('warning', commandProperties(annotationProperties(location)), redact(message));
}
function notice(message) {
    issueCommand('notice', {}, redact(message));
}
function error(message, location, title) {
    issueCommand('error', commandProperties({ ...annotationProperties(location), title }), redact(message));
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function markFailed() {
    process.exitCode = 1;
}
async function group(name, fn) {
    issueCommand('group', {}, redact(name));
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', {}, '');
    }
}
/** Appends markdown to the job summary (`$GITHUB_STEP_SUMMARY`); a no-op outside a runner. */
async function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await (0,promises_.appendFile)(process.env.GITHUB_STEP_SUMMARY, redact(markdown) + external_node_os_namespaceObject.EOL, { encoding: 'utf8' });
}
function annotationProperties(location) {
    if (!location)
        return {};
    return { file: location.file, startLine: location.line, startColumn: location.col };
}


/***/ }),

/***/ 5500:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xV: () => (/* binding */ reportFailure),
  Cs: () => (/* binding */ runAction),
  n0: () => (/* binding */ setOutputs)
});

// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __nccwpck_require__(5453);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __nccwpck_require__(4431);
// EXTERNAL MODULE: ./packages/base/round-trips.ts
var round_trips = __nccwpck_require__(9695);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = require("node:module");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = require("node:url");
;// CONCATENATED MODULE: ./packages/action-kit/stack.ts
/**
 * A bug's stack as the user reads it: each frame of the bundle named by the TypeScript file and
 * line it came from, through dist/'s source maps. Mapped only when a stack is shown, so a step
 * that succeeds never reads a map (Node's own `--enable-source-maps` reads every chunk's map as
 * the chunk loads).
 */




/** `    at fn (/x/dist/shared/1.index.js:10:5)` and `    at /x/dist/shared/1.index.js:10:5`. */
const FRAME = /^(\s+at (?:async )?(?:.*? \()?)((?:file:\/\/)?\/[^():]+\.js):(\d+):(\d+)(\)?)$/;
const maps = new Map();
function mappedStack(stack) {
    return stack
        .split('\n')
        .map((line) => {
        const frame = FRAME.exec(line);
        if (!frame)
            return line;
        const [, head, file, row, column, tail] = frame;
        const path = file.startsWith('file://') ? (0,external_node_url_namespaceObject.fileURLToPath)(file) : file;
        const map = sourceMapOf(path);
        // Node answers `{}` for a position the map does not cover.
        const entry = map?.findEntry(Number(row) - 1, Number(column) - 1);
        if (entry?.originalSource === undefined || entry.originalLine === undefined)
            return line;
        const source = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), entry.originalSource);
        return `${head}${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}${tail}`;
    })
        .join('\n');
}
/** The map beside a bundle file (`<file>.map`), read once; undefined when there is none. */
function sourceMapOf(path) {
    if (!maps.has(path)) {
        let map;
        try {
            if ((0,external_node_fs_.existsSync)(`${path}.map`))
                map = new external_node_module_namespaceObject.SourceMap(JSON.parse((0,external_node_fs_.readFileSync)(`${path}.map`, 'utf8')));
        }
        catch {
            map = undefined;
        }
        maps.set(path, map);
    }
    return maps.get(path);
}

;// CONCATENATED MODULE: ./packages/action-kit/run.ts
/**
 * The wrapper every action entry runs in: a user mistake becomes one `::error` annotation (on
 * the file at fault when there is one) and a non-zero exit; a bug says so and shows its stack.
 */




async function runAction(name, body) {
    try {
        // GitHub App inputs: mint the run's token before anything reads the `token` input (and
        // check `app-installation` also when it is given alone).
        const app = ['INPUT_APP-ID', 'INPUT_APP-PRIVATE-KEY', 'INPUT_APP-INSTALLATION'];
        if (app.some((name) => process.env[name]?.trim())) {
            const { activateAppCredentials } = await __nccwpck_require__.e(/* import() | app-credentials */ 6929).then(__nccwpck_require__.bind(__nccwpck_require__, 3528));
            await activateAppCredentials();
        }
        await body();
    }
    catch (error) {
        reportFailure(name, error);
    }
    reportRoundTrips();
}
/** The step's round trips to origin and the API, when it made any. */
function reportRoundTrips() {
    const trips = (0,round_trips/* roundTrips */.R_)();
    const any = trips.api + trips.origin['ls-remote'] + trips.origin.fetch + trips.origin.push;
    if (any > 0)
        core/* info */.pq((0,round_trips/* describeRoundTrips */.qC)(trips));
}
function reportFailure(name, error) {
    if ((0,errors/* isConfigurationError */.p0)(error)) {
        const [first] = error.locations;
        core/* error */.z3(error.message, first, `${name}: ${first ? 'invalid file' : 'configuration error'}`);
    }
    else if (error instanceof errors/* ServiceError */._7) {
        core/* error */.z3(`${name} failed: ${error.message}`);
    }
    else if (apiFault(error)) {
        core/* error */.z3(`${name} failed: ${apiFault(error)}`);
    }
    else {
        core/* error */.z3(`${name} failed unexpectedly: ${(0,errors/* errorMessage */.gJ)(error)}`);
        if (error instanceof Error && error.stack)
            core/* debug */.Yz(mappedStack(error.stack));
    }
    core/* markFailed */.ZY();
}
/**
 * Writes each output; an object so an action's outputs are named once, in one place. Writing is
 * synchronous; the promise keeps the entries' `await setOutputs(...)` unchanged.
 */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            core/* setOutput */.uH(name, value);
    }
    return Promise.resolve();
}
/**
 * A server's fault, not a bug, in words that name it: the route and the status of an API
 * answer (octokit's RequestError, or an error caused by one). Undefined for anything else.
 */
function apiFault(error) {
    for (let e = error, depth = 0; e && depth < 4; depth++) {
        // octokit reports a connection that failed as a 500 without a response: no answer came.
        if (e.status === 500 && e.request?.url && !e.response) {
            const url = e.request.url;
            return (`no answer from ${hostOf(url)} to ${e.request.method ?? ''} ${routeOf(url)}: the ` +
                `connection failed (${e.message ?? ''}), also on the retries.`);
        }
        if (typeof e.status === 'number' && e.status >= 400) {
            const route = e.request?.url
                ? ` (${e.request.method ?? ''} ${routeOf(e.request.url)} answered ${e.status})`
                : '';
            const said = (0,errors/* errorMessage */.gJ)(error);
            return e === error ? `GitHub answered ${e.status}: ${said}${route}` : `${said}${route}`;
        }
        e = e.cause;
    }
    return undefined;
}
function routeOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}


/***/ }),

/***/ 4431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A mistake the user can fix: a bad input, a malformed file, a version the policy refuses,
 * a push the server refused. Distinct from a bug (any other Error). The action turns it into
 * one `::error` annotation (pointing at `location` when a file is at fault) and exits non-zero.
 */
class ConfigurationError extends Error {
    locations;
    input;
    constructor(message, options = {}) {
        super(message);
        this.name = 'ConfigurationError';
        this.input = options.input;
        this.locations = options.locations ?? [];
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/**
 * A service the action depends on (the GitHub API, Jira, a webhook) failed, or the connection
 * to it was lost, after the retries: neither the user's mistake nor a bug, so it is reported
 * as what happened (the route, the host, the answer), not as an unexpected failure.
 */
class ServiceError extends Error {
    constructor(message, options = {}) {
        super(message, options);
        this.name = 'ServiceError';
    }
}
/** Reduces anything thrown to a message. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9695:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ countApiRequest),
/* harmony export */   R_: () => (/* binding */ roundTrips),
/* harmony export */   qC: () => (/* binding */ describeRoundTrips),
/* harmony export */   ud: () => (/* binding */ countOriginCall)
/* harmony export */ });
/**
 * What a step cost in round trips: to origin (`git ls-remote`, `fetch`, `push`, each a network
 * exchange with GitHub on a real runner) and to the GitHub API. Counted where they are made
 * (packages/git/git.ts, packages/github/client.ts) and printed once when the step ends, so a
 * user (and the rehearsal, which totals them) sees what each stage asked of the network.
 */
const origin = { 'ls-remote': 0, fetch: 0, push: 0 };
let apiRequests = 0;
function countOriginCall(call) {
    origin[call] += 1;
}
function countApiRequest() {
    apiRequests += 1;
}
function roundTrips() {
    return { origin: { ...origin }, api: apiRequests };
}
/**
 * `Round trips: 3 to origin (1 ls-remote, 1 fetch, 1 push), 2 GitHub API requests`; the
 * rehearsal reads this line (test/kit/rehearsal/stage-runner.ts).
 */
function describeRoundTrips(trips = roundTrips()) {
    const total = trips.origin['ls-remote'] + trips.origin.fetch + trips.origin.push;
    const parts = ['ls-remote', 'fetch', 'push'].map((c) => `${trips.origin[c]} ${c}`);
    return `Round trips: ${total} to origin (${parts.join(', ')}), ${trips.api} GitHub API request${trips.api === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = require("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = require("node:vm");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = require("timers");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			8792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  runStep: () => (/* binding */ runStep)
});

// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __nccwpck_require__(5453);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __nccwpck_require__(4431);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __nccwpck_require__(5500);
;// CONCATENATED MODULE: ./src/steps.ts
const STEPS = {
    'back-merge': () => Promise.all(/* import() | back-merge */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(1629)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7172)),
    'bump-version': () => Promise.all(/* import() | bump-version */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(6812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1727)),
    'close-milestone': () => Promise.all(/* import() | close-milestone */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(8196)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7823)),
    'create-tag': () => Promise.all(/* import() | create-tag */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(2672)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7003)),
    deploy: () => Promise.all(/* import() | deploy */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(7098)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5233)),
    monitor: () => Promise.all(/* import() | monitor */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(3819)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7374)),
    notify: () => Promise.all(/* import() | notify */[__nccwpck_require__.e(4018), __nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(7380), __nccwpck_require__.e(6000), __nccwpck_require__.e(1374), __nccwpck_require__.e(2170), __nccwpck_require__.e(5908)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6831)),
    'open-release-pr': () => Promise.all(/* import() | open-release-pr */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(6814)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2725)),
    preflight: () => Promise.all(/* import() | preflight */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(9004)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7159)),
    'run-integration': () => Promise.all(/* import() | run-integration */[__nccwpck_require__.e(5801), __nccwpck_require__.e(1847)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9410)),
    'start-release': () => Promise.all(/* import() | start-release */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(7485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 860)),
    'update-changelog': () => Promise.all(/* import() | update-changelog */[__nccwpck_require__.e(5801), __nccwpck_require__.e(7656), __nccwpck_require__.e(6813)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4804))
};
function isStepName(name) {
    return Object.hasOwn(STEPS, name);
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The one bundle behind every action: `dist/<name>/index.js` calls `runStep('<name>')`, and the
 * root action (`uses: YOUR_ORG/release-actions@v1` with `step:`) calls `runStep()` to read the input.
 */




async function runStep(name) {
    const step = name ?? (0,core/* readInput */.R5)('step').trim();
    if (!isStepName(step)) {
        const valid = Object.keys(STEPS).join(', ');
        (0,run/* reportFailure */.xV)('release-actions', new errors/* ConfigurationError */.j1(step
            ? `Unknown step '${step}'. Valid steps: ${valid}.`
            : `Input 'step' is required. Valid steps: ${valid}.`, { input: 'step' }));
        return;
    }
    if (name === undefined)
        await applyStepDefaults(step);
    const module = await STEPS[step]();
    await module.run();
}
/**
 * Through the root action, inputs the user left blank take the chosen step's own defaults.
 * Loaded only there: a single action's stub never needs the defaults of every step.
 */
async function applyStepDefaults(step) {
    const { STEP_DEFAULTS, EMPTY_IS_A_VALUE } = await __nccwpck_require__.e(/* import() | step-defaults */ 5176).then(__nccwpck_require__.bind(__nccwpck_require__, 2352));
    for (const [input, value] of Object.entries(STEP_DEFAULTS[step] ?? {})) {
        const variable = `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
        // `tag-prefix: ''` stays empty (bare tags); the root's own default covers leaving it out.
        if (EMPTY_IS_A_VALUE.includes(input) && process.env[variable] !== undefined)
            continue;
        if (!process.env[variable])
            process.env[variable] = value;
    }
}

module.exports = __webpack_exports__;
/******/ })()
;
//# sourceMappingURL=index.js.map