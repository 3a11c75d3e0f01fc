"use strict";
exports.id = 520;
exports.ids = [520];
exports.modules = {

/***/ 7975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notifyStep: () => (/* binding */ notifyStep)
});

// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts
var run = __webpack_require__(2841);
// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git_git = __webpack_require__(4553);
// EXTERNAL MODULE: ./packages/github/client.ts
var client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/release/rollback-books.ts
var rollback_books = __webpack_require__(4337);
;// CONCATENATED MODULE: ./packages/notify/announcement.ts
/**
 * What a release announcement says, whatever the format: the release, its link, its notes,
 * and the user's `message` template with its placeholders filled in.
 */
const PLACEHOLDERS = (/* unused pure expression or super */ null && (['version', 'tag', 'url', 'notes', 'repository']));
/** Fills `{version}`, `{tag}`, `{url}`, `{notes}`, `{repository}` in a template, in one pass. */
function renderMessage(template, values) {
    // One pass, so a placeholder inside the notes is left as the notes wrote it.
    return template.replace(/\{(version|tag|url|notes|repository)\}/g, (_m, name) => String(values[name]));
}
/** The headline: `acme/app 1.3.0 released`. */
function announcementTitle(announcement) {
    const what = announcement.rolledBack ? 'rolled back' : 'released';
    return `${announcement.repository} ${announcement.version} ${what}`;
}
/** The text of the announcement as markdown: the message, or a line with the link and the notes. */
function announcementMarkdown(announcement) {
    const back = announcement.rolledBack;
    if (back) {
        const again = back.previousVersion
            ? ` ${back.environment} runs ${back.previousVersion} again.`
            : '';
        return (`⚠️ Release [${announcement.tag}](${announcement.url}) of ${announcement.repository} failed in ` +
            `${back.environment} and was rolled back${back.reason ? `: ${back.reason}` : ''}.${again} ` +
            'Do not install it; a fixed release follows.');
    }
    if (announcement.message !== undefined)
        return announcement.message;
    const intro = `Release [${announcement.tag}](${announcement.url}) of ${announcement.repository} is out.`;
    return announcement.notes.trim() === '' ? intro : `${intro}\n\n${announcement.notes.trim()}`;
}
/** Cuts text to at most `max` characters, at a line end when one is near, marking the cut. */
function truncate(text, max, marker = '…') {
    if (text.length <= max)
        return text;
    const room = max - marker.length;
    const lineEnd = text.lastIndexOf('\n', room);
    const cut = lineEnd > room * 0.8 ? lineEnd : room;
    return text.slice(0, cut).trimEnd() + marker;
}

;// CONCATENATED MODULE: ./packages/notify/json.ts
/**
 * The `json` format: a documented, stable payload for any other receiver (a chat bridge, an
 * internal service, a Zapier hook). Fields are described in actions/notify/README.md.
 */

const JSON_PAYLOAD_SCHEMA = 'release-actions/notify@1';
function buildJsonPayload(announcement, now = new Date()) {
    return {
        schema: JSON_PAYLOAD_SCHEMA,
        event: announcement.rolledBack ? 'rollback' : 'release',
        repository: announcement.repository,
        version: announcement.version,
        tag: announcement.tag,
        url: announcement.url,
        title: announcementTitle(announcement),
        text: announcementMarkdown(announcement),
        notes: announcement.notes,
        sha: announcement.sha ?? null,
        run_url: announcement.runUrl ?? null,
        sent_at: now.toISOString(),
        ...(announcement.rolledBack
            ? {
                rolled_back: {
                    environment: announcement.rolledBack.environment,
                    reason: announcement.rolledBack.reason ?? null,
                    previous_version: announcement.rolledBack.previousVersion ?? null
                }
            }
            : {})
    };
}

;// CONCATENATED MODULE: ./packages/notify/markdown.ts
/**
 * Release notes are Keep a Changelog markdown; Slack speaks its own `mrkdwn` and Teams a
 * markdown subset without headings. These convert one to the others and escape what the
 * target would otherwise read as markup.
 */
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;
/** Escapes the three characters Slack reads as control characters in mrkdwn. */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A URL inside `<url|text>`: Slack's control characters and the separator encoded. */
function slackUrl(url) {
    return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
}
/** Converts one line's inline markdown: links to `<url|text>`, `**bold**` to `*bold*`. */
function slackInline(line) {
    let out = '';
    let last = 0;
    for (const match of line.matchAll(LINK)) {
        out += slackText(line.slice(last, match.index));
        out += `<${slackUrl(match[2])}|${escapeSlack(match[1]).replace(/\|/g, '¦')}>`;
        last = match.index + match[0].length;
    }
    return out + slackText(line.slice(last));
}
function slackText(text) {
    return escapeSlack(text).replace(/\*\*([^*\n]+)\*\*/g, '*$1*');
}
/** Keep a Changelog markdown as Slack mrkdwn: headings bold, bullets `•`, links `<url|text>`. */
function markdownToSlack(markdown) {
    return markdown
        .split(/\r?\n/)
        .map((line) => {
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        if (heading)
            return `*${slackInline(heading[1].trim())}*`;
        const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
        if (bullet)
            return `${bullet[1]}• ${slackInline(bullet[2])}`;
        return slackInline(line);
    })
        .join('\n');
}
/** Markdown for a Teams TextBlock, which shows no headings: they become bold lines. */
function markdownToTeams(markdown) {
    return markdown
        .split(/\r?\n/)
        .map((line) => {
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        return heading ? `**${heading[1].trim()}**` : line;
    })
        .join('\n');
}
/**
 * Splits text into pieces of at most `max` characters, at line ends where possible (a line
 * longer than `max` is cut), keeping every character.
 */
function splitText(text, max) {
    const pieces = [];
    let current = '';
    for (const line of text.split('\n')) {
        let rest = line;
        while (rest.length > max) {
            if (current)
                pieces.push(current);
            current = '';
            const cut = safeCut(rest, max);
            pieces.push(rest.slice(0, cut));
            rest = rest.slice(cut);
        }
        const joined = current === '' ? rest : `${current}\n${rest}`;
        if (joined.length > max) {
            pieces.push(current);
            current = rest;
        }
        else
            current = joined;
    }
    if (current.trim() !== '')
        pieces.push(current);
    return pieces.filter((p) => p.trim() !== '');
}
/** Where to cut a too-long line: not inside a Slack `<url|text>` link or an `&amp;` entity. */
function safeCut(line, max) {
    const open = line.lastIndexOf('<', max - 1);
    if (open > 0 && line.lastIndexOf('>', max - 1) < open)
        return open;
    const amp = line.lastIndexOf('&', max - 1);
    if (amp > 0 && max - amp < 6 && !line.slice(amp, max).includes(';'))
        return amp;
    return max;
}

;// CONCATENATED MODULE: ./packages/notify/slack.ts
/**
 * The Slack message (Block Kit) of an announcement, within Slack's limits: at most 50 blocks,
 * a header of at most 150 characters of plain text, section text of at most 3000 characters,
 * and a `text` fallback for notifications and clients without blocks.
 */


const SLACK_LIMITS = { blocks: 50, headerText: 150, sectionText: 3000, text: 3000 };
const section = (text) => ({ type: 'section', text: { type: 'mrkdwn', text } });
/** Builds the message; notes too long for the limits are cut, with a line pointing at the release. */
function buildSlackMessage(announcement) {
    const title = announcementTitle(announcement);
    const body = markdownToSlack(announcementMarkdown(announcement));
    const header = {
        type: 'header',
        text: { type: 'plain_text', text: truncate(title, SLACK_LIMITS.headerText), emoji: true }
    };
    let pieces = splitText(body, SLACK_LIMITS.sectionText);
    const room = SLACK_LIMITS.blocks - 2; // the header, and the note on a cut
    const cut = pieces.length > room;
    if (cut)
        pieces = pieces.slice(0, room);
    const blocks = [header, ...pieces.map(section)];
    if (cut) {
        blocks.push({
            type: 'context',
            elements: [
                {
                    type: 'mrkdwn',
                    text: `Notes shortened to fit Slack; read them all on <${announcement.url.replace(/[<>|]/g, encodeURIComponent)}|the release page>.`
                }
            ]
        });
    }
    const text = truncate(`${escapeSlack(title)}: ${announcement.url}`, SLACK_LIMITS.text);
    return { text, blocks };
}

;// CONCATENATED MODULE: ./packages/notify/teams.ts
/**
 * The Microsoft Teams message of an announcement: one Adaptive Card (schema 1.4) as an
 * attachment, the form Teams' Workflows (and legacy incoming) webhooks take.
 */


const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Teams refuses messages over ~28 KB; the notes get most of that room. */
const TEAMS_TEXT_LIMIT = 20_000;
function buildTeamsMessage(announcement) {
    const text = truncate(markdownToTeams(announcementMarkdown(announcement)), TEAMS_TEXT_LIMIT, `\n\n… (shortened; the release page has the full notes)`);
    const card = {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        body: [
            {
                type: 'TextBlock',
                text: announcementTitle(announcement),
                size: 'Large',
                weight: 'Bolder',
                wrap: true
            },
            {
                type: 'FactSet',
                facts: [
                    { title: 'Repository', value: announcement.repository },
                    { title: 'Version', value: announcement.version },
                    { title: 'Tag', value: announcement.tag }
                ]
            },
            { type: 'TextBlock', text, wrap: true }
        ],
        actions: [{ type: 'Action.OpenUrl', title: 'View the release', url: announcement.url }],
        msteams: { width: 'Full' }
    };
    return {
        type: 'message',
        attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: card }]
    };
}

// EXTERNAL MODULE: ./packages/http/retry.ts
var retry = __webpack_require__(7573);
;// CONCATENATED MODULE: ./packages/notify/webhook.ts

/** The webhook refused the message, or could not be reached. */
class WebhookError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'WebhookError';
    }
}
/** POSTs `payload` as JSON; resolves on a 2xx, else throws a WebhookError. */
async function postWebhook(url, payload, options) {
    let response;
    try {
        response = await (0,retry/* fetchWithRetry */.J5)(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify(payload)
        }, { log: options.log, retries: options.retries, describe: 'The webhook' });
    }
    catch (error) {
        throw new WebhookError(`Cannot reach the webhook (${(0,retry/* networkReason */.d8)(error)}).`);
    }
    const body = await response.text();
    if (response.ok)
        return { status: response.status, body };
    // A service that echoes the request could echo the secret; never repeat it.
    const text = body.split(url).join('***').trim();
    const said = text === '' ? '(empty body)' : text.slice(0, 500);
    const retried = response.status === 429 || response.status >= 500 ? ' after retrying' : '';
    throw new WebhookError(`The webhook answered ${response.status} ${response.statusText}${retried}: ${said}. ` +
        (response.status < 500 && response.status !== 429
            ? "Check the 'webhook-url' secret and 'format' (Slack needs an incoming-webhook URL and format: slack; Teams a Workflows webhook and format: teams)."
            : 'The service is failing; rerun the job later.'), response.status);
}

// EXTERNAL MODULE: ./packages/release/published.ts
var published = __webpack_require__(6618);
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
            : `The webhook refused ${what}: ${args.failure?.message ?? ''}`;
    let body = (0,summary/* resultLine */.ow)('notify', args.result, detail);
    body += `<details><summary>Payload</summary>\n\n${(0,summary/* codeBlock */.DV)(JSON.stringify(args.payload, null, 2), 'json')}\n</details>\n`;
    return body;
}

;// CONCATENATED MODULE: ./actions/notify/src/step.ts














async function notifyStep(inputs, context, { owner, repo }) {
    const git = new git_git/* Git */.TU(inputs.workingDirectory, { log: logger/* actionsLogger */.M, token: inputs.token });
    const release = await (0,published/* resolvePublishedRelease */.CE)((await git.isRepository()) ? git : undefined, {
        versionInput: inputs.version,
        branch: context.branch,
        tagPrefix: inputs.tagPrefix,
        mainBranch: inputs.mainBranch
    });
    let notes = inputs.releaseNotes;
    if (notes === undefined) {
        notes =
            (0,published/* readChangelogSection */.wJ)(inputs.workingDirectory, inputs.changelog, release.version)?.body ?? '';
        if (!notes) {
            logger/* actionsLogger */.M.warning(`${inputs.changelog} has no section for ${release.version}; announcing without notes (set 'release-notes' to give them).`);
        }
    }
    const repository = `${owner}/${repo}`;
    const url = inputs.releaseUrl ??
        `${context.serverUrl}/${repository}/releases/tag/${encodeURIComponent(release.tag)}`;
    const values = { version: release.version, tag: release.tag, url, notes, repository };
    const verdict = inputs.productionEnvironment
        ? await (0,rollback_books/* readProductionVerdict */.JH)(await (0,client.createGitHubClient)({
            token: inputs.token,
            apiUrl: context.apiUrl,
            log: logger/* actionsLogger */.M
        }), { owner, repo }, inputs.productionEnvironment, release.version, logger/* actionsLogger */.M)
        : undefined;
    if ((0,rollback_books/* rolledBack */.EN)(verdict)) {
        (0,core/* info */.pq)(`${release.version}'s deployment to ${inputs.productionEnvironment ?? ''} is '${verdict?.state ?? ''}': announcing the rollback.`);
    }
    const announcement = {
        ...values,
        rolledBack: (0,rollback_books/* rolledBack */.EN)(verdict) && inputs.productionEnvironment
            ? {
                environment: inputs.productionEnvironment,
                reason: verdict?.description,
                previousVersion: verdict?.previousVersion
            }
            : undefined,
        message: inputs.message === undefined ? undefined : renderMessage(inputs.message, values),
        sha: context.sha || undefined,
        runUrl: context.runId
            ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
            : undefined
    };
    const payload = buildPayload(inputs.format, announcement);
    if (inputs.dryRun) {
        (0,core/* info */.pq)(`Would post the ${inputs.format} announcement of ${release.version} to the webhook.`);
        await (0,run/* setOutputs */.n0)({ [src_inputs/* Output */.k7.result]: 'dry-run' });
        await (0,core/* appendSummary */.fe)(notifySummary({ result: 'dry-run', format: inputs.format, url, payload }));
        return;
    }
    try {
        const answer = await postWebhook(inputs.webhookUrl, payload, { log: logger/* actionsLogger */.M });
        (0,core/* info */.pq)(`Posted the ${inputs.format} announcement of ${release.version} (HTTP ${answer.status}).`);
        await (0,run/* setOutputs */.n0)({ [src_inputs/* Output */.k7.result]: 'success', [src_inputs/* Output */.k7.status]: answer.status });
        await (0,core/* appendSummary */.fe)(notifySummary({ result: 'success', format: inputs.format, url, payload }));
    }
    catch (failure) {
        if (!(failure instanceof WebhookError))
            throw failure;
        await (0,run/* setOutputs */.n0)({ [src_inputs/* Output */.k7.result]: 'failure', [src_inputs/* Output */.k7.status]: failure.status ?? '' });
        (0,core/* error */.z3)(failure.message, undefined, 'notify: the webhook refused the announcement');
        (0,core/* markFailed */.ZY)();
        await (0,core/* appendSummary */.fe)(notifySummary({ result: 'failure', format: inputs.format, url, payload, failure }));
    }
}
function buildPayload(format, announcement) {
    if (format === 'slack')
        return buildSlackMessage(announcement);
    if (format === 'teams')
        return buildTeamsMessage(announcement);
    return buildJsonPayload(announcement);
}


/***/ }),

/***/ 4385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ checkUserRegex)
/* harmony export */ });
/* unused harmony exports regexProblem, hasNestedRepetition */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _shown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/**
 * A regular expression from an input, checked before it runs on every commit: it must not
 * match the empty string (it would "find" a ticket or skip a commit everywhere), and it must
 * not nest a repeated group inside a repetition (`(a+)+`, `(\w*)*`), the shape whose
 * backtracking takes exponential time on a near-miss (ReDoS) and would hang the job.
 */


function checkUserRegex(regex, input) {
    const problem = regexProblem(regex);
    if (problem === undefined)
        return regex;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' has ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .S)(regex.source)}, which ${problem}.`, {
        input
    });
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

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y0: () => (/* binding */ CHANGE_GROUPS),
/* harmony export */   s6: () => (/* binding */ isIsoDate),
/* harmony export */   sC: () => (/* binding */ DEFAULT_TICKET_PATTERN),
/* harmony export */   vK: () => (/* binding */ DEFAULT_ISSUE_PATTERN)
/* harmony export */ });
/**
 * The words of Keep a Changelog that inputs are checked against (its groups, its dates, the
 * ticket keys), apart from the parser and the renderer, so reading an action's inputs loads
 * neither them nor semver.
 */
/** The groups of Keep a Changelog, in the order a section lists them. */
const CHANGE_GROUPS = [
    'Added',
    'Changed',
    'Deprecated',
    'Removed',
    'Fixed',
    'Security'
];
/** Jira-style keys: `JIRA-1234`, `ABC2-7`. */
const DEFAULT_ISSUE_PATTERN = '\\b[A-Z][A-Z0-9]+-\\d+\\b';
const DEFAULT_TICKET_PATTERN = new RegExp(DEFAULT_ISSUE_PATTERN, 'g');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** True for a real calendar date written YYYY-MM-DD. */
function isIsoDate(value) {
    const match = ISO_DATE.exec(value);
    if (!match)
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}


/***/ }),

/***/ 7573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ fetchWithRetry),
/* harmony export */   d8: () => (/* binding */ networkReason)
/* harmony export */ });
/* unused harmony exports retryBaseMs, isRetryableStatus, retryAfterSeconds */
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
 * `fetch` with bounded retries on 429, 5xx and network failures. Returns the last answer
 * (which may still be a 429 or 5xx when the retries ran out); throws the last network error.
 */
async function fetchWithRetry(url, init, options) {
    const retries = options.retries ?? 3;
    const base = retryBaseMs();
    const maxRetryAfter = options.maxRetryAfterSeconds ?? 60;
    for (let attempt = 0;; attempt++) {
        let waitMs = base * 2 ** attempt;
        try {
            const response = await fetch(url, init);
            if (!isRetryableStatus(response.status) || attempt >= retries)
                return response;
            const after = retryAfterSeconds(response.headers.get('retry-after'));
            if (after !== undefined) {
                if (after > maxRetryAfter)
                    return response;
                waitMs = after * base;
            }
            // Read the body so the connection is released before we wait.
            await response.arrayBuffer().catch(() => undefined);
            options.log.warning(`${options.describe} answered ${response.status}; retrying in ${Math.round(waitMs / base)}s (retry ${attempt + 1} of ${retries}).`);
        }
        catch (error) {
            if (attempt >= retries)
                throw error;
            options.log.warning(`${options.describe} failed (${networkReason(error)}); retrying (retry ${attempt + 1} of ${retries}).`);
        }
        await sleep(waitMs);
    }
}
/** A network failure's cause in a few words, without the URL (which may be a secret). */
function networkReason(error) {
    const cause = error?.cause;
    return cause?.code ?? (error instanceof Error ? error.message : String(error));
}


/***/ })

};
;
//# sourceMappingURL=520.index.js.map