/**
 * The school platform's API as TypeScript types, generated from the server's OpenAPI document
 * (the same zod schemas that validate each route). Do not edit: run `npm run api:types`.
 * A server test fails when this file no longer matches the server.
 */
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process is up */
    get: operations['getApiHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tenant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school's public branding (name, logo, theme, enabled features) */
    get: operations['getApiTenant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/school-status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Why the school is suspended, for its admins (email and password; signs nobody in) */
    post: operations['postApiSchoolStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in to the school
     * @description A wrong email and a wrong password get the same 401 INVALID_CREDENTIALS. Browsers send `X-Session: cookie`: the refresh token then travels only in an httpOnly, SameSite=Strict cookie scoped to /api/auth (and is left out of the body); API clients send and receive it in the body.
     */
    post: operations['postApiAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a refresh token
     * @description The old token becomes unusable after a short grace (REFRESH_GRACE_SECONDS, for tabs refreshing at once); presenting it later revokes every token of that login (401 TOKEN_REUSED). Browsers send `X-Session: cookie`: the refresh token then travels only in an httpOnly, SameSite=Strict cookie scoped to /api/auth (and is left out of the body); API clients send and receive it in the body. A cookie without the header, or from another origin, is refused with 403 CSRF_REFUSED.
     */
    post: operations['postApiAuthRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the login's session: its refresh tokens and, at once, its access tokens
     * @description Browsers send `X-Session: cookie`: the refresh token then travels only in an httpOnly, SameSite=Strict cookie scoped to /api/auth (and is left out of the body); API clients send and receive it in the body.
     */
    post: operations['postApiAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/accept-invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set the password of an invited account with its one-time link */
    post: operations['postApiAuthAcceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/forgot-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password reset link by email
     * @description Always 202 with the same body, after the same minimum time, whether or not the address has an account. Only an active account is sent a link (valid 1 hour, single use; a new request ends the older links; at most one email a minute). An invited account is not: its invitation is the way in, and an admin can resend it.
     */
    post: operations['postApiAuthForgotPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Choose a new password with a reset link
     * @description Every session of the account ends and the holder is told by email. A used, expired, superseded or unknown token (including one of another school) is 400 INVALID_RESET_TOKEN and changes nothing; these failures count toward the sign-in limits of the address.
     */
    post: operations['postApiAuthResetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and their school */
    get: operations['getApiAuthMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change your own email and/or password (needs the current password)
     * @description Every other login of the account ends; this one continues with the returned access token. The account holder is notified. 403 WRONG_PASSWORD when currentPassword is wrong.
     */
    patch: operations['patchApiAuthMe'];
    trace?: never;
  };
  '/api/auth/me/language': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Choose your own language (portal, emails, error messages)
     * @description Any signed-in school user, for their own account. null goes back to the school's default language. An unknown language is 400 on `language`, nothing changed.
     */
    put: operations['putApiAuthMeLanguage'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an unsubscribe link would turn off (changes nothing) */
    get: operations['getApiPublicUnsubscribe'];
    put?: never;
    /**
     * One-click unsubscribe (RFC 8058): turns the link's category off by email
     * @description Mail clients send the body `List-Unsubscribe=One-Click` (form-encoded); it is not needed, the signed token decides. Repeating it changes nothing more.
     */
    post: operations['postApiPublicUnsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the school's users */
    get: operations['getApiUsers'];
    put?: never;
    /** Invite a user by email (they choose their own password; a password in the request is refused) */
    post: operations['postApiUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a user */
    get: operations['getApiUsersId'];
    put?: never;
    post?: never;
    /** Delete a user and end their sessions */
    delete: operations['deleteApiUsersId'];
    options?: never;
    head?: never;
    /** Change a user (name, email, password, role, status) */
    patch: operations['patchApiUsersId'];
    trace?: never;
  };
  '/api/users/{id}/invitation/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the invitation again (new link; earlier links stop working)
     * @description For a pending, expired or revoked invitation: a new link is issued, older links die and their unsent emails are cancelled, and a new invitation email is queued. The link is returned as a fallback to copy. 409 NOT_INVITED otherwise.
     */
    post: operations['postApiUsersIdInvitationResend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/invitation/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a pending invitation
     * @description The account is disabled, its links stop working and an invitation email not yet sent is cancelled. A resend reopens it. 409 NOT_INVITED when the account is not invited.
     */
    post: operations['postApiUsersIdInvitationRevoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/academic-years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List academic year records */
    get: operations['getApiAcademicYears'];
    put?: never;
    /** Create a academic year */
    post: operations['postApiAcademicYears'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/academic-years/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export academic year records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiAcademicYearsExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/academic-years/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one academic year */
    get: operations['getApiAcademicYearsId'];
    put?: never;
    post?: never;
    /** Delete a academic year (refused while other records depend on it) */
    delete: operations['deleteApiAcademicYearsId'];
    options?: never;
    head?: never;
    /** Change a academic year */
    patch: operations['patchApiAcademicYearsId'];
    trace?: never;
  };
  '/api/grade-levels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List grade level records */
    get: operations['getApiGradeLevels'];
    put?: never;
    /** Create a grade level */
    post: operations['postApiGradeLevels'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/grade-levels/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export grade level records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiGradeLevelsExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/grade-levels/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one grade level */
    get: operations['getApiGradeLevelsId'];
    put?: never;
    post?: never;
    /** Delete a grade level (refused while other records depend on it) */
    delete: operations['deleteApiGradeLevelsId'];
    options?: never;
    head?: never;
    /** Change a grade level */
    patch: operations['patchApiGradeLevelsId'];
    trace?: never;
  };
  '/api/classes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List class records */
    get: operations['getApiClasses'];
    put?: never;
    /** Create a class */
    post: operations['postApiClasses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classes/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export class records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiClassesExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one class */
    get: operations['getApiClassesId'];
    put?: never;
    post?: never;
    /** Delete a class (refused while other records depend on it) */
    delete: operations['deleteApiClassesId'];
    options?: never;
    head?: never;
    /** Change a class */
    patch: operations['patchApiClassesId'];
    trace?: never;
  };
  '/api/classes/{id}/sections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a section to a class */
    post: operations['postApiClassesIdSections'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/classes/{id}/sections/{sectionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an empty section */
    delete: operations['deleteApiClassesIdSectionsSectionId'];
    options?: never;
    head?: never;
    /** Change a section (name, capacity, homeroom teacher) */
    patch: operations['patchApiClassesIdSectionsSectionId'];
    trace?: never;
  };
  '/api/subjects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List subject records */
    get: operations['getApiSubjects'];
    put?: never;
    /** Create a subject */
    post: operations['postApiSubjects'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subjects/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export subject records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiSubjectsExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subjects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one subject */
    get: operations['getApiSubjectsId'];
    put?: never;
    post?: never;
    /** Delete a subject (refused while other records depend on it) */
    delete: operations['deleteApiSubjectsId'];
    options?: never;
    head?: never;
    /** Change a subject */
    patch: operations['patchApiSubjectsId'];
    trace?: never;
  };
  '/api/assignments/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in teacher's classes: their staff id and what they teach where */
    get: operations['getApiAssignmentsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List assignment records */
    get: operations['getApiAssignments'];
    put?: never;
    /** Create a assignment */
    post: operations['postApiAssignments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assignments/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export assignment records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiAssignmentsExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assignments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one assignment */
    get: operations['getApiAssignmentsId'];
    put?: never;
    post?: never;
    /** Delete a assignment (refused while other records depend on it) */
    delete: operations['deleteApiAssignmentsId'];
    options?: never;
    head?: never;
    /** Change a assignment */
    patch: operations['patchApiAssignmentsId'];
    trace?: never;
  };
  '/api/students': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List student records */
    get: operations['getApiStudents'];
    put?: never;
    /** Create a student */
    post: operations['postApiStudents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/students/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export student records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiStudentsExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/students/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one student */
    get: operations['getApiStudentsId'];
    put?: never;
    post?: never;
    /** Delete a student (refused while other records depend on it) */
    delete: operations['deleteApiStudentsId'];
    options?: never;
    head?: never;
    /** Change a student */
    patch: operations['patchApiStudentsId'];
    trace?: never;
  };
  '/api/students/{id}/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give this student a sign-in account (returns the set-password link) */
    post: operations['postApiStudentsIdAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/students/{id}/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A student's page beside the record: class, guardians, this term's absences by date, fees by term, next exams */
    get: operations['getApiStudentsIdOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/students/{id}/guardians': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a guardian to a student: an existing one (guardianId) or a new one (guardian) */
    post: operations['postApiStudentsIdGuardians'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/students/{id}/guardians/{guardianId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Detach a guardian from a student (the guardian's record stays) */
    delete: operations['deleteApiStudentsIdGuardiansGuardianId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/students/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a student to another class or section (placement history kept) */
    post: operations['postApiStudentsIdMove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/guardians': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List guardian records */
    get: operations['getApiGuardians'];
    put?: never;
    /** Create a guardian */
    post: operations['postApiGuardians'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/guardians/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export guardian records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiGuardiansExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/guardians/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one guardian */
    get: operations['getApiGuardiansId'];
    put?: never;
    post?: never;
    /** Delete a guardian (refused while other records depend on it) */
    delete: operations['deleteApiGuardiansId'];
    options?: never;
    head?: never;
    /** Change a guardian */
    patch: operations['patchApiGuardiansId'];
    trace?: never;
  };
  '/api/guardians/{id}/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give this guardian a sign-in account (returns the set-password link) */
    post: operations['postApiGuardiansIdAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/teachers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List staff member records */
    get: operations['getApiTeachers'];
    put?: never;
    /** Create a staff member */
    post: operations['postApiTeachers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/teachers/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export staff member records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiTeachersExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/teachers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one staff member */
    get: operations['getApiTeachersId'];
    put?: never;
    post?: never;
    /** Delete a staff member (refused while other records depend on it) */
    delete: operations['deleteApiTeachersId'];
    options?: never;
    head?: never;
    /** Change a staff member */
    patch: operations['patchApiTeachersId'];
    trace?: never;
  };
  '/api/teachers/{id}/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give this staff member a sign-in account (returns the set-password link) */
    post: operations['postApiTeachersIdAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List application records */
    get: operations['getApiAdmissions'];
    put?: never;
    /** Create a application */
    post: operations['postApiAdmissions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admissions/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export application records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiAdmissionsExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admissions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one application */
    get: operations['getApiAdmissionsId'];
    put?: never;
    post?: never;
    /** Delete a application (refused while other records depend on it) */
    delete: operations['deleteApiAdmissionsId'];
    options?: never;
    head?: never;
    /** Change a application */
    patch: operations['patchApiAdmissionsId'];
    trace?: never;
  };
  '/api/admissions/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an application */
    post: operations['postApiAdmissionsIdAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admissions/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject an application, with a reason */
    post: operations['postApiAdmissionsIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admissions/{id}/enrol': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enrol an accepted applicant as a student (guardian matched by email or phone, never duplicated) */
    post: operations['postApiAdmissionsIdEnrol'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rollover/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Propose promoted / graduated for the enrolled students of classes (writes nothing) */
    post: operations['postApiRolloverPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rollover/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply a rollover (promoted, retained or graduated per student) as one batch */
    post: operations['postApiRolloverApply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rollover/{id}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Undo a rollover batch: every student back where they were */
    post: operations['postApiRolloverIdUndo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/timetable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List period records */
    get: operations['getApiTimetable'];
    put?: never;
    /** Create a period */
    post: operations['postApiTimetable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/timetable/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export period records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiTimetableExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/timetable/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one period */
    get: operations['getApiTimetableId'];
    put?: never;
    post?: never;
    /** Delete a period (refused while other records depend on it) */
    delete: operations['deleteApiTimetableId'];
    options?: never;
    head?: never;
    /** Change a period */
    patch: operations['patchApiTimetableId'];
    trace?: never;
  };
  '/api/attendance/sections/{sectionId}/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A section's register for one day: every enrolled student and their mark */
    get: operations['getApiAttendanceSectionsSectionIdDate'];
    /**
     * Mark a whole section for one day (idempotent: marking again replaces the marks)
     * @description Teachers may mark only the sections they teach or lead (403 NOT_YOUR_SECTION).
     */
    put: operations['putApiAttendanceSectionsSectionIdDate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attendance/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Attendance counts and rates per student for a section or one student over a date range
     * @description Rate: (present + late) / (present + late + absent); excused days are not counted. Parents and students see only their own.
     */
    get: operations['getApiAttendanceReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/grading-scales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List grading scale records */
    get: operations['getApiGradingScales'];
    put?: never;
    /** Create a grading scale */
    post: operations['postApiGradingScales'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/grading-scales/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export grading scale records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiGradingScalesExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/grading-scales/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one grading scale */
    get: operations['getApiGradingScalesId'];
    put?: never;
    post?: never;
    /** Delete a grading scale (refused while other records depend on it) */
    delete: operations['deleteApiGradingScalesId'];
    options?: never;
    head?: never;
    /** Change a grading scale */
    patch: operations['patchApiGradingScalesId'];
    trace?: never;
  };
  '/api/exams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List exam records */
    get: operations['getApiExams'];
    put?: never;
    /** Create a exam */
    post: operations['postApiExams'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exams/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export exam records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiExamsExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one exam */
    get: operations['getApiExamsId'];
    put?: never;
    post?: never;
    /** Delete a exam (refused while other records depend on it) */
    delete: operations['deleteApiExamsId'];
    options?: never;
    head?: never;
    /** Change a exam */
    patch: operations['patchApiExamsId'];
    trace?: never;
  };
  '/api/exams/{id}/marks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A section's marks for an exam (every enrolled student) */
    get: operations['getApiExamsIdMarks'];
    /**
     * Enter a section's marks in one request (idempotent; null score = absent)
     * @description Teachers may enter marks only for the subject they teach in that section, and not once the exam is published.
     */
    put: operations['putApiExamsIdMarks'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/gradebook/sections/{sectionId}/terms/{termId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Term results of a section: per-subject percentages and grades, totals, averages, ranks */
    get: operations['getApiGradebookSectionsSectionIdTermsTermId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/report-cards/{studentId}/terms/{termId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A student's report card for a term, as JSON or a printable PDF (?format=pdf)
     * @description Parents and students see their own, with published exams only.
     */
    get: operations['getApiReportCardsStudentIdTermsTermId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/report-cards/sections/{sectionId}/terms/{termId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every report card of a section for a term, as one PDF (a page per student)
     * @description Admins, and the section's class teacher (403 NOT_CLASS_TEACHER for other teachers). Streamed as it is drawn.
     */
    get: operations['getApiReportCardsSectionsSectionIdTermsTermId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/report-cards/{studentId}/terms/{termId}/remarks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The remarks on a student's report card for a term, and which of them the caller may write */
    get: operations['getApiReportCardsStudentIdTermsTermIdRemarks'];
    /**
     * Write the class teacher's remark (class teacher, admin) and/or the head's remark (admin)
     * @description A teacher writes only for students of the section they lead as class teacher (403 NOT_CLASS_TEACHER); the head's remark is the admin's (403 HEAD_ONLY).
     */
    put: operations['putApiReportCardsStudentIdTermsTermIdRemarks'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/structures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List fee structure records */
    get: operations['getApiFeesStructures'];
    put?: never;
    /** Create a fee structure */
    post: operations['postApiFeesStructures'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/structures/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export fee structure records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiFeesStructuresExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/structures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one fee structure */
    get: operations['getApiFeesStructuresId'];
    put?: never;
    post?: never;
    /** Delete a fee structure (refused while other records depend on it) */
    delete: operations['deleteApiFeesStructuresId'];
    options?: never;
    head?: never;
    /** Change a fee structure */
    patch: operations['patchApiFeesStructuresId'];
    trace?: never;
  };
  '/api/fees/structures/{id}/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invoice this structure to its grade, one class, or listed students (idempotent) */
    post: operations['postApiFeesStructuresIdInvoices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/discounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List discount records */
    get: operations['getApiFeesDiscounts'];
    put?: never;
    /** Create a discount */
    post: operations['postApiFeesDiscounts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/discounts/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export discount records as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiFeesDiscountsExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/discounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one discount */
    get: operations['getApiFeesDiscountsId'];
    put?: never;
    post?: never;
    /** Delete a discount (refused while other records depend on it) */
    delete: operations['deleteApiFeesDiscountsId'];
    options?: never;
    head?: never;
    /** Change a discount */
    patch: operations['patchApiFeesDiscountsId'];
    trace?: never;
  };
  '/api/fees/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List invoices with student, class and family names; search and filters (parents and students: their own) */
    get: operations['getApiFeesInvoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/invoices/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export invoices as CSV (same search and filters as the list, up to 10,000 rows) */
    get: operations['getApiFeesInvoicesExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/invoices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an invoice with its student, family and payments (receipt numbers, balance after each) */
    get: operations['getApiFeesInvoicesId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/invoices/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a payment (partial payments allowed; never more than the balance) */
    post: operations['postApiFeesInvoicesIdPayments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/invoices/{id}/waivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Waive part of an invoice, with a reason */
    post: operations['postApiFeesInvoicesIdWaivers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invoices with more due (instalments, due dates, fines) than paid */
    get: operations['getApiFeesOverdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/defaulters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Students with an overdue balance: amount, oldest due date, days overdue, guardian contacts */
    get: operations['getApiFeesDefaulters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/defaulters.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The defaulters list as CSV (amounts in cents) */
    get: operations['getApiFeesDefaulters.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/late-fines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply late fines past the grace period (once per invoice; also run by the daily job) */
    post: operations['postApiFeesLateFines'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remind guardians of fees due within 3 days and of overdue fees (once each; also run by the daily job) */
    post: operations['postApiFeesAlerts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fees/students/{id}/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A student's invoices and balance (parents: their own children) */
    get: operations['getApiFeesStudentsIdBalance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/announcements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Announcements I may read (school-wide, my role, my classes), with whether I read them */
    get: operations['getApiAnnouncements'];
    put?: never;
    /** Announce to the school or a role (admins) or to a class (admins, its teachers) */
    post: operations['postApiAnnouncements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/announcements/audience': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many accounts an announcement to this audience would reach (for the confirmation before sending) */
    get: operations['getApiAnnouncementsAudience'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/announcements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an announcement (admins), with its read receipts */
    delete: operations['deleteApiAnnouncementsId'];
    options?: never;
    head?: never;
    /** Correct the title or text (admins); it shows as edited, messages already sent are not sent again */
    patch: operations['patchApiAnnouncementsId'];
    trace?: never;
  };
  '/api/announcements/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that I read it (idempotent) */
    post: operations['postApiAnnouncementsIdRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/announcements/{id}/receipts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who read it (admins and the author) */
    get: operations['getApiAnnouncementsIdReceipts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My notifications, newest first */
    get: operations['getApiNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of my notifications read */
    post: operations['postApiNotificationsIdRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The school's delivery log, newest first: who, channel, state, attempts, last error
     * @description Filters: state, channel, kind, userId, from/to (days in the school time zone, both included).
     */
    get: operations['getApiMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the delivery log as CSV (same filters as the list, up to 10000 rows) */
    get: operations['getApiMessagesExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages of the last 7 days by channel and state (the dashboard) */
    get: operations['getApiMessagesSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message of the delivery log */
    get: operations['getApiMessagesId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a failed, dead or bounced message again (attempts from zero, due now)
     * @description 409 NOT_RESENDABLE for any other state; 409 LINK_EXPIRED for an invitation or password reset whose link has expired or was used (send a new invitation instead).
     */
    post: operations['postApiMessagesIdResend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school at a glance (computed by the database) */
    get: operations['getApiDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A new school's setup checklist: which steps are done */
    get: operations['getApiDashboardSetup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard/teacher': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A teacher's day: lessons from the timetable and registers not yet taken */
    get: operations['getApiDashboardTeacher'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard/family': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each child of the caller (or the student): absences of the last 30 days, next exams, balance per term */
    get: operations['getApiDashboardFamily'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/attendance.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Attendance per student for a section (or one student) over a date range, as CSV */
    get: operations['getApiReportsAttendance.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/marks.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A section's term results (percent and grade per subject, average of the percentages, rank), as CSV */
    get: operations['getApiReportsMarks.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/fees.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fee collection per student for a term (optionally one class), in cents, as CSV */
    get: operations['getApiReportsFees.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school's audit log, newest first, with filters */
    get: operations['getApiAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the audit log as CSV (same filters as the list, newest first, up to 5000 entries) */
    get: operations['getApiAuditExport.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/import/{kind}/template.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An empty CSV with the columns an import understands */
    get: operations['getApiImportKindTemplate.csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/import/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a CSV file (dry run by default: every bad row is reported and nothing is written until the file is clean)
     * @description Body: the CSV file (text/csv) in UTF-8 (with or without BOM), UTF-16 with a BOM, or a legacy code page (windows-1252/ISO-8859-1, windows-1256, windows-1251: detected, or named by the charset parameter); the answer says which was read. mode=add creates, mode=update matches by admission number, employee number, or guardian email/phone. mapping is a JSON object of field → column header when the headers differ from the field names. Student rows may carry guardian1*\/guardian2* columns: guardians are matched by email or phone (in the school and in the file) and never duplicated.
     */
    post: operations['postApiImportKind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings/messaging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school's sender settings (its own SMTP server's host only, never the URL) */
    get: operations['getApiSettingsMessaging'];
    /**
     * Set the school's sender name, reply-to and own SMTP server (or remove it)
     * @description Omitted text fields are cleared. ownSmtp true needs fromAddress, and smtpUrl unless one is stored; ownSmtp false removes the stored URL.
     */
    put: operations['putApiSettingsMessaging'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school's settings */
    get: operations['getApiSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the school's branding, contact details, currency, time zone, country or staff access */
    patch: operations['patchApiSettings'];
    trace?: never;
  };
  '/api/settings/domain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school's custom domain and any pending request */
    get: operations['getApiSettingsDomain'];
    put?: never;
    /**
     * Ask for a custom domain: returns the TXT record to publish at _school-verify.<domain>
     * @description The domain routes to the school only once verified. 409 DOMAIN_EXISTS when another school has verified it.
     */
    post: operations['postApiSettingsDomain'];
    /** Stop the school's custom domain (verified or pending) */
    delete: operations['deleteApiSettingsDomain'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings/domain/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check the TXT record of the pending domain; when it matches, the domain starts routing to the school
     * @description 422 DOMAIN_NOT_VERIFIED with the expected record and what DNS returned; 409 DOMAIN_EXISTS if another school verified it first.
     */
    post: operations['postApiSettingsDomainVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school's files */
    get: operations['getApiFiles'];
    put?: never;
    /**
     * Upload a file (the body is the file itself): a logo, a student photo or a document
     * @description Logos and photos: PNG, JPEG or WebP (1 MB / 2 MB); documents: PDF or an image (10 MB). The bytes must be what the Content-Type says. Counted against the school storage limit (403 QUOTA_EXCEEDED).
     */
    post: operations['postApiFiles'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file's details */
    get: operations['getApiFilesId'];
    put?: never;
    post?: never;
    /** Delete a file */
    delete: operations['deleteApiFilesId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/files/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file's bytes (a student's photo: who may see the student; documents: office only) */
    get: operations['getApiFilesIdContent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/files/{id}/public': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school's uploaded logo, for its sign-in page (logos only; no sign-in needed) */
    get: operations['getApiFilesIdPublic'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/message-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What reaches me by email and SMS, per category, and my quiet hours */
    get: operations['getApiMeMessagePreferences'];
    /**
     * Change what reaches me (account messages cannot be turned off)
     * @description Quiet hours are local times in the school time zone; they hold SMS until they end (email is not held).
     */
    put: operations['putApiMeMessagePreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/sms-status/{messageId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The SMS provider's delivery report on one of this school's messages
     * @description Called by the provider, not by people: Twilio posts its status callback (form fields, `X-Twilio-Signature`); the webhook adapter posts `{ id, status, errorCode? }` as JSON signed like its requests (`X-Signature: t=…,v1=…`). Refused (403) unless signed with the platform’s credentials. Moves a sent message to delivered or bounced, once and only forward: a replay or a late status changes nothing.
     */
    post: operations['postApiPublicSmsStatusMessageId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in as a platform operator
     * @description The console sends `X-Session: cookie`: the refresh token then lives in an httpOnly, SameSite=Strict cookie scoped to /api/superadmin/auth; API clients send and receive it in the body.
     */
    post: operations['postApiSuperadminAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate an operator's refresh token
     * @description Same rotation, grace and reuse detection as a school's /api/auth/refresh. The console sends `X-Session: cookie`: the refresh token then lives in an httpOnly, SameSite=Strict cookie scoped to /api/superadmin/auth; API clients send and receive it in the body.
     */
    post: operations['postApiSuperadminAuthRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the operator's login (refresh and access tokens)
     * @description The console sends `X-Session: cookie`: the refresh token then lives in an httpOnly, SameSite=Strict cookie scoped to /api/superadmin/auth; API clients send and receive it in the body.
     */
    post: operations['postApiSuperadminAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in operator */
    get: operations['getApiSuperadminAuthMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List schools */
    get: operations['getApiSuperadminTenants'];
    put?: never;
    /**
     * Create a school: database, indexes, first admin
     * @description Any failure undoes what was done (no half school). 409 SUBDOMAIN_EXISTS / DOMAIN_EXISTS.
     */
    post: operations['postApiSuperadminTenants'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/subdomains/{subdomain}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether a subdomain can be used for a new school (valid, not reserved, not taken) */
    get: operations['getApiSuperadminSubdomainsSubdomain'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a school */
    get: operations['getApiSuperadminTenantsId'];
    put?: never;
    post?: never;
    /** Soft-delete a school (purge date 30 days on; its sessions end at once) */
    delete: operations['deleteApiSuperadminTenantsId'];
    options?: never;
    head?: never;
    /** Change a school's settings (never its database) */
    patch: operations['patchApiSuperadminTenantsId'];
    trace?: never;
  };
  '/api/superadmin/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messaging across the platform: the queue of schools with work, and per school its queue and last 7 days, most failures first */
    get: operations['getApiSuperadminMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One school's messaging: its queue entry, counts per day (30 days), its outbox by state (7 days) */
    get: operations['getApiSuperadminTenantsIdMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants/{id}/domain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The school's custom domain and any pending request */
    get: operations['getApiSuperadminTenantsIdDomain'];
    put?: never;
    /**
     * Ask for a custom domain: returns the TXT record to publish at _school-verify.<domain>
     * @description The domain routes to the school only once verified. 409 DOMAIN_EXISTS when another school has verified it.
     */
    post: operations['postApiSuperadminTenantsIdDomain'];
    /** Stop the school's custom domain (verified or pending) */
    delete: operations['deleteApiSuperadminTenantsIdDomain'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants/{id}/domain/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check the TXT record of the pending domain; when it matches, the domain starts routing to the school
     * @description 422 DOMAIN_NOT_VERIFIED with the expected record and what DNS returned; 409 DOMAIN_EXISTS if another school verified it first.
     */
    post: operations['postApiSuperadminTenantsIdDomainVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants/{id}/status-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A school's status changes, newest first: from, to, who (an operator or the scheduled job), why, when */
    get: operations['getApiSuperadminTenantsIdStatusHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a school's data as an archive (gzipped Extended JSON lines with a manifest; streamed)
     * @description Password hashes and session / set-password tokens only with withSecrets=true. Restore with npm run tenant:import.
     */
    get: operations['getApiSuperadminTenantsIdExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants/{id}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A school's usage against its limits: students, teachers, users, storage, requests per day (30 days) */
    get: operations['getApiSuperadminTenantsIdUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The plans: each one's default limits and features (a school may carry its own overrides) */
    get: operations['getApiSuperadminPlans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The platform at a glance: schools by status, growth per month, busiest schools (7 days) */
    get: operations['getApiSuperadminOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend a school (its users are refused and its sessions end at once) */
    post: operations['postApiSuperadminTenantsIdSuspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/tenants/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Activate a trial or suspended school, or restore a deleted one before its purge date */
    post: operations['postApiSuperadminTenantsIdActivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/superadmin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Platform audit log */
    get: operations['getApiSuperadminAudit'];
    put?: never;
    post?: never;
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
    Error: {
      message: string;
      error: string;
      /** @description Validation: [{ path, message }] per field. Quota: { limit, current }. Clash: the conflicting records. */
      details?: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getApiHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            status: 'ok';
          };
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiTenant: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Branding */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            shortName?: string;
            subdomain: string;
            logo?: string;
            motto?: string;
            timeZone: string;
            /** @enum {string} */
            language: 'en' | 'fr' | 'ar' | 'es';
            locale: string;
            weekStart: number;
            theme: {
              primaryColor: string;
              secondaryColor: string;
              fontFamily: string;
              logoUrl?: string;
            };
            features: string[];
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSchoolStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description The school's status and, for an admin, the operator's reason */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            status: string;
            reason: string | null;
            since: string | null;
            message: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Email or password is incorrect (INVALID_CREDENTIALS) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not an admin of the school (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAuthLogin: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description The access token (and refresh token), the user and the school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessToken: string;
            /** @description Only when the request did not ask for the cookie (X-Session: cookie) */
            refreshToken?: string;
            expiresIn: number;
            user: {
              id: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
              /** @enum {string} */
              status: 'active' | 'invited' | 'disabled';
              /** @description The person's own language; null: the school's default */
              language: ('en' | 'fr' | 'ar' | 'es') | null;
              lastLogin?: string;
              createdAt?: string;
              updatedAt?: string;
              /** @description Accounts created by invitation only */
              invitation?: {
                /** @enum {string} */
                state: 'invited' | 'expired' | 'accepted' | 'revoked';
                expiresAt: string;
                /** @description When the latest invitation was issued and its email queued */
                lastSentAt: string;
                /** @description The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…) */
                delivery: string | null;
              };
            };
            tenant: {
              id: string;
              name: string;
              shortName?: string;
              subdomain: string;
              logo?: string;
              motto?: string;
              timeZone: string;
              /** @enum {string} */
              language: 'en' | 'fr' | 'ar' | 'es';
              locale: string;
              weekStart: number;
              theme: {
                primaryColor: string;
                secondaryColor: string;
                fontFamily: string;
                logoUrl?: string;
              };
              features: string[];
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Wrong email or password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many sign-in attempts (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAuthRefresh: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          refreshToken?: string;
        };
      };
    };
    responses: {
      /** @description New tokens */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessToken: string;
            /** @description Only when the request did not ask for the cookie (X-Session: cookie) */
            refreshToken?: string;
            expiresIn: number;
            user: {
              id: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
              /** @enum {string} */
              status: 'active' | 'invited' | 'disabled';
              /** @description The person's own language; null: the school's default */
              language: ('en' | 'fr' | 'ar' | 'es') | null;
              lastLogin?: string;
              createdAt?: string;
              updatedAt?: string;
              /** @description Accounts created by invitation only */
              invitation?: {
                /** @enum {string} */
                state: 'invited' | 'expired' | 'accepted' | 'revoked';
                expiresAt: string;
                /** @description When the latest invitation was issued and its email queued */
                lastSentAt: string;
                /** @description The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…) */
                delivery: string | null;
              };
            };
            tenant: {
              id: string;
              name: string;
              shortName?: string;
              subdomain: string;
              logo?: string;
              motto?: string;
              timeZone: string;
              /** @enum {string} */
              language: 'en' | 'fr' | 'ar' | 'es';
              locale: string;
              weekStart: number;
              theme: {
                primaryColor: string;
                secondaryColor: string;
                fontFamily: string;
                logoUrl?: string;
              };
              features: string[];
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refresh token missing, invalid, expired, reused or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Cross-site request (CSRF_REFUSED) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAuthLogout: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          refreshToken?: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Cross-site request (CSRF_REFUSED) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAuthAcceptInvitation: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAuthForgotPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
        };
      };
    };
    responses: {
      /** @description Accepted (whether or not the address has an account) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAuthResetPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid, used or expired token (INVALID_RESET_TOKEN), or a password that breaks the rules */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAuthMe: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description User and school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
              /** @enum {string} */
              status: 'active' | 'invited' | 'disabled';
              /** @description The person's own language; null: the school's default */
              language: ('en' | 'fr' | 'ar' | 'es') | null;
              lastLogin?: string;
              createdAt?: string;
              updatedAt?: string;
              /** @description Accounts created by invitation only */
              invitation?: {
                /** @enum {string} */
                state: 'invited' | 'expired' | 'accepted' | 'revoked';
                expiresAt: string;
                /** @description When the latest invitation was issued and its email queued */
                lastSentAt: string;
                /** @description The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…) */
                delivery: string | null;
              };
            };
            tenant: {
              id: string;
              name: string;
              shortName?: string;
              subdomain: string;
              logo?: string;
              motto?: string;
              timeZone: string;
              /** @enum {string} */
              language: 'en' | 'fr' | 'ar' | 'es';
              locale: string;
              weekStart: number;
              theme: {
                primaryColor: string;
                secondaryColor: string;
                fontFamily: string;
                logoUrl?: string;
              };
              features: string[];
            };
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiAuthMe: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          email?: string;
          password?: string;
        };
      };
    };
    responses: {
      /** @description A fresh access token and the user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessToken: string;
            expiresIn: number;
            user: {
              id: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
              /** @enum {string} */
              status: 'active' | 'invited' | 'disabled';
              /** @description The person's own language; null: the school's default */
              language: ('en' | 'fr' | 'ar' | 'es') | null;
              lastLogin?: string;
              createdAt?: string;
              updatedAt?: string;
              /** @description Accounts created by invitation only */
              invitation?: {
                /** @enum {string} */
                state: 'invited' | 'expired' | 'accepted' | 'revoked';
                expiresAt: string;
                /** @description When the latest invitation was issued and its email queued */
                lastSentAt: string;
                /** @description The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…) */
                delivery: string | null;
              };
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Current password wrong (WRONG_PASSWORD) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Email already used in this school */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiAuthMeLanguage: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description One of the platform's languages, or null for the school's default */
          language: ('en' | 'fr' | 'ar' | 'es') | null;
        };
      };
    };
    responses: {
      /** @description The language now chosen */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            language: ('en' | 'fr' | 'ar' | 'es') | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiPublicUnsubscribe: {
    parameters: {
      query: {
        token: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The category and whether it still comes by email */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            category: 'absence' | 'fees' | 'results' | 'announcements';
            school: string;
            email: boolean;
          };
        };
      };
      /** @description The token is not valid for this school */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiPublicUnsubscribe: {
    parameters: {
      query: {
        token: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The category, now off by email */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            category: 'absence' | 'fees' | 'results' | 'announcements';
            school: string;
            email: boolean;
          };
        };
      };
      /** @description The token is not valid for this school */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiUsers: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        role?: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
        status?: 'active' | 'invited' | 'disabled';
        search?: string;
        ids?: string;
        sort?: 'name' | '-name' | 'email' | '-email' | 'createdAt' | '-createdAt';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of users */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
              /** @enum {string} */
              status: 'active' | 'invited' | 'disabled';
              /** @description The person's own language; null: the school's default */
              language: ('en' | 'fr' | 'ar' | 'es') | null;
              lastLogin?: string;
              createdAt?: string;
              updatedAt?: string;
              /** @description Accounts created by invitation only */
              invitation?: {
                /** @enum {string} */
                state: 'invited' | 'expired' | 'accepted' | 'revoked';
                expiresAt: string;
                /** @description When the latest invitation was issued and its email queued */
                lastSentAt: string;
                /** @description The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…) */
                delivery: string | null;
              };
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiUsers: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          email: string;
          /** @description Refused: the person sets their own password from the invitation link */
          password?: string;
          /** @enum {string} */
          role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
        };
      };
    };
    responses: {
      /** @description The invited user, and the link as a fallback to copy */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
            /** @enum {string} */
            status: 'active' | 'invited' | 'disabled';
            /** @description The person's own language; null: the school's default */
            language: ('en' | 'fr' | 'ar' | 'es') | null;
            lastLogin?: string;
            createdAt?: string;
            updatedAt?: string;
            /** @description Accounts created by invitation only */
            invitation?: {
              /** @enum {string} */
              state: 'invited' | 'expired' | 'accepted' | 'revoked';
              expiresAt: string;
              /** @description When the latest invitation was issued and its email queued */
              lastSentAt: string;
              /** @description The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…) */
              delivery: string | null;
            };
            invitationUrl: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiUsersId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
            /** @enum {string} */
            status: 'active' | 'invited' | 'disabled';
            /** @description The person's own language; null: the school's default */
            language: ('en' | 'fr' | 'ar' | 'es') | null;
            lastLogin?: string;
            createdAt?: string;
            updatedAt?: string;
            /** @description Accounts created by invitation only */
            invitation?: {
              /** @enum {string} */
              state: 'invited' | 'expired' | 'accepted' | 'revoked';
              expiresAt: string;
              /** @description When the latest invitation was issued and its email queued */
              lastSentAt: string;
              /** @description The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…) */
              delivery: string | null;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiUsersId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiUsersId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          email?: string;
          password?: string;
          /** @enum {string} */
          role?: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
          /** @enum {string} */
          status?: 'active' | 'disabled';
        };
      };
    };
    responses: {
      /** @description The user */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
            /** @enum {string} */
            status: 'active' | 'invited' | 'disabled';
            /** @description The person's own language; null: the school's default */
            language: ('en' | 'fr' | 'ar' | 'es') | null;
            lastLogin?: string;
            createdAt?: string;
            updatedAt?: string;
            /** @description Accounts created by invitation only */
            invitation?: {
              /** @enum {string} */
              state: 'invited' | 'expired' | 'accepted' | 'revoked';
              expiresAt: string;
              /** @description When the latest invitation was issued and its email queued */
              lastSentAt: string;
              /** @description The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…) */
              delivery: string | null;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiUsersIdInvitationResend: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new invitation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            userId: string;
            /** @description Set-password link (path on the school portal): a fallback, the invitation is emailed */
            url: string;
            expiresAt: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The account is not invited (NOT_INVITED) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiUsersIdInvitationRevoke: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The account is not invited (NOT_INVITED) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAcademicYears: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'startDate' | '-startDate' | 'name' | '-name';
        current?: 'true' | 'false';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              startDate: string;
              endDate: string;
              isCurrent: boolean;
              terms: {
                id: string;
                name: string;
                startDate: string;
                endDate: string;
              }[];
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAcademicYears: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** Format: date */
          startDate: string;
          /** Format: date */
          endDate: string;
          isCurrent?: boolean;
          terms?: {
            name: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The new academic year */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            startDate: string;
            endDate: string;
            isCurrent: boolean;
            terms: {
              id: string;
              name: string;
              startDate: string;
              endDate: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiAcademicYearsExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'startDate' | '-startDate' | 'name' | '-name';
        current?: 'true' | 'false';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAcademicYearsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Academic year */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            startDate: string;
            endDate: string;
            isCurrent: boolean;
            terms: {
              id: string;
              name: string;
              startDate: string;
              endDate: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiAcademicYearsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiAcademicYearsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** Format: date */
          startDate?: string;
          /** Format: date */
          endDate?: string;
          /** @constant */
          isCurrent?: true;
          terms?: {
            name: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Academic year */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            startDate: string;
            endDate: string;
            isCurrent: boolean;
            terms: {
              id: string;
              name: string;
              startDate: string;
              endDate: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGradeLevels: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'order' | '-order' | 'name' | '-name';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              order: number;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiGradeLevels: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          order: number;
        };
      };
    };
    responses: {
      /** @description The new grade level */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            order: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiGradeLevelsExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'order' | '-order' | 'name' | '-name';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGradeLevelsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Grade level */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            order: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiGradeLevelsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiGradeLevelsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          order?: number;
        };
      };
    };
    responses: {
      /** @description Grade level */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            order: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiClasses: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'name' | '-name' | 'createdAt' | '-createdAt';
        academicYearId?: string;
        gradeLevelId?: string;
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              academicYearId: string;
              gradeLevelId: string;
              sections: {
                id: string;
                name: string;
                capacity: number;
                homeroomTeacherId: string | null;
              }[];
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiClasses: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          academicYearId: string;
          gradeLevelId: string;
          sections?: {
            name: string;
            capacity?: number;
            homeroomTeacherId?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The new class */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            gradeLevelId: string;
            sections: {
              id: string;
              name: string;
              capacity: number;
              homeroomTeacherId: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiClassesExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'name' | '-name' | 'createdAt' | '-createdAt';
        academicYearId?: string;
        gradeLevelId?: string;
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiClassesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Class */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            gradeLevelId: string;
            sections: {
              id: string;
              name: string;
              capacity: number;
              homeroomTeacherId: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiClassesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiClassesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          gradeLevelId?: string;
        };
      };
    };
    responses: {
      /** @description Class */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            gradeLevelId: string;
            sections: {
              id: string;
              name: string;
              capacity: number;
              homeroomTeacherId: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiClassesIdSections: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          capacity?: number;
          homeroomTeacherId?: string;
        };
      };
    };
    responses: {
      /** @description The class */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            gradeLevelId: string;
            sections: {
              id: string;
              name: string;
              capacity: number;
              homeroomTeacherId: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiClassesIdSectionsSectionId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
        sectionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiClassesIdSectionsSectionId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
        sectionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          capacity?: number;
          homeroomTeacherId?: string;
        };
      };
    };
    responses: {
      /** @description The class */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            gradeLevelId: string;
            sections: {
              id: string;
              name: string;
              capacity: number;
              homeroomTeacherId: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSubjects: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'code' | '-code' | 'name' | '-name';
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              code: string;
              name: string;
              description?: string;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSubjects: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          name: string;
          description?: string;
        };
      };
    };
    responses: {
      /** @description The new subject */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            code: string;
            name: string;
            description?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiSubjectsExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'code' | '-code' | 'name' | '-name';
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSubjectsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Subject */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            code: string;
            name: string;
            description?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiSubjectsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiSubjectsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code?: string;
          name?: string;
          description?: string;
        };
      };
    };
    responses: {
      /** @description Subject */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            code: string;
            name: string;
            description?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAssignmentsMine: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Assignments of the teacher */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            teacherId: string | null;
            assignments: {
              id: string;
              classId: string;
              sectionId: string;
              subjectId: string;
              teacherId: string;
            }[];
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAssignments: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'createdAt' | '-createdAt';
        classId?: string;
        sectionId?: string;
        teacherId?: string;
        subjectId?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              classId: string;
              sectionId: string;
              subjectId: string;
              teacherId: string;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAssignments: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          classId: string;
          sectionId: string;
          subjectId: string;
          teacherId: string;
        };
      };
    };
    responses: {
      /** @description The new assignment */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            classId: string;
            sectionId: string;
            subjectId: string;
            teacherId: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiAssignmentsExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'createdAt' | '-createdAt';
        classId?: string;
        sectionId?: string;
        teacherId?: string;
        subjectId?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAssignmentsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Assignment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            classId: string;
            sectionId: string;
            subjectId: string;
            teacherId: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiAssignmentsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiAssignmentsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          teacherId: string;
        };
      };
    };
    responses: {
      /** @description Assignment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            classId: string;
            sectionId: string;
            subjectId: string;
            teacherId: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiStudents: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'lastName' | '-lastName' | 'firstName' | '-firstName' | 'admissionNumber' | '-admissionNumber' | 'createdAt' | '-createdAt';
        classId?: string;
        sectionId?: string;
        status?: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
        guardianId?: string;
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              admissionNumber: string;
              firstName: string;
              lastName: string;
              dateOfBirth: string | null;
              gender: string;
              classId: string | null;
              sectionId: string | null;
              guardianIds: string[];
              contact: {
                email?: string;
                phone?: string;
                address?: string;
              };
              /** @enum {string} */
              status: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
              placements: {
                classId: string;
                sectionId: string;
                from: string;
                to: string | null;
                reason: string | null;
              }[];
              userId: string | null;
              invitation?: {
                userId: string;
                url: string;
                expiresAt: string;
              };
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiStudents: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          firstName: string;
          lastName: string;
          /** Format: date */
          dateOfBirth?: string;
          /** @enum {string} */
          gender?: 'female' | 'male' | 'other' | 'unspecified';
          classId?: string;
          sectionId?: string;
          guardianIds?: string[];
          contact?: {
            email?: string;
            phone?: string;
            address?: string;
          };
          account?: {
            email: string;
          };
          /** @description Save even though a student with the same name, birth date and class exists (else 409 POSSIBLE_DUPLICATE) */
          confirmDuplicate?: boolean;
        };
      };
    };
    responses: {
      /** @description The new student */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            admissionNumber: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            classId: string | null;
            sectionId: string | null;
            guardianIds: string[];
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            /** @enum {string} */
            status: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
            placements: {
              classId: string;
              sectionId: string;
              from: string;
              to: string | null;
              reason: string | null;
            }[];
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiStudentsExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'lastName' | '-lastName' | 'firstName' | '-firstName' | 'admissionNumber' | '-admissionNumber' | 'createdAt' | '-createdAt';
        classId?: string;
        sectionId?: string;
        status?: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
        guardianId?: string;
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiStudentsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Student */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            admissionNumber: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            classId: string | null;
            sectionId: string | null;
            guardianIds: string[];
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            /** @enum {string} */
            status: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
            placements: {
              classId: string;
              sectionId: string;
              from: string;
              to: string | null;
              reason: string | null;
            }[];
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiStudentsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiStudentsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          firstName?: string;
          lastName?: string;
          /** Format: date */
          dateOfBirth?: string;
          /** @enum {string} */
          gender?: 'female' | 'male' | 'other' | 'unspecified';
          guardianIds?: string[];
          contact?: {
            email?: string;
            phone?: string;
            address?: string;
          };
          /** @enum {string} */
          status?: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
        };
      };
    };
    responses: {
      /** @description Student */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            admissionNumber: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            classId: string | null;
            sectionId: string | null;
            guardianIds: string[];
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            /** @enum {string} */
            status: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
            placements: {
              classId: string;
              sectionId: string;
              from: string;
              to: string | null;
              reason: string | null;
            }[];
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiStudentsIdAccount: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
        };
      };
    };
    responses: {
      /** @description The invitation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            userId: string;
            url: string;
            expiresAt: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiStudentsIdOverview: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The overview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            className: string | null;
            sectionName: string | null;
            /** @description Within the caller's scope: a parent sees only their own record */
            guardians: {
              id: string;
              firstName: string;
              lastName: string;
              relationship: string | null;
              contact: {
                email?: string;
                phone?: string;
                address?: string;
              };
              userId: string | null;
              invitation?: {
                userId: string;
                url: string;
                expiresAt: string;
              };
            }[];
            /** @description The term that contains today (the school's time zone), else the year's next or last */
            term: {
              id: string;
              name: string;
              startDate: string;
              endDate: string;
            } | null;
            /** @description Daily register marks other than present in the term, newest first */
            absences: {
              date: string;
              /** @enum {string} */
              status: 'present' | 'absent' | 'late' | 'excused';
              note: string | null;
            }[];
            /** @description null when the school does not use fees */
            fees: {
              currency: string;
              total: number;
              paid: number;
              balance: number;
              terms: {
                termId: string | null;
                name: string;
                total: number;
                paid: number;
                balance: number;
                invoices: {
                  id: string;
                  number: string;
                  dueDate: string;
                  /** @description Minor units */
                  total: number;
                  paid: number;
                  balance: number;
                  status: string;
                }[];
              }[];
            } | null;
            /** @description The next exams of the class */
            exams: {
              id: string;
              name: string;
              date: string;
              subject: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiStudentsIdGuardians: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          guardianId?: string;
          guardian?: {
            firstName: string;
            lastName: string;
            relationship?: string;
            contact?: {
              email?: string;
              phone?: string;
              address?: string;
            };
            account?: {
              email: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description The student */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            admissionNumber: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            classId: string | null;
            sectionId: string | null;
            guardianIds: string[];
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            /** @enum {string} */
            status: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
            placements: {
              classId: string;
              sectionId: string;
              from: string;
              to: string | null;
              reason: string | null;
            }[];
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Already linked (ALREADY_LINKED) or 10 guardians already (TOO_MANY_GUARDIANS) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiStudentsIdGuardiansGuardianId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
        guardianId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The student */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            admissionNumber: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            classId: string | null;
            sectionId: string | null;
            guardianIds: string[];
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            /** @enum {string} */
            status: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
            placements: {
              classId: string;
              sectionId: string;
              from: string;
              to: string | null;
              reason: string | null;
            }[];
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiStudentsIdMove: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          classId: string;
          sectionId: string;
          /** Format: date */
          date?: string;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The student */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            admissionNumber: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            classId: string | null;
            sectionId: string | null;
            guardianIds: string[];
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            /** @enum {string} */
            status: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
            placements: {
              classId: string;
              sectionId: string;
              from: string;
              to: string | null;
              reason: string | null;
            }[];
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGuardians: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'lastName' | '-lastName' | 'firstName' | '-firstName' | 'createdAt' | '-createdAt';
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              firstName: string;
              lastName: string;
              relationship: string | null;
              contact: {
                email?: string;
                phone?: string;
                address?: string;
              };
              userId: string | null;
              invitation?: {
                userId: string;
                url: string;
                expiresAt: string;
              };
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiGuardians: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          firstName: string;
          lastName: string;
          relationship?: string;
          contact?: {
            email?: string;
            phone?: string;
            address?: string;
          };
          account?: {
            email: string;
          };
        };
      };
    };
    responses: {
      /** @description The new guardian */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            firstName: string;
            lastName: string;
            relationship: string | null;
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiGuardiansExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'lastName' | '-lastName' | 'firstName' | '-firstName' | 'createdAt' | '-createdAt';
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGuardiansId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Guardian */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            firstName: string;
            lastName: string;
            relationship: string | null;
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiGuardiansId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiGuardiansId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          firstName?: string;
          lastName?: string;
          relationship?: string;
          contact?: {
            email?: string;
            phone?: string;
            address?: string;
          };
        };
      };
    };
    responses: {
      /** @description Guardian */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            firstName: string;
            lastName: string;
            relationship: string | null;
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiGuardiansIdAccount: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
        };
      };
    };
    responses: {
      /** @description The invitation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            userId: string;
            url: string;
            expiresAt: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiTeachers: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'lastName' | '-lastName' | 'firstName' | '-firstName' | 'employeeNumber' | '-employeeNumber' | 'createdAt' | '-createdAt';
        kind?: 'teacher' | 'staff';
        status?: 'active' | 'on_leave' | 'left';
        subjectId?: string;
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              employeeNumber: string;
              /** @enum {string} */
              kind: 'teacher' | 'staff';
              firstName: string;
              lastName: string;
              subjectIds: string[];
              contact: {
                email?: string;
                phone?: string;
                address?: string;
              };
              /** @enum {string} */
              status: 'active' | 'on_leave' | 'left';
              userId: string | null;
              invitation?: {
                userId: string;
                url: string;
                expiresAt: string;
              };
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiTeachers: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          employeeNumber?: string;
          /**
           * @default teacher
           * @enum {string}
           */
          kind?: 'teacher' | 'staff';
          firstName: string;
          lastName: string;
          subjectIds?: string[];
          contact?: {
            email?: string;
            phone?: string;
            address?: string;
          };
          account?: {
            email: string;
          };
        };
      };
    };
    responses: {
      /** @description The new staff member */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeNumber: string;
            /** @enum {string} */
            kind: 'teacher' | 'staff';
            firstName: string;
            lastName: string;
            subjectIds: string[];
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            /** @enum {string} */
            status: 'active' | 'on_leave' | 'left';
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiTeachersExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'lastName' | '-lastName' | 'firstName' | '-firstName' | 'employeeNumber' | '-employeeNumber' | 'createdAt' | '-createdAt';
        kind?: 'teacher' | 'staff';
        status?: 'active' | 'on_leave' | 'left';
        subjectId?: string;
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiTeachersId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff member */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeNumber: string;
            /** @enum {string} */
            kind: 'teacher' | 'staff';
            firstName: string;
            lastName: string;
            subjectIds: string[];
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            /** @enum {string} */
            status: 'active' | 'on_leave' | 'left';
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiTeachersId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiTeachersId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          firstName?: string;
          lastName?: string;
          subjectIds?: string[];
          contact?: {
            email?: string;
            phone?: string;
            address?: string;
          };
          /** @enum {string} */
          status?: 'active' | 'on_leave' | 'left';
        };
      };
    };
    responses: {
      /** @description Staff member */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            employeeNumber: string;
            /** @enum {string} */
            kind: 'teacher' | 'staff';
            firstName: string;
            lastName: string;
            subjectIds: string[];
            contact: {
              email?: string;
              phone?: string;
              address?: string;
            };
            /** @enum {string} */
            status: 'active' | 'on_leave' | 'left';
            userId: string | null;
            invitation?: {
              userId: string;
              url: string;
              expiresAt: string;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiTeachersIdAccount: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
        };
      };
    };
    responses: {
      /** @description The invitation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            userId: string;
            url: string;
            expiresAt: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAdmissions: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'createdAt' | '-createdAt' | 'lastName' | '-lastName';
        status?: 'applied' | 'accepted' | 'rejected' | 'enrolled';
        gradeLevelId?: string;
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              firstName: string;
              lastName: string;
              dateOfBirth: string | null;
              gender: string;
              gradeLevelId: string;
              guardian: {
                firstName: string;
                lastName: string;
                relationship: string | null;
                email: string | null;
                phone: string | null;
              };
              notes: string | null;
              /** @enum {string} */
              status: 'applied' | 'accepted' | 'rejected' | 'enrolled';
              decisionReason: string | null;
              studentId: string | null;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAdmissions: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          firstName: string;
          lastName: string;
          /** Format: date */
          dateOfBirth?: string;
          /** @enum {string} */
          gender?: 'female' | 'male' | 'other' | 'unspecified';
          gradeLevelId: string;
          guardian: {
            firstName: string;
            lastName: string;
            relationship?: string;
            email?: string;
            phone?: string;
          };
          notes?: string;
        };
      };
    };
    responses: {
      /** @description The new application */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            gradeLevelId: string;
            guardian: {
              firstName: string;
              lastName: string;
              relationship: string | null;
              email: string | null;
              phone: string | null;
            };
            notes: string | null;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'rejected' | 'enrolled';
            decisionReason: string | null;
            studentId: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiAdmissionsExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'createdAt' | '-createdAt' | 'lastName' | '-lastName';
        status?: 'applied' | 'accepted' | 'rejected' | 'enrolled';
        gradeLevelId?: string;
        search?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAdmissionsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Application */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            gradeLevelId: string;
            guardian: {
              firstName: string;
              lastName: string;
              relationship: string | null;
              email: string | null;
              phone: string | null;
            };
            notes: string | null;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'rejected' | 'enrolled';
            decisionReason: string | null;
            studentId: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiAdmissionsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiAdmissionsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          firstName?: string;
          lastName?: string;
          /** Format: date */
          dateOfBirth?: string;
          notes?: string;
        };
      };
    };
    responses: {
      /** @description Application */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            gradeLevelId: string;
            guardian: {
              firstName: string;
              lastName: string;
              relationship: string | null;
              email: string | null;
              phone: string | null;
            };
            notes: string | null;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'rejected' | 'enrolled';
            decisionReason: string | null;
            studentId: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAdmissionsIdAccept: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The application */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            gradeLevelId: string;
            guardian: {
              firstName: string;
              lastName: string;
              relationship: string | null;
              email: string | null;
              phone: string | null;
            };
            notes: string | null;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'rejected' | 'enrolled';
            decisionReason: string | null;
            studentId: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAdmissionsIdReject: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The application */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            firstName: string;
            lastName: string;
            dateOfBirth: string | null;
            gender: string;
            gradeLevelId: string;
            guardian: {
              firstName: string;
              lastName: string;
              relationship: string | null;
              email: string | null;
              phone: string | null;
            };
            notes: string | null;
            /** @enum {string} */
            status: 'applied' | 'accepted' | 'rejected' | 'enrolled';
            decisionReason: string | null;
            studentId: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAdmissionsIdEnrol: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          classId: string;
          sectionId: string;
        };
      };
    };
    responses: {
      /** @description The application and the new student */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            application: {
              id: string;
              firstName: string;
              lastName: string;
              dateOfBirth: string | null;
              gender: string;
              gradeLevelId: string;
              guardian: {
                firstName: string;
                lastName: string;
                relationship: string | null;
                email: string | null;
                phone: string | null;
              };
              notes: string | null;
              /** @enum {string} */
              status: 'applied' | 'accepted' | 'rejected' | 'enrolled';
              decisionReason: string | null;
              studentId: string | null;
            };
            student: {
              id: string;
              admissionNumber: string;
              firstName: string;
              lastName: string;
              dateOfBirth: string | null;
              gender: string;
              classId: string | null;
              sectionId: string | null;
              guardianIds: string[];
              contact: {
                email?: string;
                phone?: string;
                address?: string;
              };
              /** @enum {string} */
              status: 'enrolled' | 'graduated' | 'transferred' | 'withdrawn';
              placements: {
                classId: string;
                sectionId: string;
                from: string;
                to: string | null;
                reason: string | null;
              }[];
              userId: string | null;
              invitation?: {
                userId: string;
                url: string;
                expiresAt: string;
              };
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRolloverPreview: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          classIds: string[];
          toAcademicYearId: string;
        };
      };
    };
    responses: {
      /** @description One proposed move per student (edit, then apply) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            toAcademicYearId: string;
            students: {
              studentId: string;
              name: string;
              from: {
                classId: string;
                sectionId: string | null;
              };
              /** @enum {string} */
              action: 'promoted' | 'retained' | 'graduated';
              to: {
                classId: string;
                sectionId: string;
              } | null;
              problem: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRolloverApply: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          toAcademicYearId: string;
          moves: {
            studentId: string;
            /** @enum {string} */
            action: 'promoted' | 'retained' | 'graduated';
            toClassId?: string;
            toSectionId?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The batch */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            batchId: string;
            /** @enum {string} */
            status: 'applied' | 'undone';
            moved: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiRolloverIdUndo: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The batch */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            batchId: string;
            /** @enum {string} */
            status: 'applied' | 'undone';
            moved: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiTimetable: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'day' | '-day' | 'start' | '-start';
        sectionId?: string;
        teacherId?: string;
        day?: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
        room?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              classId: string;
              sectionId: string;
              /** @enum {string} */
              day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
              start: string;
              end: string;
              subjectId: string;
              teacherId: string;
              room: string | null;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiTimetable: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          classId: string;
          sectionId: string;
          /** @enum {string} */
          day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
          start: string;
          end: string;
          subjectId: string;
          teacherId: string;
          room?: string;
        };
      };
    };
    responses: {
      /** @description The new period */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            classId: string;
            sectionId: string;
            /** @enum {string} */
            day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
            start: string;
            end: string;
            subjectId: string;
            teacherId: string;
            room: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiTimetableExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'day' | '-day' | 'start' | '-start';
        sectionId?: string;
        teacherId?: string;
        day?: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
        room?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiTimetableId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Period */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            classId: string;
            sectionId: string;
            /** @enum {string} */
            day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
            start: string;
            end: string;
            subjectId: string;
            teacherId: string;
            room: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiTimetableId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiTimetableId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          day?: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
          start?: string;
          end?: string;
          teacherId?: string;
          room?: string;
        };
      };
    };
    responses: {
      /** @description Period */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            classId: string;
            sectionId: string;
            /** @enum {string} */
            day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
            start: string;
            end: string;
            subjectId: string;
            teacherId: string;
            room: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAttendanceSectionsSectionIdDate: {
    parameters: {
      query?: {
        period?: number;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        sectionId: string;
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The register */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sectionId: string;
            date: string;
            period: number;
            counts: {
              present: number;
              absent: number;
              late: number;
              excused: number;
            };
            students: {
              studentId: string;
              name: string;
              admissionNumber: string;
              status: ('present' | 'absent' | 'late' | 'excused') | null;
              note: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiAttendanceSectionsSectionIdDate: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        sectionId: string;
        date: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default 0 */
          period?: number;
          marks: {
            studentId: string;
            /** @enum {string} */
            status: 'present' | 'absent' | 'late' | 'excused';
            note?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The register after marking */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sectionId: string;
            date: string;
            period: number;
            counts: {
              present: number;
              absent: number;
              late: number;
              excused: number;
            };
            students: {
              studentId: string;
              name: string;
              admissionNumber: string;
              status: ('present' | 'absent' | 'late' | 'excused') | null;
              note: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAttendanceReport: {
    parameters: {
      query: {
        from: string;
        to: string;
        sectionId?: string;
        studentId?: string;
        period?: number;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Counts and rates */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            to: string;
            period: number;
            rateDefinition: string;
            students: {
              studentId: string;
              name: string;
              admissionNumber: string;
              counts: {
                present: number;
                absent: number;
                late: number;
                excused: number;
              };
              rate: number | null;
            }[];
            total: {
              counts: {
                present: number;
                absent: number;
                late: number;
                excused: number;
              };
              rate: number | null;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGradingScales: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'name' | '-name';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              isDefault: boolean;
              bands: {
                grade: string;
                min: number;
                points?: number;
                remark?: string;
              }[];
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiGradingScales: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          isDefault?: boolean;
          bands: {
            grade: string;
            min: number;
            points?: number;
            remark?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description The new grading scale */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            isDefault: boolean;
            bands: {
              grade: string;
              min: number;
              points?: number;
              remark?: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiGradingScalesExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'name' | '-name';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGradingScalesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Grading scale */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            isDefault: boolean;
            bands: {
              grade: string;
              min: number;
              points?: number;
              remark?: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiGradingScalesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiGradingScalesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @constant */
          isDefault?: true;
          bands?: {
            grade: string;
            min: number;
            points?: number;
            remark?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Grading scale */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            isDefault: boolean;
            bands: {
              grade: string;
              min: number;
              points?: number;
              remark?: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiExams: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'date' | '-date' | 'name' | '-name' | 'createdAt' | '-createdAt';
        termId?: string;
        classId?: string;
        subjectId?: string;
        status?: 'draft' | 'published';
        from?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              academicYearId: string;
              termId: string;
              classId: string;
              subjectId: string;
              maxMarks: number;
              decimals: number;
              weight: number;
              date: string | null;
              /** @enum {string} */
              status: 'draft' | 'published';
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiExams: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          termId: string;
          classId: string;
          subjectId: string;
          maxMarks: number;
          /**
           * @description Decimals a score may have: 0 = whole marks only
           * @default 1
           */
          decimals?: number;
          /** @default 1 */
          weight?: number;
          /** Format: date */
          date?: string;
        };
      };
    };
    responses: {
      /** @description The new exam */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            termId: string;
            classId: string;
            subjectId: string;
            maxMarks: number;
            decimals: number;
            weight: number;
            date: string | null;
            /** @enum {string} */
            status: 'draft' | 'published';
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiExamsExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'date' | '-date' | 'name' | '-name' | 'createdAt' | '-createdAt';
        termId?: string;
        classId?: string;
        subjectId?: string;
        status?: 'draft' | 'published';
        from?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiExamsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Exam */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            termId: string;
            classId: string;
            subjectId: string;
            maxMarks: number;
            decimals: number;
            weight: number;
            date: string | null;
            /** @enum {string} */
            status: 'draft' | 'published';
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiExamsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiExamsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          maxMarks?: number;
          /** @description Decimals a score may have: 0 = whole marks only */
          decimals?: number;
          weight?: number;
          /** Format: date */
          date?: string;
          /** @enum {string} */
          status?: 'draft' | 'published';
        };
      };
    };
    responses: {
      /** @description Exam */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            termId: string;
            classId: string;
            subjectId: string;
            maxMarks: number;
            decimals: number;
            weight: number;
            date: string | null;
            /** @enum {string} */
            status: 'draft' | 'published';
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiExamsIdMarks: {
    parameters: {
      query: {
        sectionId: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            examId: string;
            sectionId: string;
            maxMarks: number;
            decimals: number;
            students: {
              studentId: string;
              name: string;
              score: number | null;
              absent: boolean;
              remark: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiExamsIdMarks: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sectionId: string;
          marks: {
            studentId: string;
            score: number | null;
            remark?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Marks after entry */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            examId: string;
            sectionId: string;
            maxMarks: number;
            decimals: number;
            students: {
              studentId: string;
              name: string;
              score: number | null;
              absent: boolean;
              remark: string | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiGradebookSectionsSectionIdTermsTermId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        sectionId: string;
        termId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sectionId: string;
            termId: string;
            scale: string;
            students: {
              studentId: string;
              name: string;
              admissionNumber: string;
              subjects: {
                subjectId: string;
                code: string;
                name: string;
                percentage: number | null;
                grade: string | null;
                exams: {
                  examId: string;
                  name: string;
                  score: number | null;
                  maxMarks: number;
                  weight: number;
                  absent: boolean;
                }[];
              }[];
              /** @description Average of the subject percentages (raw marks of different maxima are never added) */
              average: number | null;
              grade: string | null;
              rank: number | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiReportCardsStudentIdTermsTermId: {
    parameters: {
      query?: {
        format?: 'json' | 'pdf';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        studentId: string;
        termId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Report card (JSON, or application/pdf with ?format=pdf) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            school: {
              name: string;
              motto: string | null;
            };
            term: {
              id: string;
              name: string;
              year: string;
            };
            className: string;
            sectionName: string;
            classSize: number;
            result: {
              studentId: string;
              name: string;
              admissionNumber: string;
              subjects: {
                subjectId: string;
                code: string;
                name: string;
                percentage: number | null;
                grade: string | null;
                exams: {
                  examId: string;
                  name: string;
                  score: number | null;
                  maxMarks: number;
                  weight: number;
                  absent: boolean;
                }[];
              }[];
              /** @description Average of the subject percentages (raw marks of different maxima are never added) */
              average: number | null;
              grade: string | null;
              rank: number | null;
            };
            remarks: {
              classTeacher: string | null;
              head: string | null;
            };
            attendance: {
              present: number;
              absent: number;
              late: number;
              excused: number;
              rate: number | null;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The student is not placed in a section for this term */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiReportCardsSectionsSectionIdTermsTermId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        sectionId: string;
        termId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report cards */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiReportCardsStudentIdTermsTermIdRemarks: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        studentId: string;
        termId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Remarks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            studentId: string;
            termId: string;
            classTeacher: string | null;
            head: string | null;
            canWrite: {
              classTeacher: boolean;
              head: boolean;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiReportCardsStudentIdTermsTermIdRemarks: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        studentId: string;
        termId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          classTeacher?: string | null;
          head?: string | null;
        };
      };
    };
    responses: {
      /** @description Remarks after writing */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            studentId: string;
            termId: string;
            classTeacher: string | null;
            head: string | null;
            canWrite: {
              classTeacher: boolean;
              head: boolean;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFeesStructures: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'name' | '-name' | 'dueDate' | '-dueDate';
        termId?: string;
        gradeLevelId?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              academicYearId: string;
              termId: string | null;
              gradeLevelId: string;
              items: {
                name: string;
                amount: number;
              }[];
              total: number;
              dueDate: string;
              instalments: {
                dueDate: string;
                percent: number;
              }[];
              lateFine: {
                amount: number;
                graceDays: number;
              } | null;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiFeesStructures: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          termId: string;
          gradeLevelId: string;
          items: {
            name: string;
            amount: number;
          }[];
          /** Format: date */
          dueDate: string;
          instalments?: {
            /** Format: date */
            dueDate: string;
            percent: number;
          }[];
          lateFine?: {
            amount: number;
            graceDays: number;
          };
        };
      };
    };
    responses: {
      /** @description The new fee structure */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            termId: string | null;
            gradeLevelId: string;
            items: {
              name: string;
              amount: number;
            }[];
            total: number;
            dueDate: string;
            instalments: {
              dueDate: string;
              percent: number;
            }[];
            lateFine: {
              amount: number;
              graceDays: number;
            } | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiFeesStructuresExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'name' | '-name' | 'dueDate' | '-dueDate';
        termId?: string;
        gradeLevelId?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFeesStructuresId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Fee structure */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            termId: string | null;
            gradeLevelId: string;
            items: {
              name: string;
              amount: number;
            }[];
            total: number;
            dueDate: string;
            instalments: {
              dueDate: string;
              percent: number;
            }[];
            lateFine: {
              amount: number;
              graceDays: number;
            } | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiFeesStructuresId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiFeesStructuresId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** Format: date */
          dueDate?: string;
          lateFine?: {
            amount: number;
            graceDays: number;
          };
        };
      };
    };
    responses: {
      /** @description Fee structure */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            academicYearId: string;
            termId: string | null;
            gradeLevelId: string;
            items: {
              name: string;
              amount: number;
            }[];
            total: number;
            dueDate: string;
            instalments: {
              dueDate: string;
              percent: number;
            }[];
            lateFine: {
              amount: number;
              graceDays: number;
            } | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiFeesStructuresIdInvoices: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          classId?: string;
          studentIds?: string[];
        };
      };
    };
    responses: {
      /** @description What was created */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: number;
            existing: number;
            invoices: {
              id: string;
              number: string;
              studentId: string;
              structureId: string;
              currency: string;
              lines: {
                description: string;
                amount: number;
              }[];
              discounts: {
                description: string;
                amount: number;
              }[];
              waivers: {
                reason: string;
                amount: number;
              }[];
              fines: {
                description: string;
                amount: number;
                date: string;
              }[];
              instalments: {
                dueDate: string;
                amount: number;
              }[];
              dueDate: string;
              total: number;
              paid: number;
              balance: number;
              /** @enum {string} */
              status: 'open' | 'partially_paid' | 'paid' | 'void';
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFeesDiscounts: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'name' | '-name';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              /** @enum {string} */
              basis: 'sibling' | 'staff_child' | 'scholarship' | 'other';
              /** @enum {string} */
              type: 'percentage' | 'fixed';
              value: number;
              studentIds: string[];
              active: boolean;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiFeesDiscounts: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @enum {string} */
          basis: 'sibling' | 'staff_child' | 'scholarship' | 'other';
          /** @enum {string} */
          type: 'percentage' | 'fixed';
          value: number;
          studentIds?: string[];
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description The new discount */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** @enum {string} */
            basis: 'sibling' | 'staff_child' | 'scholarship' | 'other';
            /** @enum {string} */
            type: 'percentage' | 'fixed';
            value: number;
            studentIds: string[];
            active: boolean;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiFeesDiscountsExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'name' | '-name';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFeesDiscountsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Discount */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** @enum {string} */
            basis: 'sibling' | 'staff_child' | 'scholarship' | 'other';
            /** @enum {string} */
            type: 'percentage' | 'fixed';
            value: number;
            studentIds: string[];
            active: boolean;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiFeesDiscountsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiFeesDiscountsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          value?: number;
          studentIds?: string[];
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description Discount */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** @enum {string} */
            basis: 'sibling' | 'staff_child' | 'scholarship' | 'other';
            /** @enum {string} */
            type: 'percentage' | 'fixed';
            value: number;
            studentIds: string[];
            active: boolean;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFeesInvoices: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'dueDate' | '-dueDate' | 'number' | '-number' | 'createdAt' | '-createdAt' | 'total' | '-total' | 'balance' | '-balance';
        studentId?: string;
        status?: 'open' | 'partially_paid' | 'paid' | 'void' | 'overdue';
        structureId?: string;
        classId?: string;
        sectionId?: string;
        search?: string;
        dueFrom?: string;
        dueTo?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of invoices */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              number: string;
              studentId: string;
              structureId: string;
              currency: string;
              lines: {
                description: string;
                amount: number;
              }[];
              discounts: {
                description: string;
                amount: number;
              }[];
              waivers: {
                reason: string;
                amount: number;
              }[];
              fines: {
                description: string;
                amount: number;
                date: string;
              }[];
              instalments: {
                dueDate: string;
                amount: number;
              }[];
              dueDate: string;
              total: number;
              paid: number;
              balance: number;
              /** @enum {string} */
              status: 'open' | 'partially_paid' | 'paid' | 'void';
              student: {
                id: string;
                name: string;
                admissionNumber: string;
                className: string | null;
                sectionName: string | null;
              } | null;
              family: string;
              overdue: number;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiFeesInvoicesExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'dueDate' | '-dueDate' | 'number' | '-number' | 'createdAt' | '-createdAt' | 'total' | '-total' | 'balance' | '-balance';
        studentId?: string;
        status?: 'open' | 'partially_paid' | 'paid' | 'void' | 'overdue';
        structureId?: string;
        classId?: string;
        sectionId?: string;
        search?: string;
        dueFrom?: string;
        dueTo?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFeesInvoicesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invoice */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            number: string;
            studentId: string;
            structureId: string;
            currency: string;
            lines: {
              description: string;
              amount: number;
            }[];
            discounts: {
              description: string;
              amount: number;
            }[];
            waivers: {
              reason: string;
              amount: number;
            }[];
            fines: {
              description: string;
              amount: number;
              date: string;
            }[];
            instalments: {
              dueDate: string;
              amount: number;
            }[];
            dueDate: string;
            total: number;
            paid: number;
            balance: number;
            /** @enum {string} */
            status: 'open' | 'partially_paid' | 'paid' | 'void';
            student: {
              id: string;
              name: string;
              admissionNumber: string;
              className: string | null;
              sectionName: string | null;
            } | null;
            family: string;
            overdue: number;
            guardians: {
              id: string;
              name: string;
              relationship: string | null;
              phone: string | null;
              email: string | null;
            }[];
            payments: {
              id: string;
              receiptNumber: string;
              amount: number;
              /** @enum {string} */
              method: 'cash' | 'card' | 'bank_transfer' | 'mobile_money' | 'cheque' | 'other';
              reference: string | null;
              paidAt: string;
              balanceAfter: number;
            }[];
            school: {
              name: string;
              address: string | null;
              logo: string | null;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiFeesInvoicesIdPayments: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: number;
          /** @enum {string} */
          method: 'cash' | 'card' | 'bank_transfer' | 'mobile_money' | 'cheque' | 'other';
          reference?: string;
          /** Format: date */
          paidAt?: string;
        };
      };
    };
    responses: {
      /** @description The payment, its receipt number and the invoice after it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            invoiceId: string;
            studentId: string;
            amount: number;
            /** @enum {string} */
            method: 'cash' | 'card' | 'bank_transfer' | 'mobile_money' | 'cheque' | 'other';
            reference: string | null;
            receiptNumber: string;
            paidAt: string;
            invoice: {
              id: string;
              number: string;
              studentId: string;
              structureId: string;
              currency: string;
              lines: {
                description: string;
                amount: number;
              }[];
              discounts: {
                description: string;
                amount: number;
              }[];
              waivers: {
                reason: string;
                amount: number;
              }[];
              fines: {
                description: string;
                amount: number;
                date: string;
              }[];
              instalments: {
                dueDate: string;
                amount: number;
              }[];
              dueDate: string;
              total: number;
              paid: number;
              balance: number;
              /** @enum {string} */
              status: 'open' | 'partially_paid' | 'paid' | 'void';
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiFeesInvoicesIdWaivers: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: number;
          reason: string;
        };
      };
    };
    responses: {
      /** @description The invoice */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            number: string;
            studentId: string;
            structureId: string;
            currency: string;
            lines: {
              description: string;
              amount: number;
            }[];
            discounts: {
              description: string;
              amount: number;
            }[];
            waivers: {
              reason: string;
              amount: number;
            }[];
            fines: {
              description: string;
              amount: number;
              date: string;
            }[];
            instalments: {
              dueDate: string;
              amount: number;
            }[];
            dueDate: string;
            total: number;
            paid: number;
            balance: number;
            /** @enum {string} */
            status: 'open' | 'partially_paid' | 'paid' | 'void';
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFeesOverdue: {
    parameters: {
      query?: {
        date?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Overdue invoices */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            date: string;
            currency: string;
            invoices: {
              invoice: {
                id: string;
                number: string;
                studentId: string;
                structureId: string;
                currency: string;
                lines: {
                  description: string;
                  amount: number;
                }[];
                discounts: {
                  description: string;
                  amount: number;
                }[];
                waivers: {
                  reason: string;
                  amount: number;
                }[];
                fines: {
                  description: string;
                  amount: number;
                  date: string;
                }[];
                instalments: {
                  dueDate: string;
                  amount: number;
                }[];
                dueDate: string;
                total: number;
                paid: number;
                balance: number;
                /** @enum {string} */
                status: 'open' | 'partially_paid' | 'paid' | 'void';
              };
              dueBy: number;
              overdue: number;
            }[];
            totalOverdue: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFeesDefaulters: {
    parameters: {
      query?: {
        classId?: string;
        sectionId?: string;
        date?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Defaulters, longest overdue first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            date: string;
            currency: string;
            totalOverdue: number;
            students: {
              student: {
                id: string;
                name: string;
                admissionNumber: string;
                className: string | null;
                sectionName: string | null;
              };
              guardians: {
                id: string;
                name: string;
                relationship: string | null;
                phone: string | null;
                email: string | null;
              }[];
              overdue: number;
              balance: number;
              oldestDueDate: string;
              daysOverdue: number;
              invoices: {
                id: string;
                number: string;
              }[];
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiFeesDefaulters.csv': {
    parameters: {
      query?: {
        classId?: string;
        sectionId?: string;
        date?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiFeesLateFines: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** Format: date */
          date?: string;
        };
      };
    };
    responses: {
      /** @description How many invoices were fined */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            date: string;
            fined: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiFeesAlerts: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** Format: date */
          date?: string;
        };
      };
    };
    responses: {
      /** @description How many reminders were sent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            date: string;
            sent: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFeesStudentsIdBalance: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Balance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            studentId: string;
            currency: string;
            total: number;
            paid: number;
            balance: number;
            invoices: {
              id: string;
              number: string;
              studentId: string;
              structureId: string;
              currency: string;
              lines: {
                description: string;
                amount: number;
              }[];
              discounts: {
                description: string;
                amount: number;
              }[];
              waivers: {
                reason: string;
                amount: number;
              }[];
              fines: {
                description: string;
                amount: number;
                date: string;
              }[];
              instalments: {
                dueDate: string;
                amount: number;
              }[];
              dueDate: string;
              total: number;
              paid: number;
              balance: number;
              /** @enum {string} */
              status: 'open' | 'partially_paid' | 'paid' | 'void';
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAnnouncements: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'createdAt' | '-createdAt';
        unread?: 'true' | 'false';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of announcements */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              title: string;
              body: string;
              /** @enum {string} */
              audience: 'school' | 'class' | 'role';
              classId: string | null;
              role: string | null;
              channels: ('email' | 'sms')[];
              authorId: string;
              createdAt: string;
              editedAt: string | null;
              read: boolean;
              readCount: number | null;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAnnouncements: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          body: string;
          /** @enum {string} */
          audience: 'school' | 'class' | 'role';
          classId?: string;
          /** @enum {string} */
          role?: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
          channels?: ('email' | 'sms')[];
        };
      };
    };
    responses: {
      /** @description The announcement */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            body: string;
            /** @enum {string} */
            audience: 'school' | 'class' | 'role';
            classId: string | null;
            role: string | null;
            channels: ('email' | 'sms')[];
            authorId: string;
            createdAt: string;
            editedAt: string | null;
            read: boolean;
            readCount: number | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAnnouncementsAudience: {
    parameters: {
      query: {
        audience: 'school' | 'class' | 'role';
        classId?: string;
        role?: 'admin' | 'teacher' | 'student' | 'parent' | 'staff';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The number of recipients */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiAnnouncementsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiAnnouncementsId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title?: string;
          body?: string;
        };
      };
    };
    responses: {
      /** @description The announcement */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            body: string;
            /** @enum {string} */
            audience: 'school' | 'class' | 'role';
            classId: string | null;
            role: string | null;
            channels: ('email' | 'sms')[];
            authorId: string;
            createdAt: string;
            editedAt: string | null;
            read: boolean;
            readCount: number | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiAnnouncementsIdRead: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAnnouncementsIdReceipts: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Read receipts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            announcementId: string;
            readCount: number;
            audienceCount: number;
            readers: {
              userId: string;
              name: string | null;
              role: string | null;
              readAt: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiNotifications: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'createdAt' | '-createdAt';
        unread?: 'true' | 'false';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of notifications */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              /** @enum {string} */
              kind: 'absence' | 'fee_due' | 'fee_overdue' | 'results_published' | 'announcement' | 'account';
              title: string;
              body: string;
              data: unknown;
              read: boolean;
              createdAt: string;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiNotificationsIdRead: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiMessages: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'createdAt' | '-createdAt' | 'sentAt' | '-sentAt';
        state?: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'bounced' | 'dead' | 'cancelled' | 'suppressed';
        channel?: 'email' | 'sms';
        kind?:
          | 'invitation'
          | 'password_reset'
          | 'welcome'
          | 'account_change'
          | 'absence'
          | 'fee_due'
          | 'fee_overdue'
          | 'results_published'
          | 'announcement';
        userId?: string;
        from?: string;
        to?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of messages */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              /** @enum {string} */
              kind:
                | 'invitation'
                | 'password_reset'
                | 'welcome'
                | 'account_change'
                | 'absence'
                | 'fee_due'
                | 'fee_overdue'
                | 'results_published'
                | 'announcement';
              /** @enum {string} */
              category: 'account' | 'absence' | 'fees' | 'results' | 'announcements';
              /** @enum {string} */
              channel: 'email' | 'sms';
              userId: string | null;
              to: string;
              toName: string | null;
              /** @enum {string} */
              state: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'bounced' | 'dead' | 'cancelled' | 'suppressed';
              attempts: number;
              lastError: string | null;
              nextAttemptAt: string | null;
              segments: number;
              createdAt: string | null;
              sentAt: string | null;
              deliveredAt: string | null;
              resendable: boolean;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiMessagesExport.csv': {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'createdAt' | '-createdAt' | 'sentAt' | '-sentAt';
        state?: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'bounced' | 'dead' | 'cancelled' | 'suppressed';
        channel?: 'email' | 'sms';
        kind?:
          | 'invitation'
          | 'password_reset'
          | 'welcome'
          | 'account_change'
          | 'absence'
          | 'fee_due'
          | 'fee_overdue'
          | 'results_published'
          | 'announcement';
        userId?: string;
        from?: string;
        to?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiMessagesSummary: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Counts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Start of the window (7 days back from now) */
            since: string;
            total: number;
            byChannel: {
              email: {
                [key: string]: number;
              };
              sms: {
                [key: string]: number;
              };
            };
            problems: number;
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiMessagesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The message */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind:
              | 'invitation'
              | 'password_reset'
              | 'welcome'
              | 'account_change'
              | 'absence'
              | 'fee_due'
              | 'fee_overdue'
              | 'results_published'
              | 'announcement';
            /** @enum {string} */
            category: 'account' | 'absence' | 'fees' | 'results' | 'announcements';
            /** @enum {string} */
            channel: 'email' | 'sms';
            userId: string | null;
            to: string;
            toName: string | null;
            /** @enum {string} */
            state: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'bounced' | 'dead' | 'cancelled' | 'suppressed';
            attempts: number;
            lastError: string | null;
            nextAttemptAt: string | null;
            segments: number;
            createdAt: string | null;
            sentAt: string | null;
            deliveredAt: string | null;
            resendable: boolean;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiMessagesIdResend: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The message, queued */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind:
              | 'invitation'
              | 'password_reset'
              | 'welcome'
              | 'account_change'
              | 'absence'
              | 'fee_due'
              | 'fee_overdue'
              | 'results_published'
              | 'announcement';
            /** @enum {string} */
            category: 'account' | 'absence' | 'fees' | 'results' | 'announcements';
            /** @enum {string} */
            channel: 'email' | 'sms';
            userId: string | null;
            to: string;
            toName: string | null;
            /** @enum {string} */
            state: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'bounced' | 'dead' | 'cancelled' | 'suppressed';
            attempts: number;
            lastError: string | null;
            nextAttemptAt: string | null;
            segments: number;
            createdAt: string | null;
            sentAt: string | null;
            deliveredAt: string | null;
            resendable: boolean;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not in a state that can be resent, or its link has expired */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiDashboard: {
    parameters: {
      query?: {
        date?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Dashboard */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            date: string;
            academicYear: string | null;
            term: string | null;
            counts: {
              students: number;
              teachers: number;
              guardians: number;
              classes: number;
              subjects: number;
            };
            attendance: {
              today: {
                present: number;
                absent: number;
                late: number;
                excused: number;
                rate: number | null;
              };
              thisWeek: {
                present: number;
                absent: number;
                late: number;
                excused: number;
                rate: number | null;
              };
              /** @description Daily registers per week, oldest first, this week last */
              trend: {
                present: number;
                absent: number;
                late: number;
                excused: number;
                rate: number | null;
                weekStart: string;
              }[];
            };
            registers: {
              /** @description Sections whose daily register is expected */
              sections: number;
              taken: number;
              /** @description Sections whose register of the day is not taken yet */
              missing: {
                classId: string;
                sectionId: string;
                name: string;
              }[];
            };
            fees: {
              term: string;
              termId: string;
              currency: string;
              due: number;
              collected: number;
              outstanding: number;
              invoices: number;
              overdue: number;
            } | null;
            upcomingExams: {
              id: string;
              name: string;
              date: string | null;
              classId: string;
              subjectId: string;
              className: string;
              subjectName: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiDashboardSetup: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Setup steps in order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            steps: {
              /** @enum {string} */
              key: 'year' | 'grades' | 'classes' | 'subjects' | 'teachers' | 'students' | 'invitations';
              done: boolean;
            }[];
            complete: boolean;
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiDashboardTeacher: {
    parameters: {
      query?: {
        date?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The teacher's day */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            date: string;
            lessons: {
              id: string;
              start: string;
              end: string;
              classId: string;
              sectionId: string;
              section: string;
              subject: string;
              room: string | null;
            }[];
            registers: {
              /** @description Sections whose daily register is expected */
              sections: number;
              taken: number;
              /** @description Sections whose register of the day is not taken yet */
              missing: {
                classId: string;
                sectionId: string;
                name: string;
              }[];
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiDashboardFamily: {
    parameters: {
      query?: {
        date?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The family's view */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            date: string;
            currency: string;
            children: {
              id: string;
              name: string;
              section: string | null;
              absences: {
                date: string;
                /** @enum {string} */
                status: 'absent' | 'late' | 'excused';
                note: string | null;
              }[];
              nextExams: {
                id: string;
                name: string;
                date: string | null;
                subject: string;
              }[];
              balances:
                | {
                    termId: string | null;
                    term: string;
                    balance: number;
                  }[]
                | null;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiReportsAttendance.csv': {
    parameters: {
      query: {
        from: string;
        to: string;
        sectionId?: string;
        studentId?: string;
        period?: number;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiReportsMarks.csv': {
    parameters: {
      query: {
        sectionId: string;
        termId: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiReportsFees.csv': {
    parameters: {
      query: {
        termId: string;
        classId?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiAudit: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        sort?: 'at' | '-at';
        model?: string;
        action?: string;
        recordId?: string;
        actorId?: string;
        from?: string;
        to?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of audit entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              actorId: string | null;
              actorName: string | null;
              action: string;
              model: string;
              recordId: string | null;
              recordName: string | null;
              fields: string[];
              ip: string | null;
              userAgent: string | null;
              at: string;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiAuditExport.csv': {
    parameters: {
      query?: {
        model?: string;
        action?: string;
        recordId?: string;
        actorId?: string;
        from?: string;
        to?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  'getApiImportKindTemplate.csv': {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        kind: 'students' | 'guardians' | 'teachers';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV header */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiImportKind: {
    parameters: {
      query?: {
        mode?: 'add' | 'update';
        dryRun?: 'true' | 'false';
        mapping?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        kind: 'students' | 'guardians' | 'teachers';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description What was (or would be) done, and every problem with its line and field */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'students' | 'guardians' | 'teachers';
            /** @enum {string} */
            mode: 'add' | 'update';
            dryRun: boolean;
            rows: number;
            valid: boolean;
            errors: {
              line: number | null;
              field: string | null;
              reason: string;
              message: string;
            }[];
            created: number;
            updated: number;
            guardiansCreated: number;
            /**
             * @description How the uploaded bytes were read: a byte-order mark, valid UTF-8, the declared charset, or the detected legacy code page
             * @enum {string}
             */
            encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' | 'ISO-8859-1' | 'windows-1256' | 'windows-1251';
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSettingsMessaging: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sender settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            senderName: string | null;
            replyTo: string | null;
            fromAddress: string | null;
            ownSmtp: boolean;
            smtpHost: string | null;
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiSettingsMessaging: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          senderName?: string;
          replyTo?: string;
          fromAddress?: string;
          ownSmtp: boolean;
          smtpUrl?: string;
        };
      };
    };
    responses: {
      /** @description Sender settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            senderName: string | null;
            replyTo: string | null;
            fromAddress: string | null;
            ownSmtp: boolean;
            smtpHost: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            subdomain: string;
            schoolConfig: {
              [key: string]: unknown;
            };
            theme: {
              primaryColor: string;
              secondaryColor: string;
              fontFamily: string;
              logoUrl?: string;
            };
            features: {
              [key: string]: boolean;
            };
            staffAccess: (
              'academic' | 'people' | 'enrolment' | 'timetable' | 'attendance' | 'gradebook' | 'fees' | 'communication' | 'reports'
            )[];
            plan: string;
            limits: {
              maxStudents: number;
              maxTeachers: number;
              maxStorageMb: number;
              requestsPerMinute: number;
            };
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          schoolConfig?: {
            name?: string;
            shortName?: string;
            address?: string;
            contact?: {
              email?: string;
              phone?: string;
              /** Format: uri */
              website?: string;
            };
            /** Format: uri */
            logo?: string;
            motto?: string;
            organization?: string;
            currency?: string;
            timeZone?: string;
            country?: string;
            /** @enum {string} */
            language?: 'en' | 'fr' | 'ar' | 'es';
            locale?: string | null;
            weekStart?: number | null;
          };
          theme?: {
            primaryColor?: string;
            secondaryColor?: string;
            fontFamily?: string;
            logoUrl?: string;
          };
          staffAccess?: (
            'academic' | 'people' | 'enrolment' | 'timetable' | 'attendance' | 'gradebook' | 'fees' | 'communication' | 'reports'
          )[];
        };
      };
    };
    responses: {
      /** @description Settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            subdomain: string;
            schoolConfig: {
              [key: string]: unknown;
            };
            theme: {
              primaryColor: string;
              secondaryColor: string;
              fontFamily: string;
              logoUrl?: string;
            };
            features: {
              [key: string]: boolean;
            };
            staffAccess: (
              'academic' | 'people' | 'enrolment' | 'timetable' | 'attendance' | 'gradebook' | 'fees' | 'communication' | 'reports'
            )[];
            plan: string;
            limits: {
              maxStudents: number;
              maxTeachers: number;
              maxStorageMb: number;
              requestsPerMinute: number;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSettingsDomain: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The school’s custom domain: verified, and pending with the TXT record to publish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The verified custom domain: it routes to the school */
            domain: string | null;
            /** @description A requested domain waiting for its TXT record */
            pending: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSettingsDomain: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          domain: string;
        };
      };
    };
    responses: {
      /** @description The school’s custom domain: verified, and pending with the TXT record to publish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The verified custom domain: it routes to the school */
            domain: string | null;
            /** @description A requested domain waiting for its TXT record */
            pending: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiSettingsDomain: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The school’s custom domain: verified, and pending with the TXT record to publish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The verified custom domain: it routes to the school */
            domain: string | null;
            /** @description A requested domain waiting for its TXT record */
            pending: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSettingsDomainVerify: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The school’s custom domain: verified, and pending with the TXT record to publish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The verified custom domain: it routes to the school */
            domain: string | null;
            /** @description A requested domain waiting for its TXT record */
            pending: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFiles: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        kind?: 'logo' | 'photo' | 'document';
        studentId?: string;
        sort?: 'createdAt' | '-createdAt' | 'name' | '-name' | 'size' | '-size';
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of files */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              /** @enum {string} */
              kind: 'logo' | 'photo' | 'document';
              name: string;
              contentType: string;
              size: number;
              studentId: string | null;
              url: string;
              createdAt: string | null;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiFiles: {
    parameters: {
      query: {
        kind: 'logo' | 'photo' | 'document';
        name: string;
        studentId?: string;
      };
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'image/png': string;
        'image/jpeg': string;
        'image/webp': string;
        'application/pdf': string;
      };
    };
    responses: {
      /** @description The stored file */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'logo' | 'photo' | 'document';
            name: string;
            contentType: string;
            size: number;
            studentId: string | null;
            url: string;
            createdAt: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFilesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'logo' | 'photo' | 'document';
            name: string;
            contentType: string;
            size: number;
            studentId: string | null;
            url: string;
            createdAt: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiFilesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Your role may not do this, or the school is inactive */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFilesIdContent: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, in its own media type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiFilesIdPublic: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The logo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/*': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiMeMessagePreferences: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description My message preferences */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            categories: {
              absence: {
                email: boolean;
                sms: boolean;
              };
              fees: {
                email: boolean;
                sms: boolean;
              };
              results: {
                email: boolean;
                sms: boolean;
              };
              announcements: {
                email: boolean;
                sms: boolean;
              };
            };
            quietHours: {
              start: string;
              end: string;
            } | null;
            timeZone: string;
            smsAvailable: boolean;
          };
        };
      };
      /** @description No school named, or address and header disagree */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putApiMeMessagePreferences: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          categories?: {
            absence?: {
              email?: boolean;
              sms?: boolean;
            };
            fees?: {
              email?: boolean;
              sms?: boolean;
            };
            results?: {
              email?: boolean;
              sms?: boolean;
            };
            announcements?: {
              email?: boolean;
              sms?: boolean;
            };
          };
          quietHours?: {
            start: string;
            end: string;
          } | null;
        };
      };
    };
    responses: {
      /** @description My message preferences */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            categories: {
              absence: {
                email: boolean;
                sms: boolean;
              };
              fees: {
                email: boolean;
                sms: boolean;
              };
              results: {
                email: boolean;
                sms: boolean;
              };
              announcements: {
                email: boolean;
                sms: boolean;
              };
            };
            quietHours: {
              start: string;
              end: string;
            } | null;
            timeZone: string;
            smsAvailable: boolean;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description School inactive, token of another school, role or feature not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiPublicSmsStatusMessageId: {
    parameters: {
      query?: never;
      header?: {
        /** @description The school's subdomain or id (not needed when the address names the school) */
        'X-Tenant-ID'?: string;
      };
      path: {
        messageId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': string;
        'application/json': string;
      };
    };
    responses: {
      /** @description The message’s state after the report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            state: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'bounced' | 'dead' | 'cancelled' | 'suppressed';
            changed: boolean;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed by the configured SMS provider */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unknown school, or a record not in this school */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSuperadminAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Platform access token (and refresh token) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessToken: string;
            expiresIn: number;
            user: {
              id: string;
              name: string;
              email: string;
            };
            refreshToken?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many sign-in attempts (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSuperadminAuthRefresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          refreshToken?: string;
        };
      };
    };
    responses: {
      /** @description New tokens */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accessToken: string;
            expiresIn: number;
            user: {
              id: string;
              name: string;
              email: string;
            };
            refreshToken?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Refresh token missing, invalid, expired, reused or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Cross-site request (CSRF_REFUSED) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSuperadminAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          refreshToken?: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Cross-site request (CSRF_REFUSED) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminAuthMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminTenants: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        status?: 'provisioning' | 'trial' | 'active' | 'suspended' | 'deleted';
        plan?: 'basic' | 'standard' | 'premium';
        search?: string;
        sort?: 'name' | '-name' | 'createdAt' | '-createdAt' | 'subdomain' | '-subdomain';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of schools */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              subdomain: string;
              customDomain: string | null;
              /** @enum {string} */
              status: 'provisioning' | 'trial' | 'active' | 'suspended' | 'deleted';
              active: boolean;
              statusReason: string | null;
              purgeAt: string | null;
              trialEndsAt: string | null;
              /** @description A requested domain waiting for its TXT record */
              pendingDomain?: {
                domain: string;
                record: {
                  /** @constant */
                  type: 'TXT';
                  name: string;
                  value: string;
                };
                requestedAt: string;
              } | null;
              schoolConfig: {
                [key: string]: unknown;
              };
              databaseConfig: {
                databaseName: string;
                dedicated: boolean;
              };
              features: {
                [key: string]: boolean;
              };
              theme: {
                [key: string]: unknown;
              };
              subscription: {
                [key: string]: unknown;
              };
              limits: {
                maxStudents: number;
                maxTeachers: number;
                maxStorageMb: number;
                requestsPerMinute: number;
              };
              createdAt?: string;
              updatedAt?: string;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSuperadminTenants: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          subdomain: string;
          customDomain?: string;
          /**
           * @default basic
           * @enum {string}
           */
          plan?: 'basic' | 'standard' | 'premium';
          /**
           * @default active
           * @enum {string}
           */
          status?: 'trial' | 'active';
          features?: {
            financialManagement?: boolean;
            smsNotifications?: boolean;
            advancedReporting?: boolean;
            parentPortal?: boolean;
            onlineExams?: boolean;
            library?: boolean;
            transport?: boolean;
          };
          theme?: {
            primaryColor?: string;
            secondaryColor?: string;
            fontFamily?: string;
            logoUrl?: string;
          };
          schoolConfig?: {
            name?: string;
            shortName?: string;
            address?: string;
            contact?: {
              email?: string;
              phone?: string;
              /** Format: uri */
              website?: string;
            };
            /** Format: uri */
            logo?: string;
            motto?: string;
            organization?: string;
            currency?: string;
            timeZone?: string;
            country?: string;
            /** @enum {string} */
            language?: 'en' | 'fr' | 'ar' | 'es';
            locale?: string | null;
            weekStart?: number | null;
          };
          limits?: {
            maxStudents?: number;
            maxTeachers?: number;
            maxStorageMb?: number;
            requestsPerMinute?: number;
          };
          /** @description The first admin: with a password, a welcome email is sent; without one, an invitation to choose it */
          admin: {
            name: string;
            email: string;
            password?: string;
          };
        };
      };
    };
    responses: {
      /** @description The new school (and, for a first admin created without a password, the invitation link: a fallback, it is emailed) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            subdomain: string;
            customDomain: string | null;
            /** @enum {string} */
            status: 'provisioning' | 'trial' | 'active' | 'suspended' | 'deleted';
            active: boolean;
            statusReason: string | null;
            purgeAt: string | null;
            trialEndsAt: string | null;
            /** @description A requested domain waiting for its TXT record */
            pendingDomain?: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
            schoolConfig: {
              [key: string]: unknown;
            };
            databaseConfig: {
              databaseName: string;
              dedicated: boolean;
            };
            features: {
              [key: string]: boolean;
            };
            theme: {
              [key: string]: unknown;
            };
            subscription: {
              [key: string]: unknown;
            };
            limits: {
              maxStudents: number;
              maxTeachers: number;
              maxStorageMb: number;
              requestsPerMinute: number;
            };
            createdAt?: string;
            updatedAt?: string;
            adminInvitationUrl?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminSubdomainsSubdomain: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subdomain: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Availability */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            subdomain: string;
            available: boolean;
            reason: string | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminTenantsId: {
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
      /** @description The school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            subdomain: string;
            customDomain: string | null;
            /** @enum {string} */
            status: 'provisioning' | 'trial' | 'active' | 'suspended' | 'deleted';
            active: boolean;
            statusReason: string | null;
            purgeAt: string | null;
            trialEndsAt: string | null;
            /** @description A requested domain waiting for its TXT record */
            pendingDomain?: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
            schoolConfig: {
              [key: string]: unknown;
            };
            databaseConfig: {
              databaseName: string;
              dedicated: boolean;
            };
            features: {
              [key: string]: boolean;
            };
            theme: {
              [key: string]: unknown;
            };
            subscription: {
              [key: string]: unknown;
            };
            limits: {
              maxStudents: number;
              maxTeachers: number;
              maxStorageMb: number;
              requestsPerMinute: number;
            };
            createdAt?: string;
            updatedAt?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiSuperadminTenantsId: {
    parameters: {
      query?: {
        reason?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            subdomain: string;
            customDomain: string | null;
            /** @enum {string} */
            status: 'provisioning' | 'trial' | 'active' | 'suspended' | 'deleted';
            active: boolean;
            statusReason: string | null;
            purgeAt: string | null;
            trialEndsAt: string | null;
            /** @description A requested domain waiting for its TXT record */
            pendingDomain?: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
            schoolConfig: {
              [key: string]: unknown;
            };
            databaseConfig: {
              databaseName: string;
              dedicated: boolean;
            };
            features: {
              [key: string]: boolean;
            };
            theme: {
              [key: string]: unknown;
            };
            subscription: {
              [key: string]: unknown;
            };
            limits: {
              maxStudents: number;
              maxTeachers: number;
              maxStorageMb: number;
              requestsPerMinute: number;
            };
            createdAt?: string;
            updatedAt?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchApiSuperadminTenantsId: {
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
        'application/json': {
          name?: string;
          customDomain?: string | null;
          features?: {
            financialManagement?: boolean;
            smsNotifications?: boolean;
            advancedReporting?: boolean;
            parentPortal?: boolean;
            onlineExams?: boolean;
            library?: boolean;
            transport?: boolean;
          };
          theme?: {
            primaryColor?: string;
            secondaryColor?: string;
            fontFamily?: string;
            logoUrl?: string;
          };
          schoolConfig?: {
            name?: string;
            shortName?: string;
            address?: string;
            contact?: {
              email?: string;
              phone?: string;
              /** Format: uri */
              website?: string;
            };
            /** Format: uri */
            logo?: string;
            motto?: string;
            organization?: string;
            currency?: string;
            timeZone?: string;
            country?: string;
            /** @enum {string} */
            language?: 'en' | 'fr' | 'ar' | 'es';
            locale?: string | null;
            weekStart?: number | null;
          };
          limits?: {
            maxStudents?: number;
            maxTeachers?: number;
            maxStorageMb?: number;
            requestsPerMinute?: number;
          };
          subscription?: {
            /** @enum {string} */
            plan?: 'basic' | 'standard' | 'premium';
            /** @enum {string} */
            status?: 'active' | 'past_due' | 'cancelled';
            startDate?: unknown;
            endDate?: unknown;
          };
          trialEndsAt?: unknown;
        };
      };
    };
    responses: {
      /** @description The school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            subdomain: string;
            customDomain: string | null;
            /** @enum {string} */
            status: 'provisioning' | 'trial' | 'active' | 'suspended' | 'deleted';
            active: boolean;
            statusReason: string | null;
            purgeAt: string | null;
            trialEndsAt: string | null;
            /** @description A requested domain waiting for its TXT record */
            pendingDomain?: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
            schoolConfig: {
              [key: string]: unknown;
            };
            databaseConfig: {
              databaseName: string;
              dedicated: boolean;
            };
            features: {
              [key: string]: boolean;
            };
            theme: {
              [key: string]: unknown;
            };
            subscription: {
              [key: string]: unknown;
            };
            limits: {
              maxStudents: number;
              maxTeachers: number;
              maxStorageMb: number;
              requestsPerMinute: number;
            };
            createdAt?: string;
            updatedAt?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminMessages: {
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
      /** @description Queue and schools */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            queue: {
              /** @description Schools with messages to send */
              schools: number;
              depth: number;
              failing: number;
              oldestDueAt: string | null;
            };
            /** @description First day (UTC) of the 7-day window */
            since: string;
            totals: {
              email: {
                sent: number;
                delivered: number;
                failed: number;
                bounced: number;
                dead: number;
              };
              sms: {
                sent: number;
                delivered: number;
                failed: number;
                bounced: number;
                dead: number;
                segments: number;
              };
            };
            /** @description Schools in the queue or with messages in the window, most failures first */
            schools: {
              tenantId: string;
              name: string;
              subdomain: string;
              queue: {
                /** @description Messages waiting after the worker last looked at the school */
                depth: number;
                /** @description Of them, waiting for a retry after a failure */
                failing: number;
                dueAt: string | null;
                /** @description Set while a worker holds the school */
                heldUntil: string | null;
              } | null;
              last7Days: {
                email: {
                  sent: number;
                  delivered: number;
                  failed: number;
                  bounced: number;
                  dead: number;
                };
                sms: {
                  sent: number;
                  delivered: number;
                  failed: number;
                  bounced: number;
                  dead: number;
                  segments: number;
                };
              };
              failures: number;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminTenantsIdMessages: {
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
      /** @description The school's messaging */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            tenantId: string;
            queue: {
              /** @description Messages waiting after the worker last looked at the school */
              depth: number;
              /** @description Of them, waiting for a retry after a failure */
              failing: number;
              dueAt: string | null;
              /** @description Set while a worker holds the school */
              heldUntil: string | null;
            } | null;
            /** @description 30 days (UTC), oldest first */
            byDay: {
              day: string;
              email: {
                sent: number;
                delivered: number;
                failed: number;
                bounced: number;
                dead: number;
              };
              sms: {
                sent: number;
                delivered: number;
                failed: number;
                bounced: number;
                dead: number;
                segments: number;
              };
            }[];
            /** @description The school's own outbox: messages of the last 7 days by channel and state */
            outbox: {
              /** @description Start of the window (7 days back from now) */
              since: string;
              total: number;
              byChannel: {
                email: {
                  [key: string]: number;
                };
                sms: {
                  [key: string]: number;
                };
              };
              problems: number;
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminTenantsIdDomain: {
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
      /** @description The school’s custom domain: verified, and pending with the TXT record to publish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The verified custom domain: it routes to the school */
            domain: string | null;
            /** @description A requested domain waiting for its TXT record */
            pending: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSuperadminTenantsIdDomain: {
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
        'application/json': {
          domain: string;
        };
      };
    };
    responses: {
      /** @description The school’s custom domain: verified, and pending with the TXT record to publish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The verified custom domain: it routes to the school */
            domain: string | null;
            /** @description A requested domain waiting for its TXT record */
            pending: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteApiSuperadminTenantsIdDomain: {
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
      /** @description The school’s custom domain: verified, and pending with the TXT record to publish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The verified custom domain: it routes to the school */
            domain: string | null;
            /** @description A requested domain waiting for its TXT record */
            pending: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSuperadminTenantsIdDomainVerify: {
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
      /** @description The school’s custom domain: verified, and pending with the TXT record to publish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The verified custom domain: it routes to the school */
            domain: string | null;
            /** @description A requested domain waiting for its TXT record */
            pending: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminTenantsIdStatusHistory: {
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
      /** @description Status changes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              from: string;
              to: string;
              actor: string;
              reason: string | null;
              at: string;
            }[];
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminTenantsIdExport: {
    parameters: {
      query?: {
        withSecrets?: 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The archive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/gzip': string;
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminTenantsIdUsage: {
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
      /** @description Usage */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            tenantId: string;
            limits: {
              maxStudents: number;
              maxTeachers: number;
              maxStorageMb: number;
              requestsPerMinute: number;
            };
            /** @description Enrolled students (what the student limit counts) */
            students: number;
            /** @description Teachers who have not left (what the teacher limit counts) */
            teachers: number;
            users: number;
            /** @description Accounts signed in today (UTC): a sign-in, or a request with a session */
            activeUsersToday: number;
            /** @description Accounts signed in per day (a sign-in, or a request with a session; each account once a day), UTC, 30 days, oldest first */
            signedIn: {
              day: string;
              accounts: number;
            }[];
            /** @description Data and indexes of the school database, and its uploaded files */
            storageBytes: number;
            requests: {
              last30Days: number;
              byDay: {
                day: string;
                requests: number;
              }[];
            };
            /** @description Daily snapshots written by the lifecycle job, oldest first (30 days) */
            history: {
              day: string;
              students: number;
              teachers: number;
              users: number;
              activeUsers: number;
              storageBytes: number;
              requests: number;
            }[];
            /** @description Emails and SMS accepted by the next hop, and SMS segments billed, per day (UTC, 30 days, oldest first) */
            messages: {
              last30Days: {
                emails: number;
                sms: number;
                smsSegments: number;
              };
              byDay: {
                day: string;
                emails: number;
                sms: number;
                smsSegments: number;
              }[];
            };
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Plans */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** @enum {string} */
              plan: 'basic' | 'standard' | 'premium';
              limits: {
                maxStudents: number;
                maxTeachers: number;
                maxStorageMb: number;
                requestsPerMinute: number;
              };
              features: string[];
            }[];
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminOverview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Overview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            schools: number;
            byStatus: {
              [key: string]: number;
            };
            growth: {
              month: string;
              created: number;
              total: number;
            }[];
            busiest: {
              tenantId: string;
              name: string;
              subdomain: string;
              requests: number;
            }[];
          };
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSuperadminTenantsIdSuspend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            subdomain: string;
            customDomain: string | null;
            /** @enum {string} */
            status: 'provisioning' | 'trial' | 'active' | 'suspended' | 'deleted';
            active: boolean;
            statusReason: string | null;
            purgeAt: string | null;
            trialEndsAt: string | null;
            /** @description A requested domain waiting for its TXT record */
            pendingDomain?: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
            schoolConfig: {
              [key: string]: unknown;
            };
            databaseConfig: {
              databaseName: string;
              dedicated: boolean;
            };
            features: {
              [key: string]: boolean;
            };
            theme: {
              [key: string]: unknown;
            };
            subscription: {
              [key: string]: unknown;
            };
            limits: {
              maxStudents: number;
              maxTeachers: number;
              maxStorageMb: number;
              requestsPerMinute: number;
            };
            createdAt?: string;
            updatedAt?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiSuperadminTenantsIdActivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The school */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            subdomain: string;
            customDomain: string | null;
            /** @enum {string} */
            status: 'provisioning' | 'trial' | 'active' | 'suspended' | 'deleted';
            active: boolean;
            statusReason: string | null;
            purgeAt: string | null;
            trialEndsAt: string | null;
            /** @description A requested domain waiting for its TXT record */
            pendingDomain?: {
              domain: string;
              record: {
                /** @constant */
                type: 'TXT';
                name: string;
                value: string;
              };
              requestedAt: string;
            } | null;
            schoolConfig: {
              [key: string]: unknown;
            };
            databaseConfig: {
              databaseName: string;
              dedicated: boolean;
            };
            features: {
              [key: string]: boolean;
            };
            theme: {
              [key: string]: unknown;
            };
            subscription: {
              [key: string]: unknown;
            };
            limits: {
              maxStudents: number;
              maxTeachers: number;
              maxStorageMb: number;
              requestsPerMinute: number;
            };
            createdAt?: string;
            updatedAt?: string;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with existing data, or the record is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body in a media type this operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiSuperadminAudit: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        tenantId?: string;
        action?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of audit entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              actorEmail: string;
              action: string;
              tenantId: string | null;
              details: unknown;
              ip: string | null;
              at: string;
            }[];
            page: number;
            limit: number;
            total: number;
            totalPages: number;
          };
        };
      };
      /** @description Invalid request (details per field) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Missing, invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A rate limit: per address, per user, or the school's requests per minute (Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Request line or headers too large */
      431: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
