"use strict";
exports.id = 7950;
exports.ids = [7950];
exports.modules = {

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
/* unused harmony exports USER_REGEX_BUDGET_MS, linearRegExp, regexProblem, hasNestedRepetition */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4431);
/* harmony import */ var _shown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/**
 * A regular expression from an input, checked before it runs on every commit: it must not
 * match the empty string (it would "find" a ticket or skip a commit everywhere), and it must
 * not nest a repeated group inside a repetition (`(a+)+`, `(\w*)*`), the shape whose
 * backtracking takes exponential time on a near-miss (ReDoS) and would hang the job.
 * No shape check catches every such pattern (`(a|a)+$` overlaps without nesting), so the
 * regex that passes runs on V8's linear-time engine when it can (no text makes it backtrack),
 * and otherwise (a backreference, a lookaround, the `i` flag) under a time budget: past it, the
 * run stops naming the input.
 */




/** Matching time one user regex may spend in a run, all texts together. */
const USER_REGEX_BUDGET_MS = 3000;
function checkUserRegex(regex, input) {
    const problem = regexProblem(regex);
    if (problem === undefined) {
        const fast = linearRegExp(regex.source, regex.flags);
        if (fast === undefined)
            return new BoundedRegExp(regex, regex.flags, input);
        linearInput.set(fast, input);
        return fast;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}' has ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .S)(regex.source)}, which ${problem}.`, {
        input
    });
}
/**
 * V8's linear-time engine (the `l` flag, behind a V8 flag in Node 20 and 24) cannot backtrack,
 * so a regex it accepts needs no budget; and the budget's watchdog costs tens of microseconds a
 * match, which on a history of 10,000 commits was half the run. Undefined when the engine
 * does not take this regex (or this Node has no such engine).
 */
function linearRegExp(source, flags) {
    if (linearEngine === undefined) {
        try {
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--enable-experimental-regexp-engine');
            const probe = 'l';
            linearEngine = new RegExp('a', probe).flags.includes('l');
        }
        catch {
            linearEngine = false;
        }
    }
    if (!linearEngine)
        return undefined;
    try {
        return new RegExp(source, flags.includes('l') ? flags : `${flags}l`);
    }
    catch {
        return undefined;
    }
}
let linearEngine;
/** The input a linear-time regex came from, for a derived regex that cannot stay linear. */
const linearInput = new WeakMap();
/**
 * V8's backtracking cannot be interrupted from JavaScript, but a vm script's timeout stops
 * whatever runs inside it, a regex included: each match runs as that script.
 */
const sandbox = {};
let watchdog;
/** Made on the first bounded match: a vm context costs milliseconds a step may never need. */
function matchWatchdog() {
    watchdog ??= { context: (0,node_vm__WEBPACK_IMPORTED_MODULE_1__.createContext)(sandbox), script: new node_vm__WEBPACK_IMPORTED_MODULE_1__.Script('match()') };
    return watchdog;
}
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}' has ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .S)(source)}, which took more than ` +
            `${USER_REGEX_BUDGET_MS / 1000} s to match ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .S)(String(text))}: it backtracks ` +
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
            const { context, script } = matchWatchdog();
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
 * A regex built around a user's (`(?<key>${issue.source})|#(\d+)`): linear-time when the user's
 * is and the whole can be, else held to a budget (the same one when the user's regex is
 * bounded); a plain RegExp around a regex that is not a user's.
 */
function derivedRegExp(from, source, flags) {
    if (from instanceof BoundedRegExp)
        return BoundedRegExp.sharing(from, source, flags);
    const input = linearInput.get(from);
    if (input === undefined)
        return new RegExp(source, flags);
    const fast = linearRegExp(source, flags);
    if (fast === undefined)
        return new BoundedRegExp(source, flags, input);
    linearInput.set(fast, input);
    return fast;
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


/***/ })

};
;
//# sourceMappingURL=7950.index.js.map