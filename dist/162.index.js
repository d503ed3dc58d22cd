export const id = 162;
export const ids = [162];
export const modules = {

/***/ 1162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchRunJobs: () => (/* binding */ fetchRunJobs)
/* harmony export */ });
async function fetchRunJobs(request) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([__webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)), Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)), Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856))]);
    const maxWait = request.maxWaitSeconds ?? 60;
    let requests = 0;
    const octokit = getOctokit(request.token, {
        baseUrl: request.apiUrl,
        throttle: {
            onRateLimit: (retryAfter, _options, _octokit, retryCount) => waitOrGiveUp('rate limit', retryAfter, retryCount),
            onSecondaryRateLimit: (retryAfter, _options, _octokit, retryCount) => waitOrGiveUp('secondary rate limit', retryAfter, retryCount),
        },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    }, retry, throttling);
    octokit.hook.before('request', () => {
        requests++;
    });
    function waitOrGiveUp(what, retryAfter, retryCount) {
        if (retryCount >= 3 || retryAfter > maxWait) {
            request.log(`GitHub API ${what}: giving up (asked to wait ${retryAfter} s).`);
            return false;
        }
        request.log(`GitHub API ${what}: waiting ${retryAfter} s.`);
        return true;
    }
    const [owner, repo] = request.repository.split('/');
    try {
        const jobs = (await octokit.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
            owner: owner,
            repo: repo,
            run_id: Number(request.runId),
            attempt_number: request.attempt,
            per_page: 100,
        }));
        const starts = jobs.map((j) => Date.parse(j.started_at ?? '')).filter((t) => Number.isFinite(t));
        const startedAt = starts.length > 0 ? Math.min(...starts) : undefined;
        // This job: still running, on this runner (its display name may differ from GITHUB_JOB).
        const isThisJob = (j) => j.status !== 'completed' && ((request.runnerName !== '' && j.runner_name === request.runnerName) || j.name === request.currentJob);
        return { kind: 'jobs', jobs: jobs.filter((j) => !isThisJob(j)).map(toRow), requests, startedAt };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 404) {
            return {
                kind: 'unavailable',
                reason: `the GitHub API refused to list this run's jobs (HTTP ${status}): add "permissions: actions: read" to the workflow or job, or pass a github-token that can read Actions.`,
            };
        }
        return { kind: 'unavailable', reason: `could not list this run's jobs: ${error.message}` };
    }
}
const OUTCOMES = {
    success: 'success',
    failure: 'failure',
    timed_out: 'failure',
    startup_failure: 'failure',
    cancelled: 'cancelled',
    skipped: 'skipped',
    neutral: 'success',
};
function toRow(job) {
    const outcome = job.status !== 'completed' ? 'running' : (OUTCOMES[job.conclusion ?? ''] ?? 'failure');
    const row = { name: job.name, outcome };
    if (job.html_url)
        row.url = job.html_url;
    if (job.started_at && job.completed_at) {
        const ms = Date.parse(job.completed_at) - Date.parse(job.started_at);
        if (Number.isFinite(ms) && ms >= 0)
            row.durationMs = ms;
    }
    return row;
}


/***/ })

};
