"use strict";
exports.id = 6678;
exports.ids = [6678];
exports.modules = {

/***/ 8990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backMergeStep: () => (/* binding */ backMergeStep)
});

// EXTERNAL MODULE: ./packages/action-kit/context.ts
var action_kit_context = __webpack_require__(2399);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts
var run = __webpack_require__(2841);
// EXTERNAL MODULE: ./packages/github/client.ts
var github_client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/github/pulls.ts
var pulls = __webpack_require__(2888);
// EXTERNAL MODULE: ./packages/release/back-merge.ts
var back_merge = __webpack_require__(9848);
// EXTERNAL MODULE: ./packages/release/arrival.ts
var arrival = __webpack_require__(1993);
// EXTERNAL MODULE: ./packages/release/commit-via.ts
var commit_via = __webpack_require__(2410);
// EXTERNAL MODULE: ./actions/back-merge/src/inputs.ts
var src_inputs = __webpack_require__(6475);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/back-merge/src/summary.ts

const SAID = {
    merged: 'merged',
    unchanged: 'already merged',
    'pull-request': 'pull request',
    'dry-run': 'dry run'
};
const ANCESTRY = {
    yes: 'yes',
    pending: 'pending (once the pull request is merged with a merge commit)',
    no: '**no**'
};
function backMergeSummary(report) {
    let body = (0,summary/* resultLine */.ow)('back-merge', report.result, `\`${report.source}\` (${report.version ?? 'no release tag'}, \`${report.sourceSha.slice(0, 12)}\`) into ` +
        `${report.targets.map((t) => `\`${t.target}\``).join(', ')}.`);
    body += (0,summary/* table */.tp)([
        'Target',
        'Result',
        'Commit',
        'Pull request',
        'Conflicting files',
        `${report.source} is an ancestor`
    ], report.targets.map((t) => [
        t.target,
        t.result === 'dry-run' && t.reason
            ? `dry run: would need a pull request (${t.reason})`
            : SAID[t.result],
        t.result === 'pull-request' ? '' : t.sha.slice(0, 12),
        t.pullRequestUrl ? `[#${t.pullRequestNumber}](${t.pullRequestUrl})` : '',
        t.conflicts.map((f) => `\`${f}\``).join(', '),
        ANCESTRY[t.ancestry]
    ]));
    if (report.arrival?.kind === 'squash') {
        const resolved = report.targets.flatMap((t) => t.resolved ?? []);
        body +=
            `\n⚠️ ${report.version ?? 'The release'} reached \`${report.source}\` squashed or rebased ` +
                `(${report.arrival.branch ?? 'release branch'} head \`${report.arrival.head?.slice(0, 12) ?? '?'}\` is not in its history). ` +
                (resolved.length > 0
                    ? `These files conflicted only because of it and were merged on the release branch's own base: ${resolved.map((f) => `\`${f}\``).join(', ')}.`
                    : 'Merged with that knowledge: content the target already had from the release branch is not a conflict.') +
                ' Merge release pull requests with a merge commit.\n';
    }
    return body;
}

;// CONCATENATED MODULE: ./actions/back-merge/src/step.ts
/** back-merge's work, loaded once its inputs and the checkout are known to be good. */











async function backMergeStep(inputs, context, git) {
    const publishMerge = (0,commit_via/* stepMergePublisher */.Fn)(inputs.commitVia, {
        token: inputs.token,
        context,
        log: logger/* actionsLogger */.M
    });
    let client;
    const github = () => (client ??= (0,github_client.createGitHubClient)({
        token: inputs.token,
        apiUrl: context.apiUrl,
        log: logger/* actionsLogger */.M
    }));
    const report = await (0,back_merge/* backMerge */.WT)(git, { ...inputs, scratch: context.runnerTemp, publishMerge }, async (spec) => (0,pulls/* upsertPull */.N2)(await github(), (0,action_kit_context/* requireRepository */.C)(context), spec), async (sha) => (0,arrival/* mergedReleasePull */.pM)(await github(), (0,action_kit_context/* requireRepository */.C)(context), sha, inputs.patterns));
    for (const t of report.targets) {
        if (t.result === 'pull-request') {
            (0,core/* warning */.$e)(`${report.source} was not merged into ${t.target} directly (${t.reason === 'conflict' ? `conflicts: ${t.conflicts.join(', ')}` : 'protected branch'}); ` +
                `pull request ${t.pullRequestUrl ?? ''} waits for a person.`);
        }
        else {
            (0,core/* info */.pq)(`${t.target}: ${t.result}${t.conflicts.length ? ` (would conflict: ${t.conflicts.join(', ')})` : ''} at ${t.sha.slice(0, 12)}`);
        }
    }
    const primary = report.targets[0];
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.result]: report.result,
        [src_inputs/* Output */.k7.sha]: primary.result === 'pull-request' ? '' : primary.sha,
        [src_inputs/* Output */.k7.ancestry]: primary.ancestry,
        [src_inputs/* Output */.k7.pullRequestUrl]: report.targets.find((t) => t.pullRequestUrl)?.pullRequestUrl ?? '',
        [src_inputs/* Output */.k7.targets]: JSON.stringify(report.targets.map((t) => ({
            target: t.target,
            result: t.result,
            sha: t.result === 'pull-request' ? '' : t.sha,
            conflicts: t.conflicts,
            pullRequestUrl: t.pullRequestUrl ?? ''
        })))
    });
    await (0,core/* appendSummary */.fe)(backMergeSummary(report));
    const broken = report.targets.filter((t) => t.ancestry === 'no');
    if (broken.length > 0) {
        (0,core/* error */.z3)(`${report.source} is not an ancestor of ${broken.map((t) => t.target).join(', ')} on origin after the back-merge ` +
            '(someone pushed over the merge?): git-flow relies on it. Merge it again with a merge commit.', undefined, 'back-merge: ancestry');
        (0,core/* markFailed */.ZY)();
    }
}


/***/ }),

/***/ 336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   ow: () => (/* binding */ resultLine),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Small markdown builders for job summaries; each action composes its summary from these. */
/** Escapes text for a markdown table cell. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(header, rows) {
    const head = `| ${header.map(cell).join(' | ')} |`;
    const rule = `| ${header.map(() => '---').join(' | ')} |`;
    return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
}
function codeBlock(text, language = '') {
    const fence = text.includes('```') ? '````' : '```';
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** The first line every summary starts with: what ran and how it ended. */
function resultLine(action, result, detail) {
    const icon = result === 'failure'
        ? '❌'
        : result === 'dry-run'
            ? '🧪'
            : result === 'unchanged'
                ? '⏸️'
                : result === 'skipped'
                    ? '⏭️'
                    : '✅';
    return `${heading(`${icon} ${action}: ${result}`)}\n${detail}\n\n`;
}


/***/ }),

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

/***/ 6101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ writeOnce),
/* harmony export */   hv: () => (/* binding */ NO_BLIND_RETRY)
/* harmony export */ });
/* unused harmony export isLostAnswer */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);

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
                const waitMs = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.retryBaseMs)() * (Number.isFinite(after) && after > 0 ? Math.min(after, 60) : attempt);
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
            await new Promise((resolve) => setTimeout(resolve, (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.retryBaseMs)() * attempt));
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


/***/ })

};
;
//# sourceMappingURL=6678.index.js.map