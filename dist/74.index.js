export const id = 74;
export const ids = [74];
export const modules = {

/***/ 74:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchReleaseByTag: () => (/* binding */ fetchReleaseByTag)
/* harmony export */ });
/* harmony import */ var _context_release_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3942);
/** mode: release outside a release event: the release of the tag being built, from the GitHub API. */

async function fetchReleaseByTag(token, apiUrl, repository, tag) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758));
    const [owner, repo] = repository.split('/');
    try {
        const { data } = await getOctokit(token, { baseUrl: apiUrl }).request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: owner, repo: repo, tag });
        const release = (0,_context_release_js__WEBPACK_IMPORTED_MODULE_0__/* .readRelease */ .R)(data);
        return release ? { kind: 'found', release } : { kind: 'missing', reason: `the GitHub API returned no usable release for tag ${tag}` };
    }
    catch (error) {
        const status = error.status;
        if (status === 404)
            return { kind: 'missing', reason: `no published release for tag ${tag} (drafts are not visible to a workflow token without contents: write)` };
        if (status === 403)
            return { kind: 'missing', reason: `the GitHub API refused to read releases (HTTP 403): add "permissions: contents: read"` };
        return { kind: 'missing', reason: `could not read the release of tag ${tag}: ${error.message}` };
    }
}


/***/ })

};
