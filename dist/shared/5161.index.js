"use strict";
exports.id = 5161;
exports.ids = [5161];
exports.modules = {

/***/ 1787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployStep: () => (/* binding */ deployStep)
});

// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/github/client.ts
var client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/base/duration.ts
var duration = __webpack_require__(9492);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/base/in-order.ts
var in_order = __webpack_require__(4418);
// EXTERNAL MODULE: ./packages/shell/command.ts
var command = __webpack_require__(5602);
// EXTERNAL MODULE: ./packages/deploy/deployments.ts
var deployments = __webpack_require__(5540);
// EXTERNAL MODULE: ./packages/http/probe.ts
var http_probe = __webpack_require__(8769);
;// CONCATENATED MODULE: ./packages/deploy/health.ts

/** One request never waits longer than this, so a hanging server still leaves time to retry. */
const ATTEMPT_LIMIT_MS = 10_000;
/** A last attempt gets at least this long, so its verdict is about the server, not the clock. */
const MIN_ATTEMPT_MS = 250;
/** Polls the URL until it is healthy or the deadline passes; never throws. */
async function waitForHealth(check) {
    const started = Date.now();
    const deadline = started + check.timeoutMs;
    let attempts = 0;
    for (;;) {
        attempts += 1;
        const budget = Math.max(1, Math.min(ATTEMPT_LIMIT_MS, deadline - Date.now()));
        const probe = await (0,http_probe/* probeUrl */.K)(check.url, budget, check.expectVersion);
        check.log.info(`Health check ${attempts}: ${check.url} -> ${probe.detail}`);
        const done = (healthy) => ({
            healthy,
            attempts,
            elapsedMs: Date.now() - started,
            last: probe.detail
        });
        if (probe.ok)
            return done(true);
        const remaining = deadline - Date.now();
        if (remaining < MIN_ATTEMPT_MS)
            return done(false);
        const wait = Math.min(check.intervalMs, remaining - MIN_ATTEMPT_MS);
        await new Promise((resolve) => setTimeout(resolve, wait));
    }
}

// EXTERNAL MODULE: ./packages/deploy/rollback.ts
var rollback = __webpack_require__(2270);
;// CONCATENATED MODULE: ./packages/deploy/deploy.ts
/**
 * One deploy of a version to an environment, tracked as a GitHub Deployment: in_progress, the
 * user's command, the health gate, then success (earlier deployments made inactive) or failure
 * (and the rollback command). Whatever happens after in_progress, the status is closed.
 */







/** Deploys per the plan; returns the outcome (a failed deploy is an outcome, not a throw). */
async function deploy(plan, deps) {
    const { records, log } = deps;
    // The environment's history and this version's earlier record, read at once.
    const [history, existing] = await (0,in_order/* allInOrder */.b)([
        records.history(plan.environment),
        records.findForVersion(plan.environment, plan.ref, plan.version)
    ]);
    const previous = (0,deployments/* lastSuccessful */.hL)(history);
    if (plan.dryRun) {
        log.info(`Dry run: would deploy ${plan.version} (${plan.ref}) to ${plan.environment} ` +
            `${existing ? `as a new attempt of deployment ${existing.id}` : 'as a new deployment'}.`);
        return {
            result: 'dry-run',
            deployment: existing,
            reused: !!existing,
            previous,
            inactivated: []
        };
    }
    const deployment = existing ??
        (await records.create({
            ref: plan.ref,
            environment: plan.environment,
            version: plan.version,
            description: `Deploy ${plan.version} to ${plan.environment}`,
            transient: plan.transient,
            production: plan.production
        }));
    log.info(existing
        ? `Deployment ${deployment.id} of ${plan.version} to ${plan.environment} exists; this is a new attempt.`
        : `Created deployment ${deployment.id} of ${plan.version} to ${plan.environment}.`);
    const outcome = {
        result: 'failure',
        deployment,
        reused: !!existing,
        previous,
        inactivated: []
    };
    let closed = false;
    try {
        await records.setStatus(deployment.id, {
            state: 'in_progress',
            description: `Deploying ${plan.version}`,
            logUrl: plan.logUrl
        });
        outcome.failure = await runAndCheck(plan, deps, outcome);
        if (outcome.failure === undefined) {
            await records.setStatus(deployment.id, {
                state: 'success',
                description: `${plan.version} is live`,
                environmentUrl: plan.environmentUrl,
                logUrl: plan.logUrl
            });
            closed = true;
            outcome.result = 'success';
            outcome.inactivated = await markSuperseded(plan, deps, deployment.id);
        }
        else {
            // The rollback first: a failing API must not keep the broken release live.
            if (plan.rollback)
                outcome.rollback = await rollBack(plan, deps, previous);
            outcome.recordError = await (0,rollback/* attempt */.CD)(() => records.setStatus(deployment.id, {
                state: 'failure',
                description: outcome.failure ?? '',
                logUrl: plan.logUrl
            }));
            closed = true;
        }
        return outcome;
    }
    catch (error) {
        if (!closed) {
            // A crash must never leave the deployment in_progress.
            await records
                .setStatus(deployment.id, {
                state: 'error',
                description: `deploy stopped: ${(0,errors/* errorMessage */.gJ)(error)}`,
                logUrl: plan.logUrl
            })
                .catch((closeError) => log.warning(`Could not close deployment ${deployment.id} (${(0,errors/* errorMessage */.gJ)(closeError)}); it may show in_progress.`));
        }
        throw error;
    }
}
/** The command, then the health gate; returns why the deploy failed, or undefined. */
async function runAndCheck(plan, deps, outcome) {
    const commandOutcome = await deps.runCommand(`Deploy ${plan.version} to ${plan.environment}`, {
        command: plan.command,
        cwd: plan.workingDirectory,
        env: deployEnv(plan, outcome.previous),
        timeoutMs: plan.timeoutMs
    });
    const description = (0,command/* describeOutcome */.SS)('The deploy command', commandOutcome, plan.timeoutMs);
    outcome.command = { outcome: commandOutcome, description };
    if (commandOutcome.exitCode !== 0)
        return description;
    if (!plan.healthUrl)
        return undefined;
    outcome.health = await waitForHealth({
        url: plan.healthUrl,
        timeoutMs: plan.healthTimeoutMs,
        intervalMs: plan.healthIntervalMs,
        expectVersion: plan.expectVersion ? plan.version : undefined,
        log: deps.log
    });
    if (outcome.health.healthy)
        return undefined;
    return `${plan.healthUrl} was not healthy within ${(0,duration/* formatDuration */.a3)(plan.healthTimeoutMs)} (last: ${outcome.health.last})`;
}
function deployEnv(plan, previous) {
    return {
        DEPLOY_ENVIRONMENT: plan.environment,
        DEPLOY_VERSION: plan.version,
        DEPLOY_REF: plan.ref,
        DEPLOY_PREVIOUS_VERSION: previous?.version ?? '',
        DEPLOY_PREVIOUS_REF: previous?.ref ?? ''
    };
}
async function rollBack(plan, deps, previous) {
    if (!previous) {
        deps.log.warning(`No earlier successful deployment of ${plan.environment}: DEPLOY_PREVIOUS_VERSION is empty for the rollback.`);
    }
    return (0,rollback/* runRollback */.el)({
        command: plan.rollback ?? '',
        workingDirectory: plan.workingDirectory,
        timeoutMs: plan.timeoutMs,
        environment: plan.environment,
        failed: { version: plan.version, ref: plan.ref },
        previous
    }, deps.runCommand);
}
/**
 * Marks every other deployment of the environment still showing `success` inactive: GitHub
 * does so itself only for non-production environments. A failure here is a warning: the
 * deploy itself succeeded.
 */
async function markSuperseded(plan, deps, keepId) {
    try {
        const stale = (0,deployments/* supersededDeployments */.n)(await deps.records.history(plan.environment), keepId);
        for (const old of stale) {
            await deps.records.setStatus(old.id, {
                state: 'inactive',
                description: `Superseded by ${plan.version}`
            });
        }
        return stale.map((d) => d.id);
    }
    catch (error) {
        deps.log.warning(`Could not mark earlier deployments inactive: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return [];
    }
}

// EXTERNAL MODULE: ./packages/release/rollback-books.ts
var rollback_books = __webpack_require__(4337);
// EXTERNAL MODULE: ./packages/release/rollback-yank-step.ts + 2 modules
var rollback_yank_step = __webpack_require__(4165);
;// CONCATENATED MODULE: ./packages/release/deploy-release.ts




async function deployRelease(services, request) {
    const { repo, log } = services;
    const now = services.now ?? (() => Date.now());
    const github = await services.github();
    const outcome = await deploy({
        environment: request.environment,
        version: request.version,
        ref: request.ref,
        command: request.run,
        rollback: request.rollback,
        workingDirectory: request.workingDirectory,
        timeoutMs: request.timeoutMs,
        environmentUrl: request.environmentUrl,
        healthUrl: request.healthUrl,
        healthTimeoutMs: request.healthTimeoutMs,
        healthIntervalMs: request.healthIntervalMs,
        expectVersion: request.expectVersion,
        transient: request.transient,
        production: request.production,
        logUrl: request.logUrl,
        dryRun: request.dryRun
    }, { records: new deployments/* DeploymentRecords */.GC(github, repo), runCommand: services.runCommand, log });
    const report = { outcome };
    if (outcome.result === 'failure' &&
        outcome.rollback &&
        request.recordRollback &&
        (0,rollback_books/* isProduction */.KV)(request.environment, request.production)) {
        const facts = {
            version: request.version,
            tagPrefix: request.tagPrefix,
            environment: request.environment,
            reason: outcome.failure ?? 'the deploy failed',
            previousVersion: outcome.previous?.version,
            rollbackSucceeded: outcome.rollback.outcome.exitCode === 0,
            date: new Date(now()).toISOString().slice(0, 10)
        };
        report.books = await (0,rollback_books/* keepBooks */.sA)(facts, log, async () => {
            const yank = await (0,rollback_yank_step/* changelogYank */.Q)(request, request.scratch, github, repo, facts.version, log);
            return (0,rollback_books/* recordRollback */.Ij)(github, repo, facts, log, yank);
        });
    }
    if (outcome.result === 'failure') {
        const rollback = outcome.rollback ? ` ${outcome.rollback.description}.` : '';
        const record = outcome.recordError
            ? ` Recording the failure on deployment ${outcome.deployment?.id ?? ''} failed: ${outcome.recordError}`
            : '';
        report.failure = `Deploy of ${request.version} to ${request.environment} failed: ${outcome.failure ?? ''}.${rollback}${record}`;
    }
    return report;
}

// EXTERNAL MODULE: ./packages/shell/grouped.ts
var grouped = __webpack_require__(6405);
// EXTERNAL MODULE: ./actions/deploy/src/inputs.ts
var src_inputs = __webpack_require__(8376);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/deploy/src/summary.ts


/** What ran, how each step ended, and which deployment records it. */
function deploySummary(inputs, outcome) {
    const target = `**${inputs.version}** (\`${inputs.ref}\`) to **${inputs.environment}**`;
    const record = outcome.deployment
        ? `deployment ${outcome.deployment.id}${outcome.reused ? ' (a new attempt on the existing record)' : ''}`
        : 'a new deployment record';
    const detail = outcome.result === 'dry-run'
        ? `Would deploy ${target} as ${record}; nothing was run or recorded.`
        : outcome.result === 'success'
            ? `Deployed ${target}, ${record}.` +
                (inputs.environmentUrl ? ` Live at ${inputs.environmentUrl}.` : '')
            : `Deploy of ${target} failed: ${outcome.failure ?? ''}. ${record}.` +
                (outcome.recordError ? ` Recording the failure failed: ${outcome.recordError}` : '');
    let body = (0,summary/* resultLine */.ow)('deploy', outcome.result, detail);
    const rows = [];
    if (outcome.command) {
        rows.push([
            'Deploy command',
            outcome.command.description,
            (0,duration/* formatDuration */.a3)(outcome.command.outcome.durationMs)
        ]);
    }
    if (outcome.health) {
        rows.push([
            `Health ${inputs.healthUrl ?? ''}`,
            `${outcome.health.healthy ? 'healthy' : 'not healthy'} after ${outcome.health.attempts} check(s); last: ${outcome.health.last}`,
            (0,duration/* formatDuration */.a3)(outcome.health.elapsedMs)
        ]);
    }
    if (outcome.rollback) {
        rows.push([
            `Rollback to ${outcome.previous?.version ?? '(no earlier successful deployment)'}`,
            outcome.rollback.description,
            (0,duration/* formatDuration */.a3)(outcome.rollback.outcome.durationMs)
        ]);
    }
    if (rows.length > 0)
        body += (0,summary/* table */.tp)(['Step', 'Outcome', 'Took'], rows);
    body += `\nPrevious successful version on ${inputs.environment}: ${outcome.previous?.version ?? 'none'}.`;
    if (outcome.inactivated.length > 0) {
        body += ` Marked inactive: ${outcome.inactivated.map((id) => `deployment ${id}`).join(', ')}.`;
    }
    body += '\n';
    for (const [name, report] of [
        ['deploy command', outcome.command],
        ['rollback command', outcome.rollback]
    ]) {
        if (report && report.outcome.exitCode !== 0 && report.outcome.tail.trim()) {
            const lines = report.outcome.tail.trim().split('\n').slice(-20).join('\n');
            body += `\nLast output of the ${name}:\n\n${(0,summary/* codeBlock */.DV)(lines)}`;
        }
    }
    return body;
}

;// CONCATENATED MODULE: ./actions/deploy/src/step.ts









async function deployStep(inputs, context, repository) {
    const logUrl = context.runId
        ? `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${context.runId}`
        : undefined;
    const report = await deployRelease({
        github: () => (0,client.createGitHubClient)({ token: inputs.token, apiUrl: context.apiUrl, log: logger/* actionsLogger */.M }),
        repo: repository,
        runCommand: grouped/* runGrouped */.C,
        log: logger/* actionsLogger */.M
    }, { ...inputs, scratch: context.runnerTemp, logUrl });
    const { outcome, books } = report;
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.deploymentId]: outcome.deployment?.id ?? '',
        [src_inputs/* Output */.k7.environmentUrl]: inputs.environmentUrl ?? '',
        [src_inputs/* Output */.k7.previousVersion]: outcome.previous?.version ?? '',
        [src_inputs/* Output */.k7.result]: outcome.result
    });
    await (0,core/* appendSummary */.fe)(deploySummary(inputs, outcome));
    if (books)
        await (0,core/* appendSummary */.fe)((0,rollback_books/* rollbackBooksSummary */.hL)(books.facts, books.books));
    if (report.failure) {
        (0,core/* error */.z3)(report.failure, undefined, 'deploy: failure');
        (0,core/* markFailed */.ZY)();
    }
    else {
        (0,core/* info */.pq)(outcome.result === 'success'
            ? `${inputs.version} is live on ${inputs.environment} (deployment ${outcome.deployment?.id ?? ''}).`
            : `Dry run: nothing deployed.`);
    }
}


/***/ }),

/***/ 4418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ allInOrder)
/* harmony export */ });
/**
 * Independent reads sent at once, their failures reported as if sent one after the other: every
 * promise is waited for, and when any failed, the first failure in argument order (not the first
 * in time) is thrown, so the error a user reads does not depend on which server answered first.
 */
async function allInOrder(promises) {
    const settled = await Promise.allSettled(promises);
    for (const result of settled)
        if (result.status === 'rejected')
            throw result.reason;
    return settled.map((r) => r.value);
}


/***/ })

};
;
//# sourceMappingURL=5161.index.js.map