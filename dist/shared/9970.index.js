"use strict";
exports.id = 9970;
exports.ids = [9970];
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
//# sourceMappingURL=9970.index.js.map