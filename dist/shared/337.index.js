"use strict";
exports.id = 337;
exports.ids = [337];
exports.modules = {

/***/ 8168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubFetch: () => (/* binding */ githubFetch)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5876);
/**
 * The `fetch` octokit calls, on packages/http's `node:http` client: proxy-aware the way
 * `@actions/github` is (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, loopback never proxied) without
 * loading undici, whose first use cost a run that talks to GitHub 0.2-0.4 s of CPU (one in
 * `@actions/github`'s own import, the other in Node's built-in fetch). Only what
 * `@octokit/request` (fetch-wrapper.js) uses: the method, headers, a string body and the signal
 * going out; the status, status text, URL, headers (`get` and iteration), `text()`,
 * `arrayBuffer()` and `body` (read only with `parseSuccessResponseBody: false`) coming back.
 * A request that got no answer throws as fetch does: a TypeError whose `cause` is the network
 * error (octokit reports it as status 500 with that message); an aborted one, before sending or
 * in flight, an AbortError.
 */

async function githubFetch(url, init = {}) {
    if (init.body !== undefined && init.body !== null && typeof init.body !== 'string') {
        throw new TypeError('release-actions: the GitHub client sends string bodies only');
    }
    if (init.signal?.aborted)
        throw abortError();
    let answer;
    try {
        answer = await (0,_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpRequest */ .a)(url, {
            method: init.method,
            headers: init.headers,
            body: init.body ?? undefined,
            signal: init.signal ?? undefined
        });
    }
    catch (error) {
        if (init.signal?.aborted)
            throw abortError();
        if (!(error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpNetworkError */ .z))
            throw error;
        throw Object.assign(new TypeError('fetch failed'), { cause: error });
    }
    const headers = answer.headers;
    const bytes = answer.bytes;
    return {
        status: answer.status,
        statusText: answer.statusText,
        url: answer.url,
        headers: {
            get: (name) => headers[name.toLowerCase()] ?? null,
            [Symbol.iterator]: () => Object.entries(headers)[Symbol.iterator]()
        },
        text: () => Promise.resolve(answer.body),
        arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
        body: null
    };
}
function abortError() {
    return Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
}


/***/ })

};
;
//# sourceMappingURL=337.index.js.map