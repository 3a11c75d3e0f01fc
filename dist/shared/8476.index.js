"use strict";
exports.id = 8476;
exports.ids = [8476,7101];
exports.modules = {

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ apiStatus),
/* harmony export */   Eb: () => (/* binding */ validationCodes),
/* harmony export */   Qg: () => (/* binding */ ruleViolation),
/* harmony export */   Uz: () => (/* binding */ isNoAnswer),
/* harmony export */   V2: () => (/* binding */ wasRetried),
/* harmony export */   cU: () => (/* binding */ explainApiError),
/* harmony export */   fo: () => (/* binding */ requestOf),
/* harmony export */   i7: () => (/* binding */ isSecondaryRateLimit)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/**
 * What a failed GitHub API call means for the user. A 403 names the permission GitHub accepts
 * for the call (the `x-accepted-github-permissions` header), so the fix is one line of workflow.
 */

/** The HTTP status of an API error, or undefined for anything else. */
function apiStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** A 403 (or 429) that is GitHub's secondary rate limit, not a missing permission. */
function isSecondaryRateLimit(error) {
    const failure = error;
    const data = failure?.response?.data;
    const text = `${failure?.message ?? ''} ${data?.message ?? ''}`;
    return /secondary rate limit|abuse detection/i.test(text);
}
/**
 * True when no answer came: the connection was refused, reset or closed before a response
 * (octokit reports it as a 500 without a response; the request may have been applied).
 */
function isNoAnswer(error) {
    const failure = error;
    return failure?.status === 500 && failure.request !== undefined && failure.response === undefined;
}
/**
 * GitHub's words when a ruleset refused a write (a 422 "Repository rule violations found" with
 * the rules broken, e.g. "Cannot create ref due to creations being restricted."), or undefined.
 */
function ruleViolation(error) {
    if (apiStatus(error) !== 422)
        return undefined;
    const failure = error;
    const data = failure?.response?.data;
    const text = data?.message ?? failure?.message ?? '';
    if (!/Repository rule violations? found/i.test(text))
        return undefined;
    const rules = text
        .replace(/^[\s\S]*?Repository rule violations? found\s*/i, '')
        .split('\n')
        .map((line) => line.replace(/^\s*-\s*/, '').trim())
        .filter(Boolean);
    return rules.length > 0 ? rules.join(' ') : 'Repository rule violations found.';
}
/** `POST /repos/acme/app/releases on api.github.com`, from an octokit error's request. */
function requestOf(error) {
    const request = error?.request;
    if (!request?.url)
        return undefined;
    try {
        const url = new URL(request.url);
        return { route: `${request.method ?? ''} ${url.pathname}`.trim(), host: url.host };
    }
    catch {
        return undefined;
    }
}
/**
 * True when the call that failed had been sent before (the client retried it after a lost
 * answer or a 5xx): an "already exists" then most likely names what that earlier try made.
 */
function wasRetried(error) {
    const request = error
        ?.request?.request;
    return (request?.retryCount ?? 0) > 0;
}
/** The `errors[].code` values of a 422 'Validation Failed' answer. */
function validationCodes(error) {
    const data = error?.response?.data;
    return (data?.errors ?? []).map((e) => e.code ?? '').filter(Boolean);
}
/** `contents=write` -> `contents: write`, several alternatives joined with "or". */
function describePermissions(header) {
    if (!header)
        return undefined;
    return header
        .split(';')
        .map((alternative) => alternative
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .join(', '))
        .join(' or ');
}
/**
 * Turns an API failure of `what` (e.g. "creating the release v1.3.0") into a ConfigurationError
 * for the user's mistakes (401, 403, 404) and leaves other errors (bugs, 5xx after retries)
 * as they are, with the call named.
 */
function explainApiError(error, what) {
    const failure = error;
    const status = apiStatus(error);
    const message = failure?.message ?? String(error);
    const request = requestOf(error);
    const to = request ? ` to ${request.route}` : '';
    if (isNoAnswer(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`No answer from GitHub (${request?.host ?? 'the API'})${to} while ${what}: the ` +
            `connection failed (${message}), also on the retries. The request may or may not have ` +
            'been applied; rerunning the job is safe.', { cause: error });
    }
    if (status === 401) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused the token while ${what} (401 ${message}); check the 'token' input.`, { input: 'token' });
    }
    if ((status === 403 || status === 429) && isSecondaryRateLimit(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub's secondary rate limit stopped ${what} (${status}${to}: ${message}), also after ` +
            'waiting it out; this is not a missing permission: rerun the job in a few minutes.', { cause: error });
    }
    if (status === 403) {
        const needed = describePermissions(failure.response?.headers?.['x-accepted-github-permissions']);
        const fix = needed
            ? `The token lacks the permission '${needed}': add \`permissions: { ${needed} }\` to the job, ` +
                'or pass a token (GitHub App or PAT) that has it.'
            : 'Check that the token may write to this repository.';
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub answered 403 while ${what}: ${message}. ${fix}`, {
            input: 'token'
        });
    }
    const violated = ruleViolation(error);
    if (violated) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`A ruleset of the repository refused ${what}: ${violated} Add the token's App or user to ` +
            "the ruleset's bypass list, or pass a token that may bypass it.", { input: 'token' });
    }
    if (status === 404) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub answered 404 while ${what}: the repository is not visible to this token, or the ` +
            `object does not exist (${message}).`);
    }
    if (status !== undefined && (status >= 500 || status === 429)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub answered ${status}${to} while ${what}: ${message}, also on the retries; rerun ` +
            'the job later (rerunning is safe).', { cause: error });
    }
    if (status !== undefined)
        return new Error(`GitHub answered ${status} while ${what}: ${message}`);
    return error instanceof Error ? error : new Error(message);
}


/***/ }),

/***/ 7395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeThroughApi: () => (/* binding */ mergeThroughApi)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6101);


function mergeThroughApi(github, repository) {
    return async (target, sourceSha, message) => {
        try {
            return await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_1__/* .writeOnce */ .Fq)({
                what: `merging ${sourceSha} into ${target}`,
                send: async () => {
                    const answer = await github.request('POST /repos/{owner}/{repo}/merges', {
                        ...repository,
                        base: target,
                        head: sourceSha,
                        commit_message: message,
                        request: _write_once_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_BLIND_RETRY */ .hv
                    });
                    // 204 (nothing to merge) has no body; octokit's types know only the 201.
                    const sha = answer.data?.sha;
                    return sha ? { kind: 'merged', sha } : { kind: 'unchanged' };
                },
                // A lost answer: the merge was applied when the target's head is our merge commit.
                lookup: async () => {
                    const { data } = await github.rest.repos.getCommit({ ...repository, ref: target });
                    const ours = data.parents.some((p) => p.sha === sourceSha) &&
                        data.commit.message.trim() === message.trim();
                    return ours ? { kind: 'merged', sha: data.sha } : undefined;
                }
            });
        }
        catch (error) {
            const { status, message: text } = error;
            const detail = text ?? String(status);
            // A secondary rate limit is no refusal: it stays an API failure, named as such.
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecondaryRateLimit */ .i7)(error))
                throw error;
            if (status === 409 && /^merge conflict/i.test(detail))
                return { kind: 'moved' };
            if (status === 409 || status === 422 || (status === 403 && /rule|protected/i.test(detail))) {
                return { kind: 'refused', rejection: 'protected', detail };
            }
            if (status === 403)
                return { kind: 'refused', rejection: 'permission', detail };
            throw error;
        }
    };
}


/***/ }),

/***/ 6101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ writeOnce),
/* harmony export */   hv: () => (/* binding */ NO_BLIND_RETRY)
/* harmony export */ });
/* unused harmony export isLostAnswer */
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7573);

/** Per-request options that turn octokit's retry plugin off for one call. */
const NO_BLIND_RETRY = { retries: 0 };
/** Sends `send` until it is answered, looking with `lookup` after each lost answer. */
async function writeOnce(write) {
    const attempts = write.attempts ?? 4;
    for (let attempt = 1;; attempt++) {
        try {
            return await write.send();
        }
        catch (error) {
            // A 429 the throttling left (no rate-limit headers) was refused, not applied: send again.
            if (statusOf(error) === 429 && attempt < attempts) {
                const after = Number(headerOf(error, 'retry-after'));
                const waitMs = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retryBaseMs */ .wR)() * (Number.isFinite(after) && after > 0 ? Math.min(after, 60) : attempt);
                write.log?.warning(`GitHub answered 429 to ${write.what}; sending it again (${attempt} of ${attempts - 1}).`);
                await new Promise((resolve) => setTimeout(resolve, waitMs));
                continue;
            }
            if (!isLostAnswer(error))
                throw error;
            const found = await write.lookup();
            if (found !== undefined) {
                write.log?.info(`The answer to ${write.what} was lost, but it was applied; not sent again.`);
                return found;
            }
            if (attempt >= attempts)
                throw error;
            write.log?.warning(`The answer to ${write.what} was lost and it was not applied; sending it again (${attempt} of ${attempts - 1}).`);
            await new Promise((resolve) => setTimeout(resolve, (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retryBaseMs */ .wR)() * attempt));
        }
    }
}
/**
 * A failure after which the request may or may not have been applied: no answer (octokit
 * reports a network failure as status 500) or a 5xx. Reads a wrapped error's `cause` too.
 */
function isLostAnswer(error) {
    const status = statusOf(error);
    return status !== undefined && status >= 500;
}
/** The HTTP status of an octokit error, or of the error a wrapper names as its `cause`. */
function statusOf(error) {
    for (const e of [error, error?.cause]) {
        const status = e?.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
function headerOf(error, name) {
    for (const e of [error, error?.cause]) {
        const value = e?.response
            ?.headers?.[name];
        if (typeof value === 'string' || typeof value === 'number')
            return String(value);
    }
    return undefined;
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

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
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

/***/ })

};
;
//# sourceMappingURL=8476.index.js.map