"use strict";
exports.id = 1089;
exports.ids = [1089];
exports.modules = {

/***/ 6217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   writeSpacing: () => (/* binding */ writeSpacing)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_token_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5681);
/* harmony import */ var _base_round_trips_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9695);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7573);




/**
 * Spacing between write requests, and between writes that notify people (a release, an issue,
 * a pull request, a comment): GitHub's guidance, kept by octokit's throttling, is one second
 * and three. `RELEASE_ACTIONS_WRITE_SPACING_MS` sets both (the test suite sets 0).
 */
function writeSpacing(env = process.env) {
    const given = env.RELEASE_ACTIONS_WRITE_SPACING_MS;
    const fromEnv = Number(given);
    return given && Number.isFinite(fromEnv) && fromEnv >= 0
        ? { write: fromEnv, notifications: fromEnv }
        : { write: 1000, notifications: 3000 };
}
async function createGitHubClient(options) {
    if (!options.token) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'token' is empty; pass `token: ${{ github.token }}` (or an App token / PAT) to call the GitHub API.", { input: 'token' });
    }
    const [{ Octokit }, { restEndpointMethods }, { paginateRest }, { retry }, { throttling }, { default: Bottleneck }, { githubFetch }] = await Promise.all([
        Promise.all(/* import() | octokit-core */[__webpack_require__.e(8162), __webpack_require__.e(5710)]).then(__webpack_require__.bind(__webpack_require__, 3070)),
        __webpack_require__.e(/* import() | octokit-plugin-rest-endpoint-methods */ 5416).then(__webpack_require__.bind(__webpack_require__, 9210)),
        __webpack_require__.e(/* import() | octokit-plugin-paginate-rest */ 4443).then(__webpack_require__.bind(__webpack_require__, 3779)),
        Promise.all(/* import() | octokit-plugin-retry */[__webpack_require__.e(370), __webpack_require__.e(4727)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() | octokit-plugin-throttling */[__webpack_require__.e(370), __webpack_require__.e(9374)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() | bottleneck */ 370).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23)),
        __webpack_require__.e(/* import() | github-fetch */ 337).then(__webpack_require__.bind(__webpack_require__, 8168))
    ]);
    const log = options.log;
    const maxRateLimitRetries = 3;
    const spacing = writeSpacing();
    const GitHub = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
    const octokit = new GitHub({
        auth: `token ${options.token}`,
        userAgent: userAgent(),
        baseUrl: options.apiUrl,
        request: { fetch: githubFetch },
        ...appAuthStrategy(options.token),
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryBaseMs */ .wR)(),
            doNotRetry: [400, 401, 403, 404, 410, 422, 451]
        },
        throttle: {
            // GitHub asks for writes to be spaced (1 s, 3 s for those that notify); rate-limit
            // waits honour retry-after.
            retryAfterBaseValue: (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryBaseMs */ .wR)(),
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.write }),
            notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.notifications }),
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Rate limited on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            }
        }
    });
    // Every request sent, retries included: the step prints the count when it ends.
    octokit.hook.before('request', () => (0,_base_round_trips_js__WEBPACK_IMPORTED_MODULE_1__/* .countApiRequest */ .DJ)());
    return octokit;
}
/** As `@actions/github` names the run's orchestration in the user agent, when the runner sets it. */
function userAgent() {
    const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
/**
 * For an App's installation token: an auth strategy that asks the token source before each
 * request, so a token near its end is minted again (a long wait cannot outlive it).
 */
function appAuthStrategy(token) {
    const app = (0,_base_token_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenSource */ .Z)();
    if (!app?.minted(token))
        return {};
    const auth = Object.assign(async () => ({ type: 'token', token: await app.fresh() }), {
        hook: async (request, route, parameters) => {
            const endpoint = request.endpoint.merge(route, parameters);
            endpoint.headers.authorization = `token ${await app.fresh()}`;
            return request(endpoint);
        }
    });
    return { authStrategy: () => auth };
}


/***/ }),

/***/ 5876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ httpRequest),
/* harmony export */   z: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9783);


/**
 * The request never got an answer: `code` is the socket's (ECONNREFUSED, ENOTFOUND, ...),
 * TIMEOUT past `timeoutMs`, ABORTED when the caller's `signal` ended it.
 */
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
    const signal = deadline && request.signal
        ? AbortSignal.any([deadline, request.signal])
        : (deadline ?? request.signal);
    let target = new URL(url);
    let method = (request.method ?? 'GET').toUpperCase();
    let body = request.body;
    for (let redirects = 0;; redirects++) {
        const answer = await exchange(target, { method, headers: request.headers ?? {}, body }, signal);
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
    const proxy = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__/* .getProxyUrl */ .s)(url);
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
            const servername = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(options.host) ? undefined : options.host;
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
                const bytes = Buffer.concat(chunks);
                resolve({
                    status,
                    statusText: res.statusMessage ?? '',
                    ok: status >= 200 && status <= 299,
                    body: bytes.toString('utf8'),
                    bytes,
                    header: (name) => {
                        const value = res.headers[name.toLowerCase()];
                        return Array.isArray(value) ? value.join(', ') : value;
                    },
                    headers: Object.fromEntries(Object.entries(res.headers)
                        .filter(([, value]) => value !== undefined)
                        .map(([name, value]) => [
                        name,
                        Array.isArray(value) ? value.join(', ') : String(value)
                    ])),
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
    // The deadline aborts with a TimeoutError; the caller's signal with its own reason.
    if (signal?.aborted &&
        signal.reason?.name !== 'TimeoutError') {
        return new HttpNetworkError('the request was aborted', 'ABORTED');
    }
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
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5876);

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
 * Base of the waits between retries and of a `retry-after` second, in ms, for every client
 * (these retries, Jira's writes, octokit's retry and throttling in packages/github): 1000, or
 * `RELEASE_ACTIONS_RETRY_BASE_MS`, which the test suite sets so fault tests run quickly.
 */
function retryBaseMs(env = process.env) {
    const fromEnv = Number(env.RELEASE_ACTIONS_RETRY_BASE_MS);
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

/***/ 3225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xl: () => (/* reexport */ version_files_specs/* FILES_INPUT */.xl),
  YO: () => (/* reexport */ currentVersion),
  Mb: () => (/* reexport */ inspectVersionFiles),
  Cd: () => (/* reexport */ loadVersionFiles),
  CL: () => (/* reexport */ planVersionBump),
  Kx: () => (/* reexport */ throwAll),
  sM: () => (/* reexport */ versionSource)
});

// UNUSED EXPORTS: EXPECTED_FIELD, ROOT_VERSION_FILES, detectVersionFiles, formatOf, parseFileSpecs, readVersionFile, replaceVersions

// EXTERNAL MODULE: ./packages/version-files/specs.ts
var version_files_specs = __webpack_require__(3939);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
;// CONCATENATED MODULE: ./packages/version-files/text-position.ts
/** 1-based line and column of `offset`; a leading BOM is not counted as a column. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    const bom = line === 1 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0;
    return { line, column: offset - lineStart + 1 - bom };
}
/** The occurrence of the version held in `text[start, end)`. */
function occurrenceAt(text, file, start, end, field) {
    const { line, column } = positionAt(text, start);
    return { file, line, column, start, end, version: text.slice(start, end), field };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/dependency-pins.ts

/** A requirement that names one exact version: `1.2.0`, `=1.2.0`, `^1.2.0`, `~1.2.0`. */
const PINNED = /^(=|\^|~)?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
/**
 * The occurrence of the version inside a dependency requirement found at `[start, end)`, or
 * undefined when the requirement is a range that names no single version (`>=1, <2`, `*`).
 */
function pinnedDependency(text, file, start, end, name, field, path = false) {
    const match = PINNED.exec(text.slice(start, end));
    if (!match)
        return undefined;
    const operator = match[1] ?? '';
    const from = start + operator.length;
    return {
        ...occurrenceAt(text, file, from, end, field),
        dependency: { name, operator, ...(path ? { path } : {}) }
    };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/version-files/formats/toml-scanner.ts



/** Marks an array element (or an `[[array.table]]` entry) in a path, so no plain key path matches it. */
const ARRAY_ITEM = '[]';
/** Parses TOML with smol-toml; a syntax error becomes a ConfigurationError naming file, line and column. */
function parseTomlFile(text, file) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        if (!(error instanceof dist/* TomlError */.zx))
            throw error;
        const reason = error.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
        throw new errors/* ConfigurationError */.j1(`${file} is not valid TOML: ${reason} at line ${error.line}, column ${error.column}. Fix the syntax.`, { locations: [{ file, line: error.line, col: error.column }] });
    }
}
/**
 * Lists every string value of a document already validated by {@link parseTomlFile}, each with
 * its full key path (table header + dotted key + inline-table keys), so a field is found by
 * where it really sits, never by a look-alike line inside `[dependencies]` or a multi-line string.
 */
function scanTomlStrings(text) {
    const found = [];
    let pos = 0;
    let table = [];
    const skipBlank = (newlines) => {
        for (;;) {
            const char = text[pos];
            if (char === ' ' || char === '\t' || char === '\ufeff')
                pos++;
            else if (newlines && (char === '\n' || char === '\r'))
                pos++;
            else if (char === '#')
                while (pos < text.length && text[pos] !== '\n')
                    pos++;
            else
                return;
        }
    };
    const readKey = () => {
        const parts = [];
        for (;;) {
            skipBlank(false);
            const char = text[pos];
            if (char === '"' || char === "'") {
                const { start, end } = readQuoted(char);
                const raw = text.slice(start, end);
                parts.push(char === '"' ? decodeBasic(raw) : raw);
            }
            else {
                const start = pos;
                while (pos < text.length && /[A-Za-z0-9_-]/.test(text[pos]))
                    pos++;
                parts.push(text.slice(start, pos));
            }
            skipBlank(false);
            if (text[pos] !== '.')
                return parts;
            pos++;
        }
    };
    /** Reads a one-line string from its opening quote; returns the offsets of its contents. */
    const readQuoted = (quote) => {
        const start = ++pos;
        while (pos < text.length && text[pos] !== quote)
            pos += quote === '"' && text[pos] === '\\' ? 2 : 1;
        return { start, end: pos++ };
    };
    const skipMultiline = (quote) => {
        pos += 3;
        const close = quote.repeat(3);
        while (pos < text.length && !text.startsWith(close, pos)) {
            pos += quote === '"' && text[pos] === '\\' ? 2 : 1;
        }
        pos += 3;
        // Up to two quotes right before the closing delimiter belong to the content.
        for (let extra = 0; extra < 2 && text[pos] === quote; extra++)
            pos++;
    };
    const readValue = (path) => {
        skipBlank(false);
        const char = text[pos];
        if (char === '"' || char === "'") {
            if (text.startsWith(char.repeat(3), pos))
                return skipMultiline(char);
            const { start, end } = readQuoted(char);
            found.push({ path, start, end });
        }
        else if (char === '[') {
            pos++;
            for (skipBlank(true); text[pos] !== ']' && pos < text.length; skipBlank(true)) {
                readValue([...path, ARRAY_ITEM]);
                skipBlank(true);
                if (text[pos] === ',')
                    pos++;
            }
            pos++;
        }
        else if (char === '{') {
            pos++;
            for (skipBlank(true); text[pos] !== '}' && pos < text.length; skipBlank(true)) {
                readKeyValue(path);
                skipBlank(true);
                if (text[pos] === ',')
                    pos++;
            }
            pos++;
        }
        else {
            while (pos < text.length && !',]}#\r\n'.includes(text[pos]))
                pos++;
        }
    };
    const readKeyValue = (base) => {
        const key = readKey();
        skipBlank(false);
        pos++; // '='
        readValue([...base, ...key]);
    };
    for (skipBlank(true); pos < text.length; skipBlank(true)) {
        const before = pos;
        if (text[pos] === '[') {
            const arrayTable = text[pos + 1] === '[';
            pos += arrayTable ? 2 : 1;
            const key = readKey();
            pos += arrayTable ? 2 : 1;
            table = arrayTable ? [...key, ARRAY_ITEM] : key;
        }
        else {
            readKeyValue(table);
        }
        if (pos === before)
            throw new Error(`TOML scanner made no progress at offset ${pos}`);
    }
    return found;
}
/** The one string at exactly `path`, or undefined. */
function findTomlString(strings, path) {
    return strings.find((s) => s.path.length === path.length && s.path.every((k, i) => k === path[i]));
}
/** `value` as a table, or undefined. */
function tomlTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/**
 * The occurrence of the string `value` that the parser found at `path`. Refuses a version that is
 * not a string, or that uses escapes (its text would not be the version).
 */
function tomlVersionAt(text, file, strings, path, value, field) {
    const located = findTomlString(strings, path);
    if (typeof value !== 'string' || !located) {
        throw new errors/* ConfigurationError */.j1(`${file}: ${field} must be a string like "1.2.0", not ${JSON.stringify(value)}.`, { locations: [{ file }] });
    }
    const occurrence = occurrenceAt(text, file, located.start, located.end, field);
    if (occurrence.version !== value) {
        throw new errors/* ConfigurationError */.j1(`${file}:${occurrence.line}: ${field} uses escape sequences; write the version plainly, like "1.2.0".`, { locations: [{ file, line: occurrence.line, col: occurrence.column }] });
    }
    return occurrence;
}
function decodeBasic(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw; // a TOML-only escape (\U, \e) in a key: never one of the keys we look for
    }
}

;// CONCATENATED MODULE: ./packages/version-files/formats/cargo.ts


const DEPENDENCY_TABLES = new Set(['dependencies', 'dev-dependencies', 'build-dependencies']);
/**
 * Cargo.toml: `[package] version` and `[workspace.package] version`. `version.workspace = true`
 * makes the file dynamic: the root manifest holds it. The version requirements of the project's
 * own crates (path dependencies, in `[workspace.dependencies]` too, and pins of crates bumped in
 * the same run, like `serde_derive = "=1.0.193"`) are dependency occurrences: they move with the
 * version when they pin the current one, or a 0.x workspace would no longer resolve.
 */
function readCargoToml(text, file) {
    const data = parseTomlFile(text, file);
    const strings = scanTomlStrings(text);
    const pkg = tomlTable(data.package);
    const workspacePackage = tomlTable(tomlTable(data.workspace)?.package);
    const occurrences = [];
    const inherited = tomlTable(pkg?.version)?.workspace === true;
    if (pkg?.version !== undefined && !inherited) {
        occurrences.push(tomlVersionAt(text, file, strings, ['package', 'version'], pkg.version, '[package] version'));
    }
    if (workspacePackage?.version !== undefined) {
        const path = ['workspace', 'package', 'version'];
        const field = '[workspace.package] version';
        occurrences.push(tomlVersionAt(text, file, strings, path, workspacePackage.version, field));
    }
    const pins = dependencyPins(text, file, data, strings);
    const found = { occurrences, ...(pins.length > 0 ? { pins } : {}) };
    if (typeof pkg?.name === 'string')
        found.packageName = pkg.name;
    if (occurrences.length > 0 || !inherited)
        return found;
    return {
        ...found,
        dynamic: '[package] version.workspace = true: the version is in the workspace root Cargo.toml ' +
            '([workspace.package] version); list that file instead'
    };
}
/** Every dependency requirement that pins one version, with the crate it names. */
function dependencyPins(text, file, data, strings) {
    const pins = [];
    for (const found of strings) {
        const at = dependencyAt(found.path);
        if (!at)
            continue;
        const entry = tomlTable(lookup(data, at.table)?.[at.key]);
        const plain = at.inTable === false;
        if (!plain && (!entry || typeof entry.version !== 'string'))
            continue;
        const crate = typeof entry?.package === 'string' ? entry.package : at.key;
        const field = `[${at.table.join('.')}] ${at.key}`;
        const pin = pinnedDependency(text, file, found.start, found.end, crate, field, typeof entry?.path === 'string');
        if (pin)
            pins.push(pin);
    }
    return pins;
}
/**
 * Whether a string's key path is a dependency's version: `[dependencies] x = "1"`,
 * `x = { version = "1" }`, `[dependencies.x] version`, `[target.'cfg'.dependencies]`,
 * `[workspace.dependencies]`.
 */
function dependencyAt(path) {
    if (path.includes(ARRAY_ITEM))
        return undefined;
    const tableEnd = path.findIndex((k, i) => DEPENDENCY_TABLES.has(k) &&
        (i === 0 ||
            (i === 1 && path[0] === 'workspace' && k === 'dependencies') ||
            (i === 2 && path[0] === 'target')));
    if (tableEnd === -1)
        return undefined;
    const table = path.slice(0, tableEnd + 1);
    const rest = path.slice(tableEnd + 1);
    if (rest.length === 1)
        return { table, key: rest[0], inTable: false };
    if (rest.length === 2 && rest[1] === 'version')
        return { table, key: rest[0], inTable: true };
    return undefined;
}
function lookup(data, path) {
    let table = data;
    for (const key of path)
        table = tomlTable(table?.[key]);
    return table;
}

;// CONCATENATED MODULE: ./packages/version-files/formats/json-scanner.ts
/** Malformed JSON, at `offset` in the text. */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'JsonSyntaxError';
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;
/**
 * Checks that `text` is one JSON value and returns the scalars whose key path `track` accepts,
 * with exact offsets, so a writer can splice one value and leave every other byte alone.
 * Only object keys form the path (array elements are not tracked); `track` sees a live path.
 */
function scanJson(text, track) {
    const found = [];
    const path = [];
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const fail = (message, at = pos) => {
        throw new JsonSyntaxError(message, at);
    };
    const unexpected = () => pos >= text.length
        ? fail('unexpected end of file')
        : fail(`unexpected ${JSON.stringify(text[pos])}`);
    const skipSpace = () => {
        while (pos < text.length && ' \t\r\n'.includes(text[pos]))
            pos++;
    };
    const expect = (char) => {
        skipSpace();
        if (text[pos] !== char)
            fail(`expected ${JSON.stringify(char)} but found ${describe(text, pos)}`);
        pos++;
    };
    /** Reads a string starting at the opening quote; returns the offsets of its contents. */
    const readString = () => {
        const start = ++pos;
        for (;;) {
            const code = text.charCodeAt(pos);
            if (pos >= text.length || code === 0x0a)
                fail('unterminated string', start - 1);
            if (code === 0x22)
                break;
            if (code < 0x20)
                fail('control character in string');
            if (code === 0x5c) {
                ESCAPE.lastIndex = pos + 1;
                if (!ESCAPE.test(text))
                    fail('invalid escape in string');
                pos = ESCAPE.lastIndex;
            }
            else
                pos++;
        }
        return { start, end: pos++ };
    };
    const readValue = () => {
        skipSpace();
        const char = text[pos];
        if (char === '{')
            return readObject();
        if (char === '[')
            return readArray();
        const tracked = path.length > 0 && track(path);
        if (char === '"') {
            const { start, end } = readString();
            if (tracked) {
                const value = JSON.parse(text.slice(start - 1, end + 1));
                found.push({ path: [...path], kind: 'string', start, end, value });
            }
            return;
        }
        const start = pos;
        for (const pattern of [NUMBER, LITERAL]) {
            pattern.lastIndex = pos;
            if (pattern.test(text))
                pos = pattern.lastIndex;
        }
        if (pos === start)
            unexpected();
        if (tracked)
            found.push({ path: [...path], kind: 'other', start, end: pos, value: text.slice(start, pos) });
    };
    const readObject = () => {
        pos++;
        skipSpace();
        if (text[pos] === '}')
            return void pos++;
        for (;;) {
            skipSpace();
            if (text[pos] !== '"')
                fail(`expected a key in quotes but found ${describe(text, pos)}`);
            const key = readString();
            path.push(JSON.parse(text.slice(key.start - 1, key.end + 1)));
            expect(':');
            readValue();
            path.pop();
            skipSpace();
            if (text[pos] === ',')
                pos++;
            else if (text[pos] === '}')
                return void pos++;
            else
                fail(`expected "," or "}" but found ${describe(text, pos)}`);
        }
    };
    const readArray = () => {
        pos++;
        skipSpace();
        if (text[pos] === ']')
            return void pos++;
        // Array elements carry no key: mark them so a path never matches through an array.
        path.push('[]');
        for (;;) {
            readValue();
            skipSpace();
            if (text[pos] === ',')
                pos++;
            else if (text[pos] === ']')
                break;
            else
                fail(`expected "," or "]" but found ${describe(text, pos)}`);
        }
        path.pop();
        pos++;
    };
    readValue();
    skipSpace();
    if (pos < text.length)
        fail(`unexpected ${describe(text, pos)} after the end of the document`);
    return found;
}
function describe(text, pos) {
    return pos >= text.length ? 'the end of the file' : JSON.stringify(text[pos]);
}

;// CONCATENATED MODULE: ./packages/version-files/formats/npm.ts




const DEPENDENCY_FIELDS = new Set([
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies'
]);
/**
 * package.json: the top-level `"version"`, and the ranges of dependencies that pin one version
 * (`"@acme/core": "^1.2.0"`): those move with the version when the dependency is a package of
 * the same run (an npm workspace's packages listed together) and pins the current version.
 */
function readPackageJson(text, file) {
    const scalars = scanFile(text, file, (path) => (path.length === 1 && (path[0] === 'version' || path[0] === 'name')) ||
        (path.length === 2 && DEPENDENCY_FIELDS.has(path[0])));
    const name = scalars.find((s) => s.path.length === 1 && s.path[0] === 'name');
    const occurrences = scalars
        .filter((s) => s.path.length === 1 && s.path[0] === 'version')
        .map((s) => toOccurrence(text, file, s, 'version'));
    const pins = dependencyRanges(text, file, scalars, 0);
    return {
        occurrences,
        ...(pins.length > 0 ? { pins } : {}),
        ...(name?.kind === 'string' ? { packageName: name.value } : {})
    };
}
/**
 * package-lock.json / npm-shrinkwrap.json: the root `version` and `packages[""].version`,
 * which npm keeps equal to package.json's; never a dependency's version. A workspace package's
 * entry (`packages["packages/core"]`) and its dependency ranges follow like package.json's.
 */
function readPackageLock(text, file) {
    const scalars = scanFile(text, file, (path) => (path.length === 1 && path[0] === 'version') ||
        (path.length === 3 &&
            path[0] === 'packages' &&
            (path[2] === 'version' || path[2] === 'name')) ||
        (path.length === 4 && path[0] === 'packages' && DEPENDENCY_FIELDS.has(path[2])));
    const occurrences = [];
    const pins = [];
    const names = new Map();
    for (const s of scalars) {
        if (s.path.length === 3 && s.path[2] === 'name' && s.kind === 'string')
            names.set(s.path[1], s.value);
    }
    for (const s of scalars) {
        if (s.path.length === 1)
            occurrences.push(toOccurrence(text, file, s, 'version'));
        else if (s.path.length === 3 && s.path[2] === 'version' && s.path[1] === '')
            occurrences.push(toOccurrence(text, file, s, 'packages[""].version'));
        else if (s.path.length === 3 && s.path[2] === 'version' && isWorkspaceEntry(s.path[1])) {
            const name = names.get(s.path[1]);
            const field = `packages["${s.path[1]}"].version`;
            const pin = name && s.kind === 'string'
                ? pinnedDependency(text, file, s.start, s.end, name, field)
                : undefined;
            if (pin)
                pins.push(pin);
        }
    }
    pins.push(...dependencyRanges(text, file, scalars, 2, isWorkspaceEntry));
    return { occurrences, ...(pins.length > 0 ? { pins } : {}) };
}
/** A lock entry of the project's own (a workspace folder), not an installed package. */
function isWorkspaceEntry(key) {
    return key !== '' && !key.startsWith('node_modules/') && !key.includes('/node_modules/');
}
/** The dependency ranges at `path[depth]` (the dependency field) that pin one version. */
function dependencyRanges(text, file, scalars, depth, entry = () => true) {
    const pins = [];
    for (const s of scalars) {
        if (s.path.length !== depth + 2 || !DEPENDENCY_FIELDS.has(s.path[depth]))
            continue;
        if (s.kind !== 'string' || (depth > 0 && !entry(s.path[1])))
            continue;
        const name = s.path[depth + 1];
        const field = `${s.path.slice(0, depth + 1).join('.')}["${name}"]`;
        const pin = pinnedDependency(text, file, s.start, s.end, name, field);
        if (pin && s.value === text.slice(s.start, s.end))
            pins.push(pin);
    }
    return pins;
}
function scanFile(text, file, track) {
    try {
        return scanJson(text, track);
    }
    catch (error) {
        if (!(error instanceof JsonSyntaxError))
            throw error;
        const { line, column } = positionAt(text, error.offset);
        throw new errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message} at line ${line}, column ${column}. ` +
            'Fix the syntax (trailing commas and comments are not allowed in JSON).', { locations: [{ file, line, col: column }] });
    }
}
function toOccurrence(text, file, scalar, field) {
    const occurrence = occurrenceAt(text, file, scalar.start, scalar.end, field);
    if (scalar.kind !== 'string') {
        throw new errors/* ConfigurationError */.j1(`${file}:${occurrence.line}: "${field}" must be a string like "1.2.0", not ${scalar.value}.`, { locations: [{ file, line: occurrence.line, col: occurrence.column }] });
    }
    if (scalar.value !== occurrence.version) {
        throw new errors/* ConfigurationError */.j1(`${file}:${occurrence.line}: "${field}" uses escape sequences; write the version plainly, like "1.2.0".`, { locations: [{ file, line: occurrence.line, col: occurrence.column }] });
    }
    return occurrence;
}

;// CONCATENATED MODULE: ./packages/version-files/formats/lerna.ts



/** Where lerna looks for packages when lerna.json does not say. */
const DEFAULT_PACKAGES = ['packages/*'];
/**
 * lerna.json in fixed mode: `"version"` is the version of every package of the monorepo, so it
 * moves, and so does each package.json its `packages` globs match (with the ranges by which the
 * packages depend on each other). `"version": "independent"` is no single version: refused.
 */
function readLernaJson(text, file) {
    const scalars = scanFile(text, file, (path) => (path.length === 1 && path[0] === 'version') ||
        (path.length === 2 && path[0] === 'packages' && path[1] === '[]'));
    const version = scalars.find((s) => s.path.length === 1);
    if (version?.kind === 'string' && version.value === 'independent') {
        const { line, column } = positionAt(text, version.start);
        throw new errors/* ConfigurationError */.j1(`${file}:${line}: "version": "independent" means every package has its own version: ` +
            'there is no single version to bump. List the package.json of each package this ' +
            "release moves in the 'files' input (or switch lerna to fixed mode).", { input: 'files', locations: [{ file, line, col: column }] });
    }
    if (!version)
        return { occurrences: [], noVersion: 'no "version" field' };
    const globs = scalars.filter((s) => s.path.length === 2 && s.kind === 'string');
    const patterns = globs.length > 0 ? globs.map((s) => s.value) : DEFAULT_PACKAGES;
    const follows = patterns
        .map((p) => p.trim().replace(/^\.\//, '').replace(/\/+$/, ''))
        .filter((p) => p !== '' && !p.startsWith('!') && !p.split('/').includes('..'))
        .map((p) => ({
        paths: [`${p}/package.json`],
        format: 'package.json',
        glob: true,
        namedBy: `${file} packages`
    }));
    return { occurrences: [toOccurrence(text, file, version, 'version')], follows };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/plain.ts

/**
 * What a version looks like on a VERSION file's first line: `1.2.0`, `v1.2.0` (the `v` stays),
 * `1.2.0-rc.1`, PEP 440's `2.1.0a0`. Go's `go1.27.2` or a date is no version of the project.
 */
const VERSION_LINE = /^v?(\d+\.\d+(?:\.\d+)*(?:[-+._]?[0-9A-Za-z][0-9A-Za-z.+-]*)?)$/;
/** A VERSION file: the first line, without the whitespace, BOM and line ending around it. */
function readVersionText(text, file) {
    const newline = text.indexOf('\n');
    const firstLine = newline === -1 ? text : text.slice(0, newline);
    const leading = firstLine.length - firstLine.replace(/^[\s\ufeff]+/, '').length;
    const trimmed = firstLine.trim().replace(/^\ufeff/, '');
    if (trimmed === '')
        return { occurrences: [] };
    const match = VERSION_LINE.exec(trimmed);
    if (!match) {
        const shown = trimmed.length > 40 ? `${trimmed.slice(0, 37)}...` : trimmed;
        return { occurrences: [], noVersion: `its first line '${shown}' is not a version` };
    }
    const start = leading + trimmed.length - match[1].length;
    return { occurrences: [occurrenceAt(text, file, start, start + match[1].length, 'first line')] };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/follow.ts
/**
 * The module file of a dotted `attr` (`pkg.about.__version__` -> `pkg/about.py` or
 * `pkg/about/__init__.py`, at the root or under `src/`), as setuptools resolves `attr:`.
 */
function followAttr(attr, namedBy) {
    const parts = attr.trim().split('.');
    const variable = parts.pop();
    if (!variable || parts.length === 0 || parts.some((p) => !/^[A-Za-z_]\w*$/.test(p))) {
        return undefined;
    }
    const module = parts.join('/');
    const paths = ['', 'src/'].flatMap((root) => [
        `${root}${module}/__init__.py`,
        `${root}${module}.py`
    ]);
    return { paths, format: 'python-module', variable, namedBy };
}
/** A file named by path (`file: VERSION`, `[tool.hatch.version] path`), relative to the project. */
function followPath(path, format, namedBy) {
    return { paths: [path.trim().replace(/^\.\//, '')], format, namedBy };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/pyproject.ts


/** Build tools that derive the version from the git tag when they are in `build-system.requires`. */
const TAG_BACKENDS = /^(setuptools[-_]scm|hatch-vcs|versioneer|poetry-dynamic-versioning|dunamai)\b/i;
/**
 * pyproject.toml: `[project] version` (PEP 621), `[tool.poetry] version`, and the release tools'
 * copies kept in step (`[tool.commitizen] version`, `[tool.bumpversion] current_version`). With
 * `dynamic = ["version"]` the file names where the build backend reads it: a file it points at
 * is followed (`[tool.hatch.version] path`, `[tool.setuptools.dynamic] version = {attr|file}`),
 * a VCS source (hatch-vcs, setuptools-scm, pdm scm) derives it from the git tag.
 */
function readPyproject(text, file) {
    const data = parseTomlFile(text, file);
    const strings = scanTomlStrings(text);
    const project = tomlTable(data.project);
    const tool = tomlTable(data.tool);
    const poetry = tomlTable(tool?.poetry);
    const occurrences = [];
    const at = (path, value, field) => {
        if (value !== undefined)
            occurrences.push(tomlVersionAt(text, file, strings, path, value, field));
    };
    at(['project', 'version'], project?.version, '[project] version');
    // poetry-dynamic-versioning keeps a placeholder ("0.0.0") in [tool.poetry] version.
    const poetryDynamic = tomlTable(tool?.['poetry-dynamic-versioning'])?.enable === true;
    if (!poetryDynamic)
        at(['tool', 'poetry', 'version'], poetry?.version, '[tool.poetry] version');
    const written = occurrences.length > 0;
    const commitizen = tomlTable(tool?.commitizen);
    at(['tool', 'commitizen', 'version'], commitizen?.version, '[tool.commitizen] version');
    const bumpversion = tomlTable(tool?.bumpversion);
    at(['tool', 'bumpversion', 'current_version'], bumpversion?.current_version, '[tool.bumpversion] current_version');
    const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version');
    const name = typeof project?.name === 'string' ? project.name : undefined;
    if (poetryDynamic) {
        return {
            occurrences,
            dynamic: '[tool.poetry-dynamic-versioning] enable = true: the version comes from git tags',
            fromTag: true
        };
    }
    if (!dynamic || written)
        return { occurrences, ...(name ? { packageName: name } : {}) };
    const source = dynamicSource(data, file);
    return {
        occurrences,
        dynamic: `[project] dynamic = ["version"]: ${source.reason}`,
        ...(source.fromTag ? { fromTag: true } : {}),
        ...(source.follows ? { follows: source.follows } : {})
    };
}
/** Where the build backend takes a dynamic version from, as far as the file says. */
function dynamicSource(data, file) {
    const tool = tomlTable(data.tool);
    const setuptools = tomlTable(tomlTable(tomlTable(tool?.setuptools)?.dynamic)?.version);
    const hatch = tomlTable(tomlTable(tool?.hatch)?.version);
    const pdm = tomlTable(tomlTable(tool?.pdm)?.version);
    const attr = setuptools?.attr;
    const versionFile = setuptools?.file;
    const pathOf = (path, namedBy) => followPath(path, /\.py$/.test(path) ? 'python-module' : 'VERSION', `${file} ${namedBy}`);
    if (typeof attr === 'string') {
        const follow = followAttr(attr, `${file} [tool.setuptools.dynamic] version`);
        return {
            reason: `setuptools reads it from attr ${attr}`,
            ...(follow ? { follows: [follow] } : {})
        };
    }
    if (typeof versionFile === 'string') {
        return {
            reason: `setuptools reads it from ${versionFile}`,
            follows: [pathOf(versionFile, '[tool.setuptools.dynamic] version')]
        };
    }
    if (hatch?.source === 'vcs' || pdm?.source === 'scm' || tool?.setuptools_scm !== undefined) {
        return { reason: 'the build backend takes it from git tags', fromTag: true };
    }
    if (typeof hatch?.path === 'string') {
        return {
            reason: `hatch reads it from ${hatch.path}`,
            follows: [pathOf(hatch.path, '[tool.hatch.version] path')]
        };
    }
    if (typeof pdm?.path === 'string') {
        return {
            reason: `pdm reads it from ${pdm.path}`,
            follows: [pathOf(pdm.path, '[tool.pdm.version] path')]
        };
    }
    const buildSystem = tomlTable(data['build-system']);
    const requires = Array.isArray(buildSystem?.requires) ? buildSystem.requires : [];
    const tagTool = requires.find((r) => typeof r === 'string' && TAG_BACKENDS.test(r));
    if (typeof tagTool === 'string') {
        return { reason: `${tagTool.split(/[<>=!~;\s[]/)[0]} takes it from git tags`, fromTag: true };
    }
    const backend = buildSystem?.['build-backend'];
    const project = tomlTable(data.project);
    if (typeof backend === 'string' && backend.startsWith('flit')) {
        const flitModule = tomlTable(tomlTable(tool?.flit)?.module)?.name;
        const module = typeof flitModule === 'string' ? flitModule : project?.name;
        const follow = typeof module === 'string'
            ? followAttr(`${module.replace(/-/g, '_')}.__version__`, `${file} (flit)`)
            : undefined;
        return {
            reason: 'flit reads __version__ from the package module',
            ...(follow ? { follows: [follow] } : {})
        };
    }
    return { reason: 'the build backend computes it; bump the file it reads instead' };
}

// EXTERNAL MODULE: ./packages/version-files/formats/python-names.ts
var python_names = __webpack_require__(8713);
;// CONCATENATED MODULE: ./packages/version-files/formats/python-tokens.ts
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
const STRING_PREFIX = /(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?(?=['"])/y;
const python_tokens_NUMBER = /\.?\d[\w.]*/y;
const OPERATOR = /\*\*=|\/\/=|>>=|<<=|[-+*/%&|^@]=|==|!=|<=|>=|:=|->|\*\*|\/\/|<<|>>|./y;
/**
 * Splits Python source into tokens, skipping comments and line continuations. A `newline`
 * token ends each logical line (newlines inside brackets are not logical line ends).
 * Lenient: an unterminated string runs to the end of the file instead of failing.
 */
function tokenizePython(text) {
    const tokens = [];
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let lineStart = pos;
    let depth = 0;
    const match = (pattern) => {
        pattern.lastIndex = pos;
        return pattern.exec(text)?.[0];
    };
    const push = (kind, start, extra = {}) => {
        tokens.push({
            kind,
            start,
            end: pos,
            text: text.slice(start, pos),
            column: start - lineStart + 1,
            ...extra
        });
    };
    while (pos < text.length) {
        const char = text[pos];
        const start = pos;
        if (char === '\n') {
            pos++;
            if (depth === 0 && tokens.length > 0 && tokens[tokens.length - 1].kind !== 'newline') {
                push('newline', start);
            }
            lineStart = pos;
        }
        else if (char === ' ' || char === '\t' || char === '\r' || char === '\f') {
            pos++;
        }
        else if (char === '\\' && (text[pos + 1] === '\n' || text.startsWith('\r\n', pos + 1))) {
            pos += text[pos + 1] === '\n' ? 2 : 3;
            lineStart = pos;
        }
        else if (char === '#') {
            while (pos < text.length && text[pos] !== '\n')
                pos++;
        }
        else if (match(STRING_PREFIX) !== undefined) {
            const prefix = match(STRING_PREFIX);
            pos += prefix.length;
            const { contentStart, contentEnd, end } = readString(text, pos);
            pos = end;
            const unterminated = end === contentEnd;
            push('string', start, {
                contentStart,
                contentEnd,
                prefix,
                ...(unterminated && { unterminated })
            });
            lineStart = Math.max(lineStart, text.lastIndexOf('\n', pos - 1) + 1);
        }
        else if (match(NAME) !== undefined) {
            pos += match(NAME).length;
            push('name', start);
        }
        else if (match(python_tokens_NUMBER) !== undefined) {
            pos += match(python_tokens_NUMBER).length;
            push('number', start);
        }
        else {
            pos += match(OPERATOR).length;
            if ('([{'.includes(char))
                depth++;
            if (')]}'.includes(char))
                depth = Math.max(0, depth - 1);
            push('op', start);
        }
    }
    if (tokens.length > 0 && tokens[tokens.length - 1].kind !== 'newline')
        push('newline', pos);
    return tokens;
}
/** Reads a string from its opening quote(s) at `pos`: the contents' offsets and the end. */
function readString(text, pos) {
    const quote = text[pos];
    const triple = text.startsWith(quote.repeat(3), pos);
    const close = triple ? quote.repeat(3) : quote;
    const contentStart = pos + close.length;
    let i = contentStart;
    while (i < text.length && !text.startsWith(close, i)) {
        // Unterminated: stop at the line end, as Python reports it.
        if (text[i] === '\n' && !triple)
            break;
        i += text[i] === '\\' ? (text.startsWith('\r\n', i + 1) ? 3 : 2) : 1;
    }
    const contentEnd = Math.min(i, text.length);
    const end = text.startsWith(close, i) ? i + close.length : contentEnd;
    return { contentStart, contentEnd, end };
}
const CLOSING = { '(': ')', '[': ']', '{': '}' };
/**
 * The first thing that makes the source not Python, as far as the tokens tell: a string never
 * closed, a bracket never closed, or a closing bracket that does not match. Undefined when none.
 */
function pythonSyntaxProblem(tokens) {
    const open = [];
    for (const token of tokens) {
        if (token.kind === 'string' && token.unterminated) {
            return {
                offset: token.start,
                problem: `the string ${token.text.split('\n')[0].slice(0, 20)} is never closed`
            };
        }
        if (token.kind !== 'op')
            continue;
        if (token.text in CLOSING)
            open.push(token);
        else if (')]}'.includes(token.text)) {
            const opener = open.pop();
            if (!opener)
                return { offset: token.start, problem: `'${token.text}' closes no bracket` };
            if (CLOSING[opener.text] !== token.text) {
                return { offset: token.start, problem: `'${token.text}' does not close '${opener.text}'` };
            }
        }
    }
    const unclosed = open.pop();
    return unclosed && { offset: unclosed.start, problem: `'${unclosed.text}' is never closed` };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/python-source.ts





const GENERATED = /generated by (setuptools[-_]scm|hatch-vcs)/i;
const VERSIONEER = /versioneer/i;
/** Variables that hold the version as a tuple: `VERSION = (4, 2, 2, "final", 0)`. */
const TUPLE_NAMES = ['VERSION', '__version_info__', 'version_info', 'VERSION_INFO'];
/**
 * A Python module's top-level `__version__ = "1.2.0"` (also `VERSION`/`version` in
 * `_version.py`/`version.py`; annotations and chains like `__version__ = version = "1.2.0"` ok),
 * and version tuples (`VERSION = (4, 2, 2, "final", 0)`, `__version_info__ = (1, 1, 0)`).
 * `__version__` set from an expression is dynamic; a file written by setuptools-scm, hatch-vcs
 * or versioneer derives it from the git tag.
 */
function readPythonModule(text, file, variable) {
    const base = file.split(/[\\/]/).pop();
    const names = variable ? [variable] : (python_names/* MODULE_NAMES */.W[base] ?? ['__version__']);
    const head = text.slice(0, 1000);
    if (GENERATED.test(head)) {
        return {
            occurrences: [],
            dynamic: 'generated by setuptools-scm from git tags at build time',
            fromTag: true
        };
    }
    const occurrences = [];
    let expression;
    const tokens = checkedTokens(text, file);
    const constants = moduleStrings(tokens);
    for (const statement of logicalLines(tokens)) {
        const assignment = readAssignment(statement);
        if (!assignment || statement[0].column !== 1)
            continue;
        const field = assignment.targets.find((name) => names.includes(name));
        const tupleField = assignment.targets.find((name) => TUPLE_NAMES.includes(name));
        const literal = stringLiteral(assignment.value);
        const tuple = versionTuple(assignment.value);
        const [only] = assignment.value;
        // `__version__ = VERSION` with `VERSION = "1.2.0"` above: the constant is the version.
        const constant = assignment.value.length === 1 && only.kind === 'name' ? constants.get(only.text) : undefined;
        if (field && literal) {
            occurrences.push(occurrenceAt(text, file, literal.contentStart, literal.contentEnd, field));
        }
        else if (field && constant) {
            const name = `${only.text} (${field} = ${only.text})`;
            occurrences.push(occurrenceAt(text, file, constant.contentStart, constant.contentEnd, name));
        }
        else if ((field ?? tupleField) && tuple) {
            occurrences.push(tupleOccurrence(text, file, tuple, (field ?? tupleField)));
        }
        else if (assignment.targets.includes('__version__') && !literal) {
            expression ??= `__version__ = ${sourceOf(text, assignment.value)}`;
        }
    }
    if (occurrences.length > 0) {
        return {
            occurrences: occurrences.filter((o, i) => occurrences.findIndex((p) => p.start === o.start) === i)
        };
    }
    // versioneer's _version.py holds no literal: it asks git (or the sdist's rewritten copy).
    if (VERSIONEER.test(head)) {
        return { occurrences, dynamic: 'versioneer computes it from git tags', fromTag: true };
    }
    if (!expression)
        return { occurrences };
    const fromTag = /get_versions\(\)/.test(expression);
    return {
        occurrences,
        dynamic: `${expression} is computed${fromTag ? ' by versioneer from git tags' : ', not written here'}`,
        ...(fromTag ? { fromTag } : {})
    };
}
/**
 * The elements of a version tuple: three integers, optionally followed by a release level string
 * and a serial (`(4, 2, 2, "final", 0)`), in parentheses. Anything else is not a version tuple.
 */
function versionTuple(value) {
    if (!isOp(value[0], '(') || !isOp(value[value.length - 1], ')'))
        return undefined;
    const inner = value.slice(1, -1);
    if (isOp(inner[inner.length - 1], ','))
        inner.pop();
    const elements = inner.filter((_, i) => i % 2 === 0);
    if (inner.some((t, i) => i % 2 === 1 && !isOp(t, ',')))
        return undefined;
    const isInt = (t) => t?.kind === 'number' && /^\d+$/.test(t.text);
    if (elements.length !== 3 && elements.length !== 5)
        return undefined;
    if (!elements.slice(0, 3).every(isInt))
        return undefined;
    if (elements.length === 5 && !(stringLiteral([elements[3]]) && isInt(elements[4]))) {
        return undefined;
    }
    return elements;
}
/** A tuple's occurrence: the version it says (`4.2.2`, `4.2.2-alpha.0`) and each element's span. */
function tupleOccurrence(text, file, elements, field) {
    const spans = elements.map((t) => t.kind === 'string'
        ? { start: t.contentStart, end: t.contentEnd }
        : { start: t.start, end: t.end });
    const [major, minor, patch, level, serial] = spans.map((s) => text.slice(s.start, s.end));
    const pre = level !== undefined && level !== 'final' ? `-${level}.${serial}` : '';
    const occurrence = occurrenceAt(text, file, spans[0].start, spans[spans.length - 1].end, field);
    return { ...occurrence, version: `${major}.${minor}.${patch}${pre}`, tuple: spans };
}
/**
 * setup.py: the `version=` keyword of `setup(...)` when it is a string literal, or a name bound
 * to one at module level (`VERSION = '6.0.1'` ... `setup(version=VERSION)`: the constant moves).
 * `version=versioneer.get_version()` and `use_scm_version=` derive it from the git tag; any
 * other expression (`version=about['__version__']`) makes the file dynamic.
 */
function readSetupPy(text, file) {
    const tokens = checkedTokens(text, file);
    const constants = moduleStrings(tokens);
    const occurrences = [];
    let expression;
    for (const value of setupVersionArguments(tokens, 'version')) {
        const literal = stringLiteral(value);
        const constant = value.length === 1 && value[0].kind === 'name' ? constants.get(value[0].text) : undefined;
        if (literal) {
            const field = 'setup(version=...)';
            occurrences.push(occurrenceAt(text, file, literal.contentStart, literal.contentEnd, field));
        }
        else if (constant) {
            const field = `${value[0].text} (setup(version=${value[0].text}))`;
            occurrences.push(occurrenceAt(text, file, constant.contentStart, constant.contentEnd, field));
        }
        else {
            expression ??= `setup(version=${sourceOf(text, value)})`;
        }
    }
    if (occurrences.length > 0)
        return { occurrences };
    const scm = setupVersionArguments(tokens, 'use_scm_version').length > 0;
    if (scm) {
        return {
            occurrences,
            dynamic: 'setup(use_scm_version=...): setuptools-scm takes it from git tags',
            fromTag: true
        };
    }
    if (!expression)
        return { occurrences };
    const fromTag = /versioneer/.test(expression);
    return {
        occurrences,
        dynamic: `${expression} is computed${fromTag ? ' by versioneer from git tags' : ', not written here'}`,
        ...(fromTag ? { fromTag } : {})
    };
}
/** Top-level `NAME = "string"` assignments of a module, the last one winning. */
function moduleStrings(tokens) {
    const found = new Map();
    for (const statement of logicalLines(tokens)) {
        const assignment = readAssignment(statement);
        const literal = assignment && stringLiteral(assignment.value);
        if (!literal || statement[0].column !== 1)
            continue;
        for (const name of assignment.targets)
            found.set(name, literal);
    }
    return found;
}
/** The value tokens of every `keyword=` argument of a `setup(...)` call. */
function setupVersionArguments(tokens, keyword) {
    const values = [];
    tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        const isCall = token.kind === 'name' && token.text === 'setup' && isOp(tokens[i + 1], '(');
        if (!isCall || (previous?.kind === 'name' && /^(def|class)$/.test(previous.text)))
            return;
        let depth = 1;
        let value;
        for (let j = i + 2; j < tokens.length && depth > 0; j++) {
            const t = tokens[j];
            const argumentStart = depth === 1 && (j === i + 2 || isOp(tokens[j - 1], ','));
            if (argumentStart && t.kind === 'name' && t.text === keyword && isOp(tokens[j + 1], '=')) {
                value = [];
                values.push(value);
                j++;
                continue;
            }
            if (t.kind === 'op' && '([{'.includes(t.text))
                depth++;
            if (t.kind === 'op' && ')]}'.includes(t.text))
                depth--;
            if (depth === 0 || (depth === 1 && isOp(t, ',')))
                value = undefined;
            else
                value?.push(t);
        }
    });
    return values;
}
/** `targets = value` (chains and annotations allowed), or undefined for any other statement. */
function readAssignment(statement) {
    const targets = [];
    let k = 0;
    while (statement[k]?.kind === 'name') {
        let m = k + 1;
        if (isOp(statement[m], ':'))
            while (m < statement.length && !isOp(statement[m], '='))
                m++;
        if (!isOp(statement[m], '='))
            break;
        targets.push(statement[k].text);
        k = m + 1;
    }
    return targets.length > 0 ? { targets, value: statement.slice(k) } : undefined;
}
function logicalLines(tokens) {
    const lines = [[]];
    for (const token of tokens) {
        if (token.kind === 'newline' || isOp(token, ';'))
            lines.push([]);
        else
            lines[lines.length - 1].push(token);
    }
    return lines.filter((line) => line.length > 0);
}
/** The one plain string literal a value consists of (no f-, b- strings, no concatenation). */
function stringLiteral(value) {
    const [only] = value;
    const plain = only?.kind === 'string' && /^[rRuU]?$/.test(only.prefix ?? '');
    return value.length === 1 && plain ? only : undefined;
}
function isOp(token, text) {
    return token?.kind === 'op' && token.text === text;
}
/** The source text of some tokens, whitespace collapsed and shortened for a message. */
function sourceOf(text, tokens) {
    if (tokens.length === 0)
        return '';
    const source = text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/g, ' ');
    return source.length > 60 ? `${source.slice(0, 57)}...` : source;
}
/**
 * The tokens of a Python file that is Python: a file Python cannot even parse is refused before
 * anything is written (a bump would push a project that no longer builds, under a new version).
 */
function checkedTokens(text, file) {
    const tokens = tokenizePython(text);
    const syntax = pythonSyntaxProblem(tokens);
    if (!syntax)
        return tokens;
    const { line, column } = positionAt(text, syntax.offset);
    throw new errors/* ConfigurationError */.j1(`${file} is not valid Python: ${syntax.problem} (line ${line}, column ${column}). Fix the ` +
        'syntax; nothing was changed.', { locations: [{ file, line, col: column }] });
}

// EXTERNAL MODULE: ./packages/base/user-regex.ts
var user_regex = __webpack_require__(4385);
;// CONCATENATED MODULE: ./packages/version-files/formats/regex.ts


/**
 * A custom `path:regex` entry: every match of the pattern (lines matched with `^`/`$`), its one
 * capture group being the version.
 */
function readWithPattern(text, file, pattern) {
    const flags = [...new Set(`${pattern.flags}gmd`)].join('');
    const global = (0,user_regex/* derivedRegExp */.DA)(pattern, pattern.source, flags);
    const occurrences = [];
    for (const match of text.matchAll(global)) {
        const span = match.indices?.[1];
        if (!span || span[0] === span[1])
            continue;
        occurrences.push(occurrenceAt(text, file, span[0], span[1], `/${pattern.source}/`));
    }
    return { occurrences };
}

;// CONCATENATED MODULE: ./packages/version-files/formats/setup-cfg.ts


const SECTION = /^\[([^\]]+)\]/;
// configparser accepts `=` or `:`; indented lines continue the previous value.
const KEY = /^([A-Za-z_][\w-]*)([ \t]*[=:][ \t]*)([^\r\n]*)/;
/** Every `key = value` of an INI file with the offset of its value (inline comments cut). */
function iniValues(text) {
    const values = [];
    let section = '';
    let offset = 0;
    for (const line of text.split('\n')) {
        const lineStart = offset;
        offset += line.length + 1;
        const body = lineStart === 0 && line.startsWith('\ufeff') ? line.slice(1) : line;
        const bodyStart = lineStart + line.length - body.length;
        const header = SECTION.exec(body);
        if (header) {
            section = header[1].trim();
            continue;
        }
        const entry = KEY.exec(body);
        if (!entry)
            continue;
        // An inline comment needs whitespace before `#` or `;`; versions never contain either.
        const value = entry[3].replace(/\s+[#;].*$/, '').trim();
        const start = bodyStart + entry[1].length + entry[2].length;
        values.push({ section, key: entry[1].toLowerCase(), value, start });
    }
    return values;
}
/**
 * setup.cfg: `version = 1.2.0` in `[metadata]`, and bumpversion's `[bumpversion]
 * current_version` kept in step. `version = attr: pkg.__version__` and `version = file: VERSION`
 * name where setuptools reads it: that file is followed.
 */
function readSetupCfg(text, file) {
    const occurrences = [];
    const follows = [];
    let dynamic;
    for (const { section, key, value, start } of iniValues(text)) {
        if (value === '')
            continue;
        if (section === 'metadata' && key === 'version') {
            const pointer = /^(attr|file)\s*:\s*(.*)$/.exec(value);
            if (pointer) {
                dynamic ??= `[metadata] version = ${value}: setuptools reads the version from there`;
                const namedBy = `${file} [metadata] version`;
                const target = pointer[2].split(',')[0].trim();
                const follow = pointer[1] === 'attr'
                    ? followAttr(target, namedBy)
                    : followPath(target, /\.py$/.test(target) ? 'python-module' : 'VERSION', namedBy);
                if (follow)
                    follows.push(follow);
                continue;
            }
            occurrences.push(occurrenceAt(text, file, start, start + value.length, '[metadata] version'));
        }
        else if (section === 'bumpversion' && key === 'current_version') {
            const field = '[bumpversion] current_version';
            occurrences.push(occurrenceAt(text, file, start, start + value.length, field));
        }
    }
    const found = { occurrences };
    if (follows.length > 0)
        found.follows = follows;
    const literal = occurrences.some((o) => o.field === '[metadata] version');
    if (!literal && dynamic)
        found.dynamic = dynamic;
    return found;
}
/** .bumpversion.cfg: `[bumpversion] current_version`, which bump2version compares to the files. */
function readBumpversionCfg(text, file) {
    const occurrences = iniValues(text)
        .filter((v) => v.section === 'bumpversion' && v.key === 'current_version' && v.value !== '')
        .map((v) => occurrenceAt(text, file, v.start, v.start + v.value.length, '[bumpversion] current_version'));
    return { occurrences };
}

;// CONCATENATED MODULE: ./packages/version-files/read.ts










const READERS = {
    'package.json': readPackageJson,
    'package-lock.json': readPackageLock,
    'lerna.json': readLernaJson,
    'setup.py': readSetupPy,
    'setup.cfg': readSetupCfg,
    'pyproject.toml': readPyproject,
    'python-module': readPythonModule,
    'Cargo.toml': readCargoToml,
    VERSION: readVersionText,
    '.bumpversion.cfg': readBumpversionCfg
};
/** What each format is expected to hold, for "no version found" messages. */
const EXPECTED_FIELD = {
    'package.json': 'a top-level "version" field',
    'package-lock.json': 'a root "version" field',
    'lerna.json': 'a "version" field (fixed mode)',
    'setup.py': 'a version="..." argument to setup()',
    'setup.cfg': 'version = ... in [metadata]',
    'pyproject.toml': 'version in [project] or [tool.poetry]',
    'python-module': 'a top-level __version__ = "..."',
    'Cargo.toml': 'version in [package] or [workspace.package]',
    VERSION: 'the version on its first line',
    '.bumpversion.cfg': 'current_version in [bumpversion]',
    regex: 'a match of its regex'
};
/**
 * Finds the version occurrences in one file's text (pure: no disk access). Throws a
 * ConfigurationError for a malformed file or a path whose format cannot be told.
 */
function readVersionFile(spec, text) {
    const format = (0,version_files_specs/* formatOf */.be)(spec);
    if (!format) {
        throw new errors/* ConfigurationError */.j1(`Input '${version_files_specs/* FILES_INPUT */.xl}': cannot tell the format of ${spec.path}; write it as path:regex.`, { input: version_files_specs/* FILES_INPUT */.xl });
    }
    const findings = format === 'regex'
        ? readWithPattern(text, spec.path, spec.pattern)
        : READERS[format](text, spec.path, spec.variable);
    const { occurrences, ...rest } = findings;
    return { file: spec.path, format, occurrences, ...rest };
}
/**
 * Writes `newVersion` over every occurrence of the report (pure). Every other character of
 * `text` (quotes, comments, CRLF, BOM, a missing final newline) stays as it was.
 */
function replaceVersions(text, report, newVersion) {
    let result = text;
    for (const edit of versionEdits(text, report, newVersion).reverse()) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    }
    return result;
}
/**
 * The edits that write `newVersion` over every occurrence (sorted, not overlapping): the version
 * text, or each element of a version tuple. Refuses a version the file cannot hold.
 */
function versionEdits(text, report, newVersion) {
    assertWritableVersion(newVersion);
    const occurrences = [...report.occurrences].sort((a, b) => a.start - b.start);
    const edits = [];
    let limit = -1;
    for (const [i, occurrence] of occurrences.entries()) {
        const previous = occurrences[i - 1];
        // The same span found twice (a file listed twice) is written once.
        if (previous?.start === occurrence.start && previous.end === occurrence.end)
            continue;
        if (occurrence.start < limit) {
            throw new errors/* ConfigurationError */.j1(`${report.file}: two entries match overlapping text at line ${occurrence.line}; ` +
                `list the file once in '${version_files_specs/* FILES_INPUT */.xl}'.`, { input: version_files_specs/* FILES_INPUT */.xl, locations: [{ file: report.file, line: occurrence.line }] });
        }
        limit = occurrence.end;
        if (occurrence.tuple) {
            const parts = tupleParts(newVersion, occurrence.tuple.length, report.file, occurrence.line);
            occurrence.tuple.forEach((span, k) => edits.push({ ...span, text: parts[k] }));
            continue;
        }
        if (text.slice(occurrence.start, occurrence.end) !== occurrence.version) {
            throw new Error(`${report.file} changed since it was read (line ${occurrence.line})`);
        }
        edits.push({ start: occurrence.start, end: occurrence.end, text: newVersion });
    }
    return edits;
}
/** `1.3.0` as a tuple's elements: `1, 3, 0`, and `"final", 0` / `"rc", 1` for a 5-element tuple. */
function tupleParts(version, size, file, line) {
    const match = /^(\d+)\.(\d+)\.(\d+)(?:-(alpha|beta|rc)\.(\d+))?$/.exec(version);
    if (!match || (size === 3 && match[4])) {
        throw new errors/* ConfigurationError */.j1(`${file}:${line} holds the version as a tuple of ${size} elements, which cannot say ${version}` +
            (size === 5 ? ' (X.Y.Z, or X.Y.Z-alpha.N, -beta.N, -rc.N).' : ' (X.Y.Z only).'), { locations: [{ file, line }] });
    }
    const [, major, minor, patch, level, serial] = match;
    return size === 5 ? [major, minor, patch, level ?? 'final', serial ?? '0'] : [major, minor, patch];
}
/** Refuses a version that would break the quoting or the line of the file it goes into. */
function assertWritableVersion(version) {
    if (version === '' || /["'\\\s`]/.test(version)) {
        throw new errors/* ConfigurationError */.j1(`Version ${JSON.stringify(version)} cannot be written into a version file: ` +
            'it must be non-empty, without spaces, quotes or backslashes (e.g. 1.3.0).', { input: 'version' });
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/action-kit/confine.ts
var confine = __webpack_require__(8540);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/version-files/bytes.ts
/**
 * A version file is edited as bytes, not as decoded text: a latin-1 byte in a comment must
 * survive a bump (decoding and re-encoding would turn it into EF BF BD). The readers work on the
 * decoded text; these map their offsets back to bytes.
 */
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** The text of `bytes` as UTF-8; each byte that is not UTF-8 becomes one U+FFFD. */
function decodeBytes(bytes) {
    return utf8.decode(bytes);
}
/**
 * The byte offset of each UTF-16 offset of `decodeBytes(bytes)` (one entry per code unit, plus
 * the end). Mirrors the decoder: a malformed sequence is one U+FFFD per maximal bad prefix.
 */
function byteOffsets(bytes) {
    const offsets = [];
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes, i);
        offsets.push(i);
        if (length === 4)
            offsets.push(i); // a surrogate pair: two code units
        i += Math.abs(length);
    }
    offsets.push(bytes.length);
    return offsets;
}
/** Length of the valid UTF-8 sequence at `i`, or the negative length of the bad prefix there. */
function sequenceLength(bytes, i) {
    const first = bytes[i];
    if (first < 0x80)
        return 1;
    let need;
    let low = 0x80;
    let high = 0xbf;
    if (first >= 0xc2 && first <= 0xdf)
        need = 1;
    else if (first >= 0xe0 && first <= 0xef) {
        need = 2;
        if (first === 0xe0)
            low = 0xa0;
        if (first === 0xed)
            high = 0x9f;
    }
    else if (first >= 0xf0 && first <= 0xf4) {
        need = 3;
        if (first === 0xf0)
            low = 0x90;
        if (first === 0xf4)
            high = 0x8f;
    }
    else
        return -1;
    for (let k = 1; k <= need; k++) {
        const byte = bytes[i + k];
        if (byte === undefined || byte < low || byte > high)
            return -k;
        low = 0x80;
        high = 0xbf;
    }
    return need + 1;
}
/** `bytes` with each `[start, end)` (UTF-16 offsets of the decoded text) replaced, edits sorted or not. */
function spliceBytes(bytes, edits) {
    const offsets = byteOffsets(bytes);
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    const parts = [];
    let at = 0;
    for (const edit of sorted) {
        const start = offsets[edit.start];
        parts.push(bytes.subarray(at, start), new TextEncoder().encode(edit.text));
        at = offsets[edit.end];
    }
    parts.push(bytes.subarray(at));
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./packages/version-files/current.ts




/**
 * The current version of the project: every literal occurrence must hold the same version,
 * else one ConfigurationError lists every file:line and the version it holds. Dependency
 * pins (a workspace's requirements on its own crates) do not count.
 */
function currentVersion(files) {
    const occurrences = files.flatMap((f) => f.report.occurrences);
    const dynamic = files.flatMap(({ report }) => report.dynamic !== undefined && report.occurrences.length === 0
        ? [
            {
                file: report.file,
                reason: report.dynamic,
                ...(report.fromTag ? { fromTag: true } : {})
            }
        ]
        : []);
    const byVersion = new Map();
    for (const occurrence of occurrences) {
        byVersion.set(occurrence.version, [...(byVersion.get(occurrence.version) ?? []), occurrence]);
    }
    if (byVersion.size > 1) {
        const listing = [...byVersion]
            .map(([version, found]) => `${version} in ${found.map((o) => `${o.file}:${o.line}`).join(', ')}`)
            .join('; ');
        throw new errors/* ConfigurationError */.j1(`The version files disagree: ${listing}. Set them all to the same version, ` +
            `or list only the files to bump in the '${version_files_specs/* FILES_INPUT */.xl}' input.`, {
            input: version_files_specs/* FILES_INPUT */.xl,
            locations: occurrences.map((o) => ({ file: o.file, line: o.line, col: o.column }))
        });
    }
    return { version: byVersion.keys().next().value, occurrences, dynamic };
}
/**
 * Where the project's version comes from: written in the files (`literal`), or, when no file
 * writes it, derived from the git tag at build time (setuptools-scm, hatch-vcs, versioneer:
 * `derived`). When it is neither, one ConfigurationError says why per file, names every file
 * looked at, and the `files: path:regex` way out.
 */
function versionSource(current, lookedAt, empty = []) {
    if (current.version !== undefined)
        return 'literal';
    if (current.dynamic.some((d) => d.fromTag))
        return 'derived';
    const why = [
        ...current.dynamic.map((d) => `${d.file}: ${d.reason}`),
        ...empty.map((e) => `${e.file}: ${e.reason}`)
    ];
    throw new errors/* ConfigurationError */.j1(`No file holds a version to write${why.length > 0 ? ` (${why.join('; ')})` : ''}. ` +
        `Looked at ${lookedAt.join(', ') || 'nothing'}. List the file that holds the version in the ` +
        `'${version_files_specs/* FILES_INPUT */.xl}' input as path:regex with one capture group around it, e.g. ` +
        `mypkg/about.py:__version__ = "(.+)".`, {
        input: version_files_specs/* FILES_INPUT */.xl,
        locations: current.dynamic.map((d) => ({ file: d.file }))
    });
}
/**
 * The new text of every file whose version differs from `newVersion` (pure; nothing written).
 * A file listed twice (e.g. two regexes) is planned once with all its occurrences. A dependency
 * requirement moves only when it pins the current version and names one of the project's own
 * packages (a path dependency, or a package bumped in this run).
 */
function planVersionBump(files, newVersion) {
    const pinned = files.some((f) => (f.report.pins ?? []).length > 0);
    const current = pinned ? currentVersion(files).version : undefined;
    const own = new Set(files.flatMap(({ report }) => report.packageName && report.occurrences.length > 0 ? [report.packageName] : []));
    const moves = (o) => o.version === current && (o.dependency?.path === true || own.has(o.dependency?.name ?? ''));
    const byFile = new Map();
    for (const { text, bytes, report } of files) {
        const occurrences = [...report.occurrences, ...(report.pins ?? []).filter(moves)];
        const seen = byFile.get(report.file);
        if (seen)
            seen.report.occurrences.push(...occurrences);
        else
            byFile.set(report.file, { text, bytes, report: { ...report, occurrences } });
    }
    const changes = [];
    for (const [file, { text, bytes, report }] of byFile) {
        const edits = versionEdits(text, report, newVersion);
        let after = text;
        for (const edit of [...edits].reverse()) {
            after = after.slice(0, edit.start) + edit.text + after.slice(edit.end);
        }
        if (after === text)
            continue;
        const original = bytes ?? new TextEncoder().encode(text);
        const from = [
            ...new Set(report.occurrences.filter((o) => !o.dependency).map((o) => o.version))
        ].join(', ');
        changes.push({
            file,
            before: text,
            after,
            bytes: spliceBytes(original, edits),
            from: from || (current ?? ''),
            occurrences: report.occurrences
        });
    }
    return changes;
}

;// CONCATENATED MODULE: ./packages/version-files/load.ts









/** Version files looked for at the root of the working directory, in this order. */
const ROOT_VERSION_FILES = [
    'package.json',
    'package-lock.json',
    'lerna.json',
    'setup.py',
    'setup.cfg',
    'pyproject.toml',
    'Cargo.toml',
    'VERSION',
    'VERSION.txt',
    'version.txt',
    '.bumpversion.cfg'
];
/** A directory holding one of these is a project of its own: detection never enters it. */
const PROJECT_MARKERS = ['pyproject.toml', 'setup.py', 'package.json', 'Cargo.toml'];
/** How many directory levels below the root Python modules are looked for. */
const MODULE_DEPTH = 3;
/** Tool output, tests, and other projects' code copied in. */
const SKIPPED_DIRS = new Set([
    'node_modules',
    'vendor',
    '_vendor',
    '_vendored',
    'third_party',
    'dist',
    'build',
    'venv',
    'tests',
    'test',
    'site-packages',
    '__pycache__'
]);
/**
 * Finds the version files of the project in `dir`: the root manifests, and `__init__.py`,
 * `__version__.py`, `__about__.py`, `_version.py`, `version.py` of the top-level packages (up to
 * three levels deep, through `src/` and namespace folders; never into a subpackage, a vendored
 * folder, or a folder that is a project of its own), plus the files a manifest names as holding
 * the version. Finding none is a ConfigurationError suggesting the `files` input.
 */
async function detectVersionFiles(dir) {
    return (await loadVersionFiles(dir)).map((file) => file.spec);
}
/**
 * Reads the version files listed in `specs` (paths relative to `dir`), or detects them when
 * `specs` is undefined or empty. Every problem (a listed file missing or holding no version, a
 * malformed file, a named file that does not exist) is gathered into one ConfigurationError.
 */
async function loadVersionFiles(dir, specs) {
    return (await inspectVersionFiles(dir, specs)).files;
}
/** {@link loadVersionFiles}, also telling which files were read and why some hold nothing. */
async function inspectVersionFiles(dir, specs) {
    const problems = [];
    const listed = specs !== undefined && specs.length > 0;
    const candidates = listed ? specs : await detectCandidates(dir);
    const set = { files: [], lookedAt: [], empty: [] };
    for (const spec of candidates) {
        if (listed && !(await isFile((0,confine/* confinedFile */.dD)(dir, spec.path, version_files_specs/* FILES_INPUT */.xl)))) {
            problems.push(new errors/* ConfigurationError */.j1(`The version file ${spec.path} listed in '${version_files_specs/* FILES_INPUT */.xl}' does not exist in ${dir}. ` +
                `Fix the path (relative to working-directory) or remove the line.`, { input: version_files_specs/* FILES_INPUT */.xl, locations: [{ file: spec.path }] }));
            continue;
        }
        await readInto(set, dir, spec, listed, problems);
    }
    // The files a manifest names (hatch's path, setuptools' attr:/file:), read once each.
    for (const follow of set.files.flatMap((f) => f.report.follows ?? [])) {
        if (follow.glob) {
            await readMatches(set, dir, follow, problems);
            continue;
        }
        const path = await firstExisting(dir, follow);
        if (!path) {
            problems.push(new errors/* ConfigurationError */.j1(`${follow.namedBy} names ${follow.paths.join(' or ')}, which does not exist. ` +
                `Fix it, or list the file that holds the version in the '${version_files_specs/* FILES_INPUT */.xl}' input.`, { input: version_files_specs/* FILES_INPUT */.xl, locations: [{ file: follow.namedBy.split(' ')[0] }] }));
            continue;
        }
        const spec = { path, format: follow.format };
        if (follow.variable)
            spec.variable = follow.variable;
        // Read again with what the manifest says (the variable), in the place detection found it.
        const seen = set.files.findIndex((f) => f.spec.path === path && !f.spec.pattern);
        const removed = seen === -1 ? [] : set.files.splice(seen, 1);
        set.empty = set.empty.filter((e) => e.file !== path);
        set.lookedAt = set.lookedAt.filter((file) => file !== path);
        await readInto(set, dir, spec, true, problems, follow.namedBy);
        const added = set.files[set.files.length - 1];
        if (removed.length > 0 && added?.spec === spec)
            set.files.splice(seen, 0, set.files.pop());
    }
    if (!listed && set.files.length === 0 && problems.length === 0) {
        const why = set.empty.map((e) => `${e.file}: ${e.reason}`).join('; ');
        throw new errors/* ConfigurationError */.j1(`No version file found in ${dir}: looked for ${ROOT_VERSION_FILES.join(', ')} and ` +
            `__version__ in ${python_names/* PYTHON_MODULE_NAMES */.n.join(', ')}${why ? ` (${why})` : ''}. List the files ` +
            `that hold the version in the '${version_files_specs/* FILES_INPUT */.xl}' input, one a line (path, or path:regex ` +
            'with one capture group).', { input: version_files_specs/* FILES_INPUT */.xl });
    }
    try {
        currentVersion(set.files);
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        problems.push(error);
    }
    throwAll(problems);
    return set;
}
/** Reads one file into the set; a problem is gathered, not thrown. */
async function readInto(set, dir, spec, required, problems, namedBy) {
    set.lookedAt.push(spec.path);
    try {
        const bytes = await (0,promises_.readFile)((0,confine/* confinedFile */.dD)(dir, spec.path, required ? version_files_specs/* FILES_INPUT */.xl : undefined));
        const text = decodeBytes(bytes);
        const report = readVersionFile(spec, text);
        if (report.occurrences.length > 0 || report.dynamic !== undefined) {
            set.files.push({ spec, text, bytes, report });
            return;
        }
        const reason = report.noVersion ?? `no ${EXPECTED_FIELD[report.format]}`;
        set.empty.push({ file: spec.path, reason });
        if (!required)
            return;
        const fix = namedBy
            ? `Fix it, or set the version in the file ${namedBy} names.`
            : `Add it, or remove ${spec.path} from the '${version_files_specs/* FILES_INPUT */.xl}' input.`;
        problems.push(new errors/* ConfigurationError */.j1(`${spec.path} has no version to bump: ${report.noVersion ?? `expected ${EXPECTED_FIELD[report.format]}`}${namedBy ? ` (named by ${namedBy})` : ''}. ${fix}`, { input: version_files_specs/* FILES_INPUT */.xl, locations: [{ file: spec.path }] }));
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        problems.push(error);
    }
}
/** Several user mistakes reported as one error; each is kept for a caller that gathers more. */
class ConfigurationErrors extends errors/* ConfigurationError */.j1 {
    problems;
    constructor(problems, subject) {
        const input = problems.find((p) => p.input)?.input;
        super(`${problems.length} problems with ${subject}:\n` +
            problems.map((p, i) => `${i + 1}. ${p.message}`).join('\n'), { locations: problems.flatMap((p) => p.locations), ...(input ? { input } : {}) });
        this.problems = problems;
    }
}
/** One ConfigurationError for all `problems` (none: nothing thrown); nested lists flattened. */
function throwAll(problems, subject = 'the version files') {
    const flat = problems.flatMap((p) => (p instanceof ConfigurationErrors ? p.problems : [p]));
    if (flat.length === 0)
        return;
    if (flat.length === 1)
        throw flat[0];
    throw new ConfigurationErrors(flat, subject);
}
async function detectCandidates(dir) {
    const candidates = [];
    for (const name of ROOT_VERSION_FILES) {
        if (await isFile((0,external_node_path_.join)(dir, name)))
            candidates.push({ path: name });
    }
    const modules = await findPythonModules(dir, '', 0);
    candidates.push(...modules.map((path) => ({ path })));
    return candidates.filter((spec) => (0,version_files_specs/* formatOf */.be)(spec) !== undefined);
}
/**
 * Python module candidates under `relative` (posix paths), sorted. A package's version lives in
 * its top-level folder, so a folder holding `__init__.py` is not descended into (its subpackages
 * are its parts or vendored copies: `pydantic/v1/version.py`, `numpy/ma/version.py`).
 */
async function findPythonModules(dir, relative, depth) {
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, relative), { withFileTypes: true }).catch(() => []);
    // A virtualenv, whatever its folder is called, holds other projects' modules; a folder with
    // its own manifest is another project (a backend, an example), bumped only when listed.
    if (depth > 0 && entries.some((e) => e.name === 'pyvenv.cfg' || isProjectMarker(e)))
        return [];
    const found = entries
        .filter((e) => e.isFile() && python_names/* PYTHON_MODULE_NAMES */.n.includes(e.name))
        .map((e) => external_node_path_.posix.join(relative, e.name));
    const isPackage = depth > 0 && entries.some((e) => e.isFile() && e.name === '__init__.py');
    if (depth < MODULE_DEPTH && !isPackage) {
        for (const entry of entries) {
            const skipped = SKIPPED_DIRS.has(entry.name) ||
                entry.name.startsWith('.') ||
                entry.name.endsWith('.egg-info');
            if (entry.isDirectory() && !skipped) {
                found.push(...(await findPythonModules(dir, external_node_path_.posix.join(relative, entry.name), depth + 1)));
            }
        }
    }
    return found.sort();
}
function isProjectMarker(entry) {
    return entry.isFile() && PROJECT_MARKERS.includes(entry.name);
}
/**
 * Every file the patterns of `follow` match (lerna's `packages/*`), read like detected ones: a
 * match without a version is passed over; one the set holds already is not read twice.
 */
async function readMatches(set, dir, follow, problems) {
    for (const pattern of follow.paths) {
        for (const path of await expandPattern(dir, pattern.split('/'), '')) {
            if (set.lookedAt.includes(path))
                continue;
            await readInto(set, dir, { path, format: follow.format }, false, problems);
        }
    }
}
/** Paths under `dir` matching the segments (`*` within a name, `**` any folders), sorted. */
async function expandPattern(dir, segments, relative) {
    const [segment, ...rest] = segments;
    if (segment === undefined)
        return (await isFile((0,confine/* confinedFile */.dD)(dir, relative))) ? [relative] : [];
    if (segment === '**') {
        const here = await expandPattern(dir, rest, relative);
        const deeper = await expandPattern(dir, ['*', ...segments], relative);
        return [...new Set([...here, ...deeper])].sort();
    }
    if (!segment.includes('*'))
        return expandPattern(dir, rest, external_node_path_.posix.join(relative, segment));
    const name = new RegExp(`^${segment.split('*').map(escapeRegExp).join('[^/]*')}$`);
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, relative), { withFileTypes: true }).catch(() => []);
    const found = [];
    for (const entry of entries) {
        if (!entry.isDirectory() && rest.length > 0)
            continue;
        // A pattern names the project's own folders: only installed packages and dot-folders are out.
        if (entry.name === 'node_modules' || entry.name.startsWith('.') || !name.test(entry.name))
            continue;
        found.push(...(await expandPattern(dir, rest, external_node_path_.posix.join(relative, entry.name))));
    }
    return found.sort();
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
async function firstExisting(dir, follow) {
    for (const path of follow.paths)
        if (await isFile((0,confine/* confinedFile */.dD)(dir, path)))
            return path;
    return undefined;
}
async function isFile(path) {
    return (await (0,promises_.stat)(path).catch(() => undefined))?.isFile() ?? false;
}

;// CONCATENATED MODULE: ./packages/version-files/index.ts






/***/ })

};
;
//# sourceMappingURL=1089.index.js.map