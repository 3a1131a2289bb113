// Generated from /api/openapi.json by `npm run docs:openapi` (openapi-typescript); do not edit.
// Use it with openapi-fetch: createClient<paths>({ baseUrl }). See docs/api.md.
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getAuthSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/enrolment/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postAuthEnrolmentStart'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/enrolment/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postAuthEnrolmentComplete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getUsers'];
    put?: never;
    post: operations['postUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postUsersByIdDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postUsersByIdReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getApiKeys'];
    put?: never;
    post: operations['postApiKeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['deleteApiKeysById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getAuditVerify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getAuditExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/follow-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReportsFollowUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getAlerts'];
    put?: never;
    post: operations['postAlerts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getAlertsAll'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postAlertsDrafts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postAlertsByIdPublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postAlertsByIdWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/site-map': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getSiteMap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/h/hash': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getHHash'];
    put?: never;
    post: operations['postHHash'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/m/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getMLookup'];
    put?: never;
    post: operations['postMLookup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/m/raw_lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getMRawLookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/m/compare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getMCompare'];
    put?: never;
    post: operations['postMCompare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/m/index/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getMIndexStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/bank/{bank_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCBankByBankName'];
    put: operations['putCBankByBankName'];
    post?: never;
    delete: operations['deleteCBankByBankName'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/banks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCBanks'];
    put?: never;
    post: operations['postCBanks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/bank/{bank_name}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCBankByBankNameContent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/bank/{bank_name}/signal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCBankByBankNameSignal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/bank/{bank_name}/content/{content_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCBankByBankNameContentByContentId'];
    put?: never;
    post?: never;
    delete: operations['deleteCBankByBankNameContentByContentId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/signal_type': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCSignalType'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/content_type': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCContentType'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/signal_type/index': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCSignalTypeIndex'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/exchanges/apis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCExchangesApis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/exchanges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCExchanges'];
    put?: never;
    post: operations['postCExchanges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/exchanges/api/{api_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCExchangesApiByApiName'];
    put?: never;
    post: operations['postCExchangesApiByApiName'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/exchanges/api/{api_name}/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCExchangesApiByApiNameSchema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/exchange/{exchange_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCExchangeByExchangeName'];
    put: operations['putCExchangeByExchangeName'];
    post?: never;
    delete: operations['deleteCExchangeByExchangeName'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/c/exchange/{exchange_name}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCExchangeByExchangeNameStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/hashes/match': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postHashesMatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/media/match': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postMediaMatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/uploads/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postUploadsCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/hashes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getHashes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postSubmissions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/submissions/media': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postSubmissionsMedia'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matches/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postMatchesFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banks/{name}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBanksByNameImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banks/{name}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBanksByNameExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBanks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/legal-schemes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getLegalSchemes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBankSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-search/media': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBankSearchMedia'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banks/{name}/grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBanksByNameGrants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banks/{name}/grants/{organisationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['putBanksByNameGrantsByOrganisationId'];
    post?: never;
    delete: operations['deleteBanksByNameGrantsByOrganisationId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banks/{name}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBanksByNameImports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banks/{name}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBanksByNameEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-entries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBankEntriesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-entries/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBankEntriesByIdWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-entries/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBankEntriesByIdRestore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBankSubmissions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-submissions/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBankSubmissionsByIdAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-submissions/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBankSubmissionsByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-suspensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBankSuspensions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bank-suspensions/{id}/lift': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBankSuspensionsByIdLift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exchanges/apis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getExchangesApis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exchanges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getExchanges'];
    put?: never;
    post: operations['postExchanges'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exchanges/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getExchangesByName'];
    put?: never;
    post?: never;
    delete: operations['deleteExchangesByName'];
    options?: never;
    head?: never;
    patch: operations['patchExchangesByName'];
    trace?: never;
  };
  '/api/v1/exchanges/{name}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getExchangesByNameStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exchanges/{name}/fetch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postExchangesByNameFetch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exchanges/{name}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postExchangesByNameFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exchanges/signing-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getExchangesSigningKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exchanges/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getExchangesExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/crawl/seeds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCrawlSeeds'];
    put?: never;
    post: operations['postCrawlSeeds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/detections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getDetections'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/classification-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getClassificationQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/captures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCapturesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reported-urls/{id}/captures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReportedUrlsByIdCaptures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/victim-alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getVictimAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/crawl/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCrawlStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/signing-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getNoticesSigningKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getNotices'];
    put?: never;
    post: operations['postNotices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getNoticesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getProviders'];
    put?: never;
    post: operations['postProviders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/providers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getProvidersById'];
    put?: never;
    post?: never;
    delete: operations['deleteProvidersById'];
    options?: never;
    head?: never;
    patch: operations['patchProvidersById'];
    trace?: never;
  };
  '/api/v1/hosting/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getHostingLookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCasesCounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/intake': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesIntake'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCasesByReportId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/captures/{captureId}/page': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getCasesByReportIdCapturesByCaptureIdPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdRelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdReopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/classify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdClassify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/forward': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdForward'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/blocklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdBlocklist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/reply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdReply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{reportId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postCasesByReportIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Time to removal and its companions over a period (by default the last 28 days) */
    get: operations['getNoticesMeasures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBlocklistEntries'];
    put?: never;
    post: operations['postBlocklistEntries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/entries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBlocklistEntriesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/entries/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBlocklistEntriesByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/entries/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBlocklistEntriesByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/entries/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBlocklistEntriesByIdWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/appeals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBlocklistAppeals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/appeals/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postBlocklistAppealsByIdDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/fetches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBlocklistFetches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBlocklistVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/feed/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBlocklistFeedByFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/delta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBlocklistDelta'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/blocklist/rpz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getBlocklistRpz'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReferrals'];
    put?: never;
    post: operations['postReferrals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/automatic-decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReferralsAutomaticDecisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReferralsStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReferralsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReferralsByIdUndo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}/acknowledgement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReferralsByIdAcknowledgement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReferralsByIdOutcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referral-recipients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReferralRecipients'];
    put?: never;
    post: operations['postReferralRecipients'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referral-recipients/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReferralRecipientsImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referral-recipients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReferralRecipientsById'];
    put?: never;
    post?: never;
    delete: operations['deleteReferralRecipientsById'];
    options?: never;
    head?: never;
    patch: operations['patchReferralRecipientsById'];
    trace?: never;
  };
  '/api/v1/referral-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReferralRules'];
    put?: never;
    post: operations['postReferralRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referral-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['deleteReferralRulesById'];
    options?: never;
    head?: never;
    patch: operations['patchReferralRulesById'];
    trace?: never;
  };
  '/api/v1/media/{sha256}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getMediaBySha256Review'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/media/{sha256}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getMediaBySha256Preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/media/{sha256}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postMediaBySha256Reveal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/media/{sha256}/reveal/{revealId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postMediaBySha256RevealByRevealIdEnd'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/exposure/heartbeat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReviewExposureHeartbeat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/exposure/stop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReviewExposureStop'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/exposure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReviewExposure'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReviewSettings'];
    put: operations['putReviewSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReviewPolicy'];
    put: operations['putReviewPolicy'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReviewDefaults'];
    put: operations['putReviewDefaults'];
    post?: never;
    delete: operations['deleteReviewDefaults'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReviewBatch'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/verdicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReviewVerdicts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/verdicts/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReviewVerdictsUndo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReviewVerification'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/verification/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReviewVerificationByItemId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReviewDisputes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/disputes/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postReviewDisputesByItemId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review/exposure/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReviewExposureTeam'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reports received per period, by type, source and region */
    get: operations['getStatisticsReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/forwarding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Share of reports forwarded, to whom, automatic or by an analyst */
    get: operations['getStatisticsForwarding'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/media': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Media fetched and confirmed, assessments, bank entries */
    get: operations['getStatisticsMedia'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/detections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The crawler's detections of known material */
    get: operations['getStatisticsDetections'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Notices sent to hosting providers */
    get: operations['getStatisticsNotices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/removal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Time-to-removal percentiles per month, by provider and country */
    get: operations['getStatisticsRemoval'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/blocklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The blocklist's size over time */
    get: operations['getStatisticsBlocklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/exposure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The review team's exposure totals: review time, reveals, breaks, analysts */
    get: operations['getStatisticsExposure'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/statistics/annual': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The annual report's numbers for a year (one row per figure, measure and breakdown) */
    get: operations['getStatisticsAnnual'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/tipline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getSettingsTipline'];
    put: operations['putSettingsTipline'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/retention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getSettingsRetention'];
    put: operations['putSettingsRetention'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notice-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getNoticeTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notice-templates/{name}/{language}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getNoticeTemplatesByNameByLanguage'];
    put: operations['putNoticeTemplatesByNameByLanguage'];
    post?: never;
    delete: operations['deleteNoticeTemplatesByNameByLanguage'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notice-templates/{name}/{language}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postNoticeTemplatesByNameByLanguagePreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptSubmissionBody: {
      bank: string;
      reason: string;
    };
    AcceptSubmissionResponse: {
      entryId: number;
      created: boolean;
    };
    AcknowledgeReferralBody: {
      reference?: string;
      note?: string;
    };
    /** @enum {string} */
    Activity:
      | 'penetrative_sexual_activity'
      | 'non_penetrative_sexual_activity'
      | 'sadism_or_bestiality'
      | 'sexual_posing'
      | 'non_sexual_nudity'
      | 'other';
    AddSeedBody: {
      url: string;
      maxDepth?: number;
      maxUrls?: number;
      honourRobots?: boolean;
    };
    AddSeedResponse: {
      seed: components['schemas']['Seed'];
      created: boolean;
    };
    /** @enum {string} */
    AgeBand: 'infant_toddler' | 'prepubescent' | 'pubescent' | 'post_pubescent_minor' | 'unknown';
    AlertRecord: {
      id: string;
      title: string;
      body: string;
      language: string;
      /** @enum {string} */
      state: 'draft' | 'published' | 'withdrawn';
      /** Format: date-time */
      createdAt: string;
      publishedAt: string | null;
      withdrawnAt: string | null;
    };
    ApiKeyResponse: {
      id: string;
      organisation: string;
      prefix: string;
      scopes: string[];
      /** Format: date-time */
      createdAt: string;
      revokedAt: string | null;
    };
    /** @enum {string} */
    ApiScope:
      | 'all'
      | 'reports:submit'
      | 'hashes:read'
      | 'hashes:match'
      | 'hashes:submit'
      | 'hashes:curate'
      | 'blocklist:read'
      | 'audit:read'
      | 'metrics:read'
      | 'crawl:read'
      | 'crawl:seed'
      | 'notices:read'
      | 'notices:send';
    AuditEvent: {
      seq: number;
      /** Format: date-time */
      occurredAt: string;
      actorType: string;
      actorId: string | null;
      actorEmail: string | null;
      action: string;
      subjectType: string | null;
      subjectId: string | null;
      details: {
        [key: string]: unknown;
      };
      hash: string;
    };
    AuditSearchResult: {
      events: components['schemas']['AuditEvent'][];
      nextBefore: number | null;
    };
    AuditVerification: {
      ok: boolean;
      checked: number;
      headHash?: string | null;
      firstBadSeq?: number;
      reason?: string;
    };
    AutoDecisionList: {
      decisions: components['schemas']['AutoDecisionView'][];
    };
    /** @enum {string} */
    AutoDecisionOutcome: 'forwarded' | 'excluded' | 'no_rule' | 'no_recipient';
    AutoDecisionView: {
      /** Format: uuid */
      reportId: string;
      outcome: components['schemas']['AutoDecisionOutcome'];
      /** Format: date-time */
      decidedAt: string;
      ruleIds: string[];
      referralIds: string[];
      reason: string;
    };
    BankEntriesPage: {
      entries: components['schemas']['StaffEntrySummary'][];
      nextBefore: number | null;
    };
    BankGrant: {
      organisationId: string;
      organisation: string;
      uses: components['schemas']['IntendedUse'][];
      tier: components['schemas']['ClassificationTier'];
      curate: boolean;
    };
    BankGrants: {
      grants: components['schemas']['BankGrant'][];
      organisations: {
        id: string;
        name: string;
      }[];
    };
    BankImportRecord: {
      id: number;
      format: components['schemas']['ImportFormat'];
      fileSha256: string;
      linesDone: number;
      added: number;
      skipped: number;
      finishedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    BankImports: {
      imports: components['schemas']['BankImportRecord'][];
    };
    /** @enum {string} */
    BankKind: 'standard' | 'negative' | 'quarantine';
    /** @description upheld: the entry leaves the list; rejected: it stays. */
    BlocklistAppealDecisionBody: {
      /** @enum {string} */
      outcome: 'upheld' | 'rejected';
      note: string;
    };
    BlocklistAppealList: {
      appeals: components['schemas']['BlocklistAppealView'][];
    };
    /** @enum {string} */
    BlocklistAppealState: 'open' | 'upheld' | 'rejected';
    BlocklistAppealView: {
      /** Format: uuid */
      id: string;
      /** @description The address or domain as the site owner gave it. */
      address: string;
      entryId: string | null;
      entryState: components['schemas']['BlocklistEntryState'] | null;
      contact: string;
      reason: string;
      language: string;
      state: components['schemas']['BlocklistAppealState'];
      /** Format: date-time */
      submittedAt: string;
      decidedAt: string | null;
      decisionNote: string | null;
    };
    /** @description An analyst approves the entry (send {} when there is nothing to add). */
    BlocklistApproveBody: {
      note?: string;
    };
    BlocklistCriterion: {
      /** @description confirmed, age_band, removal_failed or still_online */
      name: string;
      met: boolean;
      detail: string;
    };
    /** @enum {string} */
    BlocklistDelistReason: 'content_gone' | 'appeal' | 'withdrawn';
    /** @enum {string} */
    BlocklistEntryKind: 'url' | 'domain';
    BlocklistEntryList: {
      entries: components['schemas']['BlocklistEntrySummary'][];
    };
    /** @enum {string} */
    BlocklistEntryState: 'nominated' | 'listed' | 'delisted' | 'rejected';
    BlocklistEntrySummary: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['BlocklistEntryKind'];
      /** @description The entry as the feed writes it (normalised). */
      entry: string;
      sha256: string;
      state: components['schemas']['BlocklistEntryState'];
      delistedReason: components['schemas']['BlocklistDelistReason'] | null;
      approvals: number;
      reportId: string | null;
      decisionId: string | null;
      /** Format: date-time */
      nominatedAt: string;
      listedAt: string | null;
      delistedAt: string | null;
    };
    BlocklistEntryView: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['BlocklistEntryKind'];
      /** @description The entry as the feed writes it (normalised). */
      entry: string;
      sha256: string;
      state: components['schemas']['BlocklistEntryState'];
      delistedReason: components['schemas']['BlocklistDelistReason'] | null;
      approvals: number;
      reportId: string | null;
      decisionId: string | null;
      /** Format: date-time */
      nominatedAt: string;
      listedAt: string | null;
      delistedAt: string | null;
      approvedBy: string[];
      criteria: components['schemas']['BlocklistCriterion'][];
      events: components['schemas']['BlocklistEventView'][];
    };
    /** @enum {string} */
    BlocklistEventKind:
      'nominated' | 'approved' | 'listed' | 'rejected' | 'delisted' | 'appealed' | 'appeal_upheld' | 'appeal_rejected';
    BlocklistEventView: {
      kind: components['schemas']['BlocklistEventKind'];
      /** Format: date-time */
      at: string;
      actor: string | null;
      details: {
        [key: string]: unknown;
      };
    };
    BlocklistFetchList: {
      fetches: components['schemas']['BlocklistFetchView'][];
    };
    BlocklistFetchView: {
      organisation: string;
      file: string;
      version: number | null;
      /** Format: date-time */
      at: string;
    };
    /** @description URLs (and domain names) nominated for the blocklist. */
    BlocklistNominateBody: {
      urls?: string[];
      domains?: string[];
      /** Format: uuid */
      reportId?: string;
      note?: string;
    };
    BlocklistNominateResponse: {
      entries: components['schemas']['BlocklistEntrySummary'][];
      /** @description What was given that is not an http(s) URL or domain name. */
      invalid: string[];
    };
    BlocklistRejectBody: {
      reason: string;
    };
    BlocklistVersionList: {
      current: number | null;
      versions: components['schemas']['BlocklistVersionView'][];
    };
    BlocklistVersionView: {
      version: number;
      /** Format: date-time */
      publishedAt: string;
      entries: number;
      urls: number;
      domains: number;
      added: number;
      removed: number;
    };
    /** @enum {string} */
    CapturedMediaKind: 'image' | 'video';
    CaptureList: {
      captures: components['schemas']['CaptureView'][];
    };
    CaptureView: {
      /** Format: uuid */
      id: string;
      requestedUrl: string;
      finalUrl: string | null;
      status: number | null;
      address: string | null;
      hops: {
        url: string;
        status: number;
        address: string;
        /** Format: date-time */
        at: string;
        headers: {
          [key: string]: string;
        };
      }[];
      headers: {
        [key: string]: string;
      };
      contentType: string | null;
      bodySha256: string | null;
      bodySize: number | null;
      errorCode: string | null;
      /** Format: date-time */
      startedAt: string;
      /** Format: date-time */
      fetchedAt: string;
      media: {
        url: string;
        source: string;
        sha256: string | null;
        errorCode: string | null;
      }[];
    };
    CaseBlocklistBody: {
      urls: string[];
      note?: string;
    };
    CaseCapture: {
      /** Format: uuid */
      urlId: string;
      url: string;
      host: string;
      country: string | null;
      asn: number | null;
      holder: string | null;
      capture: components['schemas']['CaptureView'];
      /** @description An HTML body is stored: GET .../captures/:captureId/page renders it. */
      renderable: boolean;
    };
    /** @description A live claim: the one analyst working the case until it expires (renewed by their activity). */
    CaseClaim: {
      /** Format: uuid */
      staffId: string;
      email: string;
      /** Format: date-time */
      expiresAt: string;
      isMine: boolean;
    };
    CaseClassifyBody: {
      /**
       * @description The reporter's type confirms it; another corrects it.
       * @enum {string}
       */
      type:
        | 'child_sexual_abuse_material'
        | 'luring'
        | 'sex_tourism'
        | 'child_prostitution'
        | 'child_trafficking'
        | 'sexually_explicit_material_to_child'
        | 'agreement_to_offend'
        | 'non_consensual_intimate_images'
        | 'other';
      note?: string;
    };
    CaseCloseBody: {
      reason: components['schemas']['CaseCloseReason'];
      note?: string;
    };
    /** @enum {string} */
    CaseCloseReason:
      | 'actioned'
      | 'not_illegal'
      | 'duplicate'
      | 'insufficient_information'
      | 'outside_mandate'
      | 'content_gone'
      | 'other';
    CaseContact: {
      contact: components['schemas']['Contact'] | null;
      /** @description The retention period erased them. */
      erased: boolean;
    };
    CaseDecision: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['CaseDecisionKind'];
      state: components['schemas']['CaseDecisionState'];
      /** Format: uuid */
      staffId: string;
      details: {
        [key: string]: unknown;
      };
      note: string | null;
      /** Format: date-time */
      decidedAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @enum {string} */
    CaseDecisionKind: 'classify' | 'forward' | 'request_notice' | 'nominate_blocklist' | 'educational_reply' | 'close';
    CaseDecisionResponse: {
      case: components['schemas']['CaseSummary'];
      decision: components['schemas']['CaseDecision'];
    };
    /** @enum {string} */
    CaseDecisionState: 'recorded' | 'queued' | 'done' | 'failed' | 'nothing_to_do';
    /** @description Forward to a referral recipient (police, child welfare, a hotline). */
    CaseForwardBody: {
      recipientId?: string | null;
      note?: string;
    };
    CaseHistoryItem: {
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      origin: 'case' | 'audit';
      /** @description A case event kind, or the audit action. */
      kind: string;
      actor: string | null;
      decisionId: string | null;
      details: {
        [key: string]: unknown;
      };
    };
    CaseMedia: {
      sha256: string;
      kind: components['schemas']['CapturedMediaKind'];
      format: string;
      size: number;
      state: components['schemas']['MediaState'];
      entryId: string | null;
      bankId: number | null;
      ageBand: string | null;
      activity: string | null;
      origin: string | null;
      victimIdentified: boolean | null;
      uses: string[];
      classificationState: components['schemas']['ClassificationState'] | null;
      detections: number;
      /** @description URLs this media was seen at, every site. */
      sightings: number;
      /** @description Where it was found among this case's captures. */
      urls: string[];
      /** Format: date-time */
      firstSeenAt: string;
    };
    CaseNoteBody: {
      note?: string;
    };
    CasePage: {
      case: components['schemas']['CaseSummary'];
      report: components['schemas']['CaseReport'];
      captures: components['schemas']['CaseCapture'][];
      media: components['schemas']['CaseMedia'][];
      related: components['schemas']['CaseRelated'][];
      decisions: components['schemas']['CaseDecision'][];
      replies: {
        /** Format: uuid */
        decisionId: string;
        state: components['schemas']['OutboxState'];
        sentAt: string | null;
        lastError: string | null;
      }[];
      history: components['schemas']['CaseHistoryItem'][];
    };
    CaseQueuePage: {
      cases: components['schemas']['CaseSummary'][];
      next: string | null;
      counts: components['schemas']['CaseStateCounts'];
    };
    CaseRelated: {
      /** Format: uuid */
      reportId: string;
      reportNumber: string;
      state: components['schemas']['CaseState'] | null;
      type: components['schemas']['ReportType'];
      /** Format: date-time */
      receivedAt: string;
      because: ('same_url' | 'same_media' | 'same_host')[];
    };
    CaseReplyBody: {
      template: components['schemas']['CaseReplyTemplate'];
      /**
       * @description Default: the report's language, else en.
       * @enum {string}
       */
      language?: 'en' | 'fr';
      note?: string;
    };
    /** @enum {string} */
    CaseReplyTemplate: 'thanks' | 'not_illegal' | 'young_person_help';
    /** @description The report as submitted, without its contact details. */
    CaseReport: {
      /** Format: uuid */
      id: string;
      reportNumber: string;
      type: components['schemas']['ReportType'];
      source: components['schemas']['ReportSource'];
      status: components['schemas']['ReportStatus'];
      language: string;
      description: string;
      anonymous: boolean;
      /** @description Contact details exist (shown only through the audited contact call). */
      hasContact: boolean;
      incident: components['schemas']['Incident'];
      suspect: components['schemas']['Suspect'];
      victim: components['schemas']['Victim'];
      region: string | null;
      country: string | null;
      happeningNow: boolean;
      hasPersonInfo: boolean;
      /** Format: date-time */
      receivedAt: string;
      personalDataErasedAt: string | null;
      urls: {
        /** Format: uuid */
        id: string;
        url: string;
        host: string;
        captureState: string;
      }[];
      followUps: {
        information: string;
        /** Format: date-time */
        receivedAt: string;
      }[];
    };
    /** @enum {string} */
    CaseState: 'open' | 'in_review' | 'closed';
    CaseStateCounts: {
      open: number;
      in_review: number;
      closed: number;
    };
    CaseSummary: {
      /** Format: uuid */
      reportId: string;
      reportNumber: string;
      state: components['schemas']['CaseState'];
      priority: number;
      happeningNow: boolean;
      hasPersonInfo: boolean;
      type: components['schemas']['ReportType'];
      reportedType: components['schemas']['ReportType'];
      typeConfirmed: boolean;
      region: string | null;
      source: components['schemas']['ReportSource'];
      /** @description How many URLs the report names. */
      urls: number;
      /** Format: date-time */
      receivedAt: string;
      claim: components['schemas']['CaseClaim'] | null;
      closeReason: components['schemas']['CaseCloseReason'] | null;
    };
    Classification: {
      tier: components['schemas']['ClassificationTier'];
      categories?: {
        [key: string]: string;
      };
      labels?: {
        ageBand: components['schemas']['AgeBand'] | null;
        activity: components['schemas']['Activity'] | null;
        origin: components['schemas']['ContentOrigin'] | null;
        victimIdentified: boolean | null;
      };
    };
    /** @enum {string} */
    ClassificationState: 'queued' | 'grouped' | 'awaiting_entry' | 'decided';
    /** @enum {string} */
    ClassificationTier: 'match_only' | 'scheme_category' | 'full_labels';
    Contact: {
      name?: string;
      email?: string;
      phone?: string;
    };
    /** @enum {string} */
    ContactSource:
      | 'provider_directory'
      | 'rdap_ip_abuse'
      | 'rdap_autnum_abuse'
      | 'rdap_registrar_abuse'
      | 'rdap_registrar'
      | 'rfc2142';
    /** @enum {string} */
    ContentOrigin: 'abuse' | 'self_generated' | 'sextortion' | 'ai_generated' | 'unknown';
    CrawlStats: {
      media: number;
      detections: number;
      queued: number;
      alerts: number;
      frontier: {
        size: number;
        inProcess: number;
        queues: number;
        activeQueues: number;
      };
    };
    CreateApiKeyBody: {
      organisation: string;
      kind?: components['schemas']['OrganisationKind'];
      scopes: components['schemas']['ApiScope'][];
    };
    CreateApiKeyResponse: {
      id: string;
      organisationId: string;
      key: string;
    };
    CreateReferralBody: {
      /** Format: uuid */
      reportId: string;
      /** Format: uuid */
      recipientId?: string;
      classification?: string;
      note?: string;
    };
    CreateReferralResponse: {
      referrals: components['schemas']['ReferralSummary'][];
    };
    CreateUserBody: {
      email: string;
      role: components['schemas']['StaffRole'];
    };
    CreateUserResponse: {
      user: components['schemas']['UserResponse'];
      enrolmentUrl: string;
    };
    Detection: {
      id: string;
      sha256: string;
      url: string;
      pageUrl: string | null;
      address: string | null;
      entryId: string;
      bankId: number;
      source: components['schemas']['SightingSource'];
      noticeState: components['schemas']['NoticeState'];
      /** Format: date-time */
      firstSeenAt: string;
      /** Format: date-time */
      lastSeenAt: string;
    };
    DetectionPage: {
      detections: components['schemas']['Detection'][];
      next: string | null;
    };
    DisputeItem: {
      itemId: string;
      sha256: string;
      kind: components['schemas']['CapturedMediaKind'];
      members: number;
      opinions: components['schemas']['ReviewOpinion'][];
      /** Format: date-time */
      createdAt: string;
    };
    DisputeQueue: {
      items: components['schemas']['DisputeItem'][];
      exposure: components['schemas']['ExposureStatus'];
    };
    EnrolmentCompleteBody: {
      token: string;
      password: string;
      totpCode: string;
    };
    EnrolmentStartBody: {
      token: string;
    };
    EnrolmentStartResponse: {
      email: string;
      totpSecret: string;
      otpauthUrl: string;
    };
    /** @enum {string} */
    EntryEventKind:
      'created' | 'assessed' | 'labels_changed' | 'withdrawn' | 'restored' | 'suspended' | 'unsuspended' | 'feedback';
    EntryReasonBody: {
      reason: string;
    };
    /** @enum {string} */
    EntryStatus: 'pending' | 'confirmed' | 'disputed';
    /**
     * @description docs/errors.md
     * @enum {string}
     */
    ErrorCode:
      | 'ACCESS_ROLE_UNKNOWN'
      | 'ACCESS_SCOPE_UNKNOWN'
      | 'ACCESS_SELF_CHANGE'
      | 'ACCESS_USER_EXISTS'
      | 'AUTH_APIKEY_INVALID'
      | 'AUTH_CSRF_INVALID'
      | 'AUTH_ENROLMENT_INCOMPLETE'
      | 'AUTH_ENROLMENT_NOT_FOUND'
      | 'AUTH_FORBIDDEN'
      | 'AUTH_INVALID_CREDENTIALS'
      | 'AUTH_LOCKED'
      | 'AUTH_PASSWORD_WEAK'
      | 'AUTH_REQUIRED'
      | 'AUTH_SCOPE_REQUIRED'
      | 'AUTH_TOTP_INVALID'
      | 'AUTH_TOTP_REQUIRED'
      | 'BACKUP_INVALID'
      | 'BLOCKLIST_ALREADY_APPROVED'
      | 'BLOCKLIST_APPEAL_DECIDED'
      | 'BLOCKLIST_APPEAL_INVALID'
      | 'BLOCKLIST_APPEAL_NOT_FOUND'
      | 'BLOCKLIST_CRITERIA_NOT_MET'
      | 'BLOCKLIST_ENTRY_NOT_FOUND'
      | 'BLOCKLIST_FILE_NOT_FOUND'
      | 'BLOCKLIST_NOTHING_NOMINATED'
      | 'BLOCKLIST_NOT_LISTED'
      | 'BLOCKLIST_NOT_NOMINATED'
      | 'CASE_CAPTURE_NOT_FOUND'
      | 'CASE_CLAIMED'
      | 'CASE_CLOSED'
      | 'CASE_CURSOR_INVALID'
      | 'CASE_NOT_CLAIMED'
      | 'CASE_NOT_CLOSED'
      | 'CASE_NOT_FOUND'
      | 'CASE_NO_CONTACT'
      | 'CASE_TEMPLATE_INVALID'
      | 'CASE_URL_NOT_IN_REPORT'
      | 'CONFIG_INVALID'
      | 'CRAWLER_CAPTURE_NOT_FOUND'
      | 'CRAWLER_URL_INVALID'
      | 'DATABASE_UNAVAILABLE'
      | 'EXCHANGE_API_UNKNOWN'
      | 'EXCHANGE_BUSY'
      | 'EXCHANGE_CREDENTIALS_MISSING'
      | 'EXCHANGE_EXISTS'
      | 'EXCHANGE_FEEDBACK_UNSUPPORTED'
      | 'EXCHANGE_ITEM_NOT_FOUND'
      | 'EXCHANGE_NOT_FOUND'
      | 'EXCHANGE_REMOTE_REFUSED'
      | 'EXCHANGE_REMOTE_UNAVAILABLE'
      | 'EXCHANGE_SETTINGS_INVALID'
      | 'HASHBANK_ALREADY_ASSESSED'
      | 'HASHBANK_BANK_EXISTS'
      | 'HASHBANK_BANK_NAME_INVALID'
      | 'HASHBANK_BANK_NOT_FOUND'
      | 'HASHBANK_CURSOR_INVALID'
      | 'HASHBANK_ENTRY_EXISTS'
      | 'HASHBANK_ENTRY_NOT_FOUND'
      | 'HASHBANK_ENTRY_NOT_WITHDRAWN'
      | 'HASHBANK_ENTRY_WITHDRAWN'
      | 'HASHBANK_FETCH_FAILED'
      | 'HASHBANK_HASHING_BUSY'
      | 'HASHBANK_HASHING_UNAVAILABLE'
      | 'HASHBANK_INDEX_NOT_READY'
      | 'HASHBANK_MEDIA_INVALID'
      | 'HASHBANK_NOT_A_SUBMISSION'
      | 'HASHBANK_NO_SIGNALS'
      | 'HASHBANK_QUALITY_TOO_LOW'
      | 'HASHBANK_SIGNAL_MALFORMED'
      | 'HASHBANK_SIGNAL_TYPE_UNKNOWN'
      | 'HASHBANK_URL_REFUSED'
      | 'HOSTING_BOOTSTRAP_INVALID'
      | 'HOSTING_IPDATA_INVALID'
      | 'HOSTING_IPDATA_MISSING'
      | 'HOSTING_IPDATA_REFRESH_FAILED'
      | 'HOSTING_PROVIDER_EXISTS'
      | 'HOSTING_PROVIDER_INVALID'
      | 'HOSTING_PROVIDER_NOT_FOUND'
      | 'HOSTING_URL_INVALID'
      | 'INTAKE_ALERT_NOT_DRAFT'
      | 'INTAKE_ALERT_NOT_PUBLISHED'
      | 'INTAKE_ALREADY_SUBMITTED'
      | 'INTAKE_BUSY'
      | 'INTAKE_FOLLOW_UP_UNKNOWN'
      | 'INTAKE_REPORT_INVALID'
      | 'INTERNAL'
      | 'JOB_PAYLOAD_INVALID'
      | 'NET_DECOMPRESSION_BOMB'
      | 'NET_EGRESS_FAILED'
      | 'NET_FETCH_FAILED'
      | 'NET_REDIRECT_LOOP'
      | 'NET_TIMEOUT'
      | 'NET_TOO_LARGE'
      | 'NET_TOO_MANY_REDIRECTS'
      | 'NET_URL_REFUSED'
      | 'NOTICE_DETECTION_NOT_FOUND'
      | 'NOTICE_LINK_INVALID'
      | 'NOTICE_NOTHING_TO_SEND'
      | 'NOTICE_NOT_FOUND'
      | 'NOTICE_RESPONSE_INVALID'
      | 'NOTICE_TEMPLATE_INVALID'
      | 'NOTICE_TEMPLATE_NOT_FOUND'
      | 'NOTICE_TEMPLATE_REFUSED'
      | 'NOTICE_XARF_INVALID'
      | 'NOT_FOUND'
      | 'OUTBOX_BODY_MISSING'
      | 'OUTBOX_SMTP_UNSET'
      | 'PAYLOAD_TOO_LARGE'
      | 'RATE_LIMITED'
      | 'RECHECK_PERIOD_INVALID'
      | 'REFERRAL_ALREADY_SENT'
      | 'REFERRAL_CHANNEL_UNSET'
      | 'REFERRAL_FILE_INVALID'
      | 'REFERRAL_NOT_DELIVERED'
      | 'REFERRAL_NOT_FOUND'
      | 'REFERRAL_NOT_HELD'
      | 'REFERRAL_NO_RECIPIENT'
      | 'REFERRAL_RECIPIENT_EXISTS'
      | 'REFERRAL_RECIPIENT_INVALID'
      | 'REFERRAL_RECIPIENT_IN_USE'
      | 'REFERRAL_RECIPIENT_KEY_INVALID'
      | 'REFERRAL_RECIPIENT_NOT_FOUND'
      | 'REFERRAL_RECIPIENT_REFUSES'
      | 'REFERRAL_REPORT_NOT_FOUND'
      | 'REFERRAL_RULE_EXISTS'
      | 'REFERRAL_RULE_NOT_FOUND'
      | 'REVIEW_ALREADY_DECIDED'
      | 'REVIEW_ALREADY_VERIFIED'
      | 'REVIEW_BREAK_REQUIRED'
      | 'REVIEW_DAILY_LIMIT'
      | 'REVIEW_ITEM_CLOSED'
      | 'REVIEW_ITEM_NOT_FOUND'
      | 'REVIEW_LABELS_INVALID'
      | 'REVIEW_MEDIA_CLASSIFIED'
      | 'REVIEW_MEDIA_NOT_FOUND'
      | 'REVIEW_OWN_VERDICT'
      | 'REVIEW_POLICY_INVALID'
      | 'REVIEW_PREVIEW_FAILED'
      | 'REVIEW_REVEAL_NOT_FOUND'
      | 'REVIEW_SETTING_NOT_ALLOWED'
      | 'REVIEW_SOURCE_INVALID'
      | 'REVIEW_UNDO_TOO_LATE'
      | 'REVIEW_VERDICT_INVALID'
      | 'SERVICE_UNAVAILABLE'
      | 'STATISTICS_PERIOD_INVALID'
      | 'STORAGE_CORRUPT'
      | 'STORAGE_KEYS_INVALID'
      | 'STORAGE_KEY_MISSING'
      | 'STORAGE_NAME_INVALID'
      | 'STORAGE_NOT_FOUND'
      | 'STORAGE_UNAVAILABLE'
      | 'VALIDATION_FAILED';
    /** @description Every error answer: a stable code (docs/errors.md), a message for people, the request id. */
    ErrorResponse: {
      error: {
        code: components['schemas']['ErrorCode'];
        message: string;
        /** @description Quote it when asking the operator about this answer */
        requestId: string;
        /** @description Also sent as the Retry-After header */
        retryAfterSeconds?: number;
        /** @description Per-field problems of a request that is not valid */
        details?: unknown;
      };
    };
    /** @enum {string} */
    ExchangeApi: 'vigie' | 'hma' | 'ncmec' | 'stop_ncii' | 'url_list';
    ExchangeApiDescription: {
      api: components['schemas']['ExchangeApi'];
      description: string;
      settings: components['schemas']['ExchangeField'][];
      credentials: components['schemas']['ExchangeField'][] | null;
      feedback: boolean;
    };
    ExchangeApiList: {
      apis: components['schemas']['ExchangeApiDescription'][];
    };
    ExchangeCreateBody: {
      /** @description The exchange and its bank */
      name: string;
      api: components['schemas']['ExchangeApi'];
      /** @description The API's settings (GET /api/v1/exchanges/apis lists them) */
      settings?: {
        [key: string]: unknown;
      };
      /** @description Kept encrypted; never answered back */
      credentials?: {
        [key: string]: string;
      };
      enabled?: boolean;
      intervalMinutes?: number;
    };
    ExchangeDeleted: {
      /** @constant */
      deleted: true;
    };
    ExchangeFeedbackBody: {
      entryId: number;
      verdict: components['schemas']['FeedbackVerdict'];
    };
    ExchangeFeedbackResponse: {
      feedbackId: number;
      state: components['schemas']['ExchangeFeedbackState'];
    };
    /** @enum {string} */
    ExchangeFeedbackState: 'queued' | 'sent' | 'refused' | 'unsupported';
    ExchangeFetchResponse: {
      fetched: number;
      added: number;
      withdrawn: number;
      skipped: number;
      complete: boolean;
    };
    ExchangeField: {
      name: string;
      /** @enum {string} */
      type: 'string' | 'number' | 'boolean' | 'enum' | 'list_of_string';
      required: boolean;
      default: unknown;
      help: string;
      choices: string[] | null;
    };
    ExchangeList: {
      exchanges: components['schemas']['ExchangeView'][];
    };
    ExchangeStatus: {
      running: boolean;
      lastFetchStartedAt: string | null;
      lastFetchCompletedAt: string | null;
      lastSuccessAt: string | null;
      lastFetchSucceeded: boolean | null;
      lastError: string | null;
      checkpoint: {
        [key: string]: unknown;
      };
      checkpointAt: string | null;
      upToDate: boolean;
      /** Format: date-time */
      nextFetchAt: string;
      counts: {
        fetched: number;
        added: number;
        withdrawn: number;
        skipped: number;
        live: number;
      };
    };
    ExchangeUpdateBody: {
      /** @description The API's settings (GET /api/v1/exchanges/apis lists them) */
      settings?: {
        [key: string]: unknown;
      };
      credentials?: {
        [key: string]: string;
      } | null;
      enabled?: boolean;
      intervalMinutes?: number;
    };
    ExchangeView: {
      /** @description The exchange and its bank */
      name: string;
      bank: string;
      api: components['schemas']['ExchangeApi'];
      /** @description The API's settings (GET /api/v1/exchanges/apis lists them) */
      settings: {
        [key: string]: unknown;
      };
      hasCredentials: boolean;
      enabled: boolean;
      intervalMinutes: number;
      status: components['schemas']['ExchangeStatus'];
    };
    /** @enum {string} */
    ExposureState: 'ok' | 'break_suggested' | 'break_required' | 'daily_limit';
    ExposureStatus: {
      /**
       * Format: date
       * @description UTC day the figures are for.
       */
      day: string;
      reviewSeconds: number;
      revealSeconds: number;
      exposureSeconds: number;
      sinceBreakSeconds: number;
      softLimitSeconds: number;
      hardLimitSeconds: number;
      dailyLimitSeconds: number;
      state: components['schemas']['ExposureState'];
      breakUntil: string | null;
      sessionActive: boolean;
      sessionExpiresAt: string | null;
    };
    FeedbackBody: {
      entryId: number;
      verdict: components['schemas']['FeedbackVerdict'];
      reason?: string;
    };
    FeedbackResponse: {
      feedbackId: number;
    };
    /** @enum {string} */
    FeedbackVerdict: 'confirmed' | 'false_positive';
    FollowUpBody: {
      followUpCode: string;
      information: string;
      urls?: string[];
    };
    FollowUpResponse: {
      reportNumber: string;
    };
    /** @enum {string} */
    ForwardRecipientKind: 'police' | 'national_police_centre' | 'child_welfare' | 'partner_hotline' | 'provider';
    GrantBody: {
      uses: components['schemas']['IntendedUse'][];
      tier: components['schemas']['ClassificationTier'];
      curate: boolean;
    };
    /** @enum {string} */
    GridItemStatus: 'reviewable' | 'classified' | 'awaiting_verification' | 'decided';
    HashListEntry: {
      entryId: number;
      bank: string;
      withdrawn: boolean;
      signals?: {
        [key: string]: string;
      };
      confirmed?: boolean;
      suspended?: boolean;
      uses?: components['schemas']['IntendedUse'][];
      classification?: components['schemas']['Classification'];
    };
    HashListPage: {
      entries: components['schemas']['HashListEntry'][];
      cursor: string;
      more: boolean;
    };
    Health: {
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      version: string;
      database: string;
      roles: string[];
    };
    HmaBank: {
      name: string;
      /** @description The share of lookups the bank takes part in, 0 to 1 */
      matching_enabled_ratio: number;
    };
    HmaBankContent: {
      id: number;
      /** @description 1: enabled; 0: withdrawn */
      disable_until_ts: number;
      original_media_uri: null;
      bank: components['schemas']['HmaBank'];
      metadata?: components['schemas']['HmaContentMetadata'];
      note?: string;
    };
    HmaBankCreate: {
      name: string;
      enabled_ratio?: number;
      /** @description true is a ratio of 1, false of 0; enabled_ratio wins */
      enabled?: boolean;
    };
    HmaBankUpdate: {
      /** @description A new name (a rename) */
      name?: string;
      enabled_ratio?: number;
      /** @description true is a ratio of 1, false of 0; enabled_ratio wins */
      enabled?: boolean;
    };
    HmaComparison: {
      distance: number;
      threshold: number;
    };
    HmaContentAdded: {
      id: number;
      /** @description Signal type name (pdq, video_md5, vpdq, md5, sha256...) to the signal */
      signals: {
        [key: string]: string;
      };
    };
    HmaContentDeleted: {
      /** @description 1, or 0 when the content is not (or no longer) in the bank */
      deleted: number;
    };
    HmaContentMetadata: {
      content_id?: string;
      content_uri?: string;
      json?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    HmaContentTypeConfig: {
      name: string;
      enabled: boolean;
    };
    /** @description An exchange's settings, with its API's own */
    HmaExchange: {
      name: string;
      api: string;
      enabled: boolean;
    } & {
      [key: string]: unknown;
    };
    HmaExchangeApi: {
      supports_authentification: boolean;
      has_set_authentification: boolean;
    };
    HmaExchangeCreate: {
      /** @description The name, /^[A-Z0-9_]+$/ */
      bank?: string;
      /** @description The exchange API (none is installed in Vigie) */
      api?: string;
      /** @description The exchange API's settings, an object */
      api_json?: unknown;
    };
    HmaExchangeCredentials: {
      credential_json?: {
        [key: string]: string;
      } | null;
    };
    HmaExchangeFetchStatus: {
      checkpoint_ts: number | null;
      running_fetch_start_ts: number | null;
      last_fetch_complete_ts: number | null;
      last_fetch_succeeded: boolean | null;
      up_to_date: boolean;
      fetched_items: number;
    };
    HmaExchangeUpdate: {
      enabled?: boolean;
    } & {
      [key: string]: unknown;
    };
    HmaIndexState: {
      /** @description Unix seconds the index was built to; -1 before its first build */
      built_to: number;
      present: boolean;
      /** @description Signals in the index */
      size: number;
    };
    HmaMatch: {
      /** @description The content id in its bank (GET /c/bank/NAME/content/ID) */
      bank_content_id: number;
      /** @description The distance, as text (HMA answers it so); "0" for an exact hash */
      distance: string;
    };
    HmaMessage: {
      message: string;
    };
    HmaRawLookup: {
      /** @description Content ids; with `include_distance=true`, each with its distance */
      matches: (number | components['schemas']['HmaMatch'])[];
    };
    HmaSignalTypeConfig: {
      name: string;
      enabled_ratio: number;
    };
    HmaSignalTypeIndexState: {
      index_size: number;
      db_size: number;
      index_out_of_date: boolean;
      /** @description Unix seconds; -1 before the first build */
      index_built_to: number;
      /** @description Unix seconds; -1 before the first build */
      newest_db_item: number;
    };
    HostingLookupView: {
      targets: components['schemas']['HostingTargetView'][];
    };
    HostingTargetView: {
      url: string;
      host: string;
      registrableDomain: string | null;
      /** @enum {string} */
      relationship: 'hosts' | 'links' | 'proxies';
      behindProxy: 'hosts' | 'links' | null;
      cdn: string | null;
      addresses: {
        address: string;
        asn: number | null;
        holder: string | null;
        country: string | null;
      }[];
      asn: number | null;
      holder: string | null;
      country: string | null;
      recipient: {
        source: components['schemas']['ContactSource'];
        emails: string[];
        name: string | null;
        handle: string | null;
        rdapUrl: string | null;
        providerId: string | null;
        channel: components['schemas']['ProviderChannel'];
        language: string | null;
      } | null;
      escalation: {
        source: components['schemas']['ContactSource'];
        emails: string[];
        name: string | null;
        handle: string | null;
        rdapUrl: string | null;
        providerId: string | null;
        channel: components['schemas']['ProviderChannel'];
        language: string | null;
      }[];
      refused: {
        email: string | null;
        reason: string;
        detail: string;
        handle: string | null;
        rdapUrl: string | null;
      }[];
      complete: boolean;
      problems: string[];
    };
    /** @enum {string} */
    ImportFormat: 'csv' | 'hma' | 'ncmec' | 'stopncii';
    ImportResponse: {
      importId: number;
      linesDone: number;
      added: number;
      skipped: number;
      errors: {
        line: number;
        message: string;
      }[];
    };
    Incident: {
      place?: components['schemas']['IncidentPlace'];
      platform?: string;
      when?: string;
      happeningNow?: boolean;
      meetingPlanned?: boolean;
      meeting?: string;
      imagesExchanged?: boolean;
      threats?: boolean;
      moneyDemanded?: boolean;
    };
    /** @enum {string} */
    IncidentPlace: 'website' | 'app' | 'game' | 'chat' | 'social_network' | 'in_person';
    /** @enum {string} */
    IntendedUse: 'victim_identification' | 'forensics' | 'notice_and_takedown';
    /** @enum {string} */
    LegalScheme: 'ca_criminal_code' | 'uk_abc' | 'industry_a1b2' | 'interpol_baseline';
    LegalSchemeMapping: {
      scheme: components['schemas']['LegalScheme'];
      ageBand: string;
      activity: string;
      category: string;
    };
    LegalSchemeMappings: {
      mappings: components['schemas']['LegalSchemeMapping'][];
    };
    LoginBody: {
      email: string;
      password: string;
      totpCode?: string;
    };
    MatchHashesBody: {
      signals: components['schemas']['SignalItem'][];
      /**
       * @description Only banks granted for this use.
       * @enum {string}
       */
      use?: 'victim_identification' | 'forensics' | 'notice_and_takedown';
    };
    MatchResponse: {
      results: components['schemas']['SignalMatches'][];
    };
    MediaClassification: {
      entryId: string;
      bank: string;
      ageBand: components['schemas']['AgeBand'] | null;
      activity: components['schemas']['Activity'] | null;
      origin: components['schemas']['ContentOrigin'] | null;
      victimIdentified: boolean | null;
      uses: components['schemas']['IntendedUse'][];
      /** @description Legal scheme -> category. */
      categories: {
        [key: string]: string;
      };
    };
    MediaReviewState: {
      sha256: string;
      kind: components['schemas']['CapturedMediaKind'];
      status: components['schemas']['GridItemStatus'];
      classification: components['schemas']['MediaClassification'] | null;
      /** @description Places (URLs) the media was seen at. */
      sightings: number;
    };
    /** @enum {string} */
    MediaState: 'known' | 'unknown' | 'unhashable';
    /** @description Exactly one field: `photo` for an image, `video` for a video. */
    MediaUpload: {
      /** Format: binary */
      photo?: Blob;
      /** Format: binary */
      video?: Blob;
    };
    NoticeList: {
      notices: components['schemas']['NoticeSummary'][];
      next: string | null;
    };
    /** @enum {string} */
    NoticeState: 'notice_pending' | 'not_applicable' | 'in_notice' | 'recipient_unknown';
    /** @enum {string} */
    NoticeStatus: 'collecting' | 'queued' | 'sent' | 'failed' | 'acknowledged' | 'contested' | 'removed';
    NoticeSummary: {
      /** Format: uuid */
      id: string;
      status: components['schemas']['NoticeStatus'];
      /** @enum {string} */
      origin: 'automatic' | 'analyst';
      recipient: {
        key: string;
        name: string;
        /** @enum {string} */
        relationship: 'hosts' | 'links' | 'proxies';
        country: string | null;
        asn: number | null;
      };
      /** @enum {string} */
      language: 'en' | 'fr';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      dueAt: string;
      sentAt: string | null;
      respondedAt: string | null;
      response: string | null;
    };
    NoticeTemplateChange: {
      source: string;
    };
    NoticeTemplateList: {
      templates: components['schemas']['NoticeTemplateSummary'][];
    };
    /** @enum {string} */
    NoticeTemplateName:
      | 'notice-subject'
      | 'notice-text'
      | 'notice-html'
      | 'follow-up-subject'
      | 'follow-up-text'
      | 'follow-up-html'
      | 'reply-thanks'
      | 'reply-not-illegal'
      | 'reply-young-person-help';
    NoticeTemplatePreview: {
      subject: string;
      text: string;
      html: string;
    };
    NoticeTemplateSummary: {
      name: components['schemas']['NoticeTemplateName'];
      /** @enum {string} */
      language: 'en' | 'fr';
      /** @enum {string} */
      format: 'text' | 'html';
      overridden: boolean;
      updatedAt: string | null;
      updatedBy: string | null;
    };
    NoticeTemplateView: {
      name: components['schemas']['NoticeTemplateName'];
      /** @enum {string} */
      language: 'en' | 'fr';
      /** @enum {string} */
      format: 'text' | 'html';
      overridden: boolean;
      updatedAt: string | null;
      updatedBy: string | null;
      source: string;
      defaultSource: string;
      names: string[];
    };
    NoticeUrl: {
      url: string;
      pageUrl: string | null;
      sha256: string;
      classification: string | null;
      /** Format: date-time */
      firstSeenAt: string;
    };
    NoticeView: {
      /** Format: uuid */
      id: string;
      status: components['schemas']['NoticeStatus'];
      /** @enum {string} */
      origin: 'automatic' | 'analyst';
      recipient: {
        key: string;
        name: string;
        /** @enum {string} */
        relationship: 'hosts' | 'links' | 'proxies';
        country: string | null;
        asn: number | null;
      };
      /** @enum {string} */
      language: 'en' | 'fr';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      dueAt: string;
      sentAt: string | null;
      respondedAt: string | null;
      response: string | null;
      urls: components['schemas']['NoticeUrl'][];
      messages: components['schemas']['OutboxMessageView'][];
    };
    /** @enum {string} */
    OrganisationKind:
      | 'hosting_provider'
      | 'internet_provider'
      | 'platform'
      | 'hotline'
      | 'police'
      | 'child_welfare'
      | 'internal'
      | 'other';
    /** @enum {string} */
    OutboxAttemptOutcome: 'sent' | 'failed' | 'bounced' | 'interrupted';
    OutboxAttemptView: {
      contact: string;
      /** Format: date-time */
      startedAt: string;
      finishedAt: string | null;
      outcome: components['schemas']['OutboxAttemptOutcome'] | null;
      detail: string | null;
    };
    /** @enum {string} */
    OutboxChannel: 'email' | 'webhook' | 'openpgp_email' | 'sftp' | 'https_api';
    OutboxMessageView: {
      /** Format: uuid */
      id: string;
      state: components['schemas']['OutboxState'];
      channel: components['schemas']['OutboxChannel'];
      contact: string;
      sentAt: string | null;
      lastError: string | null;
      attempts: components['schemas']['OutboxAttemptView'][];
    };
    /** @enum {string} */
    OutboxState: 'queued' | 'sending' | 'sent' | 'failed' | 'bounced';
    /** @enum {string} */
    ProviderBatching: 'immediate' | 'hourly' | 'daily';
    ProviderBody: {
      name: string;
      contacts?: string[];
      channel?: components['schemas']['ProviderChannel'];
      webhookUrl?: string | null;
      webhookSecret?: string | null;
      language?: string | null;
      batching?: components['schemas']['ProviderBatching'];
      domains?: string[];
      asns?: number[];
      networks?: string[];
      notes?: string;
    };
    /** @enum {string} */
    ProviderChannel: 'email' | 'xarf_email' | 'webhook';
    ProviderList: {
      providers: components['schemas']['ProviderView'][];
    };
    ProviderMatch: {
      bank: string;
      entryId: number;
      distance: number;
      threshold: number;
      confirmed: boolean;
      /** @description Flood guard: still a match, but feeds no automatic action. */
      suspended: boolean;
      uses: components['schemas']['IntendedUse'][];
      classification: components['schemas']['Classification'];
    };
    ProviderPatch: {
      name?: string;
      contacts?: string[];
      channel?: components['schemas']['ProviderChannel'];
      webhookUrl?: string | null;
      webhookSecret?: string | null;
      language?: string | null;
      batching?: components['schemas']['ProviderBatching'];
      domains?: string[];
      asns?: number[];
      networks?: string[];
      notes?: string;
    };
    ProviderView: {
      id: string;
      name: string;
      contacts: string[];
      channel: components['schemas']['ProviderChannel'];
      webhookUrl: string | null;
      language: string | null;
      batching: components['schemas']['ProviderBatching'];
      domains: string[];
      asns: number[];
      networks: string[];
      notes: string;
      hasWebhookSecret: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    PublicAlert: {
      id: string;
      title: string;
      body: string;
      language: string;
      /** Format: date-time */
      publishedAt: string;
    };
    PublishAlertBody: {
      title: string;
      body: string;
      language: string;
    };
    PublishDraftBody: Record<string, never>;
    QueuedSubmission: {
      entryId: number;
      signals: {
        [key: string]: string;
      };
      /** Format: date-time */
      createdAt: string;
      submissions: {
        organisation: string;
        note: string;
        /** Format: date-time */
        createdAt: string;
      }[];
    };
    QueueItem: {
      sha256: string;
      priority: number;
      reasons: string[];
      earlyAlert: boolean;
      kind: components['schemas']['CapturedMediaKind'];
      format: string;
      size: number;
      /** @description Near-duplicates waiting with it: one decision covers them. */
      groupSize: number;
      sites: number;
      /** Format: date-time */
      queuedAt: string;
    };
    QueueList: {
      items: components['schemas']['QueueItem'][];
    };
    RecordOutcomeBody: {
      outcome: components['schemas']['ReferralOutcome'];
      note?: string;
      /** Format: date-time */
      reportedAt?: string;
    };
    ReferralCaCertificate: {
      subject: string;
      /** @description colon-separated hex, as openssl x509 -fingerprint -sha256 prints it */
      sha256Fingerprint: string;
      /** Format: date-time */
      notAfter: string;
    };
    /** @enum {string} */
    ReferralChannel: 'openpgp_email' | 'sftp' | 'https_api';
    /** @enum {string} */
    ReferralEventKind: 'created' | 'undone' | 'queued' | 'sent' | 'failed' | 'acknowledged' | 'outcome_recorded';
    ReferralEventView: {
      kind: components['schemas']['ReferralEventKind'];
      /** Format: date-time */
      at: string;
      actor: string | null;
      details: {
        [key: string]: unknown;
      };
    };
    ReferralFileView: {
      name: string;
      sha256: string;
      size: number;
    };
    /** @enum {string} */
    ReferralFormat: 'json' | 'html' | 'pdf' | 'cybertip_xml';
    ReferralList: {
      referrals: components['schemas']['ReferralSummary'][];
      next: string | null;
    };
    /** @enum {string} */
    ReferralOutcome:
      | 'arrest'
      | 'charges_laid'
      | 'child_removed_from_harm'
      | 'victim_identified'
      | 'investigation_opened'
      | 'referred_elsewhere'
      | 'insufficient_information'
      | 'no_action';
    ReferralRecipientBody: {
      name: string;
      kind: components['schemas']['ReferralRecipientKind'];
      /** @description ISO 3166-1 alpha-2 */
      country: string;
      region?: string | null;
      city?: string | null;
      coversCountries?: string[];
      language: string;
      channel: components['schemas']['ReferralChannel'];
      email?: string | null;
      publicKey?: string | null;
      sftpHost?: string | null;
      sftpPort?: number | null;
      sftpUser?: string | null;
      sftpPassword?: string | null;
      sftpPrivateKey?: string | null;
      sftpHostKey?: string | null;
      sftpDirectory?: string | null;
      apiUrl?: string | null;
      apiSecret?: string | null;
      apiCaCertificates?: string | null;
      reportTypes?: components['schemas']['ReportType'][];
      mayReceiveMedia?: boolean;
      formats?: components['schemas']['ReferralFormat'][];
      active?: boolean;
      notes?: string | null;
    };
    ReferralRecipientFile: {
      recipients: components['schemas']['ReferralRecipientBody'][];
    };
    ReferralRecipientImportResult: {
      added: number;
      updated: number;
    };
    /** @enum {string} */
    ReferralRecipientKind: 'police' | 'national_police_centre' | 'child_welfare' | 'partner_hotline';
    ReferralRecipientList: {
      recipients: components['schemas']['ReferralRecipientView'][];
    };
    ReferralRecipientPatch: {
      name?: string;
      kind?: components['schemas']['ReferralRecipientKind'];
      /** @description ISO 3166-1 alpha-2 */
      country?: string;
      region?: string | null;
      city?: string | null;
      coversCountries?: string[];
      language?: string;
      channel?: components['schemas']['ReferralChannel'];
      email?: string | null;
      publicKey?: string | null;
      sftpHost?: string | null;
      sftpPort?: number | null;
      sftpUser?: string | null;
      sftpPassword?: string | null;
      sftpPrivateKey?: string | null;
      sftpHostKey?: string | null;
      sftpDirectory?: string | null;
      apiUrl?: string | null;
      apiSecret?: string | null;
      apiCaCertificates?: string | null;
      reportTypes?: components['schemas']['ReportType'][];
      mayReceiveMedia?: boolean;
      formats?: components['schemas']['ReferralFormat'][];
      active?: boolean;
      notes?: string | null;
    };
    ReferralRecipientView: {
      /** Format: uuid */
      id: string;
      name: string;
      kind: components['schemas']['ReferralRecipientKind'];
      country: string;
      region: string | null;
      city: string | null;
      coversCountries: string[];
      language: string;
      channel: components['schemas']['ReferralChannel'];
      email: string | null;
      publicKeyFingerprint: string | null;
      sftpHost: string | null;
      sftpPort: number | null;
      sftpUser: string | null;
      sftpDirectory: string | null;
      sftpHostKey: string | null;
      apiUrl: string | null;
      apiCaCertificates: components['schemas']['ReferralCaCertificate'][];
      hasSecret: boolean;
      reportTypes: components['schemas']['ReportType'][];
      mayReceiveMedia: boolean;
      formats: components['schemas']['ReferralFormat'][];
      active: boolean;
      notes: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    ReferralRuleBody: {
      name: string;
      enabled?: boolean;
      ageBands?: string[];
      activities?: string[];
      reportTypes?: components['schemas']['ReportType'][];
      excludedReportTypes?: components['schemas']['ReportType'][];
      recipientKinds?: components['schemas']['ReferralRecipientKind'][];
      recipientIds?: string[];
    };
    ReferralRuleList: {
      rules: components['schemas']['ReferralRuleView'][];
    };
    ReferralRulePatch: {
      name?: string;
      enabled?: boolean;
      ageBands?: string[];
      activities?: string[];
      reportTypes?: components['schemas']['ReportType'][];
      excludedReportTypes?: components['schemas']['ReportType'][];
      recipientKinds?: components['schemas']['ReferralRecipientKind'][];
      recipientIds?: string[];
    };
    ReferralRuleView: {
      /** Format: uuid */
      id: string;
      name: string;
      enabled: boolean;
      ageBands: string[];
      activities: string[];
      reportTypes: components['schemas']['ReportType'][];
      excludedReportTypes: components['schemas']['ReportType'][];
      recipientKinds: components['schemas']['ReferralRecipientKind'][];
      recipientIds: string[];
      /** Format: date-time */
      updatedAt: string;
    };
    /** @enum {string} */
    ReferralState: 'held' | 'queued' | 'sent' | 'failed' | 'acknowledged' | 'cancelled';
    ReferralStats: {
      /** @description reports received in the period */
      reports: number;
      /** @description reports with at least one referral (not undone) */
      referred: number;
      /** @description reports referred by the automatic forwarding */
      automatic: number;
      /** @description automatic / reports */
      automaticShare: number;
      outcomes: {
        [key: string]: number;
      };
    };
    ReferralSummary: {
      /** Format: uuid */
      id: string;
      reference: string;
      /** Format: uuid */
      reportId: string;
      recipient: {
        /** Format: uuid */
        id: string;
        name: string;
        kind: components['schemas']['ReferralRecipientKind'];
      };
      /** @enum {string} */
      origin: 'automatic' | 'analyst';
      state: components['schemas']['ReferralState'];
      /** Format: date-time */
      releaseAt: string;
      /** Format: date-time */
      createdAt: string;
      sentAt: string | null;
      acknowledgedAt: string | null;
      outcome: components['schemas']['ReferralOutcome'] | null;
    };
    ReferralView: {
      /** Format: uuid */
      id: string;
      reference: string;
      /** Format: uuid */
      reportId: string;
      recipient: {
        /** Format: uuid */
        id: string;
        name: string;
        kind: components['schemas']['ReferralRecipientKind'];
      };
      /** @enum {string} */
      origin: 'automatic' | 'analyst';
      state: components['schemas']['ReferralState'];
      /** Format: date-time */
      releaseAt: string;
      /** Format: date-time */
      createdAt: string;
      sentAt: string | null;
      acknowledgedAt: string | null;
      outcome: components['schemas']['ReferralOutcome'] | null;
      decisionId: string | null;
      ruleId: string | null;
      classification: string | null;
      note: string | null;
      recipientReference: string | null;
      files: components['schemas']['ReferralFileView'][];
      events: components['schemas']['ReferralEventView'][];
      messages: components['schemas']['OutboxMessageView'][];
    };
    Reporter: {
      /** @description One of the installation's region codes, or `outside` */
      region?: string;
      country?: string;
      contact?: components['schemas']['Contact'];
    };
    /** @enum {string} */
    ReportSource: 'tipline' | 'api' | 'partner' | 'phone' | 'email';
    /** @enum {string} */
    ReportStatus: 'received' | 'queued';
    /** @enum {string} */
    ReportType:
      | 'child_sexual_abuse_material'
      | 'luring'
      | 'sex_tourism'
      | 'child_prostitution'
      | 'child_trafficking'
      | 'sexually_explicit_material_to_child'
      | 'agreement_to_offend'
      | 'non_consensual_intimate_images'
      | 'other';
    ResetUserResponse: {
      enrolmentUrl: string;
    };
    /** @enum {string} */
    RetentionSettingKey: 'intakeRetentionDays';
    RetentionSettings: {
      intakeRetentionDays: number;
    };
    RetentionSettingsAnswer: {
      settings: components['schemas']['RetentionSettings'];
      defaults: components['schemas']['RetentionSettings'];
      changed: components['schemas']['RetentionSettingKey'][];
    };
    RetentionSettingsChange: {
      intakeRetentionDays?: number;
      reset?: components['schemas']['RetentionSettingKey'][];
    };
    RevealEndBody: {
      durationSeconds?: number;
    };
    RevealEndResponse: {
      /** Format: uuid */
      revealId: string;
      durationSeconds: number;
      exposure: components['schemas']['ExposureStatus'];
    };
    RevealResponse: {
      /** Format: uuid */
      revealId: string;
      /** @constant */
      contentType: 'image/jpeg';
      width: number;
      height: number;
      data: string;
      /** Format: date-time */
      startedAt: string;
      exposure: components['schemas']['ExposureStatus'];
    };
    ReviewBatch: {
      items: components['schemas']['ReviewGridItem'][];
      claimedUntil: string | null;
      exposure: components['schemas']['ExposureStatus'];
    };
    ReviewDefaultsAnswer: {
      defaults: components['schemas']['ReviewSettings'];
      environment: components['schemas']['ReviewSettings'];
      changed: boolean;
    };
    ReviewGridItem: {
      sha256: string;
      kind: components['schemas']['CapturedMediaKind'];
      format: string;
      status: components['schemas']['GridItemStatus'];
      members: number;
      priority: number;
      reasons: string[];
      earlyAlert: boolean;
      /** @description Close to a bank entry that awaits confirmation. */
      nearPendingEntry: boolean;
      classification: components['schemas']['MediaClassification'] | null;
    };
    /** @enum {string} */
    ReviewItemState: 'awaiting_verification' | 'confirmed' | 'disputed' | 'settled' | 'rejected' | 'undone';
    ReviewLabels: {
      ageBand?: components['schemas']['AgeBand'];
      activity?: components['schemas']['Activity'];
      origin?: components['schemas']['ContentOrigin'];
    };
    ReviewOpinion: {
      reviewerId: string;
      /** @enum {string} */
      stage: 'first' | 'verification';
      verdict: components['schemas']['ReviewVerdict'];
      labels: components['schemas']['ReviewLabels'];
      victimIdentified: boolean | null;
      /** Format: date-time */
      at: string;
    };
    ReviewPolicy: {
      allowUnblurred: boolean;
      allowColour: boolean;
      allowHoverPeek: boolean;
      softLimitMinutes: number;
      hardLimitMinutes: number;
      breakMinutes: number;
      dailyLimitMinutes: number;
      sessionTimeoutMinutes: number;
    };
    ReviewPolicyBody: {
      allowUnblurred?: boolean;
      allowColour?: boolean;
      allowHoverPeek?: boolean;
      softLimitMinutes?: number;
      hardLimitMinutes?: number;
      breakMinutes?: number;
      dailyLimitMinutes?: number;
      sessionTimeoutMinutes?: number;
    };
    ReviewSettings: {
      blur: boolean;
      greyscale: boolean;
      /** @description Reveal on hover (the console asks the reveal endpoint). */
      hoverPeek: boolean;
      videoMode: components['schemas']['VideoMode'];
    };
    ReviewSettingsBody: {
      blur?: boolean;
      greyscale?: boolean;
      /** @description Reveal on hover (the console asks the reveal endpoint). */
      hoverPeek?: boolean;
      videoMode?: components['schemas']['VideoMode'];
    };
    ReviewSettingsResponse: {
      settings: components['schemas']['ReviewSettings'];
      defaults: components['schemas']['ReviewSettings'];
      policy: components['schemas']['ReviewPolicy'];
    };
    /** @enum {string} */
    ReviewVerdict: 'csam_a1' | 'csam_a2' | 'csam_b1' | 'csam_b2' | 'csam_other' | 'not_csam' | 'unsure';
    SearchHashBody: {
      /** @description sha256, sha1, md5, pdq or vpdq */
      signalType: string;
      signal: string;
    };
    Seed: {
      id: string;
      url: string;
      origin: components['schemas']['SeedOrigin'];
      site: string;
      honourRobots: boolean;
      maxDepth: number;
      maxUrls: number;
      urlsQueued: number;
      reportId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    SeedList: {
      seeds: components['schemas']['Seed'][];
    };
    /** @enum {string} */
    SeedOrigin: 'report' | 'analyst' | 'confirmed_page';
    /** @description Detections to notify (their recipients resolved), or a URL: every detection at it. */
    SendNoticeBody: {
      detectionIds?: string[];
      url?: string;
      note?: string;
    };
    SendNoticeResponse: {
      notices: components['schemas']['NoticeSummary'][];
      /** @description Detections nobody to notify was found for. */
      unresolved: string[];
    };
    SessionResponse: {
      user: components['schemas']['SessionUser'];
      csrfToken: string;
    };
    SessionUser: {
      id: string;
      email: string;
      role: components['schemas']['StaffRole'];
    };
    SettleResponse: {
      itemId: string;
      state: components['schemas']['ReviewItemState'];
    };
    /** @enum {string} */
    SightingSource: 'capture' | 'crawl';
    SignalItem: {
      /** @description sha256, sha1, md5 (or video_md5), pdq, vpdq */
      signalType: string;
      signal: string;
    };
    SignalMatches: {
      signalType: components['schemas']['SignalType'];
      signal: string;
      matches: components['schemas']['ProviderMatch'][];
      suppressed: boolean;
    };
    /** @enum {string} */
    SignalType: 'sha256' | 'sha1' | 'md5' | 'pdq' | 'vpdq';
    SigningKeyResponse: {
      /** @constant */
      algorithm: 'Ed25519';
      publicKeyPem: string;
      fingerprint: string;
    };
    StaffBank: {
      name: string;
      purpose: string;
      kind: components['schemas']['BankKind'];
      enabled: boolean;
      /** @description HMA's enabled_ratio: the share of HMA lookups the bank takes part in. */
      matchingRatio: number;
      pdqThreshold: number;
      liveEntries: number;
      withdrawnEntries: number;
      /** @description Organisations granted the bank. */
      grants: number;
    };
    StaffBankList: {
      banks: components['schemas']['StaffBank'][];
    };
    StaffEntryEvent: {
      kind: components['schemas']['EntryEventKind'];
      actorType: string;
      actorId: string | null;
      details: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      occurredAt: string;
    };
    StaffEntrySummary: {
      id: number;
      bank: string;
      signals: {
        [key: string]: string;
      };
      status: components['schemas']['EntryStatus'];
      suspended: boolean;
      withdrawn: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    StaffEntryView: {
      entry: components['schemas']['StaffEntrySummary'];
      labels: {
        ageBand: components['schemas']['AgeBand'] | null;
        activity: components['schemas']['Activity'] | null;
        origin: components['schemas']['ContentOrigin'] | null;
        victimIdentified: boolean | null;
      };
      uses: components['schemas']['IntendedUse'][];
      withdrawnReason: string | null;
      suspendedReason: string | null;
      legalCategories: {
        [key: string]: string;
      };
      events: components['schemas']['StaffEntryEvent'][];
    };
    StaffMatch: {
      bank: string;
      bankKind: components['schemas']['BankKind'];
      entryId: number;
      signalType: components['schemas']['SignalType'];
      distance: number;
      threshold: number;
      confirmed: boolean;
      suspended: boolean;
    };
    StaffReportBody: {
      source: components['schemas']['StaffReportSource'];
      /**
       * @description The reporter's language.
       * @enum {string}
       */
      language: 'en' | 'fr';
      report: components['schemas']['SubmitReportBody'];
    };
    /** @enum {string} */
    StaffReportSource: 'phone' | 'email';
    /** @enum {string} */
    StaffRole: 'administrator' | 'supervisor' | 'analyst' | 'verifier';
    StaffSearchResult: {
      signals: {
        [key: string]: string;
      };
      matches: components['schemas']['StaffMatch'][];
    };
    StatisticsAnnual: {
      year: number;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      from: string;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      to: string;
      timeZone: string;
      /** @description When the rollups were last brought up to date (null: never). */
      rolledUpAt: string | null;
      figures: components['schemas']['StatisticsAnnualFigure'][];
    };
    StatisticsAnnualFigure: {
      /** @description reports, forwarding, media, detections, notices, removal, blocklist, exposure. */
      section: string;
      measure: string;
      /** @description The breakdown's value (a type, a recipient kind...); '' for the total. */
      key: string;
      value: number | null;
    };
    StatisticsBlocklist: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      from: string;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      to: string;
      interval: components['schemas']['StatisticsInterval'];
      timeZone: string;
      /** @description When the rollups were last brought up to date (null: never). */
      rolledUpAt: string | null;
      rows: components['schemas']['StatisticsBlocklistRow'][];
    };
    StatisticsBlocklistRow: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      period: string;
      /** @description Versions published in the period. */
      versions: number;
      /** @description Entries in the period's last version (null: none published yet). */
      entries: number | null;
      urls: number | null;
      domains: number | null;
      added: number;
      removed: number;
    };
    StatisticsDetections: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      from: string;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      to: string;
      interval: components['schemas']['StatisticsInterval'];
      timeZone: string;
      /** @description When the rollups were last brought up to date (null: never). */
      rolledUpAt: string | null;
      rows: components['schemas']['StatisticsDetectionsRow'][];
    };
    StatisticsDetectionsRow: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      period: string;
      /** @description Known media found at a URL (media x URL), first seen then. */
      detections: number;
      /** @description Found capturing a reported URL. */
      byCapture: number;
      /** @description Found by the crawl. */
      byCrawl: number;
      /** @description Whose bank allows notice and takedown. */
      noticeable: number;
    };
    StatisticsExposure: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      from: string;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      to: string;
      interval: components['schemas']['StatisticsInterval'];
      timeZone: string;
      /** @description When the rollups were last brought up to date (null: never). */
      rolledUpAt: string | null;
      rows: components['schemas']['StatisticsExposureRow'][];
    };
    /** @description The review team's exposure totals (never per image or per analyst), per UTC day as review counts it. */
    StatisticsExposureRow: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      period: string;
      /** @description Analysts with review time in the period (each counted once). */
      analysts: number;
      /** @description Time media were on screen in review, all analysts. */
      reviewSeconds: number;
      /** @description Time media were shown unblurred (on top of review time). */
      revealSeconds: number;
      /** @description reviewSeconds + revealSeconds, as the limits count it. */
      exposureSeconds: number;
      /** @description Media revealed (unblurred). */
      reveals: number;
      /** @description Breaks taken or imposed. */
      breaks: number;
      /** @description Review sessions ended by the analyst. */
      stops: number;
    };
    StatisticsForwarding: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      from: string;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      to: string;
      interval: components['schemas']['StatisticsInterval'];
      timeZone: string;
      /** @description When the rollups were last brought up to date (null: never). */
      rolledUpAt: string | null;
      rows: components['schemas']['StatisticsForwardingRow'][];
    };
    /** @description Reports received in the period and forwarded (at any time since), by whom they went to. */
    StatisticsForwardingRow: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      period: string;
      /** @description null: to anyone. */
      recipientKind: components['schemas']['ForwardRecipientKind'] | null;
      /** @description null: automatic or analyst. */
      origin: ('automatic' | 'analyst') | null;
      /** @description Reports received in the period. */
      received: number;
      /** @description Of those, forwarded (referral sent or acknowledged). */
      forwarded: number;
      /** @description forwarded / received (0 when none was received). */
      share: number;
      /** @description Referrals (or notice requests) sent for them. */
      forwards: number;
    };
    /** @enum {string} */
    StatisticsInterval: 'month' | 'day' | 'year';
    StatisticsMedia: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      from: string;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      to: string;
      interval: components['schemas']['StatisticsInterval'];
      timeZone: string;
      /** @description When the rollups were last brought up to date (null: never). */
      rolledUpAt: string | null;
      rows: components['schemas']['StatisticsMediaRow'][];
    };
    StatisticsMediaRow: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      period: string;
      /** @description Distinct media first fetched and fingerprinted (by SHA-256). */
      seen: number;
      /** @description Of those, matching confirmed material in a bank. */
      known: number;
      /** @description Analysts' assessments of bank entries. */
      assessments: number;
      /** @description Assessments confirming the entry. */
      concurring: number;
      disputing: number;
      /** @description Bank entries added. */
      entriesAdded: number;
      /** @description Of those, confirmed now. */
      entriesConfirmed: number;
    };
    StatisticsNotices: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      from: string;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      to: string;
      interval: components['schemas']['StatisticsInterval'];
      timeZone: string;
      /** @description When the rollups were last brought up to date (null: never). */
      rolledUpAt: string | null;
      rows: components['schemas']['StatisticsNoticesRow'][];
    };
    StatisticsNoticesRow: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      period: string;
      /** @description Notices accepted by the recipient’s server in the period. */
      sent: number;
      /** @description URLs listed in them. */
      urls: number;
      /** @description Of those notices, acknowledged by the provider (now). */
      acknowledged: number;
      contested: number;
    };
    StatisticsRemoval: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      from: string;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      to: string;
      interval: components['schemas']['StatisticsInterval'];
      timeZone: string;
      /** @description When the rollups were last brought up to date (null: never). */
      rolledUpAt: string | null;
      rows: components['schemas']['StatisticsRemovalRow'][];
    };
    /** @description Time to removal per month of first detection (the re-checks’ measures), overall, by provider, by country. */
    StatisticsRemovalRow: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      period: string;
      /** @description null: every provider. */
      provider: string | null;
      /** @description null: every country. */
      country: string | null;
      /** @description URLs first detected in the month. */
      urls: number;
      notified: number;
      removed: number;
      /** @description Seconds (percentile_cont over removed URLs); null when none was removed. */
      fromNoticeMedian: number | null;
      /** @description Seconds (percentile_cont over removed URLs); null when none was removed. */
      fromNoticeP90: number | null;
      /** @description Seconds (percentile_cont over removed URLs); null when none was removed. */
      fromNoticeP99: number | null;
      /** @description Seconds (percentile_cont over removed URLs); null when none was removed. */
      fromDetectionMedian: number | null;
      /** @description Seconds (percentile_cont over removed URLs); null when none was removed. */
      fromDetectionP90: number | null;
      removedWithin24h: number;
      removedWithin72h: number;
    };
    StatisticsReports: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      from: string;
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      to: string;
      interval: components['schemas']['StatisticsInterval'];
      timeZone: string;
      /** @description When the rollups were last brought up to date (null: never). */
      rolledUpAt: string | null;
      rows: components['schemas']['StatisticsReportsRow'][];
    };
    StatisticsReportsRow: {
      /**
       * Format: date
       * @description A calendar day (YYYY-MM-DD) in the statistics time zone.
       */
      period: string;
      type: components['schemas']['ReportType'] | null;
      source: components['schemas']['ReportSource'] | null;
      /** @description The reporter's region; '' when not given. */
      region: string | null;
      reports: number;
      /** @description URLs given in those reports (one per report and URL). */
      urls: number;
    };
    SubmissionQueue: {
      submissions: components['schemas']['QueuedSubmission'][];
    };
    SubmissionResponse: {
      submissionId: number;
      created: boolean;
      /** @constant */
      status: 'awaiting_review';
    };
    SubmitHashesBody: {
      signals: components['schemas']['SignalItem'][];
      labels?: {
        ageBand?: components['schemas']['AgeBand'];
        activity?: components['schemas']['Activity'];
        origin?: components['schemas']['ContentOrigin'];
      };
      note?: string;
    };
    SubmitReportBody: {
      type: components['schemas']['ReportType'];
      urls?: string[];
      description?: string;
      anonymous?: boolean;
      incident?: components['schemas']['Incident'];
      suspect?: components['schemas']['Suspect'];
      victim?: components['schemas']['Victim'];
      reporter?: components['schemas']['Reporter'];
    };
    SubmitReportResponse: {
      /** Format: uuid */
      id: string;
      /** @description Easy to read aloud: three groups of digits, the last digit a check digit */
      reportNumber: string;
      /** @description Lets the reporter add information later; it does not give access to the report */
      followUpCode: string;
    };
    SubmitVerdictsBody: {
      verdicts: components['schemas']['VerdictInput'][];
    };
    SubmitVerdictsResponse: {
      results: components['schemas']['VerdictResult'][];
      exposure: components['schemas']['ExposureStatus'];
    };
    Suspect: {
      names?: string;
      usernames?: string[];
      platform?: string;
      estimatedAge?: string;
      location?: string;
    };
    SuspendedEntry: {
      entryId: number;
      bank: string;
      /** Format: date-time */
      suspendedAt: string;
      reason: string;
    };
    SuspensionQueue: {
      entries: components['schemas']['SuspendedEntry'][];
    };
    TakedownMeasure: {
      /** @description URLs first detected in the period (notified or not). */
      urls: number;
      notified: number;
      removed: number;
      /** @description Seconds to removal (percentile_cont over removed URLs); null when none was removed. */
      fromDetection: {
        median: number | null;
        p90: number | null;
        p99: number | null;
      };
      /** @description Seconds to removal (percentile_cont over removed URLs); null when none was removed. */
      fromNotice: {
        median: number | null;
        p90: number | null;
        p99: number | null;
      };
      /** @description Share of the URLs removed within 24 hours of their first notice (of detection when none was sent). */
      removedWithin24h: number;
      removedWithin72h: number;
      removedWithin28d: number;
      /** @description Reminders queued for these URLs' notices. */
      reminders: number;
      escalations: number;
      /** @description Removed URLs whose media was found again (recidivism). */
      reappeared: number;
      /** @description reappeared / removed (0 when nothing was removed). */
      recidivismRate: number;
    };
    TakedownMeasures: {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      overall: components['schemas']['TakedownMeasure'];
      providers: ({
        provider: string;
      } & components['schemas']['TakedownMeasure'])[];
      countries: ({
        country: string;
      } & components['schemas']['TakedownMeasure'])[];
    };
    TeamExposure: {
      /** Format: date */
      day: string;
      analysts: {
        userId: string;
        email: string;
        reviewSeconds: number;
        revealSeconds: number;
        reveals: number;
        breaks: number;
        stops: number;
        state: components['schemas']['ExposureState'];
      }[];
      totals: {
        analysts: number;
        reviewSeconds: number;
        revealSeconds: number;
        reveals: number;
      };
    };
    TiplineHelpLine: {
      label:
        | string
        | {
            [key: string]: string;
          };
      phone?: string;
      sms?: string;
      smsKeyword?:
        | string
        | {
            [key: string]: string;
          };
      url?:
        | string
        | {
            [key: string]: string;
          };
    };
    TiplineRegion: {
      code: string;
      name:
        | string
        | {
            [key: string]: string;
          };
    };
    /** @enum {string} */
    TiplineSettingKey:
      'name' | 'phone' | 'privacyUrl' | 'emergencyNumber' | 'regionLabel' | 'regions' | 'helpLines' | 'exitUrl';
    TiplineSettings: {
      name:
        | (
            | string
            | {
                [key: string]: string;
              }
          )
        | null;
      phone: string | null;
      privacyUrl: string | null;
      emergencyNumber: string;
      regionLabel:
        | string
        | {
            [key: string]: string;
          };
      regions: components['schemas']['TiplineRegion'][];
      helpLines: components['schemas']['TiplineHelpLine'][];
      exitUrl: string;
    };
    TiplineSettingsAnswer: {
      settings: components['schemas']['TiplineSettings'];
      defaults: components['schemas']['TiplineSettings'];
      changed: components['schemas']['TiplineSettingKey'][];
    };
    TiplineSettingsChange: {
      name?:
        | string
        | {
            [key: string]: string;
          };
      phone?: string;
      privacyUrl?: string;
      emergencyNumber?: string;
      regionLabel?:
        | string
        | {
            [key: string]: string;
          };
      regions?: components['schemas']['TiplineRegion'][];
      helpLines?: components['schemas']['TiplineHelpLine'][];
      exitUrl?: string;
      reset?: components['schemas']['TiplineSettingKey'][];
    };
    /** @description Cancels an automatic referral still in its undo window. */
    UndoReferralBody: {
      reason?: string;
    };
    UndoVerdictsBody: {
      count?: number;
    };
    UndoVerdictsResponse: {
      undone: {
        decisionId: string;
        sha256: string;
        verdict: components['schemas']['ReviewVerdict'];
      }[];
    };
    UploadCheckResponse: {
      decision: components['schemas']['UploadDecision'];
      blockedBy: components['schemas']['ProviderMatch'][];
      results: components['schemas']['SignalMatches'][];
    };
    /** @enum {string} */
    UploadDecision: 'allow' | 'block';
    UserChangeBody: {
      reason?: string;
    };
    UserResponse: {
      id: string;
      email: string;
      role: string;
      status: string;
      /** Format: date-time */
      createdAt: string;
    };
    VerdictCore: {
      verdict: components['schemas']['ReviewVerdict'];
      labels?: components['schemas']['ReviewLabels'];
      victimIdentified?: boolean;
    };
    VerdictInput: {
      sha256: string;
      verdict: components['schemas']['ReviewVerdict'];
      labels?: components['schemas']['ReviewLabels'];
      victimIdentified?: boolean;
    };
    VerdictResult: {
      sha256: string;
      decisionId: string | null;
      verdict: components['schemas']['ReviewVerdict'];
      members: number;
      itemId: string | null;
      error: {
        code: string;
        message: string;
      } | null;
    };
    VerificationItem: {
      itemId: string;
      sha256: string;
      kind: components['schemas']['CapturedMediaKind'];
      members: number;
      /** @description Verifiers still needed, counting the caller. */
      verificationsNeeded: number;
      /** Format: date-time */
      createdAt: string;
    };
    VerificationQueue: {
      items: components['schemas']['VerificationItem'][];
      exposure: components['schemas']['ExposureStatus'];
    };
    VerifyResponse: {
      itemId: string;
      /** @enum {string} */
      outcome: 'agreed' | 'confirmed' | 'disputed';
      state: components['schemas']['ReviewItemState'];
    };
    Victim: {
      age?: string;
      location?: string;
      reporterIsVictim?: boolean;
    };
    VictimAlert: {
      id: string;
      sha256: string;
      pageUrl: string;
      /** Format: date-time */
      raisedAt: string;
    };
    VictimAlertList: {
      alerts: components['schemas']['VictimAlert'][];
    };
    /** @enum {string} */
    VideoMode: 'stills' | 'poster';
    WithdrawAlertBody: {
      reason?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type AcceptSubmissionBody = components['schemas']['AcceptSubmissionBody'];
export type AcceptSubmissionResponse = components['schemas']['AcceptSubmissionResponse'];
export type AcknowledgeReferralBody = components['schemas']['AcknowledgeReferralBody'];
export type Activity = components['schemas']['Activity'];
export type AddSeedBody = components['schemas']['AddSeedBody'];
export type AddSeedResponse = components['schemas']['AddSeedResponse'];
export type AgeBand = components['schemas']['AgeBand'];
export type AlertRecord = components['schemas']['AlertRecord'];
export type ApiKeyResponse = components['schemas']['ApiKeyResponse'];
export type ApiScope = components['schemas']['ApiScope'];
export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditSearchResult = components['schemas']['AuditSearchResult'];
export type AuditVerification = components['schemas']['AuditVerification'];
export type AutoDecisionList = components['schemas']['AutoDecisionList'];
export type AutoDecisionOutcome = components['schemas']['AutoDecisionOutcome'];
export type AutoDecisionView = components['schemas']['AutoDecisionView'];
export type BankEntriesPage = components['schemas']['BankEntriesPage'];
export type BankGrant = components['schemas']['BankGrant'];
export type BankGrants = components['schemas']['BankGrants'];
export type BankImportRecord = components['schemas']['BankImportRecord'];
export type BankImports = components['schemas']['BankImports'];
export type BankKind = components['schemas']['BankKind'];
export type BlocklistAppealDecisionBody = components['schemas']['BlocklistAppealDecisionBody'];
export type BlocklistAppealList = components['schemas']['BlocklistAppealList'];
export type BlocklistAppealState = components['schemas']['BlocklistAppealState'];
export type BlocklistAppealView = components['schemas']['BlocklistAppealView'];
export type BlocklistApproveBody = components['schemas']['BlocklistApproveBody'];
export type BlocklistCriterion = components['schemas']['BlocklistCriterion'];
export type BlocklistDelistReason = components['schemas']['BlocklistDelistReason'];
export type BlocklistEntryKind = components['schemas']['BlocklistEntryKind'];
export type BlocklistEntryList = components['schemas']['BlocklistEntryList'];
export type BlocklistEntryState = components['schemas']['BlocklistEntryState'];
export type BlocklistEntrySummary = components['schemas']['BlocklistEntrySummary'];
export type BlocklistEntryView = components['schemas']['BlocklistEntryView'];
export type BlocklistEventKind = components['schemas']['BlocklistEventKind'];
export type BlocklistEventView = components['schemas']['BlocklistEventView'];
export type BlocklistFetchList = components['schemas']['BlocklistFetchList'];
export type BlocklistFetchView = components['schemas']['BlocklistFetchView'];
export type BlocklistNominateBody = components['schemas']['BlocklistNominateBody'];
export type BlocklistNominateResponse = components['schemas']['BlocklistNominateResponse'];
export type BlocklistRejectBody = components['schemas']['BlocklistRejectBody'];
export type BlocklistVersionList = components['schemas']['BlocklistVersionList'];
export type BlocklistVersionView = components['schemas']['BlocklistVersionView'];
export type CapturedMediaKind = components['schemas']['CapturedMediaKind'];
export type CaptureList = components['schemas']['CaptureList'];
export type CaptureView = components['schemas']['CaptureView'];
export type CaseBlocklistBody = components['schemas']['CaseBlocklistBody'];
export type CaseCapture = components['schemas']['CaseCapture'];
export type CaseClaim = components['schemas']['CaseClaim'];
export type CaseClassifyBody = components['schemas']['CaseClassifyBody'];
export type CaseCloseBody = components['schemas']['CaseCloseBody'];
export type CaseCloseReason = components['schemas']['CaseCloseReason'];
export type CaseContact = components['schemas']['CaseContact'];
export type CaseDecision = components['schemas']['CaseDecision'];
export type CaseDecisionKind = components['schemas']['CaseDecisionKind'];
export type CaseDecisionResponse = components['schemas']['CaseDecisionResponse'];
export type CaseDecisionState = components['schemas']['CaseDecisionState'];
export type CaseForwardBody = components['schemas']['CaseForwardBody'];
export type CaseHistoryItem = components['schemas']['CaseHistoryItem'];
export type CaseMedia = components['schemas']['CaseMedia'];
export type CaseNoteBody = components['schemas']['CaseNoteBody'];
export type CasePage = components['schemas']['CasePage'];
export type CaseQueuePage = components['schemas']['CaseQueuePage'];
export type CaseRelated = components['schemas']['CaseRelated'];
export type CaseReplyBody = components['schemas']['CaseReplyBody'];
export type CaseReplyTemplate = components['schemas']['CaseReplyTemplate'];
export type CaseReport = components['schemas']['CaseReport'];
export type CaseState = components['schemas']['CaseState'];
export type CaseStateCounts = components['schemas']['CaseStateCounts'];
export type CaseSummary = components['schemas']['CaseSummary'];
export type Classification = components['schemas']['Classification'];
export type ClassificationState = components['schemas']['ClassificationState'];
export type ClassificationTier = components['schemas']['ClassificationTier'];
export type Contact = components['schemas']['Contact'];
export type ContactSource = components['schemas']['ContactSource'];
export type ContentOrigin = components['schemas']['ContentOrigin'];
export type CrawlStats = components['schemas']['CrawlStats'];
export type CreateApiKeyBody = components['schemas']['CreateApiKeyBody'];
export type CreateApiKeyResponse = components['schemas']['CreateApiKeyResponse'];
export type CreateReferralBody = components['schemas']['CreateReferralBody'];
export type CreateReferralResponse = components['schemas']['CreateReferralResponse'];
export type CreateUserBody = components['schemas']['CreateUserBody'];
export type CreateUserResponse = components['schemas']['CreateUserResponse'];
export type Detection = components['schemas']['Detection'];
export type DetectionPage = components['schemas']['DetectionPage'];
export type DisputeItem = components['schemas']['DisputeItem'];
export type DisputeQueue = components['schemas']['DisputeQueue'];
export type EnrolmentCompleteBody = components['schemas']['EnrolmentCompleteBody'];
export type EnrolmentStartBody = components['schemas']['EnrolmentStartBody'];
export type EnrolmentStartResponse = components['schemas']['EnrolmentStartResponse'];
export type EntryEventKind = components['schemas']['EntryEventKind'];
export type EntryReasonBody = components['schemas']['EntryReasonBody'];
export type EntryStatus = components['schemas']['EntryStatus'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type ExchangeApi = components['schemas']['ExchangeApi'];
export type ExchangeApiDescription = components['schemas']['ExchangeApiDescription'];
export type ExchangeApiList = components['schemas']['ExchangeApiList'];
export type ExchangeCreateBody = components['schemas']['ExchangeCreateBody'];
export type ExchangeDeleted = components['schemas']['ExchangeDeleted'];
export type ExchangeFeedbackBody = components['schemas']['ExchangeFeedbackBody'];
export type ExchangeFeedbackResponse = components['schemas']['ExchangeFeedbackResponse'];
export type ExchangeFeedbackState = components['schemas']['ExchangeFeedbackState'];
export type ExchangeFetchResponse = components['schemas']['ExchangeFetchResponse'];
export type ExchangeField = components['schemas']['ExchangeField'];
export type ExchangeList = components['schemas']['ExchangeList'];
export type ExchangeStatus = components['schemas']['ExchangeStatus'];
export type ExchangeUpdateBody = components['schemas']['ExchangeUpdateBody'];
export type ExchangeView = components['schemas']['ExchangeView'];
export type ExposureState = components['schemas']['ExposureState'];
export type ExposureStatus = components['schemas']['ExposureStatus'];
export type FeedbackBody = components['schemas']['FeedbackBody'];
export type FeedbackResponse = components['schemas']['FeedbackResponse'];
export type FeedbackVerdict = components['schemas']['FeedbackVerdict'];
export type FollowUpBody = components['schemas']['FollowUpBody'];
export type FollowUpResponse = components['schemas']['FollowUpResponse'];
export type ForwardRecipientKind = components['schemas']['ForwardRecipientKind'];
export type GrantBody = components['schemas']['GrantBody'];
export type GridItemStatus = components['schemas']['GridItemStatus'];
export type HashListEntry = components['schemas']['HashListEntry'];
export type HashListPage = components['schemas']['HashListPage'];
export type Health = components['schemas']['Health'];
export type HmaBank = components['schemas']['HmaBank'];
export type HmaBankContent = components['schemas']['HmaBankContent'];
export type HmaBankCreate = components['schemas']['HmaBankCreate'];
export type HmaBankUpdate = components['schemas']['HmaBankUpdate'];
export type HmaComparison = components['schemas']['HmaComparison'];
export type HmaContentAdded = components['schemas']['HmaContentAdded'];
export type HmaContentDeleted = components['schemas']['HmaContentDeleted'];
export type HmaContentMetadata = components['schemas']['HmaContentMetadata'];
export type HmaContentTypeConfig = components['schemas']['HmaContentTypeConfig'];
export type HmaExchange = components['schemas']['HmaExchange'];
export type HmaExchangeApi = components['schemas']['HmaExchangeApi'];
export type HmaExchangeCreate = components['schemas']['HmaExchangeCreate'];
export type HmaExchangeCredentials = components['schemas']['HmaExchangeCredentials'];
export type HmaExchangeFetchStatus = components['schemas']['HmaExchangeFetchStatus'];
export type HmaExchangeUpdate = components['schemas']['HmaExchangeUpdate'];
export type HmaIndexState = components['schemas']['HmaIndexState'];
export type HmaMatch = components['schemas']['HmaMatch'];
export type HmaMessage = components['schemas']['HmaMessage'];
export type HmaRawLookup = components['schemas']['HmaRawLookup'];
export type HmaSignalTypeConfig = components['schemas']['HmaSignalTypeConfig'];
export type HmaSignalTypeIndexState = components['schemas']['HmaSignalTypeIndexState'];
export type HostingLookupView = components['schemas']['HostingLookupView'];
export type HostingTargetView = components['schemas']['HostingTargetView'];
export type ImportFormat = components['schemas']['ImportFormat'];
export type ImportResponse = components['schemas']['ImportResponse'];
export type Incident = components['schemas']['Incident'];
export type IncidentPlace = components['schemas']['IncidentPlace'];
export type IntendedUse = components['schemas']['IntendedUse'];
export type LegalScheme = components['schemas']['LegalScheme'];
export type LegalSchemeMapping = components['schemas']['LegalSchemeMapping'];
export type LegalSchemeMappings = components['schemas']['LegalSchemeMappings'];
export type LoginBody = components['schemas']['LoginBody'];
export type MatchHashesBody = components['schemas']['MatchHashesBody'];
export type MatchResponse = components['schemas']['MatchResponse'];
export type MediaClassification = components['schemas']['MediaClassification'];
export type MediaReviewState = components['schemas']['MediaReviewState'];
export type MediaState = components['schemas']['MediaState'];
export type MediaUpload = components['schemas']['MediaUpload'];
export type NoticeList = components['schemas']['NoticeList'];
export type NoticeState = components['schemas']['NoticeState'];
export type NoticeStatus = components['schemas']['NoticeStatus'];
export type NoticeSummary = components['schemas']['NoticeSummary'];
export type NoticeTemplateChange = components['schemas']['NoticeTemplateChange'];
export type NoticeTemplateList = components['schemas']['NoticeTemplateList'];
export type NoticeTemplateName = components['schemas']['NoticeTemplateName'];
export type NoticeTemplatePreview = components['schemas']['NoticeTemplatePreview'];
export type NoticeTemplateSummary = components['schemas']['NoticeTemplateSummary'];
export type NoticeTemplateView = components['schemas']['NoticeTemplateView'];
export type NoticeUrl = components['schemas']['NoticeUrl'];
export type NoticeView = components['schemas']['NoticeView'];
export type OrganisationKind = components['schemas']['OrganisationKind'];
export type OutboxAttemptOutcome = components['schemas']['OutboxAttemptOutcome'];
export type OutboxAttemptView = components['schemas']['OutboxAttemptView'];
export type OutboxChannel = components['schemas']['OutboxChannel'];
export type OutboxMessageView = components['schemas']['OutboxMessageView'];
export type OutboxState = components['schemas']['OutboxState'];
export type ProviderBatching = components['schemas']['ProviderBatching'];
export type ProviderBody = components['schemas']['ProviderBody'];
export type ProviderChannel = components['schemas']['ProviderChannel'];
export type ProviderList = components['schemas']['ProviderList'];
export type ProviderMatch = components['schemas']['ProviderMatch'];
export type ProviderPatch = components['schemas']['ProviderPatch'];
export type ProviderView = components['schemas']['ProviderView'];
export type PublicAlert = components['schemas']['PublicAlert'];
export type PublishAlertBody = components['schemas']['PublishAlertBody'];
export type PublishDraftBody = components['schemas']['PublishDraftBody'];
export type QueuedSubmission = components['schemas']['QueuedSubmission'];
export type QueueItem = components['schemas']['QueueItem'];
export type QueueList = components['schemas']['QueueList'];
export type RecordOutcomeBody = components['schemas']['RecordOutcomeBody'];
export type ReferralCaCertificate = components['schemas']['ReferralCaCertificate'];
export type ReferralChannel = components['schemas']['ReferralChannel'];
export type ReferralEventKind = components['schemas']['ReferralEventKind'];
export type ReferralEventView = components['schemas']['ReferralEventView'];
export type ReferralFileView = components['schemas']['ReferralFileView'];
export type ReferralFormat = components['schemas']['ReferralFormat'];
export type ReferralList = components['schemas']['ReferralList'];
export type ReferralOutcome = components['schemas']['ReferralOutcome'];
export type ReferralRecipientBody = components['schemas']['ReferralRecipientBody'];
export type ReferralRecipientFile = components['schemas']['ReferralRecipientFile'];
export type ReferralRecipientImportResult = components['schemas']['ReferralRecipientImportResult'];
export type ReferralRecipientKind = components['schemas']['ReferralRecipientKind'];
export type ReferralRecipientList = components['schemas']['ReferralRecipientList'];
export type ReferralRecipientPatch = components['schemas']['ReferralRecipientPatch'];
export type ReferralRecipientView = components['schemas']['ReferralRecipientView'];
export type ReferralRuleBody = components['schemas']['ReferralRuleBody'];
export type ReferralRuleList = components['schemas']['ReferralRuleList'];
export type ReferralRulePatch = components['schemas']['ReferralRulePatch'];
export type ReferralRuleView = components['schemas']['ReferralRuleView'];
export type ReferralState = components['schemas']['ReferralState'];
export type ReferralStats = components['schemas']['ReferralStats'];
export type ReferralSummary = components['schemas']['ReferralSummary'];
export type ReferralView = components['schemas']['ReferralView'];
export type Reporter = components['schemas']['Reporter'];
export type ReportSource = components['schemas']['ReportSource'];
export type ReportStatus = components['schemas']['ReportStatus'];
export type ReportType = components['schemas']['ReportType'];
export type ResetUserResponse = components['schemas']['ResetUserResponse'];
export type RetentionSettingKey = components['schemas']['RetentionSettingKey'];
export type RetentionSettings = components['schemas']['RetentionSettings'];
export type RetentionSettingsAnswer = components['schemas']['RetentionSettingsAnswer'];
export type RetentionSettingsChange = components['schemas']['RetentionSettingsChange'];
export type RevealEndBody = components['schemas']['RevealEndBody'];
export type RevealEndResponse = components['schemas']['RevealEndResponse'];
export type RevealResponse = components['schemas']['RevealResponse'];
export type ReviewBatch = components['schemas']['ReviewBatch'];
export type ReviewDefaultsAnswer = components['schemas']['ReviewDefaultsAnswer'];
export type ReviewGridItem = components['schemas']['ReviewGridItem'];
export type ReviewItemState = components['schemas']['ReviewItemState'];
export type ReviewLabels = components['schemas']['ReviewLabels'];
export type ReviewOpinion = components['schemas']['ReviewOpinion'];
export type ReviewPolicy = components['schemas']['ReviewPolicy'];
export type ReviewPolicyBody = components['schemas']['ReviewPolicyBody'];
export type ReviewSettings = components['schemas']['ReviewSettings'];
export type ReviewSettingsBody = components['schemas']['ReviewSettingsBody'];
export type ReviewSettingsResponse = components['schemas']['ReviewSettingsResponse'];
export type ReviewVerdict = components['schemas']['ReviewVerdict'];
export type SearchHashBody = components['schemas']['SearchHashBody'];
export type Seed = components['schemas']['Seed'];
export type SeedList = components['schemas']['SeedList'];
export type SeedOrigin = components['schemas']['SeedOrigin'];
export type SendNoticeBody = components['schemas']['SendNoticeBody'];
export type SendNoticeResponse = components['schemas']['SendNoticeResponse'];
export type SessionResponse = components['schemas']['SessionResponse'];
export type SessionUser = components['schemas']['SessionUser'];
export type SettleResponse = components['schemas']['SettleResponse'];
export type SightingSource = components['schemas']['SightingSource'];
export type SignalItem = components['schemas']['SignalItem'];
export type SignalMatches = components['schemas']['SignalMatches'];
export type SignalType = components['schemas']['SignalType'];
export type SigningKeyResponse = components['schemas']['SigningKeyResponse'];
export type StaffBank = components['schemas']['StaffBank'];
export type StaffBankList = components['schemas']['StaffBankList'];
export type StaffEntryEvent = components['schemas']['StaffEntryEvent'];
export type StaffEntrySummary = components['schemas']['StaffEntrySummary'];
export type StaffEntryView = components['schemas']['StaffEntryView'];
export type StaffMatch = components['schemas']['StaffMatch'];
export type StaffReportBody = components['schemas']['StaffReportBody'];
export type StaffReportSource = components['schemas']['StaffReportSource'];
export type StaffRole = components['schemas']['StaffRole'];
export type StaffSearchResult = components['schemas']['StaffSearchResult'];
export type StatisticsAnnual = components['schemas']['StatisticsAnnual'];
export type StatisticsAnnualFigure = components['schemas']['StatisticsAnnualFigure'];
export type StatisticsBlocklist = components['schemas']['StatisticsBlocklist'];
export type StatisticsBlocklistRow = components['schemas']['StatisticsBlocklistRow'];
export type StatisticsDetections = components['schemas']['StatisticsDetections'];
export type StatisticsDetectionsRow = components['schemas']['StatisticsDetectionsRow'];
export type StatisticsExposure = components['schemas']['StatisticsExposure'];
export type StatisticsExposureRow = components['schemas']['StatisticsExposureRow'];
export type StatisticsForwarding = components['schemas']['StatisticsForwarding'];
export type StatisticsForwardingRow = components['schemas']['StatisticsForwardingRow'];
export type StatisticsInterval = components['schemas']['StatisticsInterval'];
export type StatisticsMedia = components['schemas']['StatisticsMedia'];
export type StatisticsMediaRow = components['schemas']['StatisticsMediaRow'];
export type StatisticsNotices = components['schemas']['StatisticsNotices'];
export type StatisticsNoticesRow = components['schemas']['StatisticsNoticesRow'];
export type StatisticsRemoval = components['schemas']['StatisticsRemoval'];
export type StatisticsRemovalRow = components['schemas']['StatisticsRemovalRow'];
export type StatisticsReports = components['schemas']['StatisticsReports'];
export type StatisticsReportsRow = components['schemas']['StatisticsReportsRow'];
export type SubmissionQueue = components['schemas']['SubmissionQueue'];
export type SubmissionResponse = components['schemas']['SubmissionResponse'];
export type SubmitHashesBody = components['schemas']['SubmitHashesBody'];
export type SubmitReportBody = components['schemas']['SubmitReportBody'];
export type SubmitReportResponse = components['schemas']['SubmitReportResponse'];
export type SubmitVerdictsBody = components['schemas']['SubmitVerdictsBody'];
export type SubmitVerdictsResponse = components['schemas']['SubmitVerdictsResponse'];
export type Suspect = components['schemas']['Suspect'];
export type SuspendedEntry = components['schemas']['SuspendedEntry'];
export type SuspensionQueue = components['schemas']['SuspensionQueue'];
export type TakedownMeasure = components['schemas']['TakedownMeasure'];
export type TakedownMeasures = components['schemas']['TakedownMeasures'];
export type TeamExposure = components['schemas']['TeamExposure'];
export type TiplineHelpLine = components['schemas']['TiplineHelpLine'];
export type TiplineRegion = components['schemas']['TiplineRegion'];
export type TiplineSettingKey = components['schemas']['TiplineSettingKey'];
export type TiplineSettings = components['schemas']['TiplineSettings'];
export type TiplineSettingsAnswer = components['schemas']['TiplineSettingsAnswer'];
export type TiplineSettingsChange = components['schemas']['TiplineSettingsChange'];
export type UndoReferralBody = components['schemas']['UndoReferralBody'];
export type UndoVerdictsBody = components['schemas']['UndoVerdictsBody'];
export type UndoVerdictsResponse = components['schemas']['UndoVerdictsResponse'];
export type UploadCheckResponse = components['schemas']['UploadCheckResponse'];
export type UploadDecision = components['schemas']['UploadDecision'];
export type UserChangeBody = components['schemas']['UserChangeBody'];
export type UserResponse = components['schemas']['UserResponse'];
export type VerdictCore = components['schemas']['VerdictCore'];
export type VerdictInput = components['schemas']['VerdictInput'];
export type VerdictResult = components['schemas']['VerdictResult'];
export type VerificationItem = components['schemas']['VerificationItem'];
export type VerificationQueue = components['schemas']['VerificationQueue'];
export type VerifyResponse = components['schemas']['VerifyResponse'];
export type Victim = components['schemas']['Victim'];
export type VictimAlert = components['schemas']['VictimAlert'];
export type VictimAlertList = components['schemas']['VictimAlertList'];
export type VideoMode = components['schemas']['VideoMode'];
export type WithdrawAlertBody = components['schemas']['WithdrawAlertBody'];
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text exposition format */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAuthSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthEnrolmentStart: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnrolmentStartBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrolmentStartResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthEnrolmentComplete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnrolmentCompleteBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'][];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateUserResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postUsersByIdDisable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserChangeBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postUsersByIdReset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserChangeBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResetUserResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyResponse'][];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateApiKeyResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteApiKeysById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAuditVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerification'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAudit: {
    parameters: {
      query?: {
        /** @description An actor's id, or a staff member's email */
        actor?: string;
        /** @description An action, or its start: "access." */
        action?: string;
        /** @description The object's id */
        subject?: string;
        from?: string;
        to?: string;
        before?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditSearchResult'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAuditExport: {
    parameters: {
      query?: {
        /** @description An actor's id, or a staff member's email */
        actor?: string;
        /** @description An action, or its start: "access." */
        action?: string;
        /** @description The object's id */
        subject?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The matching events as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitReportBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmitReportResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReportsFollowUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowUpBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowUpResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAlerts: {
    parameters: {
      query?: {
        language?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicAlert'][];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAlerts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishAlertBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicAlert'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAlertsAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertRecord'][];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAlertsDrafts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishAlertBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertRecord'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAlertsByIdPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishDraftBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertRecord'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAlertsByIdWithdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawAlertBody'];
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description I-AM-ALIVE */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getSiteMap: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string[];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getHHash: {
    parameters: {
      query: {
        url: string;
        content_type?: 'photo' | 'video';
        types?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signal type name (pdq, video_md5, vpdq, md5, sha256...) to the signal */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string;
          };
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postHHash: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['MediaUpload'];
      };
    };
    responses: {
      /** @description Signal type name (pdq, video_md5, vpdq, md5, sha256...) to the signal */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: string;
          };
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMLookup: {
    parameters: {
      query?: {
        url?: string;
        content_type?: 'photo' | 'video';
        types?: string;
        signal_type?: string;
        signal?: string;
        banks?: string;
        seed?: string;
        bypass_coinflip?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description With `signal_type` and `signal` (or `url` and `signal_type`): bank name to matches. With `url` alone: signal type name to bank name to matches. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                [key: string]: components['schemas']['HmaMatch'][];
              }
            | {
                [key: string]: {
                  [key: string]: components['schemas']['HmaMatch'][];
                };
              };
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMLookup: {
    parameters: {
      query?: {
        banks?: string;
        seed?: string;
        bypass_coinflip?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['MediaUpload'];
      };
    };
    responses: {
      /** @description Signal type name to its matches by bank */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: {
              [key: string]: components['schemas']['HmaMatch'][];
            };
          };
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMRawLookup: {
    parameters: {
      query: {
        signal_type: string;
        signal: string;
        banks?: string;
        include_distance?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaRawLookup'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMCompare: {
    parameters: {
      query: {
        signal_type: string;
        left: string;
        right: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signal type name to [is a match (boolean), its distance and threshold] */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: (boolean | components['schemas']['HmaComparison'])[];
          };
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMCompare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Signal type name to the two signals to compare */
    requestBody: {
      content: {
        'application/json': {
          [key: string]: string[];
        };
      };
    };
    responses: {
      /** @description Signal type name to [is a match (boolean), its distance and threshold] */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: (boolean | components['schemas']['HmaComparison'])[];
          };
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMIndexStatus: {
    parameters: {
      query?: {
        signal_type?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signal type name (of those with an in-memory index) to its index */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: components['schemas']['HmaIndexState'];
          };
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCBankByBankName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bank_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaBank'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putCBankByBankName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bank_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HmaBankUpdate'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaBank'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteCBankByBankName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bank_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaMessage'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCBanks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaBank'][];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCBanks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HmaBankCreate'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaBank'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCBankByBankNameContent: {
    parameters: {
      query?: {
        url?: string;
        content_type?: 'photo' | 'video';
        types?: string;
      };
      header?: never;
      path: {
        bank_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['MediaUpload'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaContentAdded'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCBankByBankNameSignal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bank_name: string;
      };
      cookie?: never;
    };
    /** @description Signal type name to the signal (text), and an optional `note` (at most 255 characters) */
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaContentAdded'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCBankByBankNameContentByContentId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bank_name: string;
        content_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaBankContent'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteCBankByBankNameContentByContentId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        bank_name: string;
        content_id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaContentDeleted'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCSignalType: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaSignalTypeConfig'][];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCContentType: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaContentTypeConfig'][];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCSignalTypeIndex: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signal type name to its index */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: components['schemas']['HmaSignalTypeIndexState'];
          };
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCExchangesApis: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string[];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCExchanges: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string[];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCExchanges: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HmaExchangeCreate'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaMessage'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCExchangesApiByApiName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        api_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaExchangeApi'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCExchangesApiByApiName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        api_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HmaExchangeCredentials'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaExchangeApi'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCExchangesApiByApiNameSchema: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        api_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The JSON schemas of the exchange API's settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCExchangeByExchangeName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exchange_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaExchange'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putCExchangeByExchangeName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exchange_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HmaExchangeUpdate'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaExchange'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteCExchangeByExchangeName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exchange_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaMessage'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCExchangeByExchangeNameStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exchange_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HmaExchangeFetchStatus'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postHashesMatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MatchHashesBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMediaMatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['MediaUpload'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postUploadsCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['MediaUpload'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadCheckResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getHashes: {
    parameters: {
      query?: {
        /** @description The cursor of an earlier page: only what changed after it. */
        since?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HashListPage'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postSubmissions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitHashesBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmissionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postSubmissionsMedia: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['MediaUpload'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmissionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMatchesFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FeedbackBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBanksByNameImport: {
    parameters: {
      query: {
        format: 'csv' | 'hma' | 'ncmec' | 'stopncii';
      };
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    /** @description The file itself, as bytes */
    requestBody: {
      content: {
        'text/csv': Blob;
        'application/xml': Blob;
        'application/json': Blob;
        'application/octet-stream': Blob;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBanksByNameExport: {
    parameters: {
      query: {
        format: 'csv' | 'hma' | 'ncmec' | 'stopncii';
      };
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bank file in the format asked for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
          'application/xml': Blob;
          'application/json': Blob;
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBanks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffBankList'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getLegalSchemes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LegalSchemeMappings'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBankSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SearchHashBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffSearchResult'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBankSearchMedia: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['MediaUpload'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffSearchResult'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBanksByNameGrants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankGrants'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putBanksByNameGrantsByOrganisationId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankGrants'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteBanksByNameGrantsByOrganisationId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
        organisationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankGrants'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBanksByNameImports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankImports'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBanksByNameEntries: {
    parameters: {
      query?: {
        state?: 'live' | 'withdrawn' | 'all';
        /** @description The last entry id of the previous page. */
        before?: number;
        limit?: number;
      };
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankEntriesPage'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBankEntriesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffEntryView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBankEntriesByIdWithdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EntryReasonBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffEntryView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBankEntriesByIdRestore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EntryReasonBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffEntryView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBankSubmissions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmissionQueue'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBankSubmissionsByIdAccept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptSubmissionBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptSubmissionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBankSubmissionsByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EntryReasonBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmissionQueue'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBankSuspensions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuspensionQueue'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBankSuspensionsByIdLift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EntryReasonBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffEntryView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getExchangesApis: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeApiList'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getExchanges: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeList'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postExchanges: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExchangeCreateBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getExchangesByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The exchange and its bank */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteExchangesByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The exchange and its bank */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeDeleted'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchExchangesByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The exchange and its bank */
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExchangeUpdateBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getExchangesByNameStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The exchange and its bank */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeStatus'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postExchangesByNameFetch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The exchange and its bank */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeFetchResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postExchangesByNameFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The exchange and its bank */
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExchangeFeedbackBody'];
      };
    };
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExchangeFeedbackResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getExchangesSigningKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SigningKeyResponse'];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getExchangesExport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed list; the signature is in Vigie-Signature */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCrawlSeeds: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeedList'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCrawlSeeds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddSeedBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddSeedResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getDetections: {
    parameters: {
      query?: {
        after?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DetectionPage'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getClassificationQueue: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueueList'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCapturesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaptureView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReportedUrlsByIdCaptures: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaptureList'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getVictimAlerts: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimAlertList'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCrawlStats: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CrawlStats'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getNoticesSigningKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SigningKeyResponse'];
        };
      };
      /** @description AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getNotices: {
    parameters: {
      query?: {
        status?: 'collecting' | 'queued' | 'sent' | 'failed' | 'acknowledged' | 'contested' | 'removed';
        before?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeList'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postNotices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendNoticeBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SendNoticeResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getNoticesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderList'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProviderBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getProvidersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteProvidersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchProvidersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProviderPatch'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getHostingLookup: {
    parameters: {
      query: {
        url: string;
        pageUrl?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HostingLookupView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCases: {
    parameters: {
      query?: {
        /** @description Absent: the working queue (open and in_review). */
        state?: 'open' | 'in_review' | 'closed';
        type?:
          | 'child_sexual_abuse_material'
          | 'luring'
          | 'sex_tourism'
          | 'child_prostitution'
          | 'child_trafficking'
          | 'sexually_explicit_material_to_child'
          | 'agreement_to_offend'
          | 'non_consensual_intimate_images'
          | 'other';
        region?: string;
        source?: 'tipline' | 'api' | 'partner' | 'phone' | 'email';
        /** @description A staff id, `me`, or `none` (no live claim). */
        assignee?: string;
        /** @description The `next` cursor of the previous page. */
        after?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseQueuePage'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCasesCounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseStateCounts'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesIntake: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StaffReportBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmitReportResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCasesByReportId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CasePage'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCasesByReportIdCapturesByCaptureIdPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
        captureId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The captured page, sanitised (no script, no remote load, media as previews) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseNoteBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSummary'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseNoteBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSummary'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseNoteBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseContact'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdReopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseNoteBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSummary'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdClassify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseClassifyBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDecisionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdForward: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseForwardBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDecisionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseNoteBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDecisionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdBlocklist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseBlocklistBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDecisionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdReply: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseReplyBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDecisionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postCasesByReportIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CaseCloseBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDecisionResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getNoticesMeasures: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TakedownMeasures'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBlocklistEntries: {
    parameters: {
      query?: {
        state?: 'nominated' | 'listed' | 'delisted' | 'rejected';
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistEntryList'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBlocklistEntries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BlocklistNominateBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistNominateResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBlocklistEntriesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistEntryView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBlocklistEntriesByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BlocklistApproveBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistEntryView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBlocklistEntriesByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BlocklistRejectBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistEntryView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBlocklistEntriesByIdWithdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BlocklistRejectBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistEntryView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBlocklistAppeals: {
    parameters: {
      query?: {
        state?: 'open' | 'upheld' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistAppealList'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postBlocklistAppealsByIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BlocklistAppealDecisionBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistAppealView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBlocklistFetches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistFetchList'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBlocklistVersions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BlocklistVersionList'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBlocklistFeedByFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': Blob;
          'text/csv': Blob;
          'application/json': Blob;
          'text/dns': Blob;
          'text/html': Blob;
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBlocklistDelta: {
    parameters: {
      query: {
        /** @description The version the caller has (0: none). */
        since: number;
        format?: 'txt' | 'csv' | 'json';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': Blob;
          'text/csv': Blob;
          'application/json': Blob;
          'text/dns': Blob;
          'text/html': Blob;
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getBlocklistRpz: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/dns': Blob;
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReferrals: {
    parameters: {
      query?: {
        state?: 'held' | 'queued' | 'sent' | 'failed' | 'acknowledged' | 'cancelled';
        origin?: 'automatic' | 'analyst';
        reportId?: string;
        limit?: number;
        before?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralList'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReferrals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReferralBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateReferralResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReferralsAutomaticDecisions: {
    parameters: {
      query?: {
        outcome?: 'forwarded' | 'excluded' | 'no_rule' | 'no_recipient';
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AutoDecisionList'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReferralsStats: {
    parameters: {
      query?: {
        since?: string;
        until?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralStats'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReferralsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReferralsByIdUndo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UndoReferralBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReferralsByIdAcknowledgement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcknowledgeReferralBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReferralsByIdOutcome: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordOutcomeBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReferralRecipients: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralRecipientList'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReferralRecipients: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferralRecipientBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralRecipientView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReferralRecipientsImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferralRecipientFile'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralRecipientImportResult'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReferralRecipientsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralRecipientView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteReferralRecipientsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchReferralRecipientsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferralRecipientPatch'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralRecipientView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReferralRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralRuleList'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReferralRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferralRuleBody'];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralRuleView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteReferralRulesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchReferralRulesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferralRulePatch'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralRuleView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMediaBySha256Review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MediaReviewState'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMediaBySha256Preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A downscaled, blurred, greyscale JPEG (a video: a strip of stills); never the original. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': Blob;
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMediaBySha256Reveal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevealResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMediaBySha256RevealByRevealIdEnd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sha256: string;
        revealId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevealEndBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevealEndResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReviewExposureHeartbeat: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExposureStatus'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReviewExposureStop: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExposureStatus'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReviewExposure: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExposureStatus'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReviewSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewSettingsResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putReviewSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewSettingsBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewSettingsResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReviewPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewPolicy'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putReviewPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewPolicyBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewPolicy'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReviewDefaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewDefaultsAnswer'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putReviewDefaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewSettingsBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewDefaultsAnswer'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteReviewDefaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewDefaultsAnswer'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReviewBatch: {
    parameters: {
      query: {
        source: 'queue' | 'alerts' | 'capture' | 'page';
        limit?: number;
        captureId?: string;
        pageUrl?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewBatch'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReviewVerdicts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitVerdictsBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmitVerdictsResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReviewVerdictsUndo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UndoVerdictsBody'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UndoVerdictsResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReviewVerification: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationQueue'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReviewVerificationByItemId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerdictCore'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifyResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReviewDisputes: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisputeQueue'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postReviewDisputesByItemId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerdictCore'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SettleResponse'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getReviewExposureTeam: {
    parameters: {
      query?: {
        day?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamExposure'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatisticsReports: {
    parameters: {
      query?: {
        /** @description First day (included); default: a year before `to`. */
        from?: string;
        /** @description Day after the last (excluded); default: tomorrow. */
        to?: string;
        /** @description Bucket of each row; default month. */
        interval?: 'month' | 'day' | 'year';
        /** @description csv: the rows as CSV (or Accept: text/csv). */
        format?: 'json' | 'csv';
        /** @description Breakdowns, comma-separated (type, source, region); none: totals per period. */
        by?: string;
        type?:
          | 'child_sexual_abuse_material'
          | 'luring'
          | 'sex_tourism'
          | 'child_prostitution'
          | 'child_trafficking'
          | 'sexually_explicit_material_to_child'
          | 'agreement_to_offend'
          | 'non_consensual_intimate_images'
          | 'other';
        source?: 'tipline' | 'api' | 'partner' | 'phone' | 'email';
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsReports'];
          'text/csv': components['schemas']['StatisticsReports'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatisticsForwarding: {
    parameters: {
      query?: {
        /** @description First day (included); default: a year before `to`. */
        from?: string;
        /** @description Day after the last (excluded); default: tomorrow. */
        to?: string;
        /** @description Bucket of each row; default month. */
        interval?: 'month' | 'day' | 'year';
        /** @description csv: the rows as CSV (or Accept: text/csv). */
        format?: 'json' | 'csv';
        recipientKind?: 'police' | 'national_police_centre' | 'child_welfare' | 'partner_hotline' | 'provider';
        origin?: 'automatic' | 'analyst';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsForwarding'];
          'text/csv': components['schemas']['StatisticsForwarding'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatisticsMedia: {
    parameters: {
      query?: {
        /** @description First day (included); default: a year before `to`. */
        from?: string;
        /** @description Day after the last (excluded); default: tomorrow. */
        to?: string;
        /** @description Bucket of each row; default month. */
        interval?: 'month' | 'day' | 'year';
        /** @description csv: the rows as CSV (or Accept: text/csv). */
        format?: 'json' | 'csv';
        kind?: 'image' | 'video' | 'unknown';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsMedia'];
          'text/csv': components['schemas']['StatisticsMedia'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatisticsDetections: {
    parameters: {
      query?: {
        /** @description First day (included); default: a year before `to`. */
        from?: string;
        /** @description Day after the last (excluded); default: tomorrow. */
        to?: string;
        /** @description Bucket of each row; default month. */
        interval?: 'month' | 'day' | 'year';
        /** @description csv: the rows as CSV (or Accept: text/csv). */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsDetections'];
          'text/csv': components['schemas']['StatisticsDetections'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatisticsNotices: {
    parameters: {
      query?: {
        /** @description First day (included); default: a year before `to`. */
        from?: string;
        /** @description Day after the last (excluded); default: tomorrow. */
        to?: string;
        /** @description Bucket of each row; default month. */
        interval?: 'month' | 'day' | 'year';
        /** @description csv: the rows as CSV (or Accept: text/csv). */
        format?: 'json' | 'csv';
        origin?: 'automatic' | 'analyst';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsNotices'];
          'text/csv': components['schemas']['StatisticsNotices'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatisticsRemoval: {
    parameters: {
      query?: {
        /** @description First day (included); default: a year before `to`. */
        from?: string;
        /** @description Day after the last (excluded); default: tomorrow. */
        to?: string;
        /** @description Bucket of each row; default month. */
        interval?: 'month' | 'day' | 'year';
        /** @description csv: the rows as CSV (or Accept: text/csv). */
        format?: 'json' | 'csv';
        /** @description A provider's key: that provider's rows only. */
        provider?: string;
        country?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsRemoval'];
          'text/csv': components['schemas']['StatisticsRemoval'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatisticsBlocklist: {
    parameters: {
      query?: {
        /** @description First day (included); default: a year before `to`. */
        from?: string;
        /** @description Day after the last (excluded); default: tomorrow. */
        to?: string;
        /** @description Bucket of each row; default month. */
        interval?: 'month' | 'day' | 'year';
        /** @description csv: the rows as CSV (or Accept: text/csv). */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsBlocklist'];
          'text/csv': components['schemas']['StatisticsBlocklist'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatisticsExposure: {
    parameters: {
      query?: {
        /** @description First day (included); default: a year before `to`. */
        from?: string;
        /** @description Day after the last (excluded); default: tomorrow. */
        to?: string;
        /** @description Bucket of each row; default month. */
        interval?: 'month' | 'day' | 'year';
        /** @description csv: the rows as CSV (or Accept: text/csv). */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsExposure'];
          'text/csv': components['schemas']['StatisticsExposure'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStatisticsAnnual: {
    parameters: {
      query: {
        year: number;
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatisticsAnnual'];
          'text/csv': components['schemas']['StatisticsAnnual'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getSettingsTipline: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TiplineSettingsAnswer'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putSettingsTipline: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TiplineSettingsChange'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TiplineSettingsAnswer'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getSettingsRetention: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetentionSettingsAnswer'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putSettingsRetention: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RetentionSettingsChange'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetentionSettingsAnswer'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getNoticeTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeTemplateList'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getNoticeTemplatesByNameByLanguage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
        language: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeTemplateView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putNoticeTemplatesByNameByLanguage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
        language: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoticeTemplateChange'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeTemplateView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteNoticeTemplatesByNameByLanguage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
        language: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeTemplateView'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postNoticeTemplatesByNameByLanguagePreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
        language: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoticeTemplateChange'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeTemplatePreview'];
        };
      };
      /** @description VALIDATION_FAILED: the request is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_REQUIRED: no session or key; AUTH_APIKEY_INVALID: the bearer token is not a valid, unrevoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description AUTH_FORBIDDEN, AUTH_SCOPE_REQUIRED or AUTH_CSRF_INVALID: this caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description NOT_FOUND: nothing of that name or id, or not visible to this caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description PAYLOAD_TOO_LARGE: the body is larger than this route takes */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description RATE_LIMITED: too many requests from this key or address; wait retryAfterSeconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description INTERNAL: an unexpected failure; only the request id is given */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Any other error code of docs/errors.md, with its HTTP status */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
