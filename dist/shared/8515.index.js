"use strict";
exports.id = 8515;
exports.ids = [8515];
exports.modules = {

/***/ 5841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notifyStep: () => (/* binding */ notifyStep)
});

// EXTERNAL MODULE: ./packages/github/default-branch.ts
var default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git_git = __webpack_require__(4553);
// EXTERNAL MODULE: ./packages/github/client.ts
var github_client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/release/announce-release.ts + 7 modules
var announce_release = __webpack_require__(9432);
// EXTERNAL MODULE: ./actions/notify/src/inputs.ts
var src_inputs = __webpack_require__(4214);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/notify/src/summary.ts

/** The job summary; it names the release link, never the webhook (a secret). */
function notifySummary(args) {
    const what = `the ${args.format} announcement of [the release](${args.url})`;
    const detail = args.result === 'success'
        ? `Posted ${what} to the webhook.`
        : args.result === 'dry-run'
            ? `Would post ${what} to the webhook (payload below).`
            : args.result === 'unchanged'
                ? `Already posted ${what} to the webhook; not posted again (set 'repost: true' to post again).`
                : `The webhook refused ${what}: ${args.failure?.message ?? ''}`;
    let body = (0,summary/* resultLine */.ow)('notify', args.result, detail);
    body += `<details><summary>Payload</summary>\n\n${(0,summary/* codeBlock */.DV)(JSON.stringify(args.payload, null, 2), 'json')}\n</details>\n`;
    return body;
}

;// CONCATENATED MODULE: ./actions/notify/src/step.ts
/** notify's work, loaded once its inputs are known to be good. */









async function notifyStep(inputs, context, repo) {
    const git = new git_git/* Git */.TU(inputs.workingDirectory, { log: logger/* actionsLogger */.M, token: inputs.token });
    let client;
    const report = await (0,announce_release/* announceRelease */.z)({
        repo,
        git: (await git.isRepository()) ? git : undefined,
        github: async () => (client ??= await (0,github_client.createGitHubClient)({
            token: inputs.token,
            apiUrl: context.apiUrl,
            log: logger/* actionsLogger */.M
        })),
        defaultBranch: (0,default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, token: inputs.token }),
        log: logger/* actionsLogger */.M
    }, {
        ...inputs,
        record: Boolean(inputs.token),
        run: {
            branch: context.branch,
            sha: context.sha,
            serverUrl: context.serverUrl,
            runId: context.runId
        }
    });
    const { result } = report;
    await (0,run/* setOutputs */.n0)(result === 'dry-run'
        ? { [src_inputs/* Output */.k7.result]: result }
        : { [src_inputs/* Output */.k7.result]: result, [src_inputs/* Output */.k7.status]: report.status ?? '' });
    if (report.failure) {
        (0,core/* error */.z3)(report.failure.message, undefined, 'notify: the webhook refused the announcement');
        (0,core/* markFailed */.ZY)();
    }
    await (0,core/* appendSummary */.fe)(notifySummary({
        result,
        format: inputs.format,
        url: report.url,
        payload: report.payload,
        failure: report.failure
    }));
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

/***/ 7102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ apiDefaultBranch)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6217);


/**
 * A lookup of the default branch through the API, with `client` (or one made from `token` on
 * first use). Without a token or a repository it says nothing; an API failure is a warning.
 */
function apiDefaultBranch(options) {
    const { context, log } = options;
    return async () => {
        if (!context.owner || !context.repo || (!options.client && !options.token))
            return undefined;
        try {
            const github = options.client ??
                (await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubClient)({ token: options.token, apiUrl: context.apiUrl, log }));
            const { data } = await github.request('GET /repos/{owner}/{repo}', {
                owner: context.owner,
                repo: context.repo
            });
            return data.default_branch || undefined;
        }
        catch (error) {
            log.warning(`GitHub did not say the repository's default branch: ${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            return undefined;
        }
    };
}


/***/ })

};
;
//# sourceMappingURL=8515.index.js.map