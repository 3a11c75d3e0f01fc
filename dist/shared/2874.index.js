"use strict";
exports.id = 2874;
exports.ids = [2874];
exports.modules = {

/***/ 5374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitorStep: () => (/* binding */ monitorStep)
});

// EXTERNAL MODULE: ./packages/action-kit/context.ts
var action_kit_context = __webpack_require__(2399);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/github/client.ts
var client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/deploy/deployments.ts
var deployments = __webpack_require__(5540);
// EXTERNAL MODULE: ./packages/deploy/rollback.ts
var rollback = __webpack_require__(2270);
;// CONCATENATED MODULE: ./packages/monitor/breach.ts


/**
 * Rolls back, then marks the live deployment failed; both optional, per the plan. The API is
 * read first only to name the versions; when it fails, the rollback still runs (with what is
 * known) and the failure is reported beside it. Never throws for an API fault.
 */
async function handleBreach(plan, deps) {
    const outcome = {};
    const { records } = deps;
    if (plan.environment && records) {
        const environment = plan.environment;
        outcome.recordError = await (0,rollback/* attempt */.CD)(async () => {
            const history = await records.history(environment);
            outcome.failed = (0,deployments/* lastSuccessful */.hL)(history);
            outcome.previous = outcome.failed && (0,deployments/* lastSuccessful */.hL)(history, outcome.failed.id);
        });
    }
    if (plan.rollback) {
        outcome.rollback = await (0,rollback/* runRollback */.el)({
            command: plan.rollback,
            workingDirectory: plan.workingDirectory,
            timeoutMs: plan.timeoutMs,
            environment: plan.environment,
            failed: outcome.failed,
            previous: outcome.previous
        }, deps.runCommand);
    }
    const failed = outcome.failed;
    if (plan.environment && records && outcome.recordError === undefined) {
        if (failed) {
            outcome.recordError = await (0,rollback/* attempt */.CD)(() => records.setStatus(failed.id, { state: 'failure', description: `monitor: ${plan.reason}` }));
            if (outcome.recordError === undefined) {
                deps.log.info(`Marked deployment ${failed.id} (${failed.version}) on ${plan.environment} failed.`);
            }
        }
        else {
            deps.log.warning(`No successful deployment of ${plan.environment} to mark failed.`);
        }
    }
    return outcome;
}

// EXTERNAL MODULE: ./packages/base/duration.ts
var duration = __webpack_require__(9492);
// EXTERNAL MODULE: ./packages/http/probe.ts
var probe = __webpack_require__(8769);
// EXTERNAL MODULE: ./packages/http/client.ts
var http_client = __webpack_require__(5876);
;// CONCATENATED MODULE: ./packages/monitor/prometheus.ts
/** One PromQL instant query against Prometheus' HTTP API (`/api/v1/query`). */


/**
 * Evaluates the query now. A query Prometheus refuses (bad_data) is the user's mistake and
 * throws; an unreachable or failing server is a note, so one bad round does not end the watch.
 */
async function queryPrometheus(baseUrl, query, timeoutMs) {
    const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    url.searchParams.set('query', query);
    let answer;
    try {
        const response = await (0,http_client/* httpRequest */.a)(url, {
            timeoutMs,
            headers: { accept: 'application/json' }
        });
        answer = JSON.parse(response.body);
    }
    catch (error) {
        const cause = error instanceof http_client/* HttpNetworkError */.z ? error.code : undefined;
        return { note: `Prometheus unreachable: ${cause ?? (0,errors/* errorMessage */.gJ)(error)}` };
    }
    if (answer.status !== 'success') {
        if (answer.errorType === 'bad_data') {
            throw new errors/* ConfigurationError */.j1(`Input 'query' is not valid PromQL: Prometheus says ${answer.error ?? 'bad_data'}.`, { input: 'query' });
        }
        return { note: `Prometheus error (${answer.errorType ?? '?'}): ${answer.error ?? ''}` };
    }
    return sampleValue(answer.data);
}
function sampleValue(data) {
    const toNumber = (pair) => {
        const value = Array.isArray(pair) ? Number(pair[1]) : NaN;
        return Number.isNaN(value) ? { note: 'no numeric value' } : { value };
    };
    if (data?.resultType === 'scalar')
        return toNumber(data.result);
    if (data?.resultType === 'vector' && Array.isArray(data.result)) {
        const [first] = data.result;
        return first ? toNumber(first.value) : { note: 'no data' };
    }
    return {
        note: `unsupported result type ${data?.resultType ?? '?'}; use an instant vector or scalar`
    };
}

// EXTERNAL MODULE: ./packages/monitor/stats.ts
var monitor_stats = __webpack_require__(4328);
;// CONCATENATED MODULE: ./packages/monitor/watch.ts
/**
 * The watch after production (step 18): every interval for the window, probe each URL and
 * optionally evaluate a PromQL expression; then judge the window against the thresholds.
 */




/** Watches for the whole window (or until a breach with failFast); never throws for a probe. */
async function watch(plan, deps) {
    const now = deps.now ?? (() => Date.now());
    const sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const opened = now();
    const rounds = [];
    for (let number = 1;; number++) {
        const at = now() - opened;
        const [probes, query] = await Promise.all([
            Promise.all(plan.urls.map((url) => (0,probe/* probeUrl */.K)(url, plan.probeTimeoutMs))),
            plan.prometheus
                ? queryPrometheus(plan.prometheus.url, plan.prometheus.query, plan.probeTimeoutMs)
                : Promise.resolve(undefined)
        ]);
        const round = {
            number,
            at,
            probes,
            p95: (0,monitor_stats/* percentile */.Ym)(probes.map((p) => p.latencyMs), 95),
            errors: probes.filter((p) => !p.ok).length,
            query
        };
        rounds.push(round);
        deps.log.info(describeRound(round));
        const verdict = judge(plan, rounds);
        if (plan.failFast && verdict.breaches.length > 0)
            return verdict;
        const next = number * plan.intervalMs;
        if (next >= plan.durationMs)
            return verdict;
        await sleep(Math.max(0, next - (now() - opened)));
    }
}
/** The window so far against the thresholds. */
function judge(plan, rounds) {
    const probes = rounds.flatMap((r) => r.probes);
    const failed = probes.filter((p) => !p.ok).length;
    const rate = (0,monitor_stats/* errorRate */.zi)(failed, probes.length);
    const p95 = (0,monitor_stats/* percentile */.Ym)(probes.map((p) => p.latencyMs), 95);
    const values = rounds.flatMap((r) => (r.query?.value === undefined ? [] : [r.query.value]));
    const queryMax = values.length > 0 ? Math.max(...values) : undefined;
    const breaches = [];
    if (rate > plan.maxErrorRate) {
        breaches.push(`error rate ${(0,monitor_stats/* formatRate */.CE)(rate)} (${failed} of ${probes.length} probes) is above max-error-rate ${(0,monitor_stats/* formatRate */.CE)(plan.maxErrorRate)}`);
    }
    if (plan.maxLatencyMs !== undefined && p95 !== undefined && p95 > plan.maxLatencyMs) {
        breaches.push(`p95 latency ${p95} ms is above max-latency-ms ${plan.maxLatencyMs}`);
    }
    const maxValue = plan.prometheus?.maxValue;
    if (maxValue !== undefined && queryMax !== undefined && queryMax > maxValue) {
        breaches.push(`query value ${queryMax} is above max-value ${maxValue}`);
    }
    if (plan.prometheus && values.length === 0 && rounds.length > 0) {
        const last = rounds[rounds.length - 1].query?.note ?? 'no data';
        if (maxValue !== undefined)
            breaches.push(`the query never returned a value (last: ${last})`);
    }
    return {
        result: breaches.length > 0 ? 'failure' : 'success',
        rounds: [...rounds],
        errorRate: rate,
        p95,
        queryMax,
        breaches
    };
}
function describeRound(round) {
    const probes = round.probes.map((p) => `${p.url} ${p.detail} ${p.latencyMs}ms`).join('; ');
    const query = round.query ? `; query ${round.query.value ?? round.query.note ?? ''}` : '';
    return `Round ${round.number} at +${(0,duration/* formatDuration */.a3)(round.at)}: ${probes}${query}`;
}

// EXTERNAL MODULE: ./packages/release/rollback-books.ts
var rollback_books = __webpack_require__(4337);
// EXTERNAL MODULE: ./packages/release/rollback-yank-step.ts + 2 modules
var rollback_yank_step = __webpack_require__(4165);
;// CONCATENATED MODULE: ./packages/release/monitor-release.ts






async function monitorRelease(services, request) {
    const { log } = services;
    const now = services.now ?? (() => Date.now());
    // With an environment, the API must be usable before a breach needs it.
    const github = request.environment ? await services.github() : undefined;
    const repo = github ? services.repo() : undefined;
    const records = github && repo ? new deployments/* DeploymentRecords */.GC(github, repo) : undefined;
    const watched = await watch(request, { log, now, sleep: services.sleep });
    const reason = watched.breaches.join('; ');
    const breach = watched.result === 'failure' && !request.dryRun
        ? await handleBreach({
            environment: request.environment,
            rollback: request.rollback,
            workingDirectory: request.workingDirectory,
            reason
        }, { records, runCommand: services.runCommand, log })
        : undefined;
    const report = {
        result: request.dryRun ? 'dry-run' : watched.result,
        watched,
        breach
    };
    if (github &&
        repo &&
        records &&
        request.environment &&
        breach?.rollback &&
        breach.failed &&
        request.recordRollback) {
        const { environment } = request;
        const { failed, rollback } = breach;
        const facts = {
            version: failed.version,
            tagPrefix: request.tagPrefix,
            environment,
            reason: `monitor: ${reason}`,
            previousVersion: breach.previous?.version,
            rollbackSucceeded: rollback.outcome.exitCode === 0,
            date: new Date(now()).toISOString().slice(0, 10)
        };
        report.books = await (0,rollback_books/* keepBooks */.sA)(facts, log, async () => {
            if (!(await isNewestDeployment(records, environment, failed, log)))
                return undefined;
            const yank = await (0,rollback_yank_step/* changelogYank */.Q)(request, request.scratch, github, repo, facts.version, log);
            return (0,rollback_books/* recordRollback */.Ij)(github, repo, facts, log, yank);
        });
    }
    if (watched.result === 'failure') {
        const rollback = breach?.rollback ? ` ${breach.rollback.description}.` : '';
        const record = breach?.recordError
            ? ` Recording the failure on ${request.environment ?? ''} failed: ${breach.recordError}`
            : '';
        report.failure = `Monitoring found a regression: ${reason}.${rollback}${record}`;
    }
    return report;
}
/**
 * Only the newest deployment is a release to roll back in the books: a live deployment older
 * than the newest means production was rolled back already (a rerun), and its version stays.
 */
async function isNewestDeployment(records, environment, live, log) {
    const { id } = live;
    let newest;
    try {
        ;
        [newest] = await records.history(environment, 1);
    }
    catch (error) {
        throw new errors/* ServiceError */._7(`could not read the deployment history of ${environment} to tell whether deployment ${id} ` +
            `(${live.version}) is its newest: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    if (newest?.id === id)
        return true;
    log.info(`The live deployment ${id} of ${environment} is not its newest (${newest?.id ?? 'none'}): production was rolled back before; the books of that version are left as they are.`);
    return false;
}

// EXTERNAL MODULE: ./packages/shell/grouped.ts
var grouped = __webpack_require__(6405);
// EXTERNAL MODULE: ./actions/monitor/src/inputs.ts
var src_inputs = __webpack_require__(1085);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/monitor/src/summary.ts



/** A mermaid xychart of one series per round; GitHub renders it in the job summary. */
function roundChart(title, unit, values) {
    const series = values.map((v) => v ?? 0);
    const top = Math.max(1, ...series);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis "round" [${values.map((_, i) => i + 1).join(', ')}]`,
        `  y-axis "${unit}" 0 --> ${Math.ceil(top * 1.1)}`,
        `  line [${series.join(', ')}]`,
        '```',
        ''
    ].join('\n');
}
function monitorSummary(inputs, watched, breach, result) {
    const window = `${watched.rounds.length} round(s) over ${(0,duration/* formatDuration */.a3)(inputs.durationMs)}, every ${(0,duration/* formatDuration */.a3)(inputs.intervalMs)}`;
    const stats = `error rate ${(0,monitor_stats/* formatRate */.CE)(watched.errorRate)}, p95 ${watched.p95 ?? '—'} ms${watched.queryMax === undefined ? '' : `, query max ${watched.queryMax}`}`;
    let detail = `${window}: ${stats}.`;
    if (watched.breaches.length > 0)
        detail += ` Breached: ${watched.breaches.join('; ')}.`;
    if (breach?.rollback) {
        detail += ` Rollback to ${breach.previous?.version ?? '(unknown)'}: ${breach.rollback.description}.`;
    }
    if (breach?.failed && breach.recordError === undefined) {
        detail += ` Deployment ${breach.failed.id} (${breach.failed.version}) marked failure.`;
    }
    if (breach?.recordError)
        detail += ` Recording the failure failed: ${breach.recordError}`;
    let body = (0,summary/* resultLine */.ow)('monitor', result, detail);
    body += roundChart('p95 latency per round (ms)', 'ms', watched.rounds.map((r) => r.p95));
    if (inputs.prometheus) {
        body += roundChart(`query per round: ${inputs.prometheus.query.replace(/"/g, "'")}`, 'value', watched.rounds.map((r) => r.query?.value));
    }
    body += (0,summary/* table */.tp)(['Round', 'At', 'OK', 'Failed', 'p95 ms', ...(inputs.prometheus ? ['Query'] : []), 'Failures'], watched.rounds.map((r) => row(r, !!inputs.prometheus)));
    return body;
}
function row(round, withQuery) {
    const failures = round.probes
        .filter((p) => !p.ok)
        .map((p) => `${p.url}: ${p.detail}`)
        .join('; ');
    const query = round.query ? [round.query.value ?? round.query.note ?? ''] : [];
    return [
        round.number,
        `+${(0,duration/* formatDuration */.a3)(round.at)}`,
        round.probes.length - round.errors,
        round.errors,
        round.p95 ?? '—',
        ...(withQuery ? query : []),
        failures
    ];
}

;// CONCATENATED MODULE: ./actions/monitor/src/step.ts
/** monitor's work, loaded once its inputs are known to be good. */










async function monitorStep(inputs, context) {
    const report = await monitorRelease({
        github: () => (0,client.createGitHubClient)({ token: inputs.token, apiUrl: context.apiUrl, log: logger/* actionsLogger */.M }),
        repo: () => (0,action_kit_context/* requireRepository */.C)(context),
        runCommand: grouped/* runGrouped */.C,
        log: logger/* actionsLogger */.M
    }, { ...inputs, scratch: context.runnerTemp });
    const { watched, breach, books, result } = report;
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.result]: result,
        [src_inputs/* Output */.k7.errorRate]: Number(watched.errorRate.toFixed(4)),
        [src_inputs/* Output */.k7.p95LatencyMs]: watched.p95 ?? '',
        [src_inputs/* Output */.k7.queryValue]: watched.queryMax ?? '',
        [src_inputs/* Output */.k7.rounds]: watched.rounds.length
    });
    await (0,core/* appendSummary */.fe)(monitorSummary(inputs, watched, breach, result));
    if (books)
        await (0,core/* appendSummary */.fe)((0,rollback_books/* rollbackBooksSummary */.hL)(books.facts, books.books));
    if (report.failure) {
        (0,core/* error */.z3)(report.failure, undefined, 'monitor: failure');
        (0,core/* markFailed */.ZY)();
    }
    else {
        (0,core/* info */.pq)(`No regression in ${watched.rounds.length} round(s).`);
    }
}


/***/ })

};
;
//# sourceMappingURL=2874.index.js.map