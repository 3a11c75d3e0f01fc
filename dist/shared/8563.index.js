"use strict";
exports.id = 8563;
exports.ids = [8563];
exports.modules = {

/***/ 9349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  closeMilestoneStep: () => (/* binding */ closeMilestoneStep)
});

// EXTERNAL MODULE: ./packages/github/default-branch.ts
var default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/action-kit/skip.ts
var skip = __webpack_require__(629);
// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git_git = __webpack_require__(4553);
// EXTERNAL MODULE: ./packages/github/client.ts
var client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/github/errors.ts
var github_errors = __webpack_require__(9325);
// EXTERNAL MODULE: ./packages/github/write-once.ts
var write_once = __webpack_require__(6101);
;// CONCATENATED MODULE: ./packages/github/milestone.ts


async function listMilestones(github, owner, repo) {
    return github.paginate(github.rest.issues.listMilestones, {
        owner,
        repo,
        state: 'all',
        per_page: 100
    });
}
async function findMilestone(github, owner, repo, title) {
    return (await listMilestones(github, owner, repo)).find((m) => m.title === title);
}
/** Closes the milestone (carrying open issues over first); a missing milestone changes nothing. */
async function closeReleaseMilestone(github, request, log) {
    const { owner, repo } = request;
    // One listing answers for the milestone and for the one its open issues carry over to.
    const milestones = await listMilestones(github, owner, repo);
    const milestone = milestones.find((m) => m.title === request.title);
    const result = {
        before: milestone ? (milestone.state === 'closed' ? 'closed' : 'open') : 'missing',
        number: milestone?.number,
        url: milestone?.html_url,
        carried: [],
        leftOpen: [],
        carryOverCreated: false,
        changed: false
    };
    if (!milestone) {
        const message = `No GitHub milestone titled '${request.title}'; nothing to close on GitHub.`;
        if (request.optional)
            log.info(message);
        else
            log.warning(message);
        return result;
    }
    const open = await github.paginate(github.rest.issues.listForRepo, {
        owner,
        repo,
        milestone: String(milestone.number),
        state: 'open',
        per_page: 100
    });
    const numbers = open.map((issue) => issue.number);
    if (!request.carryOver)
        result.leftOpen = numbers;
    else
        result.carried = numbers;
    result.changed = result.carried.length > 0 || milestone.state !== 'closed';
    if (request.dryRun)
        return result;
    if (request.carryOver && numbers.length > 0) {
        let target = milestones.find((m) => m.title === request.carryOver);
        if (!target) {
            const title = request.carryOver;
            const lookup = () => findMilestone(github, owner, repo, title);
            let made = true;
            try {
                target = await (0,write_once/* writeOnce */.Fq)({
                    what: `creating the milestone '${title}'`,
                    send: async () => (await github.rest.issues.createMilestone({
                        owner,
                        repo,
                        title,
                        request: write_once/* NO_BLIND_RETRY */.hv
                    })).data,
                    lookup,
                    log
                });
            }
            catch (error) {
                // A concurrent run made it between our look and our write (422 already_exists).
                if ((0,github_errors/* apiStatus */.$T)(error) !== 422 || !(target = await lookup()))
                    throw error;
                made = false;
            }
            result.carryOverCreated = made;
            if (made)
                log.info(`Created milestone '${title}' to carry open issues over.`);
        }
        for (const number of numbers) {
            await github.rest.issues.update({
                owner,
                repo,
                issue_number: number,
                milestone: target.number
            });
        }
        log.info(`Moved ${numbers.length} open issue(s) to milestone '${request.carryOver}'.`);
    }
    if (milestone.state !== 'closed') {
        await github.rest.issues.updateMilestone({
            owner,
            repo,
            milestone_number: milestone.number,
            state: 'closed'
        });
        log.info(`Closed milestone '${request.title}'.`);
    }
    return result;
}

// EXTERNAL MODULE: ./packages/jira/client.ts
var jira_client = __webpack_require__(6960);
// EXTERNAL MODULE: ./packages/http/retry.ts
var retry = __webpack_require__(7573);
;// CONCATENATED MODULE: ./packages/jira/jira-api.ts


/** The project, or undefined when Jira says it does not exist (or is not visible). */
async function getProject(jira, key) {
    return orMissing(jira.request('GET', `/project/${encodeURIComponent(key)}`));
}
function listVersions(jira, projectKey) {
    return jira.request('GET', `/project/${encodeURIComponent(projectKey)}/versions`);
}
/**
 * Creates the version once: after a lost answer (or a 5xx) the project's versions are read, and
 * one already named so is the result rather than a second version or an "already exists".
 */
function createVersion(jira, project, name, log, description) {
    return (0,jira_client/* writeOnce */.Fq)(() => jira.request('POST', '/version', { name, projectId: Number(project.id), ...(description ? { description } : {}) }, { notIdempotent: true }), async () => (await listVersions(jira, project.key)).find((v) => v.name === name), { log, what: `Creating Jira version ${name} in ${project.key}`, waitMs: (0,retry/* retryBaseMs */.wR)() });
}
/** Marks a version released on `releaseDate` (YYYY-MM-DD). */
function releaseVersion(jira, versionId, releaseDate) {
    return jira.request('PUT', `/version/${encodeURIComponent(versionId)}`, {
        released: true,
        releaseDate
    });
}
/** The issue's status and fix versions, or undefined when it does not exist. */
async function getIssue(jira, key) {
    return orMissing(jira.request('GET', `/issue/${encodeURIComponent(key)}?fields=status,fixVersions`));
}
/** Adds a fix version, keeping the ones the issue has. */
async function addFixVersion(jira, key, versionId) {
    await jira.request('PUT', `/issue/${encodeURIComponent(key)}`, {
        update: { fixVersions: [{ add: { id: versionId } }] }
    });
}
/** The transitions the issue can take from where it is now. */
async function listTransitions(jira, key) {
    const answer = await jira.request('GET', `/issue/${encodeURIComponent(key)}/transitions`);
    return answer.transitions;
}
/**
 * Takes the transition once: after a lost answer (or a 5xx) the issue is read, and when it
 * already stands in the transition's status the transition is done, not sent again (from there
 * Jira would refuse it as "not valid", or take the ticket a step too far).
 */
async function doTransition(jira, key, transition, log) {
    const target = transition.to.name.toLowerCase();
    await (0,jira_client/* writeOnce */.Fq)(() => jira
        .request('POST', `/issue/${encodeURIComponent(key)}/transitions`, { transition: { id: transition.id } }, { notIdempotent: true })
        .then(() => true), async () => {
        const issue = await getIssue(jira, key);
        return issue?.fields.status.name.toLowerCase() === target ? true : undefined;
    }, { log, what: `${key}: transition '${transition.name}'`, waitMs: (0,retry/* retryBaseMs */.wR)() });
}
/**
 * Every issue a JQL query finds (keys and the fields asked for): v3 pages with
 * `nextPageToken` on /search/jql, v2 with `startAt` on /search.
 */
async function searchIssues(jira, jql, fields = ['status']) {
    const found = [];
    const maxResults = 100;
    if (jira.apiVersion === '3') {
        let nextPageToken;
        for (let page = 0; page < 100; page++) {
            const answer = await jira.request('POST', '/search/jql', { jql, fields, maxResults, ...(nextPageToken ? { nextPageToken } : {}) });
            found.push(...answer.issues);
            nextPageToken = answer.nextPageToken;
            if (!nextPageToken)
                break;
        }
        return found;
    }
    for (let startAt = 0; startAt < 10_000; startAt += maxResults) {
        const answer = await jira.request('POST', '/search', {
            jql,
            fields,
            startAt,
            maxResults
        });
        found.push(...answer.issues);
        if (answer.issues.length === 0 || startAt + answer.issues.length >= answer.total)
            break;
    }
    return found;
}
/** A JQL string literal. */
function jqlString(value) {
    return `"${value.replace(/["\\]/g, '\\$&')}"`;
}
async function orMissing(request) {
    try {
        return await request;
    }
    catch (error) {
        if (error instanceof jira_client/* JiraError */.Dd && error.status === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/jira/release-tickets.ts
/**
 * Step 20 in Jira: the release version exists and is released, every released ticket has it
 * as a fix version and went through the release transition. Everything is read and judged
 * first (plan), so bad input changes nothing; then only what differs is written (apply),
 * which makes a rerun change nothing.
 */



const same = (a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
/** Reads, judges and (unless dry-run) applies the release in Jira. */
async function releaseJiraTickets(jira, request, log) {
    const project = await getProject(jira, request.projectKey);
    if (!project) {
        throw new errors/* ConfigurationError */.j1(`Jira project '${request.projectKey}' does not exist at ${jira.baseUrl.href} (or jira-user cannot see it); check 'jira-project'.`, { input: 'jira-project' });
    }
    const existing = (await listVersions(jira, project.key)).find((v) => v.name === request.version);
    const plan = await planTickets(jira, request, project);
    if (request.strict && plan.skipped.length > 0) {
        throw new errors/* ConfigurationError */.j1(`strict: ${plan.skipped.length} released ticket(s) cannot be closed, so nothing was changed: ` +
            plan.skipped.map((s) => `${s.key} (${s.reason})`).join('; '), { input: 'strict' });
    }
    const leftOpen = existing ? await openInVersion(jira, project, existing, request.keys) : [];
    const result = {
        project,
        version: request.version,
        versionId: existing?.id,
        versionCreated: !existing,
        versionReleased: !existing?.released,
        tickets: plan.tickets,
        skipped: plan.skipped,
        leftOpen,
        changed: false
    };
    result.changed =
        result.versionCreated ||
            result.versionReleased ||
            plan.tickets.some((t) => t.addFixVersion || t.transition);
    if (request.dryRun)
        return result;
    const version = existing ?? (await createVersion(jira, project, request.version, log));
    result.versionId = version.id;
    if (!existing)
        log.info(`Created Jira version ${request.version} in ${project.key}.`);
    for (const ticket of plan.tickets)
        await applyTicket(jira, ticket, version, result, log);
    result.tickets = result.tickets.filter((t) => !result.skipped.some((s) => s.key === t.key));
    if (!version.released) {
        await releaseVersion(jira, version.id, request.releaseDate);
        log.info(`Released Jira version ${request.version} on ${request.releaseDate}.`);
    }
    return result;
}
async function applyTicket(jira, ticket, version, result, log) {
    if (ticket.addFixVersion)
        await addFixVersion(jira, ticket.key, version.id);
    if (!ticket.transition)
        return;
    try {
        await doTransition(jira, ticket.key, ticket.transition, log);
        log.info(`${ticket.key}: ${ticket.status} → ${ticket.transition.to.name}.`);
    }
    catch (error) {
        // The workflow may refuse at the last moment (a condition, a validator, a concurrent edit).
        if (!(error instanceof jira_client/* JiraError */.Dd) || error.status !== 400)
            throw error;
        result.skipped.push({ key: ticket.key, reason: `transition refused: ${error.messages}` });
    }
}
/** Reads every ticket and its transitions, and decides what each needs. */
async function planTickets(jira, request, project) {
    const skipped = [];
    const found = [];
    for (const key of request.keys) {
        if (!key.toUpperCase().startsWith(`${project.key.toUpperCase()}-`)) {
            skipped.push({ key, reason: `not in project ${project.key}` });
            continue;
        }
        const issue = await getIssue(jira, key);
        if (!issue) {
            skipped.push({ key, reason: 'does not exist (or is not visible to jira-user)' });
            continue;
        }
        found.push({
            key: issue.key,
            status: issue.fields.status.name,
            hasVersion: issue.fields.fixVersions.some((v) => v.name === request.version),
            offers: await listTransitions(jira, issue.key)
        });
    }
    const pick = (offers) => offers.find((t) => same(t.name, request.transition)) ??
        offers.find((t) => same(t.to.name, request.transition));
    // The status(es) the transition leads to: a ticket already there needs no transition.
    const targets = new Set([request.transition.toLowerCase()]);
    for (const ticket of found) {
        const chosen = pick(ticket.offers);
        if (chosen)
            targets.add(chosen.to.name.toLowerCase());
    }
    const tickets = [];
    for (const ticket of found) {
        const plan = { key: ticket.key, status: ticket.status, addFixVersion: !ticket.hasVersion };
        if (targets.has(ticket.status.toLowerCase())) {
            tickets.push(plan);
            continue;
        }
        const transition = pick(ticket.offers);
        if (transition)
            tickets.push({ ...plan, transition });
        else {
            const offered = ticket.offers.map((t) => t.name).join(', ') || 'none';
            skipped.push({
                key: ticket.key,
                reason: `cannot take '${request.transition}' from '${ticket.status}' (offers: ${offered})`
            });
        }
    }
    if (found.length > 0 && tickets.length === 0) {
        const names = [...new Set(found.flatMap((t) => t.offers.map((o) => o.name)))];
        throw new errors/* ConfigurationError */.j1(`Input 'transition' is '${request.transition}', which the workflow of ${project.key}'s released tickets does not have; ` +
            `they offer: ${names.join(', ') || 'no transitions'}. Set 'transition' to one of them.`, { input: 'transition' });
    }
    return { tickets, skipped };
}
/** Tickets planned for the version that are not done and not released now. */
async function openInVersion(jira, project, version, released) {
    const jql = `project = ${jqlString(project.key)} AND fixVersion = ${version.id} AND statusCategory != Done ORDER BY key ASC`;
    const issues = await searchIssues(jira, jql, ['status']);
    const releasedKeys = new Set(released.map((k) => k.toUpperCase()));
    return issues.map((i) => i.key).filter((key) => !releasedKeys.has(key.toUpperCase()));
}

// EXTERNAL MODULE: ./packages/release/published.ts
var published = __webpack_require__(6618);
// EXTERNAL MODULE: ./packages/release/rollback-books.ts
var rollback_books = __webpack_require__(4337);
;// CONCATENATED MODULE: ./packages/release/close-release.ts
/**
 * Step 20 of the process: close the released version's trackers. The tickets the release
 * carries (its changelog section and, when asked, its commits) are moved in Jira and the Jira
 * version released; the GitHub milestone is closed, its open issues carried to the next one. A
 * release whose production deployment failed or was rolled back is refused before any change.
 * Plain values in, the checkout, the GitHub client and a logger injected.
 */






async function closeRelease(services, request) {
    const { repo, git, log } = services;
    if (request.fromCommits && !git) {
        throw new errors/* ConfigurationError */.j1(`${request.workingDirectory} is not a git checkout, which 'from-commits: true' reads; run actions/checkout first.`, { input: 'from-commits' });
    }
    const release = await (0,published/* resolvePublishedRelease */.CE)(git, {
        versionInput: request.version,
        branch: request.runBranch,
        tagPrefix: request.tagPrefix,
        mainBranch: request.mainBranch,
        defaultBranch: services.defaultBranch
    });
    const milestoneTitle = request.milestone ?? release.version;
    if (request.carryOver !== undefined && request.carryOver.trim() === milestoneTitle.trim()) {
        // Moving the open issues into the milestone being closed would close them with it.
        throw new errors/* ConfigurationError */.j1(`Input 'carry-over' is '${milestoneTitle}', the milestone this run closes; name the ` +
            "next release's milestone (e.g. the next minor version). Nothing was changed.", { input: 'carry-over' });
    }
    const github = await services.github();
    if (request.productionEnvironment) {
        const verdict = await (0,rollback_books/* readProductionVerdict */.JH)(github, repo, request.productionEnvironment, release.version, log);
        if ((0,rollback_books/* rolledBack */.EN)(verdict)) {
            throw new errors/* ConfigurationError */.j1(`${release.version} is not live in ${request.productionEnvironment}: its deployment ${verdict?.deploymentId ?? ''} is '${verdict?.state ?? ''}'` +
                `${verdict?.description ? ` (${verdict.description})` : ''}. A release that failed or was rolled back is not closed: ` +
                'the Jira version stays unreleased, its tickets are not moved and the milestone stays open. ' +
                "Ship a fixed release, or set 'production-environment' to '' to close it anyway.", { input: 'production-environment' });
        }
    }
    const jira = request.jira
        ? await closeJiraVersion(request.jira, services, request, release)
        : undefined;
    const milestone = await closeReleaseMilestone(github, {
        ...repo,
        title: milestoneTitle,
        carryOver: request.carryOver,
        dryRun: request.dryRun,
        optional: !request.jira && request.milestone === undefined
    }, log);
    const report = { version: release.version, milestoneTitle, milestone, jira };
    if (!jira && milestone.before === 'missing' && request.milestone === undefined) {
        // Neither tracker is in use: an optional stage with nothing to close.
        return {
            ...report,
            result: 'skipped',
            skipped: {
                reason: `no Jira ('jira-url' is empty) and no GitHub milestone titled '${milestoneTitle}'`,
                hint: "Set 'jira-url', 'jira-project' and 'jira-token' (the reusable workflow's 'jira-url' and 'jira-project', and the secret JIRA_TOKEN), or create the milestone (start-release's 'create-milestone: true'), to turn this stage on."
            }
        };
    }
    const changed = (jira?.changed ?? false) || milestone.changed;
    const result = request.dryRun ? 'dry-run' : changed ? 'updated' : 'unchanged';
    log.info(result === 'unchanged'
        ? `Milestone ${milestoneTitle} and its tickets were already closed; nothing to do.`
        : `${result === 'dry-run' ? 'Would close' : 'Closed'} ${milestoneTitle}.`);
    return { ...report, result };
}
/** Releases the Jira version with the tickets the release carries, moved to the transition. */
async function closeJiraVersion(settings, { git, log }, request, release) {
    const keys = await releasedKeys(git, request, release, log);
    const client = await jira_client/* JiraClient */.EW.connect({
        baseUrl: settings.url,
        auth: settings.auth,
        apiVersion: settings.apiVersion,
        log
    });
    const jira = await releaseJiraTickets(client, {
        projectKey: settings.project,
        version: release.version,
        keys,
        transition: request.transition,
        releaseDate: request.releaseDate,
        strict: request.strict,
        dryRun: request.dryRun
    }, log);
    for (const skipped of jira.skipped)
        log.warning(`${skipped.key}: ${skipped.reason}`);
    if (jira.leftOpen.length > 0) {
        log.warning(`Not done and not in this release, yet planned for ${release.version} in Jira: ${jira.leftOpen.join(', ')}.`);
    }
    return jira;
}
/** The keys in the version's CHANGELOG section and, with from-commits, in the release's commits. */
async function releasedKeys(git, request, release, log) {
    const section = (0,published/* readChangelogSection */.wJ)(request.workingDirectory, request.changelog, release.version);
    if (!section && !request.fromCommits) {
        throw new errors/* ConfigurationError */.j1(`${request.changelog} has no section '## [${release.version}]', where close-milestone reads the released tickets. ` +
            "Run update-changelog first, set 'changelog-path' to the right file, or set 'from-commits: true'.", { locations: [{ file: request.changelog }] });
    }
    const texts = [section?.body ?? ''];
    if (request.fromCommits && git)
        texts.push(await (0,published/* releaseCommitMessages */.rm)(git, release));
    const keys = (0,published/* releasedTicketKeys */.wk)(texts, request.issuePattern);
    log.info(`Released tickets: ${keys.join(', ') || 'none'}.`);
    return keys;
}

// EXTERNAL MODULE: ./actions/close-milestone/src/inputs.ts
var src_inputs = __webpack_require__(8566);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/close-milestone/src/summary.ts

function closeMilestoneSummary(args) {
    const { result, milestone, jira } = args;
    const would = result === 'dry-run';
    const github = milestone.before === 'missing'
        ? `No GitHub milestone '${args.milestoneTitle}'.`
        : milestone.before === 'closed' && milestone.carried.length === 0
            ? `GitHub milestone [${args.milestoneTitle}](${milestone.url}) was already closed.`
            : `GitHub milestone [${args.milestoneTitle}](${milestone.url}) ${would ? 'would be' : ''} closed` +
                (milestone.carried.length > 0
                    ? `, ${milestone.carried.length} open issue(s) ${would ? 'would move' : 'moved'} to '${args.carryOver ?? ''}'.`
                    : '.');
    let body = (0,summary/* resultLine */.ow)('close-milestone', result, github.replace(/\s+/g, ' '));
    if (milestone.leftOpen.length > 0) {
        body += `Still open in the milestone (no \`carry-over\` named): ${milestone.leftOpen.map((n) => `#${n}`).join(', ')}\n\n`;
    }
    if (!jira)
        return body + 'Jira: not configured (`jira-url`).\n';
    const version = jira.versionCreated
        ? would
            ? 'would be created and released'
            : 'created and released'
        : jira.versionReleased
            ? would
                ? 'would be released'
                : 'released'
            : 'already released';
    body += `Jira version **${jira.version}** in ${(0,summary/* cell */.Hn)(jira.project.key)}: ${version}.\n\n`;
    const rows = [
        ...jira.tickets.map((t) => [
            t.key,
            t.status,
            t.transition ? `→ ${t.transition.to.name}` : 'already there',
            t.addFixVersion ? (would ? 'would add' : 'added') : 'had it'
        ]),
        ...jira.skipped.map((s) => [s.key, '', `skipped: ${s.reason}`, ''])
    ];
    if (rows.length > 0)
        body += (0,summary/* table */.tp)(['Ticket', 'Status', 'Transition', 'Fix version'], rows);
    if (jira.leftOpen.length > 0) {
        body += `\nPlanned for ${jira.version} but not done and not released: ${jira.leftOpen.join(', ')}\n`;
    }
    return body;
}

;// CONCATENATED MODULE: ./actions/close-milestone/src/step.ts
/** close-milestone's work, loaded once its inputs are known to be good. */










async function closeMilestoneStep(inputs, context, repo) {
    const git = new git_git/* Git */.TU(inputs.workingDirectory, { log: logger/* actionsLogger */.M, token: inputs.token });
    const report = await closeRelease({
        repo,
        git: (await git.isRepository()) ? git : undefined,
        github: () => (0,client.createGitHubClient)({ token: inputs.token, apiUrl: context.apiUrl, log: logger/* actionsLogger */.M }),
        defaultBranch: (0,default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, token: inputs.token }),
        log: logger/* actionsLogger */.M
    }, { ...inputs, runBranch: context.branch });
    const { result, milestone, jira } = report;
    if (result === 'skipped') {
        return (0,skip/* reportSkipped */.v)('close-milestone', report.skipped.reason, report.skipped.hint);
    }
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.closedIssues]: JSON.stringify(jira?.tickets.map((t) => t.key) ?? []),
        [src_inputs/* Output */.k7.skippedIssues]: JSON.stringify(jira?.skipped.map((s) => s.key) ?? []),
        [src_inputs/* Output */.k7.carriedOver]: JSON.stringify(milestone.carried),
        [src_inputs/* Output */.k7.milestoneUrl]: milestone.url ?? '',
        [src_inputs/* Output */.k7.jiraVersionId]: jira?.versionId ?? '',
        [src_inputs/* Output */.k7.result]: result
    });
    await (0,core/* appendSummary */.fe)(closeMilestoneSummary({
        result,
        version: report.version,
        milestoneTitle: report.milestoneTitle,
        carryOver: inputs.carryOver,
        milestone,
        jira
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

/***/ 4553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  iR: () => (/* binding */ GitCommandError)
});

// UNUSED EXPORTS: authHeaderKey

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/base/token-source.ts
var token_source = __webpack_require__(5681);
;// CONCATENATED MODULE: ./packages/base/logger.ts
/** A logger that keeps every line, for tests and for the CLI rehearsal. */
class RecordingLogger {
    lines = [];
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    text(level) {
        return this.lines
            .filter((l) => !level || l.level === level)
            .map((l) => l.message)
            .join('\n');
    }
}
const silentLogger = { info: () => { }, warning: () => { }, debug: () => { } };

// EXTERNAL MODULE: ./packages/base/round-trips.ts
var round_trips = __webpack_require__(9695);
;// CONCATENATED MODULE: ./packages/git/git.ts
/**
 * The real `git` CLI, run through `@actions/exec`. Every git call in the suite goes through a
 * `Git` instance, which carries the working directory, the bot identity and the token.
 */





class GitCommandError extends Error {
    args;
    result;
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
        this.name = 'GitCommandError';
    }
}
const NETWORK_COMMANDS = new Set(['fetch', 'push', 'ls-remote', 'pull']);
/**
 * Commands after which git starts `git maintenance run --auto` (or `gc --auto`): a process
 * more per call, and on a large history a repack, in a checkout the runner throws away.
 */
const AUTO_MAINTENANCE = new Set(['fetch', 'pull', 'commit', 'merge', 'rebase', 'am']);
const NO_AUTO_MAINTENANCE = ['-c', 'maintenance.auto=false', '-c', 'gc.auto=0'];
const ORIGIN_CALL = {
    fetch: 'fetch',
    pull: 'fetch',
    push: 'push',
    'ls-remote': 'ls-remote'
};
/**
 * `@actions/exec`, with `@actions/io` and `child_process` behind it, loads with the first git
 * call rather than with the action: an action that stops at a bad input never pays for it.
 */
async function exec(command, args, options) {
    const { getExecOutput } = await __webpack_require__.e(/* import() | actions-exec */ 2810).then(__webpack_require__.bind(__webpack_require__, 1260));
    return getExecOutput(command === 'git' ? gitExecutable() : command, args, options);
}
/**
 * git's absolute path, looked up on PATH once per PATH: given a bare name, `@actions/exec`
 * stats every PATH entry on each call (a few ms a process); given the path, one file.
 */
const gitOnPath = new Map();
function gitExecutable() {
    if (process.platform === 'win32')
        return 'git';
    const path = process.env.PATH ?? '';
    let found = gitOnPath.get(path);
    if (found === undefined) {
        found =
            path
                .split(external_node_path_.delimiter)
                .filter((dir) => (0,external_node_path_.isAbsolute)(dir))
                .map((dir) => (0,external_node_path_.join)(dir, 'git'))
                .find(isExecutableFile) ?? 'git';
        gitOnPath.set(path, found);
    }
    return found;
}
function isExecutableFile(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
class Git {
    cwd;
    log;
    identity;
    token;
    serverUrl;
    checkoutAuth;
    /** The branch origin's HEAD named in this run's `ls-remote --symref ... HEAD`, once asked. */
    originHead;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.log = options.log ?? silentLogger;
        this.identity = options.identity;
        this.token = options.token;
        this.serverUrl = options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    }
    /** The same git (log, identity, token, server) in another directory, e.g. a worktree. */
    at(cwd) {
        return new Git(cwd, {
            log: this.log,
            identity: this.identity,
            token: this.token,
            serverUrl: this.serverUrl
        });
    }
    /** Runs git; throws GitCommandError on a non-zero exit unless `allowFailure` (or `allowExit`). */
    async run(args, options = {}) {
        const auth = NETWORK_COMMANDS.has(args[0] ?? '') ? await this.networkAuthArgs() : [];
        this.log.debug(`git ${args.join(' ')}`);
        const call = ORIGIN_CALL[args[0] ?? ''];
        if (call)
            (0,round_trips/* countOriginCall */.ud)(call);
        const quiet = AUTO_MAINTENANCE.has(args[0] ?? '') ? NO_AUTO_MAINTENANCE : [];
        const result = await exec('git', [...auth, ...quiet, ...args], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
            env: {
                ...stringEnv(process.env),
                ...this.identityEnv(),
                GIT_TERMINAL_PROMPT: '0',
                ...options.env
            }
        });
        if (result.exitCode !== 0 &&
            !options.allowFailure &&
            !options.allowExit?.includes(result.exitCode))
            throw new GitCommandError(args, result);
        return result;
    }
    /** Runs git and returns its trimmed standard output. */
    async output(args) {
        return (await this.run(args)).stdout.trim();
    }
    /**
     * Whether git takes the directory for a repository. One `git config` answers it (a repository
     * always has a local `core.repositoryformatversion`) and, in the same process, whether the
     * checkout left an auth header for network commands: one git process where two would do.
     */
    async isRepository() {
        // Nothing named .git here or above (and no GIT_DIR): git would say no, so skip asking it.
        if (!process.env.GIT_DIR && !hasGitEntryAbove(this.cwd))
            return false;
        const config = await this.run([
            'config',
            '--show-scope',
            '--get-regexp',
            '^(http\\..*extraheader|core\\.repositoryformatversion)$'
        ], { allowFailure: true });
        const lines = config.exitCode === 0 ? config.stdout.split('\n') : [];
        if (lines.some((line) => /^local\tcore\.repositoryformatversion /.test(line))) {
            this.checkoutAuth ??= Promise.resolve(lines.some((line) => /^\w+\thttp\..*extraheader( |$)/.test(line)));
            return true;
        }
        return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).exitCode === 0;
    }
    /**
     * Whether the clone is shallow: its `shallow` file read where git keeps it, no git process;
     * git asked only when the repository's directory cannot be told from the working directory.
     */
    async isShallow() {
        const file = this.shallowFile();
        if (file !== undefined)
            return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).size > 0;
        return (await this.output(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    /** `$GIT_COMMON_DIR/shallow`, as git finds it (GIT_DIR, a .git directory or gitfile, commondir). */
    shallowFile() {
        const common = this.commonDir();
        return common === undefined ? undefined : (0,external_node_path_.join)(common, 'shallow');
    }
    /**
     * The directory git keeps what worktrees share (objects, refs, `shallow`), as git finds it:
     * GIT_DIR, a .git directory or gitfile, commondir. Undefined when it cannot be told.
     */
    commonDir() {
        return commonDirOf(findGitDir(this.cwd), this.cwd);
    }
    /**
     * HEAD's commit read from the files git keeps it in, no git process: HEAD itself (detached),
     * or the loose ref of the branch it names, which git writes on every update of that branch.
     * Undefined where the files do not tell: an unborn branch, a ref only in packed-refs, a
     * reftable repository, a directory git cannot be found from.
     */
    headFromFiles() {
        const gitDir = findGitDir(this.cwd);
        const common = commonDirOf(gitDir, this.cwd);
        if (gitDir === undefined || common === undefined)
            return undefined;
        try {
            let content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'HEAD'), 'utf8').trim();
            const branch = /^ref: (refs\/heads\/[^\s]+)$/.exec(content)?.[1];
            if (branch !== undefined) {
                if (branch.split('/').includes('..'))
                    return undefined;
                content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(common, branch), 'utf8').trim();
            }
            return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(content) ? content : undefined;
        }
        catch {
            return undefined;
        }
    }
    async headSha() {
        return this.output(['rev-parse', 'HEAD']);
    }
    /** The commit a ref points at, or undefined when it does not exist. */
    async resolveCommit(ref) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** The checked-out branch, or undefined on a detached HEAD. */
    async currentBranch() {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
            allowFailure: true
        });
        return result.exitCode === 0;
    }
    /** Remote refs under a prefix (e.g. `refs/tags/v*`), name -> commit sha (tags peeled). */
    async remoteRefs(pattern, remote = 'origin') {
        return (await this.listRemote([pattern], remote)).refs;
    }
    /**
     * Everything a step needs to know of origin in one `ls-remote`: the refs matching any of
     * `patterns` (`HEAD` among them gives the default branch too, through `--symref`).
     */
    async listRemote(patterns, remote = 'origin') {
        const out = await this.output(['ls-remote', '--symref', remote, ...patterns]);
        const listing = { refs: new Map(), objects: new Map() };
        for (const line of out.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (!sha || !ref)
                continue;
            if (sha.startsWith('ref: ')) {
                if (ref === 'HEAD')
                    listing.head = sha.slice('ref: refs/heads/'.length);
            }
            else if (ref.endsWith('^{}')) {
                listing.refs.set(ref.slice(0, -3), sha);
            }
            else {
                listing.objects.set(ref, sha);
                if (!listing.refs.has(ref))
                    listing.refs.set(ref, sha);
            }
        }
        if (listing.head && remote === 'origin')
            this.originHead = listing.head;
        // HEAD's line carries the default branch's commit: the branch is known without naming it.
        const head = listing.refs.get('HEAD');
        if (listing.head && head) {
            listing.refs.set(`refs/heads/${listing.head}`, head);
            listing.objects.set(`refs/heads/${listing.head}`, head);
        }
        return listing;
    }
    /** Tag names matching a glob that are reachable from `ref`. */
    async tagsMergedInto(ref, glob) {
        const out = await this.output(['tag', '--merged', ref, '--list', glob]);
        return out ? out.split('\n') : [];
    }
    /**
     * The tags of `tagsMergedInto`, or undefined when `ref` names nothing: one git process where
     * `resolveCommit` and then `tagsMergedInto` would take two.
     */
    async tagsMergedIntoIfExists(ref, glob) {
        try {
            return await this.tagsMergedInto(ref, glob);
        }
        catch (error) {
            if (error instanceof GitCommandError && /malformed object name/.test(error.result.stderr))
                return undefined;
            throw error;
        }
    }
    /**
     * Commits the given paths, and only them (`git commit -- <paths>`: what else is staged stays
     * out); the new commit and its parent, or undefined when nothing changed. One git process when
     * git tracks every path; when it declines (a path new to git, like a first CHANGELOG.md), the
     * paths are staged and committed again, and only then is it asked whether anything changed.
     * The new commit and its parent are HEAD after and before, read from git's files where they
     * tell it (`headFromFiles`); git is asked only where they do not.
     */
    async commit(paths, message) {
        const before = this.headFromFiles();
        const args = ['commit', '--no-verify', '--quiet', '-m', message, '--', ...paths];
        let made = await this.run(args, { allowFailure: true });
        if (made.exitCode !== 0) {
            await this.run(['add', '--', ...paths]);
            made = await this.run(args, { allowFailure: true });
        }
        if (made.exitCode !== 0) {
            const changed = await this.run(['diff', '--quiet', 'HEAD', '--', ...paths], {
                allowFailure: true
            });
            if (changed.exitCode === 0)
                return undefined;
            throw new GitCommandError(args, made);
        }
        const after = this.headFromFiles();
        if (before !== undefined && after !== undefined && after !== before)
            return { sha: after, parent: before };
        const [sha = '', parent = ''] = (await this.output(['log', '-1', '--format=%H%n%P', 'HEAD']))
            .split('\n')
            .map((line) => line.split(' ')[0] ?? '');
        return { sha, parent };
    }
    /** The bytes of a blob (`HEAD:path`), exactly as stored: no decoding on the way. */
    async blobBytes(revision) {
        const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
        return new Promise((resolve, reject) => {
            execFile('git', ['cat-file', 'blob', revision], { cwd: this.cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout) => (error ? reject(new Error(error.message)) : resolve(stdout)));
        });
    }
    identityEnv() {
        if (!this.identity)
            return {};
        return {
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email
        };
    }
    /**
     * actions/checkout leaves an `http.<server>.extraheader` with the token unless
     * `persist-credentials: false`; only when there is none do we add ours, so git never sends two.
     * An App installation token lives an hour: each network command asks the run's token source
     * for a token valid a while yet (minted again near its end), never the first one kept.
     */
    async networkAuthArgs() {
        if (!this.token)
            return [];
        this.checkoutAuth ??= exec('git', ['config', '--get-regexp', '^http\\..*extraheader$'], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true
        }).then((existing) => existing.exitCode === 0 && existing.stdout.trim() !== '');
        if (await this.checkoutAuth)
            return [];
        const app = (0,token_source/* tokenSource */.Z)();
        const token = app?.minted(this.token) ? await app.fresh() : this.token;
        const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
        // Scoped to the GitHub server: an origin naming another host never receives the token.
        return ['-c', `${authHeaderKey(this.serverUrl)}=AUTHORIZATION: basic ${basic}`];
    }
}
/** `http.<server>/.extraheader`, the key actions/checkout writes, for one server URL. */
function authHeaderKey(serverUrl) {
    const url = new URL(serverUrl);
    return `http.${url.protocol}//${url.host}/.extraheader`;
}
/** The repository directory git would use for `cwd`, or undefined when it cannot be told here. */
function findGitDir(cwd) {
    if (process.env.GIT_DIR)
        return (0,external_node_path_.resolve)(cwd, process.env.GIT_DIR);
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const entry = (0,external_node_path_.join)(dir, '.git');
        if ((0,external_node_fs_.existsSync)(entry)) {
            if ((0,external_node_fs_.statSync)(entry).isDirectory())
                return entry;
            const line = /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)(entry, 'utf8'));
            return line ? (0,external_node_path_.resolve)(dir, line[1].trim()) : undefined;
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** The common dir of `gitDir` (see `Git.commonDir`); `cwd` resolves a relative GIT_COMMON_DIR. */
function commonDirOf(gitDir, cwd) {
    if (!gitDir)
        return undefined;
    let common = gitDir;
    if (process.env.GIT_COMMON_DIR)
        common = (0,external_node_path_.resolve)(cwd, process.env.GIT_COMMON_DIR);
    else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitDir, 'commondir')))
        common = (0,external_node_path_.resolve)(gitDir, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').trim());
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(common, 'objects')) ? common : undefined;
}
function hasGitEntryAbove(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return true;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return false;
    }
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}


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
//# sourceMappingURL=8563.index.js.map