/**
 * Generated from the server's OpenAPI document by scripts/generateApiTypes.ts: do not edit.
 * Regenerate with `npm run api:generate` after changing a route's schema.
 */

export interface paths {
    "/api/access-log/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who accessed my data: every read of my record by someone else */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                at: string;
                                dataClass: string;
                                id: string;
                                reason: string | null;
                                resource: string;
                                viewer: {
                                    displayName: string;
                                    jobTitle: string;
                                } | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                action: string;
                                actorAccountId: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                seq: number;
                                targetId: string;
                                targetType: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seal the events recorded so far, then recompute the audit hash chain */
        get: {
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
                        "application/json": {
                            brokenAt: number | null;
                            brokenSeq: number | null;
                            checked: number;
                            head: {
                                chainPos: number;
                                hash: string;
                            } | null;
                            ok: boolean;
                            reason: ("altered" | "missing" | "relinked" | "unauthorised_redaction") | null;
                            redacted: number;
                            unsealed: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scheduled backups: the newest archive, whether the schedule keeps up, the last failure */
        get: {
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
                        "application/json": {
                            everyHours: number | null;
                            keep: number | null;
                            last: {
                                ageHours: number;
                                at: string;
                            } | null;
                            lastFailure: {
                                at: string;
                                error: string | null;
                            } | null;
                            overdue: boolean;
                            scheduled: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a failed job again, with a fresh set of attempts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: string;
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
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            state: "queued";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's background jobs that failed after their last attempt, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                attempts: number;
                                createdAt: string;
                                failedAt: string | null;
                                id: string;
                                lastError: string | null;
                                name: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails sent (or, without SMTP, recorded), newest first; content only of directory and system mail */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                createdAt: string;
                                dataClass: string;
                                id: string;
                                kind: string;
                                sentAt: string | null;
                                subject: string | null;
                                text: string | null;
                                to: string | null;
                                /** @enum {string} */
                                transport: "smtp" | "outbox";
                                /** @enum {string} */
                                view: "content" | "recipient" | "metadata";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisation settings (org admin) */
        get: {
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
                        "application/json": {
                            allowIncompleteCalibrationSignOff?: boolean;
                            /** @enum {string} */
                            compOverBudgetPolicy?: "warn" | "block";
                            compPromotionMinIncreasePct?: string;
                            /** @enum {string} */
                            defaultLocale: "en" | "de";
                            defaultTimezone: string;
                            name: string;
                            pipMinimumDurationDays?: number;
                            pipPriorFeedbackMonths?: number;
                            pipRequirePriorFeedback?: boolean;
                            showBandPlacementToEmployees?: boolean;
                        };
                    };
                };
            };
        };
        /** Change organisation settings (org admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowIncompleteCalibrationSignOff?: boolean;
                        /** @enum {string} */
                        compOverBudgetPolicy?: "warn" | "block";
                        compPromotionMinIncreasePct?: string;
                        /** @enum {string} */
                        defaultLocale: "en" | "de";
                        defaultTimezone: string;
                        name: string;
                        pipMinimumDurationDays?: number;
                        pipPriorFeedbackMonths?: number;
                        pipRequirePriorFeedback?: boolean;
                        showBandPlacementToEmployees?: boolean;
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
                        "application/json": {
                            allowIncompleteCalibrationSignOff?: boolean;
                            /** @enum {string} */
                            compOverBudgetPolicy?: "warn" | "block";
                            compPromotionMinIncreasePct?: string;
                            /** @enum {string} */
                            defaultLocale: "en" | "de";
                            defaultTimezone: string;
                            name: string;
                            pipMinimumDurationDays?: number;
                            pipPriorFeedbackMonths?: number;
                            pipRequirePriorFeedback?: boolean;
                            showBandPlacementToEmployees?: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password from an invitation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
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
                        "application/json": {
                            account: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "de";
                                roles: ("hr_admin" | "approver" | "coach" | "org_admin")[];
                            };
                            csrfToken: string;
                            isManager: boolean;
                            isSkipLevelManager: boolean;
                            navigation: ("home" | "performance" | "growth" | "team" | "insights" | "admin")[];
                            organization: {
                                id: string;
                                name: string;
                            };
                            person: {
                                departmentName: string | null;
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of this account */
        post: {
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account, its person and navigation */
        get: {
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
                        "application/json": {
                            account: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "de";
                                roles: ("hr_admin" | "approver" | "coach" | "org_admin")[];
                            };
                            csrfToken: string;
                            isManager: boolean;
                            isSkipLevelManager: boolean;
                            navigation: ("home" | "performance" | "growth" | "team" | "insights" | "admin")[];
                            organization: {
                                id: string;
                                name: string;
                            };
                            person: {
                                departmentName: string | null;
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change own preferences (language) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale: "en" | "de";
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
                        "application/json": {
                            account: {
                                email: string;
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "de";
                                roles: ("hr_admin" | "approver" | "coach" | "org_admin")[];
                            };
                            csrfToken: string;
                            isManager: boolean;
                            isSkipLevelManager: boolean;
                            navigation: ("home" | "performance" | "growth" | "team" | "insights" | "admin")[];
                            organization: {
                                id: string;
                                name: string;
                            };
                            person: {
                                departmentName: string | null;
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password reset link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/approver-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People with the approver role (HR) */
        get: {
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
                        "application/json": {
                            items: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Launched cycles with how many reviews are ready for calibration (HR) */
        get: {
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
                        "application/json": {
                            items: {
                                id: string;
                                inSessionCount: number;
                                name: string;
                                notReadyCount: number;
                                periodEnd: string;
                                periodStart: string;
                                ratingLabels: string[];
                                readyCount: number;
                                status: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/cycles/{cycleId}/acknowledgments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Release and acknowledgment status of a cycle’s reviews (HR) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sessionId?: string;
                };
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            items: {
                                acknowledgedAt: string | null;
                                commented: boolean;
                                department: {
                                    id: string;
                                    name: string;
                                } | null;
                                manager: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                person: {
                                    displayName: string;
                                    id: string;
                                };
                                releasedAt: string | null;
                                reviewId: string;
                                /** @enum {string} */
                                state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                            }[];
                            page: number;
                            pageSize: number;
                            summary: {
                                acknowledged: number;
                                calibrated: number;
                                other: number;
                                released: number;
                            };
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calibration sessions (HR: all; approvers: theirs) */
        get: {
            parameters: {
                query?: {
                    cycleId?: string;
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                approverCount: number;
                                createdAt: string;
                                cycle: {
                                    id: string;
                                    name: string;
                                };
                                id: string;
                                lockedAt: string | null;
                                name: string;
                                reviewCount: number;
                                signedOffCount: number;
                                /** @enum {string} */
                                state: "open" | "locked";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a calibration session over part of a cycle (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approverIds: string[];
                        /** Format: uuid */
                        cycleId: string;
                        /** @default [] */
                        departmentIds?: string[];
                        /** @default null */
                        guideline?: number[] | null;
                        /** @default false */
                        guidelineRequired?: boolean;
                        /** @default 0.5 */
                        leniencyThreshold?: number;
                        /** @default [] */
                        levelIds?: string[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admitted: number;
                            session: {
                                abilities: {
                                    admit: boolean;
                                    move: boolean;
                                    signOff: boolean;
                                };
                                approverCount: number;
                                approvers: {
                                    comment: string | null;
                                    displayName: string;
                                    id: string;
                                    signedOffAt: string | null;
                                }[];
                                createdAt: string;
                                cycle: {
                                    id: string;
                                    name: string;
                                };
                                facilitator: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                guideline: number[] | null;
                                guidelineRequired: boolean;
                                guidelineTolerance: number;
                                id: string;
                                incompleteSignOffAllowed: boolean;
                                leniencyThreshold: number;
                                lockedAt: string | null;
                                name: string;
                                notReadyCount: number;
                                population: {
                                    departments: {
                                        id: string;
                                        name: string;
                                    }[];
                                    levels: {
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                populationCount: number;
                                ratingLabels: string[];
                                readyCount: number;
                                reviewCount: number;
                                signedOffCount: number;
                                /** @enum {string} */
                                state: "open" | "locked";
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calibration session with the caller’s abilities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
                        "application/json": {
                            abilities: {
                                admit: boolean;
                                move: boolean;
                                signOff: boolean;
                            };
                            approverCount: number;
                            approvers: {
                                comment: string | null;
                                displayName: string;
                                id: string;
                                signedOffAt: string | null;
                            }[];
                            createdAt: string;
                            cycle: {
                                id: string;
                                name: string;
                            };
                            facilitator: {
                                displayName: string;
                                id: string;
                            } | null;
                            guideline: number[] | null;
                            guidelineRequired: boolean;
                            guidelineTolerance: number;
                            id: string;
                            incompleteSignOffAllowed: boolean;
                            leniencyThreshold: number;
                            lockedAt: string | null;
                            name: string;
                            notReadyCount: number;
                            population: {
                                departments: {
                                    id: string;
                                    name: string;
                                }[];
                                levels: {
                                    id: string;
                                    name: string;
                                }[];
                            };
                            populationCount: number;
                            ratingLabels: string[];
                            readyCount: number;
                            reviewCount: number;
                            signedOffCount: number;
                            /** @enum {string} */
                            state: "open" | "locked";
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/sessions/{sessionId}/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring in reviews that became ready (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
                        "application/json": {
                            admitted: number;
                            session: {
                                abilities: {
                                    admit: boolean;
                                    move: boolean;
                                    signOff: boolean;
                                };
                                approverCount: number;
                                approvers: {
                                    comment: string | null;
                                    displayName: string;
                                    id: string;
                                    signedOffAt: string | null;
                                }[];
                                createdAt: string;
                                cycle: {
                                    id: string;
                                    name: string;
                                };
                                facilitator: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                guideline: number[] | null;
                                guidelineRequired: boolean;
                                guidelineTolerance: number;
                                id: string;
                                incompleteSignOffAllowed: boolean;
                                leniencyThreshold: number;
                                lockedAt: string | null;
                                name: string;
                                notReadyCount: number;
                                population: {
                                    departments: {
                                        id: string;
                                        name: string;
                                    }[];
                                    levels: {
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                populationCount: number;
                                ratingLabels: string[];
                                readyCount: number;
                                reviewCount: number;
                                signedOffCount: number;
                                /** @enum {string} */
                                state: "open" | "locked";
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/sessions/{sessionId}/grid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The grid: every person by rating, the distribution and manager leniency */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
                        "application/json": {
                            cards: {
                                calibratedRating: number;
                                department: {
                                    id: string;
                                    name: string;
                                } | null;
                                manager: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                moved: boolean;
                                overallScore: number | null;
                                person: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                proposedRating: number;
                                reviewId: string;
                                version: number;
                            }[];
                            distribution: {
                                count: number;
                                deviation: number | null;
                                guideline: number | null;
                                label: string;
                                rating: number;
                                share: number;
                            }[];
                            leniency: {
                                count: number;
                                delta: number;
                                flag: ("lenient" | "severe") | null;
                                manager: {
                                    displayName: string;
                                    id: string;
                                };
                                meanProposed: number;
                                tooFew: boolean;
                            }[];
                            maxDeviation: number | null;
                            meanCalibrated: number | null;
                            meanProposed: number | null;
                            ratingLabels: string[];
                            sessionId: string;
                            sessionVersion: number;
                            withinGuideline: boolean | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/sessions/{sessionId}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rating moves of a session, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    sessionId: string;
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
                        "application/json": {
                            items: {
                                fromRating: number | null;
                                id: string;
                                movedAt: string;
                                movedBy: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                person: {
                                    displayName: string;
                                    id: string;
                                };
                                rationale: string;
                                reviewId: string;
                                toRating: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Move a person’s rating, with a written rationale (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rationale?: string;
                        /** Format: uuid */
                        reviewId: string;
                        toRating: number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            card: {
                                calibratedRating: number;
                                department: {
                                    id: string;
                                    name: string;
                                } | null;
                                manager: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                moved: boolean;
                                overallScore: number | null;
                                person: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                proposedRating: number;
                                reviewId: string;
                                version: number;
                            };
                            move: {
                                fromRating: number | null;
                                id: string;
                                movedAt: string;
                                movedBy: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                person: {
                                    displayName: string;
                                    id: string;
                                };
                                rationale: string;
                                reviewId: string;
                                toRating: number;
                            };
                            sessionVersion: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calibration/sessions/{sessionId}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign off a session (assigned approvers); the last locks it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acknowledgeIncomplete?: boolean;
                        comment?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                admit: boolean;
                                move: boolean;
                                signOff: boolean;
                            };
                            approverCount: number;
                            approvers: {
                                comment: string | null;
                                displayName: string;
                                id: string;
                                signedOffAt: string | null;
                            }[];
                            createdAt: string;
                            cycle: {
                                id: string;
                                name: string;
                            };
                            facilitator: {
                                displayName: string;
                                id: string;
                            } | null;
                            guideline: number[] | null;
                            guidelineRequired: boolean;
                            guidelineTolerance: number;
                            id: string;
                            incompleteSignOffAllowed: boolean;
                            leniencyThreshold: number;
                            lockedAt: string | null;
                            name: string;
                            notReadyCount: number;
                            population: {
                                departments: {
                                    id: string;
                                    name: string;
                                }[];
                                levels: {
                                    id: string;
                                    name: string;
                                }[];
                            };
                            populationCount: number;
                            ratingLabels: string[];
                            readyCount: number;
                            reviewCount: number;
                            signedOffCount: number;
                            /** @enum {string} */
                            state: "open" | "locked";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments with active headcount */
        get: {
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
                        "application/json": {
                            items: {
                                headcount: number;
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a department (HR admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            headcount: number;
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Erasure requests of the organisation, open ones first (HR admin) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    state?: "requested" | "executed" | "rejected" | "cancelled";
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
                        "application/json": {
                            items: {
                                decidedAt: string | null;
                                decidedBy: {
                                    accountId: string;
                                    displayName: string;
                                } | null;
                                decisionNote: string | null;
                                id: string;
                                personDisplayName: string;
                                personId: string;
                                plan: {
                                    /** @enum {string} */
                                    action: "delete" | "anonymise" | "keep";
                                    dataClass: string;
                                    domain: string;
                                    kind: string;
                                    reason: string;
                                    rows: number;
                                    table: string;
                                }[];
                                reason: string;
                                redactedAuditEvents: number;
                                reference: string;
                                requestedAt: string;
                                requestedBy: {
                                    accountId: string;
                                    displayName: string;
                                } | null;
                                requestedByMe: boolean;
                                retainUntil: string | null;
                                /** @enum {string} */
                                state: "requested" | "executed" | "rejected" | "cancelled";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/erasure-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve an erasure request made by another HR admin: the erasure runs at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/erasure-requests/{requestId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open erasure request: nothing is erased */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/erasure-requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject an erasure request made by another HR admin: nothing is erased */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give feedback or praise to a colleague */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        kind: "feedback" | "praise";
                        /** Format: uuid */
                        recipientId: string;
                        /** @enum {string} */
                        visibility: "recipient_only" | "recipient_and_manager" | "public";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "feedback" | "praise";
                            recipient: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            requestQuestion: string | null;
                            /** @enum {string} */
                            visibility: "recipient_only" | "recipient_and_manager" | "public";
                            writer: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/{feedbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One feedback item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    feedbackId: string;
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
                        "application/json": {
                            body: string;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "feedback" | "praise";
                            recipient: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            requestQuestion: string | null;
                            /** @enum {string} */
                            visibility: "recipient_only" | "recipient_and_manager" | "public";
                            writer: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/given": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback and praise I gave, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                body: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "feedback" | "praise";
                                recipient: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                requestQuestion: string | null;
                                /** @enum {string} */
                                visibility: "recipient_only" | "recipient_and_manager" | "public";
                                writer: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/praise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public praise across the organisation, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                body: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "feedback" | "praise";
                                recipient: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                requestQuestion: string | null;
                                /** @enum {string} */
                                visibility: "recipient_only" | "recipient_and_manager" | "public";
                                writer: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback and praise I received, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                body: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "feedback" | "praise";
                                recipient: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                requestQuestion: string | null;
                                /** @enum {string} */
                                visibility: "recipient_only" | "recipient_and_manager" | "public";
                                writer: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback requests: people asking me (incoming) or what I asked for (outgoing) */
        get: {
            parameters: {
                query?: {
                    direction?: "incoming" | "outgoing";
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "answered" | "declined";
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
                        "application/json": {
                            items: {
                                abilities: {
                                    answer: boolean;
                                    decline: boolean;
                                };
                                createdAt: string;
                                id: string;
                                question: string;
                                requester: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                respondedAt: string | null;
                                responder: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                /** @enum {string} */
                                status: "open" | "answered" | "declined";
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask a colleague for feedback about yourself */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId: string;
                        /** @default  */
                        question?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                answer: boolean;
                                decline: boolean;
                            };
                            createdAt: string;
                            id: string;
                            question: string;
                            requester: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            respondedAt: string | null;
                            responder: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            /** @enum {string} */
                            status: "open" | "answered" | "declined";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a feedback request addressed to me */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /**
                         * @default feedback
                         * @enum {string}
                         */
                        kind?: "feedback" | "praise";
                        version: number;
                        /** @enum {string} */
                        visibility: "recipient_only" | "recipient_and_manager" | "public";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "feedback" | "praise";
                            recipient: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            requestQuestion: string | null;
                            /** @enum {string} */
                            visibility: "recipient_only" | "recipient_and_manager" | "public";
                            writer: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feedback/requests/{requestId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a feedback request addressed to me */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            abilities: {
                                answer: boolean;
                                decline: boolean;
                            };
                            createdAt: string;
                            id: string;
                            question: string;
                            requester: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            respondedAt: string | null;
                            responder: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            /** @enum {string} */
                            status: "open" | "answered" | "declined";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goal-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goal templates (HR and managers) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                abilities: {
                                    assign: boolean;
                                    edit: boolean;
                                };
                                description: string;
                                id: string;
                                keyResults: {
                                    currency: string | null;
                                    /** @enum {string} */
                                    kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                                    startValue: number;
                                    targetValue: number;
                                    title: string;
                                }[];
                                name: string;
                                title: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a goal template (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        keyResults: {
                            currency?: string | null;
                            /** @enum {string} */
                            kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                            startValue: number;
                            targetValue: number;
                            title: string;
                        }[];
                        name: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                assign: boolean;
                                edit: boolean;
                            };
                            description: string;
                            id: string;
                            keyResults: {
                                currency: string | null;
                                /** @enum {string} */
                                kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                                startValue: number;
                                targetValue: number;
                                title: string;
                            }[];
                            name: string;
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goal-templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit a goal template (HR); version-checked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        keyResults: {
                            currency?: string | null;
                            /** @enum {string} */
                            kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                            startValue: number;
                            targetValue: number;
                            title: string;
                        }[];
                        name: string;
                        title: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                assign: boolean;
                                edit: boolean;
                            };
                            description: string;
                            id: string;
                            keyResults: {
                                currency: string | null;
                                /** @enum {string} */
                                kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                                startValue: number;
                                targetValue: number;
                                title: string;
                            }[];
                            name: string;
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goal-templates/{templateId}/assignment-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many people a bulk assignment would reach */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filter: {
                            /** @default [] */
                            departmentIds?: string[];
                            hiredOnOrBefore?: string;
                            jobTitle?: string;
                            /** @default [] */
                            levelIds?: string[];
                            /** Format: uuid */
                            managerId?: string;
                        };
                        periodEnd?: string;
                        periodStart?: string;
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
                        "application/json": {
                            count: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goal-templates/{templateId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a template to everyone matching a filter (managers: their reports only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedCount: number;
                        filter: {
                            /** @default [] */
                            departmentIds?: string[];
                            hiredOnOrBefore?: string;
                            jobTitle?: string;
                            /** @default [] */
                            levelIds?: string[];
                            /** Format: uuid */
                            managerId?: string;
                        };
                        parentId?: string | null;
                        periodEnd: string;
                        periodStart: string;
                        /**
                         * @default public
                         * @enum {string}
                         */
                        visibility?: "public" | "private";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: string;
                            created: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My goals, or my direct reports’ goals */
        get: {
            parameters: {
                query?: {
                    current?: boolean;
                    page?: number;
                    pageSize?: number;
                    scope?: "mine" | "team";
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
                        "application/json": {
                            items: {
                                childCount: number;
                                health: ("on_track" | "at_risk" | "off_track") | null;
                                id: string;
                                /** @enum {string} */
                                level: "company" | "department" | "personal";
                                ownerDepartment: {
                                    id: string;
                                    name: string;
                                } | null;
                                ownerPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                parentId: string | null;
                                periodEnd: string;
                                periodStart: string;
                                progress: number;
                                /** @enum {string} */
                                status: "active" | "completed" | "cancelled";
                                title: string;
                                /** @enum {string} */
                                visibility: "public" | "private";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a goal with key results */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        keyResults: {
                            currency?: string | null;
                            currentValue?: number;
                            /** Format: uuid */
                            id?: string;
                            /** @enum {string} */
                            kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                            startValue: number;
                            targetValue: number;
                            title: string;
                        }[];
                        /** @enum {string} */
                        level: "company" | "department" | "personal";
                        ownerDepartmentId?: string | null;
                        ownerPersonId?: string | null;
                        parentId?: string | null;
                        periodEnd: string;
                        periodStart: string;
                        title: string;
                        /**
                         * @default public
                         * @enum {string}
                         */
                        visibility?: "public" | "private";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addChild: boolean;
                                checkIn: boolean;
                                edit: boolean;
                            };
                            childCount: number;
                            description: string;
                            health: ("on_track" | "at_risk" | "off_track") | null;
                            id: string;
                            keyResults: {
                                currency: string | null;
                                currentValue: number;
                                id: string;
                                /** @enum {string} */
                                kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                                progress: number;
                                startValue: number;
                                targetValue: number;
                                title: string;
                            }[];
                            lastCheckInAt: string | null;
                            /** @enum {string} */
                            level: "company" | "department" | "personal";
                            ownerDepartment: {
                                id: string;
                                name: string;
                            } | null;
                            ownerPerson: {
                                id: string;
                                name: string;
                            } | null;
                            parent: {
                                id: string;
                                title: string;
                            } | null;
                            parentId: string | null;
                            periodEnd: string;
                            periodStart: string;
                            progress: number;
                            /** @enum {string} */
                            status: "active" | "completed" | "cancelled";
                            title: string;
                            version: number;
                            /** @enum {string} */
                            visibility: "public" | "private";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A goal with its key results and the caller’s abilities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
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
                        "application/json": {
                            abilities: {
                                addChild: boolean;
                                checkIn: boolean;
                                edit: boolean;
                            };
                            childCount: number;
                            description: string;
                            health: ("on_track" | "at_risk" | "off_track") | null;
                            id: string;
                            keyResults: {
                                currency: string | null;
                                currentValue: number;
                                id: string;
                                /** @enum {string} */
                                kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                                progress: number;
                                startValue: number;
                                targetValue: number;
                                title: string;
                            }[];
                            lastCheckInAt: string | null;
                            /** @enum {string} */
                            level: "company" | "department" | "personal";
                            ownerDepartment: {
                                id: string;
                                name: string;
                            } | null;
                            ownerPerson: {
                                id: string;
                                name: string;
                            } | null;
                            parent: {
                                id: string;
                                title: string;
                            } | null;
                            parentId: string | null;
                            periodEnd: string;
                            periodStart: string;
                            progress: number;
                            /** @enum {string} */
                            status: "active" | "completed" | "cancelled";
                            title: string;
                            version: number;
                            /** @enum {string} */
                            visibility: "public" | "private";
                        };
                    };
                };
            };
        };
        /** Edit a goal and its key results; version-checked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        keyResults: {
                            currency?: string | null;
                            currentValue?: number;
                            /** Format: uuid */
                            id?: string;
                            /** @enum {string} */
                            kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                            startValue: number;
                            targetValue: number;
                            title: string;
                        }[];
                        parentId?: string | null;
                        periodEnd: string;
                        periodStart: string;
                        /** @enum {string} */
                        status: "active" | "completed" | "cancelled";
                        title: string;
                        version: number;
                        /**
                         * @default public
                         * @enum {string}
                         */
                        visibility?: "public" | "private";
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
                        "application/json": {
                            abilities: {
                                addChild: boolean;
                                checkIn: boolean;
                                edit: boolean;
                            };
                            childCount: number;
                            description: string;
                            health: ("on_track" | "at_risk" | "off_track") | null;
                            id: string;
                            keyResults: {
                                currency: string | null;
                                currentValue: number;
                                id: string;
                                /** @enum {string} */
                                kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                                progress: number;
                                startValue: number;
                                targetValue: number;
                                title: string;
                            }[];
                            lastCheckInAt: string | null;
                            /** @enum {string} */
                            level: "company" | "department" | "personal";
                            ownerDepartment: {
                                id: string;
                                name: string;
                            } | null;
                            ownerPerson: {
                                id: string;
                                name: string;
                            } | null;
                            parent: {
                                id: string;
                                title: string;
                            } | null;
                            parentId: string | null;
                            periodEnd: string;
                            periodStart: string;
                            progress: number;
                            /** @enum {string} */
                            status: "active" | "completed" | "cancelled";
                            title: string;
                            version: number;
                            /** @enum {string} */
                            visibility: "public" | "private";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals/{goalId}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check-in history of a goal, oldest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    goalId: string;
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
                        "application/json": {
                            items: {
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                checkedInAt: string;
                                comment: string;
                                id: string;
                                progress: number;
                                /** @enum {string} */
                                status: "on_track" | "at_risk" | "off_track";
                                values: {
                                    keyResultId: string;
                                    value: number;
                                }[];
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Check in on a goal: status, comment and new key-result values; version-checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        comment?: string;
                        /** @enum {string} */
                        status: "on_track" | "at_risk" | "off_track";
                        values: {
                            /** Format: uuid */
                            keyResultId: string;
                            value: number;
                        }[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addChild: boolean;
                                checkIn: boolean;
                                edit: boolean;
                            };
                            childCount: number;
                            description: string;
                            health: ("on_track" | "at_risk" | "off_track") | null;
                            id: string;
                            keyResults: {
                                currency: string | null;
                                currentValue: number;
                                id: string;
                                /** @enum {string} */
                                kind: "number" | "percent" | "currency" | "boolean" | "milestone";
                                progress: number;
                                startValue: number;
                                targetValue: number;
                                title: string;
                            }[];
                            lastCheckInAt: string | null;
                            /** @enum {string} */
                            level: "company" | "department" | "personal";
                            ownerDepartment: {
                                id: string;
                                name: string;
                            } | null;
                            ownerPerson: {
                                id: string;
                                name: string;
                            } | null;
                            parent: {
                                id: string;
                                title: string;
                            } | null;
                            parentId: string | null;
                            periodEnd: string;
                            periodStart: string;
                            progress: number;
                            /** @enum {string} */
                            status: "active" | "completed" | "cancelled";
                            title: string;
                            version: number;
                            /** @enum {string} */
                            visibility: "public" | "private";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals/{goalId}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One level of the goal tree under a goal (only goals the caller may see) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    goalId: string;
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
                        "application/json": {
                            items: {
                                childCount: number;
                                health: ("on_track" | "at_risk" | "off_track") | null;
                                id: string;
                                /** @enum {string} */
                                level: "company" | "department" | "personal";
                                ownerDepartment: {
                                    id: string;
                                    name: string;
                                } | null;
                                ownerPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                parentId: string | null;
                                periodEnd: string;
                                periodStart: string;
                                progress: number;
                                /** @enum {string} */
                                status: "active" | "completed" | "cancelled";
                                title: string;
                                /** @enum {string} */
                                visibility: "public" | "private";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals/parent-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active company and department goals a new goal may align with */
        get: {
            parameters: {
                query?: {
                    forLevel?: "company" | "department" | "personal";
                    q?: string;
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
                        "application/json": {
                            items: {
                                childCount: number;
                                health: ("on_track" | "at_risk" | "off_track") | null;
                                id: string;
                                /** @enum {string} */
                                level: "company" | "department" | "personal";
                                ownerDepartment: {
                                    id: string;
                                    name: string;
                                } | null;
                                ownerPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                parentId: string | null;
                                periodEnd: string;
                                periodStart: string;
                                progress: number;
                                /** @enum {string} */
                                status: "active" | "completed" | "cancelled";
                                title: string;
                                /** @enum {string} */
                                visibility: "public" | "private";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goals/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Company goals: the roots of the goal tree */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                childCount: number;
                                health: ("on_track" | "at_risk" | "off_track") | null;
                                id: string;
                                /** @enum {string} */
                                level: "company" | "department" | "personal";
                                ownerDepartment: {
                                    id: string;
                                    name: string;
                                } | null;
                                ownerPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                parentId: string | null;
                                periodEnd: string;
                                periodStart: string;
                                progress: number;
                                /** @enum {string} */
                                status: "active" | "completed" | "cancelled";
                                title: string;
                                /** @enum {string} */
                                visibility: "public" | "private";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nominations waiting for my approval as manager */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                deadline: string;
                                id: string;
                                managerNamed: boolean;
                                nominations: {
                                    displayName: string;
                                    /** @enum {string} */
                                    group: "manager" | "peers" | "direct_reports" | "others";
                                    id: string;
                                    jobTitle: string;
                                    /** @enum {string} */
                                    status: "proposed" | "approved" | "rejected";
                                }[];
                                subject: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/coachees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 360 reports of the people I coach */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                createdOn: string;
                                deadline: string;
                                id: string;
                                programName: string;
                                releasedOn: string | null;
                                reportReady: boolean;
                                /** @enum {string} */
                                status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                                subject: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Competencies a new 360 can ask about (the active library) */
        get: {
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
                        "application/json": {
                            description: string;
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HR: leadership-program 360s as counts per state (never any content) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                counts: {
                                    awaiting_approval: number;
                                    closed: number;
                                    collecting: number;
                                    nominating: number;
                                    released: number;
                                };
                                participants: {
                                    requestId: string;
                                    /** @enum {string} */
                                    status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                                    subject: {
                                        displayName: string;
                                        id: string;
                                        jobTitle: string;
                                    };
                                    version: number;
                                }[];
                                programName: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My own 360s, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                createdOn: string;
                                deadline: string;
                                id: string;
                                programName: string;
                                releasedOn: string | null;
                                reportReady: boolean;
                                /** @enum {string} */
                                status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                                subject: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a 360 for myself, or (HR) for someone in a leadership program */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        coachId?: string | null;
                        competencyIds?: string[];
                        deadline: string;
                        /** @default false */
                        managerNamed?: boolean;
                        /** @default  */
                        programName?: string;
                        /** @default false */
                        requireManagerApproval?: boolean;
                        /** Format: uuid */
                        subjectId?: string;
                        /** @default {} */
                        thresholds?: {
                            direct_reports?: number;
                            manager?: number;
                            others?: number;
                            peers?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdOn: string;
                            deadline: string;
                            id: string;
                            programName: string;
                            releasedOn: string | null;
                            reportReady: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my 360s: nominations, progress per group, what I can do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
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
                        "application/json": {
                            abilities: {
                                close: boolean;
                                edit: boolean;
                                nominate: boolean;
                                readReport: boolean;
                                remind: boolean;
                                submitNominations: boolean;
                            };
                            approver: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            closedOn: string | null;
                            coach: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            competencies: {
                                description: string;
                                name: string;
                            }[];
                            createdOn: string;
                            deadline: string;
                            id: string;
                            managerNamed: boolean;
                            nominations: {
                                displayName: string;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                id: string;
                                jobTitle: string;
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected";
                            }[];
                            programName: string;
                            progress: {
                                answered: number | null;
                                enough: boolean;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                invited: number;
                                threshold: number;
                            }[];
                            releasedOn: string | null;
                            remindedOn: string | null;
                            requireManagerApproval: boolean;
                            selfDone: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            thresholds: {
                                direct_reports: number;
                                manager: number;
                                others: number;
                                peers: number;
                            };
                            thresholdsLocked: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change deadline, thresholds (never lowered after the first response), approval or coach */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        coachId?: string | null;
                        deadline?: string;
                        requireManagerApproval?: boolean;
                        thresholds?: {
                            direct_reports?: number;
                            manager?: number;
                            others?: number;
                            peers?: number;
                        };
                        version: number;
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
                        "application/json": {
                            createdOn: string;
                            deadline: string;
                            id: string;
                            programName: string;
                            releasedOn: string | null;
                            reportReady: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/growth/360/requests/{requestId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** As the manager: approve or reject each nomination */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisions: {
                            approved: boolean;
                            /** Format: uuid */
                            nominationId: string;
                        }[];
                        version: number;
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
                        "application/json": {
                            createdOn: string;
                            deadline: string;
                            id: string;
                            programName: string;
                            releasedOn: string | null;
                            reportReady: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/requests/{requestId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close collection now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            createdOn: string;
                            deadline: string;
                            id: string;
                            programName: string;
                            releasedOn: string | null;
                            reportReady: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/requests/{requestId}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nominate a rater in a group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        group: "manager" | "peers" | "direct_reports" | "others";
                        /** Format: uuid */
                        personId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                close: boolean;
                                edit: boolean;
                                nominate: boolean;
                                readReport: boolean;
                                remind: boolean;
                                submitNominations: boolean;
                            };
                            approver: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            closedOn: string | null;
                            coach: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            competencies: {
                                description: string;
                                name: string;
                            }[];
                            createdOn: string;
                            deadline: string;
                            id: string;
                            managerNamed: boolean;
                            nominations: {
                                displayName: string;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                id: string;
                                jobTitle: string;
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected";
                            }[];
                            programName: string;
                            progress: {
                                answered: number | null;
                                enough: boolean;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                invited: number;
                                threshold: number;
                            }[];
                            releasedOn: string | null;
                            remindedOn: string | null;
                            requireManagerApproval: boolean;
                            selfDone: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            thresholds: {
                                direct_reports: number;
                                manager: number;
                                others: number;
                                peers: number;
                            };
                            thresholdsLocked: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/requests/{requestId}/nominations/{nominationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a nomination */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    nominationId: string;
                    requestId: string;
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
                        "application/json": {
                            abilities: {
                                close: boolean;
                                edit: boolean;
                                nominate: boolean;
                                readReport: boolean;
                                remind: boolean;
                                submitNominations: boolean;
                            };
                            approver: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            closedOn: string | null;
                            coach: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            competencies: {
                                description: string;
                                name: string;
                            }[];
                            createdOn: string;
                            deadline: string;
                            id: string;
                            managerNamed: boolean;
                            nominations: {
                                displayName: string;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                id: string;
                                jobTitle: string;
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected";
                            }[];
                            programName: string;
                            progress: {
                                answered: number | null;
                                enough: boolean;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                invited: number;
                                threshold: number;
                            }[];
                            releasedOn: string | null;
                            remindedOn: string | null;
                            requireManagerApproval: boolean;
                            selfDone: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            thresholds: {
                                direct_reports: number;
                                manager: number;
                                others: number;
                                peers: number;
                            };
                            thresholdsLocked: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/requests/{requestId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** As the coach: release the report to its subject */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            createdOn: string;
                            deadline: string;
                            id: string;
                            programName: string;
                            releasedOn: string | null;
                            reportReady: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/requests/{requestId}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind everyone who has not answered yet (without learning who that is) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            abilities: {
                                close: boolean;
                                edit: boolean;
                                nominate: boolean;
                                readReport: boolean;
                                remind: boolean;
                                submitNominations: boolean;
                            };
                            approver: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            closedOn: string | null;
                            coach: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            competencies: {
                                description: string;
                                name: string;
                            }[];
                            createdOn: string;
                            deadline: string;
                            id: string;
                            managerNamed: boolean;
                            nominations: {
                                displayName: string;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                id: string;
                                jobTitle: string;
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected";
                            }[];
                            programName: string;
                            progress: {
                                answered: number | null;
                                enough: boolean;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                invited: number;
                                threshold: number;
                            }[];
                            releasedOn: string | null;
                            remindedOn: string | null;
                            requireManagerApproval: boolean;
                            selfDone: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            thresholds: {
                                direct_reports: number;
                                manager: number;
                                others: number;
                                peers: number;
                            };
                            thresholdsLocked: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/requests/{requestId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 360 report: subject once released; an assigned coach from closing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
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
                        "application/json": {
                            abilities: {
                                release: boolean;
                            };
                            blindSpots: string[];
                            closedOn: string | null;
                            comments: {
                                strengths: string[];
                                suggestions: string[];
                            };
                            competencies: {
                                change: number | null;
                                description: string;
                                gap: number | null;
                                groups: {
                                    average: number;
                                    /** @enum {string} */
                                    group: "manager" | "peers" | "direct_reports" | "others";
                                }[];
                                name: string;
                                others: number | null;
                                self: number | null;
                            }[];
                            hiddenStrengths: string[];
                            namedManager: {
                                answered: boolean;
                                comments: {
                                    strengths: string[];
                                    suggestions: string[];
                                };
                                displayName: string;
                                jobTitle: string;
                                scores: {
                                    name: string;
                                    score: number | null;
                                }[];
                            } | null;
                            previous: {
                                closedOn: string | null;
                                requestId: string;
                            } | null;
                            programName: string;
                            requestId: string;
                            selfComments: {
                                strengths: string;
                                suggestions: string;
                            };
                            shownGroups: {
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                responses: number;
                            }[];
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            strengths: string[];
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            suppressedGroups: {
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                threshold: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/requests/{requestId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the nominations: to the manager for approval, or straight to the raters */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            abilities: {
                                close: boolean;
                                edit: boolean;
                                nominate: boolean;
                                readReport: boolean;
                                remind: boolean;
                                submitNominations: boolean;
                            };
                            approver: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            closedOn: string | null;
                            coach: {
                                displayName: string;
                                jobTitle: string;
                            } | null;
                            competencies: {
                                description: string;
                                name: string;
                            }[];
                            createdOn: string;
                            deadline: string;
                            id: string;
                            managerNamed: boolean;
                            nominations: {
                                displayName: string;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                id: string;
                                jobTitle: string;
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected";
                            }[];
                            programName: string;
                            progress: {
                                answered: number | null;
                                enough: boolean;
                                /** @enum {string} */
                                group: "manager" | "peers" | "direct_reports" | "others";
                                invited: number;
                                threshold: number;
                            }[];
                            releasedOn: string | null;
                            remindedOn: string | null;
                            requireManagerApproval: boolean;
                            selfDone: boolean;
                            /** @enum {string} */
                            status: "nominating" | "awaiting_approval" | "collecting" | "closed" | "released";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            thresholds: {
                                direct_reports: number;
                                manager: number;
                                others: number;
                                peers: number;
                            };
                            thresholdsLocked: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer my rater task (stored without any link to me) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            /** Format: uuid */
                            questionId: string;
                            score: number | null;
                        }[];
                        /** @default  */
                        strengths?: string;
                        /** @default  */
                        suggestions?: string;
                        /** Format: uuid */
                        taskId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadline: string;
                            /** @enum {string} */
                            group: "self" | "manager" | "peers" | "direct_reports" | "others";
                            id: string;
                            named: boolean;
                            /** @enum {string} */
                            status: "pending" | "done" | "declined" | "expired";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My rater tasks */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                deadline: string;
                                /** @enum {string} */
                                group: "self" | "manager" | "peers" | "direct_reports" | "others";
                                id: string;
                                named: boolean;
                                /** @enum {string} */
                                status: "pending" | "done" | "declined" | "expired";
                                subject: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my rater tasks with its questionnaire */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
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
                        "application/json": {
                            deadline: string;
                            /** @enum {string} */
                            group: "self" | "manager" | "peers" | "direct_reports" | "others";
                            id: string;
                            named: boolean;
                            questions: {
                                behaviours: string[];
                                competency: string;
                                description: string;
                                id: string;
                            }[];
                            /** @enum {string} */
                            status: "pending" | "done" | "declined" | "expired";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/360/tasks/{taskId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline my rater task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
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
                        "application/json": {
                            deadline: string;
                            /** @enum {string} */
                            group: "self" | "manager" | "peers" | "direct_reports" | "others";
                            id: string;
                            named: boolean;
                            /** @enum {string} */
                            status: "pending" | "done" | "declined" | "expired";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/aspirations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My aspirations, most recently changed first */
        get: {
            parameters: {
                query?: {
                    kind?: "target_role" | "motivator" | "value" | "skill" | "mobility";
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                aspirationText: string;
                                createdAt: string;
                                fromConversation: boolean;
                                horizon: ("one_year" | "two_three_years" | "long_term") | null;
                                id: string;
                                /** @enum {string} */
                                kind: "target_role" | "motivator" | "value" | "skill" | "mobility";
                                ownerId: string;
                                sharedAt: string | null;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write down an aspiration (private unless shared with your manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aspirationText: string;
                        /** @default null */
                        horizon?: ("one_year" | "two_three_years" | "long_term") | null;
                        /** @enum {string} */
                        kind: "target_role" | "motivator" | "value" | "skill" | "mobility";
                        /** @default false */
                        sharedWithManager?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                remove: boolean;
                                share: boolean;
                            };
                            aspirationText: string;
                            createdAt: string;
                            fromConversation: boolean;
                            horizon: ("one_year" | "two_three_years" | "long_term") | null;
                            id: string;
                            /** @enum {string} */
                            kind: "target_role" | "motivator" | "value" | "skill" | "mobility";
                            ownerId: string;
                            sharedAt: string | null;
                            sharedWithManager: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/aspirations/{aspirationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One aspiration */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    aspirationId: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                remove: boolean;
                                share: boolean;
                            };
                            aspirationText: string;
                            createdAt: string;
                            fromConversation: boolean;
                            horizon: ("one_year" | "two_three_years" | "long_term") | null;
                            id: string;
                            /** @enum {string} */
                            kind: "target_role" | "motivator" | "value" | "skill" | "mobility";
                            ownerId: string;
                            sharedAt: string | null;
                            sharedWithManager: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an aspiration you own */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    aspirationId: string;
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an aspiration you own; version-checked */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    aspirationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aspirationText?: string;
                        horizon?: ("one_year" | "two_three_years" | "long_term") | null;
                        /** @enum {string} */
                        kind?: "target_role" | "motivator" | "value" | "skill" | "mobility";
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                remove: boolean;
                                share: boolean;
                            };
                            aspirationText: string;
                            createdAt: string;
                            fromConversation: boolean;
                            horizon: ("one_year" | "two_three_years" | "long_term") | null;
                            id: string;
                            /** @enum {string} */
                            kind: "target_role" | "motivator" | "value" | "skill" | "mobility";
                            ownerId: string;
                            sharedAt: string | null;
                            sharedWithManager: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/growth/aspirations/{aspirationId}/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share an aspiration with your manager, or take it back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    aspirationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sharedWithManager: boolean;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                remove: boolean;
                                share: boolean;
                            };
                            aspirationText: string;
                            createdAt: string;
                            fromConversation: boolean;
                            horizon: ("one_year" | "two_three_years" | "long_term") | null;
                            id: string;
                            /** @enum {string} */
                            kind: "target_role" | "motivator" | "value" | "skill" | "mobility";
                            ownerId: string;
                            sharedAt: string | null;
                            sharedWithManager: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/aspirations/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's aspirations: all of them for the owner, the shared ones for their manager */
        get: {
            parameters: {
                query?: {
                    kind?: "target_role" | "motivator" | "value" | "skill" | "mobility";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                aspirationText: string;
                                createdAt: string;
                                fromConversation: boolean;
                                horizon: ("one_year" | "two_three_years" | "long_term") | null;
                                id: string;
                                /** @enum {string} */
                                kind: "target_role" | "motivator" | "value" | "skill" | "mobility";
                                ownerId: string;
                                sharedAt: string | null;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            sharedOnly: boolean;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Career conversations I take part in: scheduled ones first, soonest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "scheduled" | "completed" | "cancelled";
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
                        "application/json": {
                            items: {
                                completedAt: string | null;
                                durationMinutes: number;
                                employee: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                id: string;
                                location: string;
                                manager: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                releaseWarning: {
                                    releaseDate: string;
                                    windowDays: number;
                                } | null;
                                scheduledAt: string;
                                /** @enum {string} */
                                status: "scheduled" | "completed" | "cancelled";
                                version: number;
                                /** @enum {string} */
                                viewerRole: "employee" | "manager";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Schedule a career conversation with your manager or a direct report (warns near a review release) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 45 */
                        durationMinutes?: number;
                        /** @default  */
                        location?: string;
                        /** Format: uuid */
                        personId: string;
                        /** Format: date-time */
                        scheduledAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One career conversation: schedule, guided questions and the notes you may read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
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
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a scheduled conversation; version-checked */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        durationMinutes: number;
                        /** @default  */
                        location?: string;
                        /** Format: date-time */
                        scheduledAt: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/growth/conversations/{conversationId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write down an action the two of you agreed (either side) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actionText: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/{conversationId}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an agreed action (its author; the employee any on their conversation) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    actionId: string;
                    conversationId: string;
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
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/{conversationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled conversation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/{conversationId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the conversation held; the employee records the outcome (aspirations, a plan draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        aspirations?: {
                            aspirationText: string;
                            /** @default null */
                            horizon?: ("one_year" | "two_three_years" | "long_term") | null;
                            /** Format: uuid */
                            id?: string;
                            /** @enum {string} */
                            kind: "target_role" | "motivator" | "value" | "skill" | "mobility";
                            /** @default false */
                            sharedWithManager?: boolean;
                        }[];
                        heldOn: string;
                        /** @default false */
                        outcomeShared?: boolean;
                        /** @default  */
                        outcomeSummary?: string;
                        /** @default null */
                        planDraft?: {
                            goals: {
                                /** @default  */
                                description?: string;
                                title: string;
                            }[];
                            title: string;
                        } | null;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/{conversationId}/invite.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calendar invite (iCalendar) for the conversation: time, place and a link, no notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/{conversationId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note (the employee's stay private until shared; a manager's note is written for the employee) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conversationNote: string;
                        /** @default null */
                        questionId?: string | null;
                        /** @default false */
                        sharedWithManager?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/{conversationId}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a note (the employee may remove any note on their conversation) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
                    noteId: string;
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
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rewrite your note, or share your note with your manager or take it back; version-checked */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
                    noteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conversationNote?: string;
                        sharedWithManager?: boolean;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/growth/conversations/{conversationId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a draft development plan from the agreed actions (the employee, once it was held) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addAction: boolean;
                                addNote: boolean;
                                cancel: boolean;
                                complete: boolean;
                                makePlan: boolean;
                                recordOutcome: boolean;
                                reschedule: boolean;
                            };
                            agreedActions: {
                                abilities: {
                                    remove: boolean;
                                };
                                actionText: string;
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                createdAt: string;
                                id: string;
                            }[];
                            completedAt: string | null;
                            durationMinutes: number;
                            employee: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            id: string;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            notes: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    share: boolean;
                                };
                                /** @enum {string} */
                                authorRole: "employee" | "manager";
                                conversationNote: string;
                                id: string;
                                questionId: string | null;
                                questionPrompt: string;
                                sharedWithManager: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                            outcomeShared: boolean;
                            outcomeSummary: string | null;
                            planDrafted: boolean;
                            questions: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            releaseWarning: {
                                releaseDate: string;
                                windowDays: number;
                            } | null;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            version: number;
                            /** @enum {string} */
                            viewerRole: "employee" | "manager";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HR: per department, people and how many held a career conversation in the last 6 months */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                departmentId: string | null;
                                departmentName: string;
                                people: number;
                                withConversation: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            totals: {
                                people: number;
                                withConversation: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom I can hold a career conversation with: my manager, then my direct reports */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                person: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                /** @enum {string} */
                                relation: "manager" | "report";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's conversation rhythm (dates only), for themselves and their direct manager */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            dueBy: string;
                            lastHeldAt: string | null;
                            next: {
                                id: string;
                                releaseWarning: {
                                    releaseDate: string;
                                    windowDays: number;
                                } | null;
                                scheduledAt: string;
                            } | null;
                            overdue: boolean;
                            personId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The guided question bank, in order (HR may include retired questions) */
        get: {
            parameters: {
                query?: {
                    includeRetired?: "true" | "false";
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** HR: add a guided question at the end of the bank */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        guidance?: string;
                        prompt: string;
                        /** @enum {string} */
                        theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            guidance: string;
                            id: string;
                            position: number;
                            prompt: string;
                            retired: boolean;
                            /** @enum {string} */
                            theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/questions/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** HR: reword, re-theme, retire or restore a question; version-checked */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        guidance?: string;
                        prompt?: string;
                        retired?: boolean;
                        /** @enum {string} */
                        theme?: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                        version: number;
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
                        "application/json": {
                            guidance: string;
                            id: string;
                            position: number;
                            prompt: string;
                            retired: boolean;
                            /** @enum {string} */
                            theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/growth/conversations/questions/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** HR: put the active questions in a new order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        questionIds: string[];
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
                        "application/json": {
                            items: {
                                guidance: string;
                                id: string;
                                position: number;
                                prompt: string;
                                retired: boolean;
                                /** @enum {string} */
                                theme: "best_work" | "moments" | "future" | "motivators" | "values" | "skills" | "mobility";
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My direct reports: last conversation held, next scheduled, and who is overdue */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                dueBy: string;
                                lastHeldAt: string | null;
                                nextConversationId: string | null;
                                nextScheduledAt: string | null;
                                overdue: boolean;
                                person: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            overdueCount: number;
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/conversations/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cadence and review-release warning window */
        get: {
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            cadenceMonths: number;
                            policyStartedOn: string;
                            releaseWindowDays: number;
                            version: number;
                        };
                    };
                };
            };
        };
        /** HR: change the cadence and the warning window; version-checked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cadenceMonths: number;
                        policyStartedOn?: string;
                        releaseWindowDays: number;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            cadenceMonths: number;
                            policyStartedOn: string;
                            releaseWindowDays: number;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a certification I hold */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        certificationName: string;
                        /** @default null */
                        expiresOn?: string | null;
                        issuedOn: string;
                        /** @default  */
                        issuer?: string;
                        /** @default null */
                        itemId?: string | null;
                        /** @default false */
                        sharedWithManager?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            certificationName: string;
                            expiresOn: string | null;
                            id: string;
                            issuedOn: string;
                            issuer: string;
                            item: {
                                id: string;
                                title: string;
                            } | null;
                            sharedWithManager: boolean;
                            /** @enum {string} */
                            state: "valid" | "expiring" | "expired" | "no_expiry";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/certifications/{certificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit or renew my certification (version-checked) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    certificationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        certificationName: string;
                        /** @default null */
                        expiresOn?: string | null;
                        issuedOn: string;
                        /** @default  */
                        issuer?: string;
                        /** @default null */
                        itemId?: string | null;
                        sharedWithManager: boolean;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            certificationName: string;
                            expiresOn: string | null;
                            id: string;
                            issuedOn: string;
                            issuer: string;
                            item: {
                                id: string;
                                title: string;
                            } | null;
                            sharedWithManager: boolean;
                            /** @enum {string} */
                            state: "valid" | "expiring" | "expired" | "no_expiry";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/certifications/{certificationId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove my certification */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    certificationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/enrolments/{enrolmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark my enrolment complete, reopen it, or share it with my manager (version-checked) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        completedOn?: string | null;
                        sharedWithManager: boolean;
                        /** @enum {string} */
                        status: "enrolled" | "completed";
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            completedOn: string | null;
                            enrolledAt: string;
                            id: string;
                            item: {
                                id: string;
                                /** @enum {string} */
                                kind: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                                title: string;
                                url: string | null;
                            };
                            sharedWithManager: boolean;
                            /** @enum {string} */
                            status: "enrolled" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/enrolments/{enrolmentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw from my enrolment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The learning catalogue, by title; search matches title, provider and skills */
        get: {
            parameters: {
                query?: {
                    kind?: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                    page?: number;
                    pageSize?: number;
                    search?: string;
                    status?: "active" | "retired" | "all";
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
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                    enrol: boolean;
                                };
                                competencies: {
                                    id: string;
                                    name: string;
                                }[];
                                completedCount: number | null;
                                description: string;
                                durationMinutes: number | null;
                                enrolledCount: number | null;
                                id: string;
                                /** @enum {string} */
                                kind: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                                myEnrolment: {
                                    id: string;
                                    /** @enum {string} */
                                    status: "enrolled" | "completed";
                                } | null;
                                provider: string;
                                skills: string[];
                                /** @enum {string} */
                                status: "active" | "retired";
                                title: string;
                                url: string | null;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a catalogue item (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        competencyIds?: string[];
                        /** @default  */
                        description?: string;
                        /** @default null */
                        durationMinutes?: number | null;
                        /** @enum {string} */
                        kind: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                        /** @default  */
                        provider?: string;
                        /** @default [] */
                        skills?: string[];
                        title: string;
                        url?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                enrol: boolean;
                            };
                            competencies: {
                                id: string;
                                name: string;
                            }[];
                            completedCount: number | null;
                            description: string;
                            durationMinutes: number | null;
                            enrolledCount: number | null;
                            id: string;
                            /** @enum {string} */
                            kind: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                            myEnrolment: {
                                id: string;
                                /** @enum {string} */
                                status: "enrolled" | "completed";
                            } | null;
                            provider: string;
                            skills: string[];
                            /** @enum {string} */
                            status: "active" | "retired";
                            title: string;
                            url: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One catalogue item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                enrol: boolean;
                            };
                            competencies: {
                                id: string;
                                name: string;
                            }[];
                            completedCount: number | null;
                            description: string;
                            durationMinutes: number | null;
                            enrolledCount: number | null;
                            id: string;
                            /** @enum {string} */
                            kind: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                            myEnrolment: {
                                id: string;
                                /** @enum {string} */
                                status: "enrolled" | "completed";
                            } | null;
                            provider: string;
                            skills: string[];
                            /** @enum {string} */
                            status: "active" | "retired";
                            title: string;
                            url: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Edit or retire a catalogue item (HR, version-checked) */
        put: {
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
                    "application/json": {
                        /** @default [] */
                        competencyIds?: string[];
                        /** @default  */
                        description?: string;
                        /** @default null */
                        durationMinutes?: number | null;
                        /** @enum {string} */
                        kind: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                        /** @default  */
                        provider?: string;
                        /** @default [] */
                        skills?: string[];
                        /** @enum {string} */
                        status: "active" | "retired";
                        title: string;
                        url?: string | null;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                enrol: boolean;
                            };
                            competencies: {
                                id: string;
                                name: string;
                            }[];
                            completedCount: number | null;
                            description: string;
                            durationMinutes: number | null;
                            enrolledCount: number | null;
                            id: string;
                            /** @enum {string} */
                            kind: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                            myEnrolment: {
                                id: string;
                                /** @enum {string} */
                                status: "enrolled" | "completed";
                            } | null;
                            provider: string;
                            skills: string[];
                            /** @enum {string} */
                            status: "active" | "retired";
                            title: string;
                            url: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/items/{itemId}/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol myself in a catalogue item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            completedOn: string | null;
                            enrolledAt: string;
                            id: string;
                            item: {
                                id: string;
                                /** @enum {string} */
                                kind: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                                title: string;
                                url: string | null;
                            };
                            sharedWithManager: boolean;
                            /** @enum {string} */
                            status: "enrolled" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/people/{personId}/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's certifications, soonest expiry first (shared ones only for their direct manager) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                };
                                certificationName: string;
                                expiresOn: string | null;
                                id: string;
                                issuedOn: string;
                                issuer: string;
                                item: {
                                    id: string;
                                    title: string;
                                } | null;
                                sharedWithManager: boolean;
                                /** @enum {string} */
                                state: "valid" | "expiring" | "expired" | "no_expiry";
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/learning/people/{personId}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's enrolments: all for themselves, only shared ones for their direct manager */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "enrolled" | "completed";
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                };
                                completedOn: string | null;
                                enrolledAt: string;
                                id: string;
                                item: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "course" | "workshop" | "article" | "video" | "book" | "podcast" | "certification";
                                    title: string;
                                    url: string | null;
                                };
                                sharedWithManager: boolean;
                                /** @enum {string} */
                                status: "enrolled" | "completed";
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The competency library, by category and name */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    search?: string;
                    status?: "active" | "retired" | "all";
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
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                };
                                behaviours: string[];
                                category: string;
                                description: string;
                                id: string;
                                inUse: boolean;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "retired";
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a competency (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        behaviours: string[];
                        /** @default  */
                        category?: string;
                        /** @default  */
                        description?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                remove: boolean;
                            };
                            behaviours: string[];
                            category: string;
                            description: string;
                            id: string;
                            inUse: boolean;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/competencies/{competencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One competency */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    competencyId: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                remove: boolean;
                            };
                            behaviours: string[];
                            category: string;
                            description: string;
                            id: string;
                            inUse: boolean;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            version: number;
                        };
                    };
                };
            };
        };
        /** Edit or retire a competency (HR, version-checked) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    competencyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        behaviours: string[];
                        /** @default  */
                        category?: string;
                        /** @default  */
                        description?: string;
                        name: string;
                        /** @enum {string} */
                        status: "active" | "retired";
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                remove: boolean;
                            };
                            behaviours: string[];
                            category: string;
                            description: string;
                            id: string;
                            inUse: boolean;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/competencies/{competencyId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a competency nobody uses yet (HR); used ones are retired instead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    competencyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's career path: position, next level and the assessments the caller may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            abilities: {
                                managerAssess: boolean;
                                selfAssess: boolean;
                                setPosition: boolean;
                            };
                            assessments: {
                                competency: {
                                    behaviours: string[];
                                    category: string;
                                    description: string;
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    status: "active" | "retired";
                                };
                                manager: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    authorName: string;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                                self: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    sharedWithManager: boolean;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                            }[];
                            assessmentsVisible: boolean;
                            nextLevel: {
                                id: string;
                                name: string;
                                summary: string;
                            } | null;
                            person: {
                                displayName: string;
                                id: string;
                            };
                            position: {
                                level: {
                                    id: string;
                                    name: string;
                                    position: number;
                                    summary: string;
                                };
                                /** @enum {string} */
                                source: "set" | "derived";
                                track: {
                                    id: string;
                                    name: string;
                                };
                                version: number | null;
                            } | null;
                            scale: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/people/{personId}/assessments/{competencyId}/manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the manager's developmental assessment of a report's competency (version-checked) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    competencyId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assessedLevel: number;
                        /** @default  */
                        assessmentEvidence?: string;
                        version: number | null;
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
                        "application/json": {
                            abilities: {
                                managerAssess: boolean;
                                selfAssess: boolean;
                                setPosition: boolean;
                            };
                            assessments: {
                                competency: {
                                    behaviours: string[];
                                    category: string;
                                    description: string;
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    status: "active" | "retired";
                                };
                                manager: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    authorName: string;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                                self: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    sharedWithManager: boolean;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                            }[];
                            assessmentsVisible: boolean;
                            nextLevel: {
                                id: string;
                                name: string;
                                summary: string;
                            } | null;
                            person: {
                                displayName: string;
                                id: string;
                            };
                            position: {
                                level: {
                                    id: string;
                                    name: string;
                                    position: number;
                                    summary: string;
                                };
                                /** @enum {string} */
                                source: "set" | "derived";
                                track: {
                                    id: string;
                                    name: string;
                                };
                                version: number | null;
                            } | null;
                            scale: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/people/{personId}/assessments/{competencyId}/self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save my self-assessment of a competency (version-checked) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    competencyId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assessedLevel: number;
                        /** @default  */
                        assessmentEvidence?: string;
                        sharedWithManager: boolean;
                        version: number | null;
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
                        "application/json": {
                            abilities: {
                                managerAssess: boolean;
                                selfAssess: boolean;
                                setPosition: boolean;
                            };
                            assessments: {
                                competency: {
                                    behaviours: string[];
                                    category: string;
                                    description: string;
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    status: "active" | "retired";
                                };
                                manager: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    authorName: string;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                                self: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    sharedWithManager: boolean;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                            }[];
                            assessmentsVisible: boolean;
                            nextLevel: {
                                id: string;
                                name: string;
                                summary: string;
                            } | null;
                            person: {
                                displayName: string;
                                id: string;
                            };
                            position: {
                                level: {
                                    id: string;
                                    name: string;
                                    position: number;
                                    summary: string;
                                };
                                /** @enum {string} */
                                source: "set" | "derived";
                                track: {
                                    id: string;
                                    name: string;
                                };
                                version: number | null;
                            } | null;
                            scale: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/people/{personId}/assessments/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share all my self-assessments with my manager, or stop sharing them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sharedWithManager: boolean;
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
                        "application/json": {
                            abilities: {
                                managerAssess: boolean;
                                selfAssess: boolean;
                                setPosition: boolean;
                            };
                            assessments: {
                                competency: {
                                    behaviours: string[];
                                    category: string;
                                    description: string;
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    status: "active" | "retired";
                                };
                                manager: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    authorName: string;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                                self: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    sharedWithManager: boolean;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                            }[];
                            assessmentsVisible: boolean;
                            nextLevel: {
                                id: string;
                                name: string;
                                summary: string;
                            } | null;
                            person: {
                                displayName: string;
                                id: string;
                            };
                            position: {
                                level: {
                                    id: string;
                                    name: string;
                                    position: number;
                                    summary: string;
                                };
                                /** @enum {string} */
                                source: "set" | "derived";
                                track: {
                                    id: string;
                                    name: string;
                                };
                                version: number | null;
                            } | null;
                            scale: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/people/{personId}/gap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gap analysis against the next level, or a chosen target level on any track */
        get: {
            parameters: {
                query?: {
                    targetLevelId?: string;
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            biggestGaps: {
                                competencyId: string;
                                gap: number;
                                name: string;
                            }[];
                            rows: {
                                competencyId: string;
                                expectedLevel: number;
                                gap: number | null;
                                managerLevel: number | null;
                                name: string;
                                selfLevel: number | null;
                            }[];
                            target: {
                                level: {
                                    id: string;
                                    name: string;
                                };
                                track: {
                                    id: string;
                                    name: string;
                                };
                            } | null;
                            unassessed: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/people/{personId}/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Place a person on a track level (HR or their manager) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        levelId: string;
                        /** Format: uuid */
                        trackId: string;
                        version: number | null;
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
                        "application/json": {
                            abilities: {
                                managerAssess: boolean;
                                selfAssess: boolean;
                                setPosition: boolean;
                            };
                            assessments: {
                                competency: {
                                    behaviours: string[];
                                    category: string;
                                    description: string;
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    status: "active" | "retired";
                                };
                                manager: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    authorName: string;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                                self: {
                                    assessedLevel: number;
                                    assessmentEvidence: string;
                                    sharedWithManager: boolean;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                            }[];
                            assessmentsVisible: boolean;
                            nextLevel: {
                                id: string;
                                name: string;
                                summary: string;
                            } | null;
                            person: {
                                displayName: string;
                                id: string;
                            };
                            position: {
                                level: {
                                    id: string;
                                    name: string;
                                    position: number;
                                    summary: string;
                                };
                                /** @enum {string} */
                                source: "set" | "derived";
                                track: {
                                    id: string;
                                    name: string;
                                };
                                version: number | null;
                            } | null;
                            scale: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The proficiency scale */
        get: {
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            canChangeCount: boolean;
                            levelNames: string[];
                            version: number;
                        };
                    };
                };
            };
        };
        /** Rename the proficiency levels, or change how many there are while unused (HR) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        levelNames: string[];
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            canChangeCount: boolean;
                            levelNames: string[];
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Career tracks, by name */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "active" | "retired" | "all";
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
                        "application/json": {
                            items: {
                                description: string;
                                id: string;
                                levelCount: number;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "retired";
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a career track (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            description: string;
                            id: string;
                            levelCount: number;
                            levels: {
                                expectations: {
                                    competencyId: string;
                                    expectedLevel: number;
                                }[];
                                id: string;
                                name: string;
                                orgLevelId: string | null;
                                position: number;
                                summary: string;
                            }[];
                            name: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/paths/tracks/{trackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A track with its levels and expectations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trackId: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            description: string;
                            id: string;
                            levelCount: number;
                            levels: {
                                expectations: {
                                    competencyId: string;
                                    expectedLevel: number;
                                }[];
                                id: string;
                                name: string;
                                orgLevelId: string | null;
                                position: number;
                                summary: string;
                            }[];
                            name: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            version: number;
                        };
                    };
                };
            };
        };
        /** Save a track with its ordered levels and expectations (HR, version-checked) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trackId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        levels: {
                            /** @default [] */
                            expectations?: {
                                /** Format: uuid */
                                competencyId: string;
                                expectedLevel: number;
                            }[];
                            /** Format: uuid */
                            id?: string;
                            name: string;
                            /** @default null */
                            orgLevelId?: string | null;
                            /** @default  */
                            summary?: string;
                        }[];
                        name: string;
                        /** @enum {string} */
                        status: "active" | "retired";
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            description: string;
                            id: string;
                            levelCount: number;
                            levels: {
                                expectations: {
                                    competencyId: string;
                                    expectedLevel: number;
                                }[];
                                id: string;
                                name: string;
                                orgLevelId: string | null;
                                position: number;
                                summary: string;
                            }[];
                            name: string;
                            /** @enum {string} */
                            status: "active" | "retired";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My development plans */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                goalCount: number;
                                id: string;
                                lastActivityAt: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                progress: {
                                    actionsDone: number;
                                    actionsTotal: number;
                                    openActions: number;
                                    percent: number;
                                };
                                seededFromLabel: string | null;
                                shared: boolean;
                                sharedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "active" | "completed" | "archived";
                                title: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a development plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "draft" | "active";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One development plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a plan or change its status (version-checked) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status?: "draft" | "active" | "completed" | "archived";
                        title?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/growth/plans/{planId}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an action */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    actionId: string;
                    planId: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an action: status, evidence, dates (version-checked) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    actionId: string;
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueDate?: string | null;
                        evidenceText?: string;
                        evidenceUrl?: (string | "") | null;
                        /** @enum {string} */
                        kind?: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                        learningItemId?: string | null;
                        startDate?: string | null;
                        /** @enum {string} */
                        status?: "planned" | "in_progress" | "done" | "dropped";
                        title?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/growth/plans/{planId}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a development goal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        businessGoalId?: string | null;
                        /** @default  */
                        description?: string;
                        targetDate?: string | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/{planId}/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a development goal and its actions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    planId: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a development goal (version-checked) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        businessGoalId?: string | null;
                        description?: string;
                        /** @enum {string} */
                        status?: "not_started" | "in_progress" | "achieved" | "dropped";
                        targetDate?: string | null;
                        title?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/growth/plans/{planId}/goals/{goalId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action to a development goal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    goalId: string;
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueDate?: string | null;
                        /** @enum {string} */
                        kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                        learningItemId?: string | null;
                        startDate?: string | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/{planId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop sharing the plan with my manager */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/{planId}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share the plan with my manager; its open actions go to our next 1:1 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            suggestedForOneOnOne: number;
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/{planId}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a dated progress note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        goalId?: string | null;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HR: people with an active plan, per department (counts only) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                departmentId: string | null;
                                departmentName: string | null;
                                people: number;
                                withActivePlan: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/from-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a draft plan from chosen points of my released review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        goals: {
                            highlightId: string;
                            title: string;
                        }[];
                        /** Format: uuid */
                        reviewId: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                revoke: boolean;
                                share: boolean;
                            };
                            createdAt: string;
                            goalCount: number;
                            goals: {
                                actions: {
                                    completedAt: string | null;
                                    dueDate: string | null;
                                    evidenceText: string;
                                    evidenceUrl: string | null;
                                    goalId: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "stretch_assignment" | "course" | "certification" | "mentoring" | "project" | "shadowing" | "reading";
                                    learningItem: {
                                        id: string;
                                        kind: string;
                                        title: string;
                                        url: string | null;
                                    } | null;
                                    startDate: string | null;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "dropped";
                                    title: string;
                                    version: number;
                                }[];
                                businessObjective: {
                                    id: string;
                                    /** @enum {string} */
                                    level: "company" | "department" | "personal";
                                    periodEnd: string;
                                    title: string;
                                } | null;
                                description: string;
                                id: string;
                                seededFromReview: boolean;
                                /** @enum {string} */
                                status: "not_started" | "in_progress" | "achieved" | "dropped";
                                targetDate: string | null;
                                title: string;
                                version: number;
                            }[];
                            id: string;
                            lastActivityAt: string;
                            /** @enum {string} */
                            origin: "career_conversation" | "review" | "manual";
                            owner: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            progress: {
                                actionsDone: number;
                                actionsTotal: number;
                                openActions: number;
                                percent: number;
                            };
                            seededFromLabel: string | null;
                            shared: boolean;
                            sharedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "completed" | "archived";
                            title: string;
                            updates: {
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                createdAt: string;
                                goalId: string | null;
                                id: string;
                                note: string;
                                progressPercent: number;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Business objectives I can link a development goal to */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    search?: string;
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
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                level: "company" | "department" | "personal";
                                periodEnd: string;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/people/{personId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's plan progress as far as I may see it (for the profile's Next side) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                id: string;
                                nextAction: {
                                    dueDate: string | null;
                                    title: string;
                                } | null;
                                progress: {
                                    actionsDone: number;
                                    actionsTotal: number;
                                    openActions: number;
                                    percent: number;
                                };
                                shared: boolean;
                                /** @enum {string} */
                                status: "draft" | "active" | "completed" | "archived";
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/review-seeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My released reviews that can seed a plan */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                cycleName: string;
                                releasedAt: string | null;
                                reviewId: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/review-seeds/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The written strengths and growth areas of my released review (never the rating) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
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
                        "application/json": {
                            cycleName: string;
                            highlights: {
                                id: string;
                                prompt: string;
                                text: string;
                            }[];
                            releasedAt: string | null;
                            reviewId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/growth/plans/shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plans my direct reports shared with me */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                goalCount: number;
                                id: string;
                                lastActivityAt: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                progress: {
                                    actionsDone: number;
                                    actionsTotal: number;
                                    openActions: number;
                                    percent: number;
                                };
                                seededFromLabel: string | null;
                                shared: boolean;
                                sharedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "active" | "completed" | "archived";
                                title: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description Always 200 while the process answers; asks nothing of the database. Readiness is `/api/ready`.
         */
        get: {
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
                        "application/json": {
                            /** @enum {string} */
                            database: "pglite" | "postgresql";
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What needs me now: a count per kind of task, with the earliest deadline */
        get: {
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
                        "application/json": {
                            items: {
                                count: number;
                                due: string | null;
                                /** @enum {string} */
                                kind: "review.self" | "review.manager" | "review.peer" | "review.acknowledge" | "calibration.signOff" | "feedback360.answer" | "feedback360.nominate" | "feedback360.approve" | "feedback360.release" | "conversations.overdue" | "plans.toLook" | "certifications.expiring" | "hr.erasureApproval" | "hr.cycleDeadlines" | "hr.calibrationToPrepare";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Improvement plans the caller may read: all for HR, their reports’ for managers, their own once published */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    employeeId?: string;
                    limit?: number;
                    state?: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
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
                        "application/json": {
                            items: {
                                awaitingAcknowledgement: boolean;
                                employee: {
                                    displayName: string;
                                    id: string;
                                };
                                endDate: string;
                                id: string;
                                manager: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                nextCheckInOn: string | null;
                                outcome: ("successful" | "unsuccessful" | "cancelled") | null;
                                startDate: string;
                                /** @enum {string} */
                                state: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a draft improvement plan about an employee (HR, or their direct manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checkInSchedule: {
                            /** @default [] */
                            dates?: string[];
                            /** @enum {string} */
                            kind: "weekly" | "biweekly" | "dates";
                        };
                        /**
                         * @default employee
                         * @enum {string}
                         */
                        checkInsVisibility?: "hr" | "manager" | "employee";
                        /** @default null */
                        durationDays?: (30 | 60 | 90) | null;
                        /** Format: uuid */
                        employeeId: string;
                        /** @default null */
                        endDate?: string | null;
                        expectations: {
                            dueOn: string;
                            /** @default  */
                            evidence?: string;
                            measure: string;
                            statement: string;
                        }[];
                        /**
                         * @default employee
                         * @enum {string}
                         */
                        expectationsVisibility?: "hr" | "manager" | "employee";
                        reason: string;
                        /** @default false */
                        reasonVisibleToEmployee?: boolean;
                        startDate: string;
                        /** @default [] */
                        supports?: {
                            /** @default null */
                            catalogueItemId?: string | null;
                            description: string;
                            /** @enum {string} */
                            kind: "training" | "manager_time" | "resource";
                        }[];
                        /**
                         * @default employee
                         * @enum {string}
                         */
                        supportVisibility?: "hr" | "manager" | "employee";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                close: boolean;
                                edit: boolean;
                                extend: boolean;
                                hrChoices: boolean;
                                publish: boolean;
                                recordCheckIn: boolean;
                                respond: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedRevision: number | null;
                            /** @enum {string} */
                            audience: "hr" | "manager" | "employee";
                            awaitingAcknowledgement: boolean;
                            checkIns?: {
                                items: {
                                    id: string;
                                    notes?: string;
                                    /** @enum {string} */
                                    notesVisibility?: "hr" | "manager" | "employee";
                                    recordedAt: string | null;
                                    recordedBy: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    scheduledOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "recorded" | "missed";
                                    summary: string;
                                    version: number;
                                }[];
                                /** @enum {string} */
                                schedule: "weekly" | "biweekly" | "dates";
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: string;
                            } | null;
                            durationDays: number;
                            employee: {
                                displayName: string;
                                id: string;
                            };
                            endDate: string;
                            expectations?: {
                                items: {
                                    dueOn: string;
                                    evidence: string;
                                    id: string;
                                    measure: string;
                                    statement: string;
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            id: string;
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                            originalEndDate: string | null;
                            outcome: ("successful" | "unsuccessful" | "cancelled") | null;
                            outcomeRationale: string | null;
                            publishedAt: string | null;
                            reason?: string;
                            reasonVisibleToEmployee: boolean;
                            revision: number;
                            startDate: string;
                            /** @enum {string} */
                            state: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
                            support?: {
                                items: {
                                    catalogueItemId: string | null;
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "training" | "manager_time" | "resource";
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One improvement plan, as the caller may read it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                close: boolean;
                                edit: boolean;
                                extend: boolean;
                                hrChoices: boolean;
                                publish: boolean;
                                recordCheckIn: boolean;
                                respond: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedRevision: number | null;
                            /** @enum {string} */
                            audience: "hr" | "manager" | "employee";
                            awaitingAcknowledgement: boolean;
                            checkIns?: {
                                items: {
                                    id: string;
                                    notes?: string;
                                    /** @enum {string} */
                                    notesVisibility?: "hr" | "manager" | "employee";
                                    recordedAt: string | null;
                                    recordedBy: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    scheduledOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "recorded" | "missed";
                                    summary: string;
                                    version: number;
                                }[];
                                /** @enum {string} */
                                schedule: "weekly" | "biweekly" | "dates";
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: string;
                            } | null;
                            durationDays: number;
                            employee: {
                                displayName: string;
                                id: string;
                            };
                            endDate: string;
                            expectations?: {
                                items: {
                                    dueOn: string;
                                    evidence: string;
                                    id: string;
                                    measure: string;
                                    statement: string;
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            id: string;
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                            originalEndDate: string | null;
                            outcome: ("successful" | "unsuccessful" | "cancelled") | null;
                            outcomeRationale: string | null;
                            publishedAt: string | null;
                            reason?: string;
                            reasonVisibleToEmployee: boolean;
                            revision: number;
                            startDate: string;
                            /** @enum {string} */
                            state: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
                            support?: {
                                items: {
                                    catalogueItemId: string | null;
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "training" | "manager_time" | "resource";
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a plan; a published plan keeps a revision and, for changes the employee reads, pauses */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checkInSchedule: {
                            /** @default [] */
                            dates?: string[];
                            /** @enum {string} */
                            kind: "weekly" | "biweekly" | "dates";
                        };
                        /**
                         * @default employee
                         * @enum {string}
                         */
                        checkInsVisibility?: "hr" | "manager" | "employee";
                        /** @default null */
                        durationDays?: (30 | 60 | 90) | null;
                        /** @default null */
                        endDate?: string | null;
                        expectations: {
                            dueOn: string;
                            /** @default  */
                            evidence?: string;
                            measure: string;
                            statement: string;
                        }[];
                        /**
                         * @default employee
                         * @enum {string}
                         */
                        expectationsVisibility?: "hr" | "manager" | "employee";
                        reason: string;
                        /** @default false */
                        reasonVisibleToEmployee?: boolean;
                        startDate: string;
                        /** @default [] */
                        supports?: {
                            /** @default null */
                            catalogueItemId?: string | null;
                            description: string;
                            /** @enum {string} */
                            kind: "training" | "manager_time" | "resource";
                        }[];
                        /**
                         * @default employee
                         * @enum {string}
                         */
                        supportVisibility?: "hr" | "manager" | "employee";
                        version: number;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                close: boolean;
                                edit: boolean;
                                extend: boolean;
                                hrChoices: boolean;
                                publish: boolean;
                                recordCheckIn: boolean;
                                respond: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedRevision: number | null;
                            /** @enum {string} */
                            audience: "hr" | "manager" | "employee";
                            awaitingAcknowledgement: boolean;
                            checkIns?: {
                                items: {
                                    id: string;
                                    notes?: string;
                                    /** @enum {string} */
                                    notesVisibility?: "hr" | "manager" | "employee";
                                    recordedAt: string | null;
                                    recordedBy: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    scheduledOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "recorded" | "missed";
                                    summary: string;
                                    version: number;
                                }[];
                                /** @enum {string} */
                                schedule: "weekly" | "biweekly" | "dates";
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: string;
                            } | null;
                            durationDays: number;
                            employee: {
                                displayName: string;
                                id: string;
                            };
                            endDate: string;
                            expectations?: {
                                items: {
                                    dueOn: string;
                                    evidence: string;
                                    id: string;
                                    measure: string;
                                    statement: string;
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            id: string;
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                            originalEndDate: string | null;
                            outcome: ("successful" | "unsuccessful" | "cancelled") | null;
                            outcomeRationale: string | null;
                            publishedAt: string | null;
                            reason?: string;
                            reasonVisibleToEmployee: boolean;
                            revision: number;
                            startDate: string;
                            /** @enum {string} */
                            state: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
                            support?: {
                                items: {
                                    catalogueItemId: string | null;
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "training" | "manager_time" | "resource";
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge the plan as it stands (the employee); acknowledging is not agreeing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        response?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                close: boolean;
                                edit: boolean;
                                extend: boolean;
                                hrChoices: boolean;
                                publish: boolean;
                                recordCheckIn: boolean;
                                respond: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedRevision: number | null;
                            /** @enum {string} */
                            audience: "hr" | "manager" | "employee";
                            awaitingAcknowledgement: boolean;
                            checkIns?: {
                                items: {
                                    id: string;
                                    notes?: string;
                                    /** @enum {string} */
                                    notesVisibility?: "hr" | "manager" | "employee";
                                    recordedAt: string | null;
                                    recordedBy: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    scheduledOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "recorded" | "missed";
                                    summary: string;
                                    version: number;
                                }[];
                                /** @enum {string} */
                                schedule: "weekly" | "biweekly" | "dates";
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: string;
                            } | null;
                            durationDays: number;
                            employee: {
                                displayName: string;
                                id: string;
                            };
                            endDate: string;
                            expectations?: {
                                items: {
                                    dueOn: string;
                                    evidence: string;
                                    id: string;
                                    measure: string;
                                    statement: string;
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            id: string;
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                            originalEndDate: string | null;
                            outcome: ("successful" | "unsuccessful" | "cancelled") | null;
                            outcomeRationale: string | null;
                            publishedAt: string | null;
                            reason?: string;
                            reasonVisibleToEmployee: boolean;
                            revision: number;
                            startDate: string;
                            /** @enum {string} */
                            state: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
                            support?: {
                                items: {
                                    catalogueItemId: string | null;
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "training" | "manager_time" | "resource";
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}/check-ins/{checkInId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a check-in of a running plan (the direct manager or HR); recorded once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    checkInId: string;
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        notes?: string;
                        /**
                         * @default manager
                         * @enum {string}
                         */
                        notesVisibility?: "hr" | "manager" | "employee";
                        summary: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                close: boolean;
                                edit: boolean;
                                extend: boolean;
                                hrChoices: boolean;
                                publish: boolean;
                                recordCheckIn: boolean;
                                respond: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedRevision: number | null;
                            /** @enum {string} */
                            audience: "hr" | "manager" | "employee";
                            awaitingAcknowledgement: boolean;
                            checkIns?: {
                                items: {
                                    id: string;
                                    notes?: string;
                                    /** @enum {string} */
                                    notesVisibility?: "hr" | "manager" | "employee";
                                    recordedAt: string | null;
                                    recordedBy: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    scheduledOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "recorded" | "missed";
                                    summary: string;
                                    version: number;
                                }[];
                                /** @enum {string} */
                                schedule: "weekly" | "biweekly" | "dates";
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: string;
                            } | null;
                            durationDays: number;
                            employee: {
                                displayName: string;
                                id: string;
                            };
                            endDate: string;
                            expectations?: {
                                items: {
                                    dueOn: string;
                                    evidence: string;
                                    id: string;
                                    measure: string;
                                    statement: string;
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            id: string;
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                            originalEndDate: string | null;
                            outcome: ("successful" | "unsuccessful" | "cancelled") | null;
                            outcomeRationale: string | null;
                            publishedAt: string | null;
                            reason?: string;
                            reasonVisibleToEmployee: boolean;
                            revision: number;
                            startDate: string;
                            /** @enum {string} */
                            state: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
                            support?: {
                                items: {
                                    catalogueItemId: string | null;
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "training" | "manager_time" | "resource";
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a plan with its outcome and rationale (HR only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "successful" | "unsuccessful" | "cancelled";
                        rationale: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                close: boolean;
                                edit: boolean;
                                extend: boolean;
                                hrChoices: boolean;
                                publish: boolean;
                                recordCheckIn: boolean;
                                respond: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedRevision: number | null;
                            /** @enum {string} */
                            audience: "hr" | "manager" | "employee";
                            awaitingAcknowledgement: boolean;
                            checkIns?: {
                                items: {
                                    id: string;
                                    notes?: string;
                                    /** @enum {string} */
                                    notesVisibility?: "hr" | "manager" | "employee";
                                    recordedAt: string | null;
                                    recordedBy: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    scheduledOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "recorded" | "missed";
                                    summary: string;
                                    version: number;
                                }[];
                                /** @enum {string} */
                                schedule: "weekly" | "biweekly" | "dates";
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: string;
                            } | null;
                            durationDays: number;
                            employee: {
                                displayName: string;
                                id: string;
                            };
                            endDate: string;
                            expectations?: {
                                items: {
                                    dueOn: string;
                                    evidence: string;
                                    id: string;
                                    measure: string;
                                    statement: string;
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            id: string;
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                            originalEndDate: string | null;
                            outcome: ("successful" | "unsuccessful" | "cancelled") | null;
                            outcomeRationale: string | null;
                            publishedAt: string | null;
                            reason?: string;
                            reasonVisibleToEmployee: boolean;
                            revision: number;
                            startDate: string;
                            /** @enum {string} */
                            state: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
                            support?: {
                                items: {
                                    catalogueItemId: string | null;
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "training" | "manager_time" | "resource";
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the end date of a running plan later (HR only); the employee acknowledges again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endDate: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                close: boolean;
                                edit: boolean;
                                extend: boolean;
                                hrChoices: boolean;
                                publish: boolean;
                                recordCheckIn: boolean;
                                respond: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedRevision: number | null;
                            /** @enum {string} */
                            audience: "hr" | "manager" | "employee";
                            awaitingAcknowledgement: boolean;
                            checkIns?: {
                                items: {
                                    id: string;
                                    notes?: string;
                                    /** @enum {string} */
                                    notesVisibility?: "hr" | "manager" | "employee";
                                    recordedAt: string | null;
                                    recordedBy: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    scheduledOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "recorded" | "missed";
                                    summary: string;
                                    version: number;
                                }[];
                                /** @enum {string} */
                                schedule: "weekly" | "biweekly" | "dates";
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: string;
                            } | null;
                            durationDays: number;
                            employee: {
                                displayName: string;
                                id: string;
                            };
                            endDate: string;
                            expectations?: {
                                items: {
                                    dueOn: string;
                                    evidence: string;
                                    id: string;
                                    measure: string;
                                    statement: string;
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            id: string;
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                            originalEndDate: string | null;
                            outcome: ("successful" | "unsuccessful" | "cancelled") | null;
                            outcomeRationale: string | null;
                            publishedAt: string | null;
                            reason?: string;
                            reasonVisibleToEmployee: boolean;
                            revision: number;
                            startDate: string;
                            /** @enum {string} */
                            state: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
                            support?: {
                                items: {
                                    catalogueItemId: string | null;
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "training" | "manager_time" | "resource";
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}/fairness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fairness check publishing will run, as it stands now (for those who edit the plan) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
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
                        "application/json": {
                            expectationsShared: {
                                expectations: number;
                                passed: boolean;
                            };
                            minimumDuration: {
                                durationDays: number;
                                minimumDays: number;
                                passed: boolean;
                            };
                            passed: boolean;
                            priorFeedback: {
                                feedback: number;
                                goalCheckIns: number;
                                lastOn: string | null;
                                months: number;
                                passed: boolean;
                                required: boolean;
                                reviews: number;
                                since: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan and its history as a PDF, showing what the caller may read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft after the fairness check (HR only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                close: boolean;
                                edit: boolean;
                                extend: boolean;
                                hrChoices: boolean;
                                publish: boolean;
                                recordCheckIn: boolean;
                                respond: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedRevision: number | null;
                            /** @enum {string} */
                            audience: "hr" | "manager" | "employee";
                            awaitingAcknowledgement: boolean;
                            checkIns?: {
                                items: {
                                    id: string;
                                    notes?: string;
                                    /** @enum {string} */
                                    notesVisibility?: "hr" | "manager" | "employee";
                                    recordedAt: string | null;
                                    recordedBy: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    scheduledOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "recorded" | "missed";
                                    summary: string;
                                    version: number;
                                }[];
                                /** @enum {string} */
                                schedule: "weekly" | "biweekly" | "dates";
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            closedAt: string | null;
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: string;
                            } | null;
                            durationDays: number;
                            employee: {
                                displayName: string;
                                id: string;
                            };
                            endDate: string;
                            expectations?: {
                                items: {
                                    dueOn: string;
                                    evidence: string;
                                    id: string;
                                    measure: string;
                                    statement: string;
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            id: string;
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                            originalEndDate: string | null;
                            outcome: ("successful" | "unsuccessful" | "cancelled") | null;
                            outcomeRationale: string | null;
                            publishedAt: string | null;
                            reason?: string;
                            reasonVisibleToEmployee: boolean;
                            revision: number;
                            startDate: string;
                            /** @enum {string} */
                            state: "draft" | "active" | "acknowledged" | "paused" | "extended" | "closed";
                            support?: {
                                items: {
                                    catalogueItemId: string | null;
                                    description: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "training" | "manager_time" | "resource";
                                }[];
                                /** @enum {string} */
                                visibility: "hr" | "manager" | "employee";
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The employee’s responses to the plan, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    planId: string;
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
                        "application/json": {
                            items: {
                                body: string;
                                createdAt: string;
                                id: string;
                                withRevision: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a response to your plan (the employee); responses are never changed afterwards */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            createdAt: string;
                            id: string;
                            withRevision: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/improvement-plans/{planId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan’s history, newest first: each revision with the changes the caller may see */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    planId: string;
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
                        "application/json": {
                            items: {
                                acknowledgedAt: string | null;
                                at: string;
                                by: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                changes: {
                                    after?: unknown;
                                    before?: unknown;
                                    /** @enum {string} */
                                    section: "reason" | "dates" | "expectations" | "support" | "checkInSchedule";
                                }[];
                                /** @enum {string} */
                                kind: "published" | "edited" | "extended" | "closed";
                                number: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/insights/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My team, one row per person: goal health, the current review's next step, 1:1s, career conversation, shared plan, open feedback requests and what to do next */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    pageSize?: number;
                    scope?: "direct" | "subtree";
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
                        "application/json": {
                            items: {
                                action: {
                                    /** @enum {string} */
                                    kind: "write_review" | "release_review" | "answer_feedback" | "hold_conversation" | "schedule_conversation" | "set_up_one_on_one" | "schedule_one_on_one" | "look_at_plan" | "check_goals" | "prepare_one_on_one" | "open_profile";
                                    targetId: string | null;
                                };
                                conversation: {
                                    dueBy: string;
                                    dueSoon: boolean;
                                    lastHeldAt: string | null;
                                    nextConversationId: string | null;
                                    nextScheduledAt: string | null;
                                    overdue: boolean;
                                } | null;
                                depth: number;
                                feedback: {
                                    awaitingThem: number;
                                    awaitingYou: number;
                                };
                                goals: {
                                    atRisk: number;
                                    done: number;
                                    noCheckIn: number;
                                    offTrack: number;
                                    onTrack: number;
                                };
                                manager: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                oneOnOne: {
                                    lastMetOn: string | null;
                                    nextMeetingOn: string | null;
                                    seriesId: string;
                                } | null;
                                person: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                    /** @enum {string} */
                                    status: "active" | "on_leave" | "terminated";
                                };
                                plan: {
                                    actionsDone: number;
                                    actionsTotal: number;
                                    lastActivityAt: string;
                                    more: number;
                                    planId: string;
                                    stale: boolean;
                                    /** @enum {string} */
                                    status: "draft" | "active" | "completed";
                                } | null;
                                review: {
                                    cycleName: string;
                                    due: string | null;
                                    /** @enum {string} */
                                    nextStep: "self_review" | "manager_review" | "calibration" | "release" | "acknowledge" | "done";
                                    overdue: boolean;
                                    reviewer: {
                                        displayName: string;
                                        id: string;
                                    } | null;
                                    reviewId: string;
                                    /** @enum {string} */
                                    state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                                    /** @enum {string} */
                                    waitsOn: "report" | "you" | "reviewer" | "hr" | "nobody";
                                } | null;
                            }[];
                            nextCursor: string | null;
                            /** @enum {string} */
                            scope: "direct" | "subtree";
                            today: string;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job titles with their level, searchable by name */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
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
                        "application/json": {
                            items: {
                                id: string;
                                level: {
                                    code: string;
                                    id: string;
                                    name: string;
                                } | null;
                                name: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Career levels by rank */
        get: {
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
                        "application/json": {
                            items: {
                                code: string;
                                id: string;
                                name: string;
                                rank: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a level (HR admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        rank: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            id: string;
                            name: string;
                            rank: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my data: a ZIP of everything I can see about myself, as JSON and a readable report */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first (cursor pages; `unread=true` for unread only) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    unread?: "true" | "false";
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
                        "application/json": {
                            items: {
                                body: string;
                                createdAt: string;
                                id: string;
                                kind: string;
                                link: string | null;
                                readAt: string | null;
                                title: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications as read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    notificationId: string;
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
                        "application/json": {
                            body: string;
                            createdAt: string;
                            id: string;
                            kind: string;
                            link: string | null;
                            readAt: string | null;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications as read */
        post: {
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
                        "application/json": {
                            marked: number;
                            unread: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification settings (daily digest email) */
        get: {
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
                        "application/json": {
                            dailyDigest: boolean;
                        };
                    };
                };
            };
        };
        /** Change my notification settings */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dailyDigest: boolean;
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
                        "application/json": {
                            dailyDigest: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread (for the bell badge) */
        get: {
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
                        "application/json": {
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-on-ones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My 1:1 series */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    withPersonId?: string;
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
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                cadence: "weekly" | "biweekly" | "monthly";
                                id: string;
                                lastMetOn: string | null;
                                nextMeeting: {
                                    id: string;
                                    scheduledOn: string;
                                } | null;
                                openActionItems: number;
                                withPerson: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a 1:1 series with a colleague */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cadence: "weekly" | "biweekly" | "monthly";
                        firstMeetingOn: string;
                        /** Format: uuid */
                        withPersonId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                update: boolean;
                            };
                            /** @enum {string} */
                            cadence: "weekly" | "biweekly" | "monthly";
                            currentMeeting: {
                                abilities: {
                                    addItems: boolean;
                                    complete: boolean;
                                    editSharedNotes: boolean;
                                    writePrivateNote: boolean;
                                };
                                actionItems: {
                                    abilities: {
                                        edit: boolean;
                                    };
                                    carriedOver: boolean;
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    owner: {
                                        displayName: string;
                                        id: string;
                                        jobTitle: string;
                                    };
                                    text: string;
                                    version: number;
                                }[];
                                agenda: {
                                    abilities: {
                                        edit: boolean;
                                        remove: boolean;
                                        tick: boolean;
                                    };
                                    author: {
                                        displayName: string;
                                        id: string;
                                        jobTitle: string;
                                    } | null;
                                    carriedOver: boolean;
                                    discussed: boolean;
                                    id: string;
                                    /** @enum {string} */
                                    section: "now" | "next";
                                    source: string;
                                    text: string;
                                    version: number;
                                }[];
                                completedAt: string | null;
                                id: string;
                                privateNote: {
                                    body: string;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                                scheduledOn: string;
                                seriesId: string;
                                sharedNotes: string;
                                /** @enum {string} */
                                status: "upcoming" | "completed";
                                version: number;
                            } | null;
                            id: string;
                            participants: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            }[];
                            version: number;
                            withPerson: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-on-ones/{seriesId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A series with its upcoming meeting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    seriesId: string;
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
                        "application/json": {
                            abilities: {
                                update: boolean;
                            };
                            /** @enum {string} */
                            cadence: "weekly" | "biweekly" | "monthly";
                            currentMeeting: {
                                abilities: {
                                    addItems: boolean;
                                    complete: boolean;
                                    editSharedNotes: boolean;
                                    writePrivateNote: boolean;
                                };
                                actionItems: {
                                    abilities: {
                                        edit: boolean;
                                    };
                                    carriedOver: boolean;
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    owner: {
                                        displayName: string;
                                        id: string;
                                        jobTitle: string;
                                    };
                                    text: string;
                                    version: number;
                                }[];
                                agenda: {
                                    abilities: {
                                        edit: boolean;
                                        remove: boolean;
                                        tick: boolean;
                                    };
                                    author: {
                                        displayName: string;
                                        id: string;
                                        jobTitle: string;
                                    } | null;
                                    carriedOver: boolean;
                                    discussed: boolean;
                                    id: string;
                                    /** @enum {string} */
                                    section: "now" | "next";
                                    source: string;
                                    text: string;
                                    version: number;
                                }[];
                                completedAt: string | null;
                                id: string;
                                privateNote: {
                                    body: string;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                                scheduledOn: string;
                                seriesId: string;
                                sharedNotes: string;
                                /** @enum {string} */
                                status: "upcoming" | "completed";
                                version: number;
                            } | null;
                            id: string;
                            participants: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            }[];
                            version: number;
                            withPerson: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the cadence or move the next meeting; version-checked */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    seriesId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cadence?: "weekly" | "biweekly" | "monthly";
                        nextMeetingOn?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                update: boolean;
                            };
                            /** @enum {string} */
                            cadence: "weekly" | "biweekly" | "monthly";
                            currentMeeting: {
                                abilities: {
                                    addItems: boolean;
                                    complete: boolean;
                                    editSharedNotes: boolean;
                                    writePrivateNote: boolean;
                                };
                                actionItems: {
                                    abilities: {
                                        edit: boolean;
                                    };
                                    carriedOver: boolean;
                                    done: boolean;
                                    dueOn: string | null;
                                    id: string;
                                    owner: {
                                        displayName: string;
                                        id: string;
                                        jobTitle: string;
                                    };
                                    text: string;
                                    version: number;
                                }[];
                                agenda: {
                                    abilities: {
                                        edit: boolean;
                                        remove: boolean;
                                        tick: boolean;
                                    };
                                    author: {
                                        displayName: string;
                                        id: string;
                                        jobTitle: string;
                                    } | null;
                                    carriedOver: boolean;
                                    discussed: boolean;
                                    id: string;
                                    /** @enum {string} */
                                    section: "now" | "next";
                                    source: string;
                                    text: string;
                                    version: number;
                                }[];
                                completedAt: string | null;
                                id: string;
                                privateNote: {
                                    body: string;
                                    updatedAt: string;
                                    version: number;
                                } | null;
                                scheduledOn: string;
                                seriesId: string;
                                sharedNotes: string;
                                /** @enum {string} */
                                status: "upcoming" | "completed";
                                version: number;
                            } | null;
                            id: string;
                            participants: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            }[];
                            version: number;
                            withPerson: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/one-on-ones/{seriesId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings of a series, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "upcoming" | "completed";
                };
                header?: never;
                path: {
                    seriesId: string;
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
                        "application/json": {
                            items: {
                                actionItems: number;
                                agendaItems: number;
                                completedAt: string | null;
                                id: string;
                                scheduledOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "completed";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-on-ones/action-items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update or tick an action item; version-checked */
        patch: {
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
                    "application/json": {
                        done?: boolean;
                        dueOn?: string | null;
                        /** Format: uuid */
                        ownerId?: string;
                        text?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                addItems: boolean;
                                complete: boolean;
                                editSharedNotes: boolean;
                                writePrivateNote: boolean;
                            };
                            actionItems: {
                                abilities: {
                                    edit: boolean;
                                };
                                carriedOver: boolean;
                                done: boolean;
                                dueOn: string | null;
                                id: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                text: string;
                                version: number;
                            }[];
                            agenda: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    tick: boolean;
                                };
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                carriedOver: boolean;
                                discussed: boolean;
                                id: string;
                                /** @enum {string} */
                                section: "now" | "next";
                                source: string;
                                text: string;
                                version: number;
                            }[];
                            completedAt: string | null;
                            id: string;
                            privateNote: {
                                body: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                            scheduledOn: string;
                            seriesId: string;
                            sharedNotes: string;
                            /** @enum {string} */
                            status: "upcoming" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/one-on-ones/agenda-items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an agenda item you added; version-checked */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    itemId: string;
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
                        "application/json": {
                            abilities: {
                                addItems: boolean;
                                complete: boolean;
                                editSharedNotes: boolean;
                                writePrivateNote: boolean;
                            };
                            actionItems: {
                                abilities: {
                                    edit: boolean;
                                };
                                carriedOver: boolean;
                                done: boolean;
                                dueOn: string | null;
                                id: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                text: string;
                                version: number;
                            }[];
                            agenda: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    tick: boolean;
                                };
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                carriedOver: boolean;
                                discussed: boolean;
                                id: string;
                                /** @enum {string} */
                                section: "now" | "next";
                                source: string;
                                text: string;
                                version: number;
                            }[];
                            completedAt: string | null;
                            id: string;
                            privateNote: {
                                body: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                            scheduledOn: string;
                            seriesId: string;
                            sharedNotes: string;
                            /** @enum {string} */
                            status: "upcoming" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Reword or tick an agenda item; version-checked */
        patch: {
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
                    "application/json": {
                        discussed?: boolean;
                        text?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                addItems: boolean;
                                complete: boolean;
                                editSharedNotes: boolean;
                                writePrivateNote: boolean;
                            };
                            actionItems: {
                                abilities: {
                                    edit: boolean;
                                };
                                carriedOver: boolean;
                                done: boolean;
                                dueOn: string | null;
                                id: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                text: string;
                                version: number;
                            }[];
                            agenda: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    tick: boolean;
                                };
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                carriedOver: boolean;
                                discussed: boolean;
                                id: string;
                                /** @enum {string} */
                                section: "now" | "next";
                                source: string;
                                text: string;
                                version: number;
                            }[];
                            completedAt: string | null;
                            id: string;
                            privateNote: {
                                body: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                            scheduledOn: string;
                            seriesId: string;
                            sharedNotes: string;
                            /** @enum {string} */
                            status: "upcoming" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/one-on-ones/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting: agenda, action items, notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
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
                        "application/json": {
                            abilities: {
                                addItems: boolean;
                                complete: boolean;
                                editSharedNotes: boolean;
                                writePrivateNote: boolean;
                            };
                            actionItems: {
                                abilities: {
                                    edit: boolean;
                                };
                                carriedOver: boolean;
                                done: boolean;
                                dueOn: string | null;
                                id: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                text: string;
                                version: number;
                            }[];
                            agenda: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    tick: boolean;
                                };
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                carriedOver: boolean;
                                discussed: boolean;
                                id: string;
                                /** @enum {string} */
                                section: "now" | "next";
                                source: string;
                                text: string;
                                version: number;
                            }[];
                            completedAt: string | null;
                            id: string;
                            privateNote: {
                                body: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                            scheduledOn: string;
                            seriesId: string;
                            sharedNotes: string;
                            /** @enum {string} */
                            status: "upcoming" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-on-ones/meetings/{meetingId}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn?: string | null;
                        /** Format: uuid */
                        ownerId: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addItems: boolean;
                                complete: boolean;
                                editSharedNotes: boolean;
                                writePrivateNote: boolean;
                            };
                            actionItems: {
                                abilities: {
                                    edit: boolean;
                                };
                                carriedOver: boolean;
                                done: boolean;
                                dueOn: string | null;
                                id: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                text: string;
                                version: number;
                            }[];
                            agenda: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    tick: boolean;
                                };
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                carriedOver: boolean;
                                discussed: boolean;
                                id: string;
                                /** @enum {string} */
                                section: "now" | "next";
                                source: string;
                                text: string;
                                version: number;
                            }[];
                            completedAt: string | null;
                            id: string;
                            privateNote: {
                                body: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                            scheduledOn: string;
                            seriesId: string;
                            sharedNotes: string;
                            /** @enum {string} */
                            status: "upcoming" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-on-ones/meetings/{meetingId}/agenda-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an agenda item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        section: "now" | "next";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addItems: boolean;
                                complete: boolean;
                                editSharedNotes: boolean;
                                writePrivateNote: boolean;
                            };
                            actionItems: {
                                abilities: {
                                    edit: boolean;
                                };
                                carriedOver: boolean;
                                done: boolean;
                                dueOn: string | null;
                                id: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                text: string;
                                version: number;
                            }[];
                            agenda: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    tick: boolean;
                                };
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                carriedOver: boolean;
                                discussed: boolean;
                                id: string;
                                /** @enum {string} */
                                section: "now" | "next";
                                source: string;
                                text: string;
                                version: number;
                            }[];
                            completedAt: string | null;
                            id: string;
                            privateNote: {
                                body: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                            scheduledOn: string;
                            seriesId: string;
                            sharedNotes: string;
                            /** @enum {string} */
                            status: "upcoming" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-on-ones/meetings/{meetingId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the meeting; open items carry over to the next one, which is returned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            abilities: {
                                addItems: boolean;
                                complete: boolean;
                                editSharedNotes: boolean;
                                writePrivateNote: boolean;
                            };
                            actionItems: {
                                abilities: {
                                    edit: boolean;
                                };
                                carriedOver: boolean;
                                done: boolean;
                                dueOn: string | null;
                                id: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                text: string;
                                version: number;
                            }[];
                            agenda: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    tick: boolean;
                                };
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                carriedOver: boolean;
                                discussed: boolean;
                                id: string;
                                /** @enum {string} */
                                section: "now" | "next";
                                source: string;
                                text: string;
                                version: number;
                            }[];
                            completedAt: string | null;
                            id: string;
                            privateNote: {
                                body: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                            scheduledOn: string;
                            seriesId: string;
                            sharedNotes: string;
                            /** @enum {string} */
                            status: "upcoming" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-on-ones/meetings/{meetingId}/private-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save my private note on a meeting (only I can ever read it); version-checked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                addItems: boolean;
                                complete: boolean;
                                editSharedNotes: boolean;
                                writePrivateNote: boolean;
                            };
                            actionItems: {
                                abilities: {
                                    edit: boolean;
                                };
                                carriedOver: boolean;
                                done: boolean;
                                dueOn: string | null;
                                id: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                text: string;
                                version: number;
                            }[];
                            agenda: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    tick: boolean;
                                };
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                carriedOver: boolean;
                                discussed: boolean;
                                id: string;
                                /** @enum {string} */
                                section: "now" | "next";
                                source: string;
                                text: string;
                                version: number;
                            }[];
                            completedAt: string | null;
                            id: string;
                            privateNote: {
                                body: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                            scheduledOn: string;
                            seriesId: string;
                            sharedNotes: string;
                            /** @enum {string} */
                            status: "upcoming" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-on-ones/meetings/{meetingId}/shared-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the notes both participants see; version-checked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                addItems: boolean;
                                complete: boolean;
                                editSharedNotes: boolean;
                                writePrivateNote: boolean;
                            };
                            actionItems: {
                                abilities: {
                                    edit: boolean;
                                };
                                carriedOver: boolean;
                                done: boolean;
                                dueOn: string | null;
                                id: string;
                                owner: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                text: string;
                                version: number;
                            }[];
                            agenda: {
                                abilities: {
                                    edit: boolean;
                                    remove: boolean;
                                    tick: boolean;
                                };
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                carriedOver: boolean;
                                discussed: boolean;
                                id: string;
                                /** @enum {string} */
                                section: "now" | "next";
                                source: string;
                                text: string;
                                version: number;
                            }[];
                            completedAt: string | null;
                            id: string;
                            privateNote: {
                                body: string;
                                updatedAt: string;
                                version: number;
                            } | null;
                            scheduledOn: string;
                            seriesId: string;
                            sharedNotes: string;
                            /** @enum {string} */
                            status: "upcoming" | "completed";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-chart/{personId}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Direct reports of a person, 50 at a time */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                department: string | null;
                                directReportCount: number;
                                displayName: string;
                                id: string;
                                jobTitle: string;
                                /** @enum {string} */
                                status: "active" | "on_leave" | "terminated";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-chart/{personId}/path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chain from the top of the organisation down to a person */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                department: string | null;
                                directReportCount: number;
                                displayName: string;
                                id: string;
                                jobTitle: string;
                                /** @enum {string} */
                                status: "active" | "on_leave" | "terminated";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-chart/roots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People at the top of the organisation */
        get: {
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
                        "application/json": {
                            items: {
                                department: string | null;
                                directReportCount: number;
                                displayName: string;
                                id: string;
                                jobTitle: string;
                                /** @enum {string} */
                                status: "active" | "on_leave" | "terminated";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People directory: search, filter, paginate */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    levelId?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "active" | "on_leave" | "terminated";
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
                        "application/json": {
                            items: {
                                department: {
                                    id: string;
                                    name: string;
                                } | null;
                                displayName: string;
                                email: string;
                                id: string;
                                jobTitle: string;
                                level: {
                                    code: string;
                                    id: string;
                                    name: string;
                                } | null;
                                location: string;
                                managerId: string | null;
                                /** @enum {string} */
                                status: "active" | "on_leave" | "terminated";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a person (HR admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId?: string | null;
                        /** Format: email */
                        email: string;
                        employeeId?: string | null;
                        familyName: string;
                        givenName: string;
                        hireDate: string;
                        /** @default  */
                        jobTitle?: string;
                        levelId?: string | null;
                        /** @default  */
                        location?: string;
                        managerId?: string | null;
                        /** @default false */
                        sendInvitation?: boolean;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "on_leave";
                        /** @default UTC */
                        timezone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                deactivate: boolean;
                                invite: boolean;
                                manageRoles: boolean;
                                update: boolean;
                                viewCareerPath: boolean;
                                viewDevelopment: boolean;
                                viewPay: boolean;
                                viewReportingHistory: boolean;
                                viewReviews: boolean;
                            };
                            department: {
                                id: string;
                                name: string;
                            } | null;
                            directReportCount: number;
                            displayName: string;
                            email: string;
                            employeeId: string | null;
                            familyName: string;
                            givenName: string;
                            hasAccount?: boolean;
                            hireDate: string;
                            id: string;
                            jobTitle: string;
                            level: {
                                code: string;
                                id: string;
                                name: string;
                            } | null;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            managerId: string | null;
                            roles?: ("hr_admin" | "approver" | "coach" | "org_admin")[];
                            /** @enum {string} */
                            status: "active" | "on_leave" | "terminated";
                            terminatedOn: string | null;
                            timezone: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person profile with the caller’s abilities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            abilities: {
                                deactivate: boolean;
                                invite: boolean;
                                manageRoles: boolean;
                                update: boolean;
                                viewCareerPath: boolean;
                                viewDevelopment: boolean;
                                viewPay: boolean;
                                viewReportingHistory: boolean;
                                viewReviews: boolean;
                            };
                            department: {
                                id: string;
                                name: string;
                            } | null;
                            directReportCount: number;
                            displayName: string;
                            email: string;
                            employeeId: string | null;
                            familyName: string;
                            givenName: string;
                            hasAccount?: boolean;
                            hireDate: string;
                            id: string;
                            jobTitle: string;
                            level: {
                                code: string;
                                id: string;
                                name: string;
                            } | null;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            managerId: string | null;
                            roles?: ("hr_admin" | "approver" | "coach" | "org_admin")[];
                            /** @enum {string} */
                            status: "active" | "on_leave" | "terminated";
                            terminatedOn: string | null;
                            timezone: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a person (HR admin); version-checked */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId?: string | null;
                        /** Format: email */
                        email?: string;
                        employeeId?: string | null;
                        familyName?: string;
                        givenName?: string;
                        hireDate?: string;
                        jobTitle?: string;
                        levelId?: string | null;
                        location?: string;
                        managerChangeEffective?: string;
                        managerId?: string | null;
                        /** @enum {string} */
                        status?: "active" | "on_leave";
                        timezone?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                deactivate: boolean;
                                invite: boolean;
                                manageRoles: boolean;
                                update: boolean;
                                viewCareerPath: boolean;
                                viewDevelopment: boolean;
                                viewPay: boolean;
                                viewReportingHistory: boolean;
                                viewReviews: boolean;
                            };
                            department: {
                                id: string;
                                name: string;
                            } | null;
                            directReportCount: number;
                            displayName: string;
                            email: string;
                            employeeId: string | null;
                            familyName: string;
                            givenName: string;
                            hasAccount?: boolean;
                            hireDate: string;
                            id: string;
                            jobTitle: string;
                            level: {
                                code: string;
                                id: string;
                                name: string;
                            } | null;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            managerId: string | null;
                            roles?: ("hr_admin" | "approver" | "coach" | "org_admin")[];
                            /** @enum {string} */
                            status: "active" | "on_leave" | "terminated";
                            terminatedOn: string | null;
                            timezone: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/people/{personId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a person left; ends their sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        terminatedOn: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                deactivate: boolean;
                                invite: boolean;
                                manageRoles: boolean;
                                update: boolean;
                                viewCareerPath: boolean;
                                viewDevelopment: boolean;
                                viewPay: boolean;
                                viewReportingHistory: boolean;
                                viewReviews: boolean;
                            };
                            department: {
                                id: string;
                                name: string;
                            } | null;
                            directReportCount: number;
                            displayName: string;
                            email: string;
                            employeeId: string | null;
                            familyName: string;
                            givenName: string;
                            hasAccount?: boolean;
                            hireDate: string;
                            id: string;
                            jobTitle: string;
                            level: {
                                code: string;
                                id: string;
                                name: string;
                            } | null;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            managerId: string | null;
                            roles?: ("hr_admin" | "approver" | "coach" | "org_admin")[];
                            /** @enum {string} */
                            status: "active" | "on_leave" | "terminated";
                            terminatedOn: string | null;
                            timezone: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/erasure-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dry run of erasing a person's data: per table and record kind, what is deleted, anonymised or kept and why; writes nothing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            blockers: {
                                /** @enum {string} */
                                code: "still_employed" | "has_direct_reports" | "already_erased" | "request_open";
                                message: string;
                            }[];
                            lines: {
                                /** @enum {string} */
                                action: "delete" | "anonymise" | "keep";
                                dataClass: string;
                                domain: string;
                                kind: string;
                                reason: string;
                                rows: number;
                                table: string;
                            }[];
                            /** @enum {string} */
                            performance: "anonymise" | "delete";
                            personId: string;
                            retainUntil: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request the erasure of a person's data (HR admin); a second HR admin approves it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export a person's data on their written request (HR admin): audited, on their access log, with HR-only records apart */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feedback about a person that the caller may read, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                body: string;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "feedback" | "praise";
                                recipient: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                requestQuestion: string | null;
                                /** @enum {string} */
                                visibility: "recipient_only" | "recipient_and_manager" | "public";
                                writer: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person’s goals that the caller may see */
        get: {
            parameters: {
                query?: {
                    current?: boolean;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                childCount: number;
                                health: ("on_track" | "at_risk" | "off_track") | null;
                                id: string;
                                /** @enum {string} */
                                level: "company" | "department" | "personal";
                                ownerDepartment: {
                                    id: string;
                                    name: string;
                                } | null;
                                ownerPerson: {
                                    id: string;
                                    name: string;
                                } | null;
                                parentId: string | null;
                                periodEnd: string;
                                periodStart: string;
                                progress: number;
                                /** @enum {string} */
                                status: "active" | "completed" | "cancelled";
                                title: string;
                                /** @enum {string} */
                                visibility: "public" | "private";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email an invitation to set a password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/manager-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who managed this person on a given date */
        get: {
            parameters: {
                query: {
                    date: string;
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            date: string;
                            manager: {
                                displayName: string;
                                id: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/performance-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The key performance areas and KPIs for a person’s job title and level */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                description: string;
                                id: string;
                                jobTitle: {
                                    id: string;
                                    name: string;
                                } | null;
                                kpis: {
                                    id: string;
                                    name: string;
                                    target: number;
                                    unit: string;
                                }[];
                                level: {
                                    id: string;
                                    name: string;
                                } | null;
                                name: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/reporting-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reporting-line history, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                id: string;
                                manager: {
                                    displayName: string;
                                    id: string;
                                } | null;
                                validFrom: string;
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/review-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person’s review in the running cycle, as the caller may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            due: string | null;
                            review: {
                                acknowledgedAt: string | null;
                                cycle: {
                                    id: string;
                                    name: string;
                                    periodEnd: string;
                                    periodStart: string;
                                };
                                finalRating?: number | null;
                                id: string;
                                releasedAt: string | null;
                                reviewer: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                scaleLabel?: string | null;
                                /** @enum {string} */
                                state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                                subject: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person’s reviews over the years, as the caller may see them */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    released?: "true" | "false";
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            items: {
                                acknowledgedAt: string | null;
                                cycle: {
                                    id: string;
                                    name: string;
                                    periodEnd: string;
                                    periodStart: string;
                                };
                                finalRating?: number | null;
                                id: string;
                                releasedAt: string | null;
                                reviewer: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                scaleLabel?: string | null;
                                /** @enum {string} */
                                state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                                subject: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{personId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Grant roles (org admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles: ("hr_admin" | "approver" | "coach" | "org_admin")[];
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
                        "application/json": {
                            abilities: {
                                deactivate: boolean;
                                invite: boolean;
                                manageRoles: boolean;
                                update: boolean;
                                viewCareerPath: boolean;
                                viewDevelopment: boolean;
                                viewPay: boolean;
                                viewReportingHistory: boolean;
                                viewReviews: boolean;
                            };
                            department: {
                                id: string;
                                name: string;
                            } | null;
                            directReportCount: number;
                            displayName: string;
                            email: string;
                            employeeId: string | null;
                            familyName: string;
                            givenName: string;
                            hasAccount?: boolean;
                            hireDate: string;
                            id: string;
                            jobTitle: string;
                            level: {
                                code: string;
                                id: string;
                                name: string;
                            } | null;
                            location: string;
                            manager: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            managerId: string | null;
                            roles?: ("hr_admin" | "approver" | "coach" | "org_admin")[];
                            /** @enum {string} */
                            status: "active" | "on_leave" | "terminated";
                            terminatedOn: string | null;
                            timezone: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import people from CSV, all rows or none (HR admin); dryRun checks without writing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        dryRun?: boolean;
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
                        "application/json": {
                            applied: boolean;
                            created: number;
                            invalid: number;
                            rows: {
                                changes: string[];
                                email: string;
                                errors: {
                                    code: string;
                                    field: string;
                                    message: string;
                                    params?: {
                                        [key: string]: string | number | boolean;
                                    };
                                }[];
                                line: number;
                                /** @enum {string} */
                                status: "create" | "update" | "invalid";
                            }[];
                            updated: number;
                        };
                    };
                };
                /** @description Some rows are invalid and nothing was imported; `error.report` lists every problem. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "import_invalid";
                                currentVersion?: number;
                                fieldIssues?: {
                                    [key: string]: {
                                        code: string;
                                        params?: {
                                            [key: string]: string | number | boolean;
                                        };
                                    };
                                };
                                fields?: {
                                    [key: string]: string;
                                };
                                message: string;
                                reason?: {
                                    code: string;
                                    params?: {
                                        [key: string]: string | number | boolean;
                                    };
                                };
                                report: {
                                    applied: boolean;
                                    created: number;
                                    invalid: number;
                                    rows: {
                                        changes: string[];
                                        email: string;
                                        errors: {
                                            code: string;
                                            field: string;
                                            message: string;
                                            params?: {
                                                [key: string]: string | number | boolean;
                                            };
                                        }[];
                                        line: number;
                                        /** @enum {string} */
                                        status: "create" | "update" | "invalid";
                                    }[];
                                    updated: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All key performance areas with KPIs (HR) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                description: string;
                                id: string;
                                jobTitle: {
                                    id: string;
                                    name: string;
                                } | null;
                                kpis: {
                                    id: string;
                                    name: string;
                                    target: number;
                                    unit: string;
                                }[];
                                level: {
                                    id: string;
                                    name: string;
                                } | null;
                                name: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a key performance area with KPIs (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        jobTitleId?: string | null;
                        kpis: {
                            /** Format: uuid */
                            id?: string;
                            name: string;
                            target: number;
                            /** @default  */
                            unit?: string;
                        }[];
                        levelId?: string | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance-areas/{areaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit a key performance area (HR); version-checked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    areaId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        description?: string;
                        jobTitleId?: string | null;
                        kpis: {
                            /** Format: uuid */
                            id?: string;
                            name: string;
                            target: number;
                            /** @default  */
                            unit?: string;
                        }[];
                        levelId?: string | null;
                        name: string;
                        version: number;
                    };
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
            };
        };
        post?: never;
        /** Remove a key performance area (HR); version-checked */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    areaId: string;
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
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/bands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Salary bands (HR admin): the version of each in effect on a date, or every version */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    cursor?: string;
                    jobFamily?: string;
                    levelId?: string;
                    limit?: number;
                    view?: "current" | "history";
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
                        "application/json": {
                            asOf: string;
                            items: {
                                createdAt: string;
                                currency: string;
                                effectiveFrom: string;
                                id: string;
                                jobFamily: string;
                                levelCode: string;
                                levelId: string;
                                levelName: string;
                                maxMinor: number;
                                midpointMinor: number;
                                minMinor: number;
                                payZone: string | null;
                                superseded: boolean;
                                targetMinor: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a salary band version from a date (HR admin); earlier versions stay as history */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency: string;
                        effectiveFrom: string;
                        jobFamily: string;
                        /** Format: uuid */
                        levelId: string;
                        max: string;
                        min: string;
                        payZone?: string | null;
                        target?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            effectiveFrom: string;
                            id: string;
                            jobFamily: string;
                            levelCode: string;
                            levelId: string;
                            levelName: string;
                            maxMinor: number;
                            midpointMinor: number;
                            minMinor: number;
                            payZone: string | null;
                            superseded: boolean;
                            targetMinor: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/bands/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import salary band versions from CSV, all rows or none (HR admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        dryRun?: boolean;
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
                        "application/json": {
                            applied: boolean;
                            created: number;
                            invalid: number;
                            rows: {
                                changes: string[];
                                email: string;
                                errors: {
                                    code: string;
                                    field: string;
                                    message: string;
                                    params?: {
                                        [key: string]: string | number | boolean;
                                    };
                                }[];
                                line: number;
                                /** @enum {string} */
                                status: "create" | "update" | "invalid";
                            }[];
                            updated: number;
                        };
                    };
                };
                /** @description Some rows are invalid and nothing was imported; `error.report` lists every problem. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "import_invalid";
                                currentVersion?: number;
                                fieldIssues?: {
                                    [key: string]: {
                                        code: string;
                                        params?: {
                                            [key: string]: string | number | boolean;
                                        };
                                    };
                                };
                                fields?: {
                                    [key: string]: string;
                                };
                                message: string;
                                reason?: {
                                    code: string;
                                    params?: {
                                        [key: string]: string | number | boolean;
                                    };
                                };
                                report: {
                                    applied: boolean;
                                    created: number;
                                    invalid: number;
                                    rows: {
                                        changes: string[];
                                        email: string;
                                        errors: {
                                            code: string;
                                            field: string;
                                            message: string;
                                            params?: {
                                                [key: string]: string | number | boolean;
                                            };
                                        }[];
                                        line: number;
                                        /** @enum {string} */
                                        status: "create" | "update" | "invalid";
                                    }[];
                                    updated: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compensation cycles, newest first (HR admin) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    state?: "draft" | "planning" | "review" | "approved" | "released" | "archived";
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
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                    launch: boolean;
                                    overrideEligibility: boolean;
                                    transitions: ("draft" | "planning" | "review" | "approved" | "released" | "archived")[];
                                };
                                approvalDepth: number;
                                archivedAt: string | null;
                                budget: {
                                    bonus?: {
                                        /** @enum {string} */
                                        kind: "bottom_up";
                                        percent: string;
                                    } | {
                                        amountMinor: number;
                                        /** @enum {string} */
                                        kind: "top_down";
                                    };
                                    market?: {
                                        /** @enum {string} */
                                        kind: "bottom_up";
                                        percent: string;
                                    } | {
                                        amountMinor: number;
                                        /** @enum {string} */
                                        kind: "top_down";
                                    };
                                    merit?: {
                                        /** @enum {string} */
                                        kind: "bottom_up";
                                        percent: string;
                                    } | {
                                        amountMinor: number;
                                        /** @enum {string} */
                                        kind: "top_down";
                                    };
                                    promotion?: {
                                        /** @enum {string} */
                                        kind: "bottom_up";
                                        percent: string;
                                    } | {
                                        amountMinor: number;
                                        /** @enum {string} */
                                        kind: "top_down";
                                    };
                                };
                                counts: {
                                    eligible: number;
                                    excluded: number;
                                    ineligible: number;
                                    missingBand: number;
                                    missingPay: number;
                                    missingRating: number;
                                    participants: number;
                                } | null;
                                createdAt: string;
                                effectiveDate: string;
                                eligibilityRules: {
                                    excludedPersonIds: string[];
                                    excludeTerminated: boolean;
                                    hiredOnOrBefore: string | null;
                                    levelIds: string[];
                                    minMonthsSinceLastIncrease: number | null;
                                };
                                fxFrozenAt: string | null;
                                fxTable: {
                                    asOf: string;
                                    base: string;
                                    rates: {
                                        [key: string]: string;
                                    };
                                    source: string;
                                };
                                id: string;
                                launchedAt: string | null;
                                meritMatrix: {
                                    /** @enum {string} */
                                    axis: "compa_ratio" | "position_in_range";
                                    rows: {
                                        cells: {
                                            maxPct: string;
                                            minPct: string;
                                            targetPct: string;
                                        }[];
                                        rating: number;
                                    }[];
                                    thresholds: string[];
                                } | null;
                                name: string;
                                /** @enum {string} */
                                overBudgetPolicy: "warn" | "block";
                                periodEnd: string;
                                periodStart: string;
                                planningCurrency: string;
                                releasedAt: string | null;
                                reviewCycleId: string | null;
                                sandbox: boolean;
                                /** @enum {string} */
                                state: "draft" | "planning" | "review" | "approved" | "released" | "archived";
                                updatedAt: string;
                                version: number;
                                visibilityDate: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set up a compensation cycle as a draft (HR admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 1 */
                        approvalDepth?: number;
                        /** @default {} */
                        budget?: {
                            bonus?: {
                                /** @enum {string} */
                                kind: "bottom_up";
                                percent: string;
                            } | {
                                amountMinor: number;
                                /** @enum {string} */
                                kind: "top_down";
                            };
                            market?: {
                                /** @enum {string} */
                                kind: "bottom_up";
                                percent: string;
                            } | {
                                amountMinor: number;
                                /** @enum {string} */
                                kind: "top_down";
                            };
                            merit?: {
                                /** @enum {string} */
                                kind: "bottom_up";
                                percent: string;
                            } | {
                                amountMinor: number;
                                /** @enum {string} */
                                kind: "top_down";
                            };
                            promotion?: {
                                /** @enum {string} */
                                kind: "bottom_up";
                                percent: string;
                            } | {
                                amountMinor: number;
                                /** @enum {string} */
                                kind: "top_down";
                            };
                        };
                        effectiveDate: string;
                        /**
                         * @default {
                         *       "excludeTerminated": true,
                         *       "excludedPersonIds": [],
                         *       "hiredOnOrBefore": null,
                         *       "levelIds": [],
                         *       "minMonthsSinceLastIncrease": null
                         *     }
                         */
                        eligibilityRules?: {
                            /** @default [] */
                            excludedPersonIds?: string[];
                            /** @default true */
                            excludeTerminated?: boolean;
                            /** @default null */
                            hiredOnOrBefore?: string | null;
                            /** @default [] */
                            levelIds?: string[];
                            /** @default null */
                            minMonthsSinceLastIncrease?: number | null;
                        };
                        fxTable: {
                            asOf: string;
                            base: string;
                            /** @default {} */
                            rates?: {
                                [key: string]: string;
                            };
                            source: string;
                        };
                        /** @default null */
                        meritMatrix?: {
                            /** @enum {string} */
                            axis: "compa_ratio" | "position_in_range";
                            rows: {
                                cells: {
                                    maxPct: string;
                                    minPct: string;
                                    targetPct: string;
                                }[];
                                rating: number;
                            }[];
                            thresholds: string[];
                        } | null;
                        name: string;
                        periodEnd: string;
                        periodStart: string;
                        planningCurrency: string;
                        /** @default null */
                        reviewCycleId?: string | null;
                        /** @default false */
                        sandbox?: boolean;
                        visibilityDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                launch: boolean;
                                overrideEligibility: boolean;
                                transitions: ("draft" | "planning" | "review" | "approved" | "released" | "archived")[];
                            };
                            approvalDepth: number;
                            archivedAt: string | null;
                            budget: {
                                bonus?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                market?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                merit?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                promotion?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                            };
                            counts: {
                                eligible: number;
                                excluded: number;
                                ineligible: number;
                                missingBand: number;
                                missingPay: number;
                                missingRating: number;
                                participants: number;
                            } | null;
                            createdAt: string;
                            effectiveDate: string;
                            eligibilityRules: {
                                excludedPersonIds: string[];
                                excludeTerminated: boolean;
                                hiredOnOrBefore: string | null;
                                levelIds: string[];
                                minMonthsSinceLastIncrease: number | null;
                            };
                            fxFrozenAt: string | null;
                            fxTable: {
                                asOf: string;
                                base: string;
                                rates: {
                                    [key: string]: string;
                                };
                                source: string;
                            };
                            id: string;
                            launchedAt: string | null;
                            meritMatrix: {
                                /** @enum {string} */
                                axis: "compa_ratio" | "position_in_range";
                                rows: {
                                    cells: {
                                        maxPct: string;
                                        minPct: string;
                                        targetPct: string;
                                    }[];
                                    rating: number;
                                }[];
                                thresholds: string[];
                            } | null;
                            name: string;
                            /** @enum {string} */
                            overBudgetPolicy: "warn" | "block";
                            periodEnd: string;
                            periodStart: string;
                            planningCurrency: string;
                            releasedAt: string | null;
                            reviewCycleId: string | null;
                            sandbox: boolean;
                            /** @enum {string} */
                            state: "draft" | "planning" | "review" | "approved" | "released" | "archived";
                            updatedAt: string;
                            version: number;
                            visibilityDate: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A compensation cycle with its participant counts (HR admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                launch: boolean;
                                overrideEligibility: boolean;
                                transitions: ("draft" | "planning" | "review" | "approved" | "released" | "archived")[];
                            };
                            approvalDepth: number;
                            archivedAt: string | null;
                            budget: {
                                bonus?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                market?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                merit?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                promotion?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                            };
                            counts: {
                                eligible: number;
                                excluded: number;
                                ineligible: number;
                                missingBand: number;
                                missingPay: number;
                                missingRating: number;
                                participants: number;
                            } | null;
                            createdAt: string;
                            effectiveDate: string;
                            eligibilityRules: {
                                excludedPersonIds: string[];
                                excludeTerminated: boolean;
                                hiredOnOrBefore: string | null;
                                levelIds: string[];
                                minMonthsSinceLastIncrease: number | null;
                            };
                            fxFrozenAt: string | null;
                            fxTable: {
                                asOf: string;
                                base: string;
                                rates: {
                                    [key: string]: string;
                                };
                                source: string;
                            };
                            id: string;
                            launchedAt: string | null;
                            meritMatrix: {
                                /** @enum {string} */
                                axis: "compa_ratio" | "position_in_range";
                                rows: {
                                    cells: {
                                        maxPct: string;
                                        minPct: string;
                                        targetPct: string;
                                    }[];
                                    rating: number;
                                }[];
                                thresholds: string[];
                            } | null;
                            name: string;
                            /** @enum {string} */
                            overBudgetPolicy: "warn" | "block";
                            periodEnd: string;
                            periodStart: string;
                            planningCurrency: string;
                            releasedAt: string | null;
                            reviewCycleId: string | null;
                            sandbox: boolean;
                            /** @enum {string} */
                            state: "draft" | "planning" | "review" | "approved" | "released" | "archived";
                            updatedAt: string;
                            version: number;
                            visibilityDate: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft cycle's set-up; version-checked */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approvalDepth?: number;
                        budget?: {
                            bonus?: {
                                /** @enum {string} */
                                kind: "bottom_up";
                                percent: string;
                            } | {
                                amountMinor: number;
                                /** @enum {string} */
                                kind: "top_down";
                            };
                            market?: {
                                /** @enum {string} */
                                kind: "bottom_up";
                                percent: string;
                            } | {
                                amountMinor: number;
                                /** @enum {string} */
                                kind: "top_down";
                            };
                            merit?: {
                                /** @enum {string} */
                                kind: "bottom_up";
                                percent: string;
                            } | {
                                amountMinor: number;
                                /** @enum {string} */
                                kind: "top_down";
                            };
                            promotion?: {
                                /** @enum {string} */
                                kind: "bottom_up";
                                percent: string;
                            } | {
                                amountMinor: number;
                                /** @enum {string} */
                                kind: "top_down";
                            };
                        };
                        effectiveDate?: string;
                        eligibilityRules?: {
                            /** @default [] */
                            excludedPersonIds?: string[];
                            /** @default true */
                            excludeTerminated?: boolean;
                            /** @default null */
                            hiredOnOrBefore?: string | null;
                            /** @default [] */
                            levelIds?: string[];
                            /** @default null */
                            minMonthsSinceLastIncrease?: number | null;
                        };
                        fxTable?: {
                            asOf: string;
                            base: string;
                            /** @default {} */
                            rates?: {
                                [key: string]: string;
                            };
                            source: string;
                        };
                        meritMatrix?: {
                            /** @enum {string} */
                            axis: "compa_ratio" | "position_in_range";
                            rows: {
                                cells: {
                                    maxPct: string;
                                    minPct: string;
                                    targetPct: string;
                                }[];
                                rating: number;
                            }[];
                            thresholds: string[];
                        } | null;
                        name?: string;
                        periodEnd?: string;
                        periodStart?: string;
                        planningCurrency?: string;
                        reviewCycleId?: string | null;
                        version: number;
                        visibilityDate?: string;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                launch: boolean;
                                overrideEligibility: boolean;
                                transitions: ("draft" | "planning" | "review" | "approved" | "released" | "archived")[];
                            };
                            approvalDepth: number;
                            archivedAt: string | null;
                            budget: {
                                bonus?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                market?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                merit?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                promotion?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                            };
                            counts: {
                                eligible: number;
                                excluded: number;
                                ineligible: number;
                                missingBand: number;
                                missingPay: number;
                                missingRating: number;
                                participants: number;
                            } | null;
                            createdAt: string;
                            effectiveDate: string;
                            eligibilityRules: {
                                excludedPersonIds: string[];
                                excludeTerminated: boolean;
                                hiredOnOrBefore: string | null;
                                levelIds: string[];
                                minMonthsSinceLastIncrease: number | null;
                            };
                            fxFrozenAt: string | null;
                            fxTable: {
                                asOf: string;
                                base: string;
                                rates: {
                                    [key: string]: string;
                                };
                                source: string;
                            };
                            id: string;
                            launchedAt: string | null;
                            meritMatrix: {
                                /** @enum {string} */
                                axis: "compa_ratio" | "position_in_range";
                                rows: {
                                    cells: {
                                        maxPct: string;
                                        minPct: string;
                                        targetPct: string;
                                    }[];
                                    rating: number;
                                }[];
                                thresholds: string[];
                            } | null;
                            name: string;
                            /** @enum {string} */
                            overBudgetPolicy: "warn" | "block";
                            periodEnd: string;
                            periodStart: string;
                            planningCurrency: string;
                            releasedAt: string | null;
                            reviewCycleId: string | null;
                            sandbox: boolean;
                            /** @enum {string} */
                            state: "draft" | "planning" | "review" | "approved" | "released" | "archived";
                            updatedAt: string;
                            version: number;
                            visibilityDate: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/bands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The salary bands a promotion in this cycle may go to, as in effect on its effective date, for whoever plans in it (the promotion's band and level) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    jobFamily?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            asOf: string;
                            items: {
                                createdAt: string;
                                currency: string;
                                effectiveFrom: string;
                                id: string;
                                jobFamily: string;
                                levelCode: string;
                                levelId: string;
                                levelName: string;
                                maxMinor: number;
                                midpointMinor: number;
                                minMinor: number;
                                payZone: string | null;
                                superseded: boolean;
                                targetMinor: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budgets per pool: the caller's own and subtree budget, spend and remainder, then each manager below (HR: all), in the planning currency */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            currency: string;
                            cycleId: string;
                            managers: {
                                familyName: string;
                                givenName: string;
                                managerId: string;
                                parentManagerId: string | null;
                                pools: {
                                    draftOwn: number;
                                    draftSubtree: number;
                                    own: {
                                        budget: number;
                                        remaining: number;
                                        spend: number;
                                    };
                                    /** @enum {string} */
                                    pool: "merit" | "promotion" | "market" | "bonus";
                                    subtree: {
                                        budget: number;
                                        remaining: number;
                                        spend: number;
                                    };
                                }[];
                            }[];
                            /** @enum {string} */
                            overBudgetPolicy: "warn" | "block";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/equity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pay equity before approval: increase % and compa-ratio by department and level (groups under 5 withheld), the compa-ratio distribution, and who stays below their band minimum (names for HR only, each logged) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            belowMinimum: {
                                items: {
                                    bandCurrency: string;
                                    bandMinMinor: number;
                                    currency: string;
                                    departmentName: string | null;
                                    familyName: string;
                                    givenName: string;
                                    newBaseMinor: number;
                                    /** Format: uuid */
                                    participantId: string;
                                    payFrequency: ("annual" | "monthly" | "hourly") | null;
                                    /** Format: uuid */
                                    personId: string;
                                    proposed: boolean;
                                }[];
                                page: number;
                                pageSize: number;
                                total: number;
                            } | null;
                            belowMinimumCount: number;
                            /** Format: uuid */
                            cycleId: string;
                            /** @enum {string} */
                            cycleState: "draft" | "planning" | "review" | "approved" | "released" | "archived";
                            dimensions: {
                                complementary: boolean;
                                /** @enum {string} */
                                dimension: "department" | "level";
                                groups: {
                                    headcount: number | null;
                                    key: string | null;
                                    meanCompaAfter: string | null;
                                    meanCompaBefore: string | null;
                                    meanIncreasePct: string | null;
                                    medianIncreasePct: string | null;
                                    name: string | null;
                                    proposed: number | null;
                                    suppressed: boolean;
                                    suppression: ("small" | "complementary") | null;
                                }[];
                            }[];
                            distribution: {
                                buckets: {
                                    after: number | null;
                                    before: number | null;
                                    from: string | null;
                                    to: string | null;
                                }[];
                                suppressed: boolean;
                            };
                            genderRecorded: boolean;
                            minGroupSize: number;
                            total: {
                                headcount: number | null;
                                key: string | null;
                                meanCompaAfter: string | null;
                                meanCompaBefore: string | null;
                                meanIncreasePct: string | null;
                                medianIncreasePct: string | null;
                                name: string | null;
                                proposed: number | null;
                                suppressed: boolean;
                                suppression: ("small" | "complementary") | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Launch a draft: freeze the exchange rates and snapshot every person (draft → planning) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                launch: boolean;
                                overrideEligibility: boolean;
                                transitions: ("draft" | "planning" | "review" | "approved" | "released" | "archived")[];
                            };
                            approvalDepth: number;
                            archivedAt: string | null;
                            budget: {
                                bonus?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                market?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                merit?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                promotion?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                            };
                            counts: {
                                eligible: number;
                                excluded: number;
                                ineligible: number;
                                missingBand: number;
                                missingPay: number;
                                missingRating: number;
                                participants: number;
                            } | null;
                            createdAt: string;
                            effectiveDate: string;
                            eligibilityRules: {
                                excludedPersonIds: string[];
                                excludeTerminated: boolean;
                                hiredOnOrBefore: string | null;
                                levelIds: string[];
                                minMonthsSinceLastIncrease: number | null;
                            };
                            fxFrozenAt: string | null;
                            fxTable: {
                                asOf: string;
                                base: string;
                                rates: {
                                    [key: string]: string;
                                };
                                source: string;
                            };
                            id: string;
                            launchedAt: string | null;
                            meritMatrix: {
                                /** @enum {string} */
                                axis: "compa_ratio" | "position_in_range";
                                rows: {
                                    cells: {
                                        maxPct: string;
                                        minPct: string;
                                        targetPct: string;
                                    }[];
                                    rating: number;
                                }[];
                                thresholds: string[];
                            } | null;
                            name: string;
                            /** @enum {string} */
                            overBudgetPolicy: "warn" | "block";
                            periodEnd: string;
                            periodStart: string;
                            planningCurrency: string;
                            releasedAt: string | null;
                            reviewCycleId: string | null;
                            sandbox: boolean;
                            /** @enum {string} */
                            state: "draft" | "planning" | "review" | "approved" | "released" | "archived";
                            updatedAt: string;
                            version: number;
                            visibilityDate: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/letters.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every letter of a released cycle as a ZIP, one PDF per person whose pay changed, in each person's language (HR admin; each is logged for the person) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cycle's participants as snapshotted at launch, by name (HR admin; each read is logged for the person) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    departmentId?: string;
                    eligibility?: "eligible" | "ineligible" | "excluded";
                    limit?: number;
                    managerId?: string;
                };
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            items: {
                                band: {
                                    currency: string;
                                    maxMinor: number;
                                    minMinor: number;
                                    targetMinor: number | null;
                                } | null;
                                calibratedRating: number | null;
                                compaRatio: string | null;
                                departmentId: string | null;
                                /** @enum {string} */
                                eligibility: "eligible" | "ineligible" | "excluded";
                                familyName: string;
                                givenName: string;
                                hireDate: string;
                                id: string;
                                lastIncreaseDate: string | null;
                                levelId: string | null;
                                managerId: string | null;
                                override: {
                                    at: string;
                                    /** @enum {string} */
                                    eligibility: "eligible" | "ineligible" | "excluded";
                                    reason: string;
                                } | null;
                                pay: {
                                    baseMinor: number;
                                    currency: string;
                                    frequency: string;
                                    ftePermille: number;
                                    jobFamily: string;
                                    payZone: string | null;
                                } | null;
                                personId: string;
                                positionInRange: string | null;
                                proration: {
                                    eligibleDays: number;
                                    periodDays: number;
                                };
                                /** @enum {string} */
                                ruleEligibility: "eligible" | "ineligible" | "excluded";
                                ruleReason: ("excluded_by_hr" | "terminated" | "hired_after_cutoff" | "level_not_included" | "recent_increase") | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/payroll.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payroll export (CSV): one line per person whose base changes or who gets a bonus (HR admin; approved, released or archived cycles) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/payroll.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payroll export (XLSX): one line per person whose base changes or who gets a bonus (HR admin; approved, released or archived cycles) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The planning grid: the caller's participants (snapshot subtree, or all for the approval team and HR) with their proposals, by name; `awaiting=mine` is the approver's queue; each listed person's access log records the read */
        get: {
            parameters: {
                query?: {
                    awaiting?: "mine";
                    cursor?: string;
                    limit?: number;
                    managerId?: string;
                    state?: "draft" | "submitted" | "returned" | "approved" | "none";
                };
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            items: {
                                abilities: {
                                    adjust: boolean;
                                    approve: boolean;
                                    edit: boolean;
                                    sendBack: boolean;
                                    submit: boolean;
                                };
                                approval: {
                                    approvedAt: string | null;
                                    awaitingPersonId: string | null;
                                    chainLength: number;
                                    returnedReason: string | null;
                                    step: number;
                                };
                                band: {
                                    currency: string;
                                    maxMinor: number;
                                    minMinor: number;
                                    targetMinor: number | null;
                                } | null;
                                bonusMinor: number | null;
                                calibratedRating: number | null;
                                compaRatio: string | null;
                                currency: string | null;
                                currentBaseMinor: number | null;
                                cycleId: string;
                                /** @enum {string} */
                                eligibility: "eligible" | "ineligible" | "excluded";
                                familyName: string;
                                flags: {
                                    band: ("below_min" | "within" | "above_max") | null;
                                    outsideGuideline: boolean;
                                    promotionBelowGuideline: boolean;
                                };
                                givenName: string;
                                guideline: {
                                    maxPct: string;
                                    minPct: string;
                                    targetPct: string;
                                } | null;
                                justification: string | null;
                                managerId: string | null;
                                marketMinor: number | null;
                                merit: {
                                    /** @enum {string} */
                                    input: "percent" | "amount";
                                    newBaseMinor: number;
                                    percent: string;
                                } | null;
                                participantId: string;
                                personId: string;
                                positionInRange: string | null;
                                promotion: {
                                    bandId: string;
                                    levelId: string;
                                    newBaseMinor: number;
                                } | null;
                                proration: {
                                    eligibleDays: number;
                                    periodDays: number;
                                };
                                resultingBaseMinor: number | null;
                                state: ("draft" | "submitted" | "returned" | "approved") | null;
                                submittedAt: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/proposals/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve submitted proposals, all or nothing: a chain approver passes each to the next approver, the approval team or HR approves for good */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            participantId: string;
                            version: number;
                        }[];
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
                        "application/json": {
                            approved: number;
                            movedOn: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/proposals/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit proposals into the budget, all or nothing; over budget warns or (organisation setting) refuses */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            participantId: string;
                            version: number;
                        }[];
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
                        "application/json": {
                            submitted: number;
                            warnings: {
                                code: string;
                                /** @enum {string} */
                                level: "error" | "warning";
                                params?: {
                                    [key: string]: string | number | boolean;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cycle's release: how many pay records it writes (or wrote) and from when employees see them (HR admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            approved: number;
                            bonuses: number;
                            cycleId: string;
                            effectiveDate: string;
                            payChanges: number;
                            payrollAvailable: boolean;
                            promotions: number;
                            releasedAt: string | null;
                            sandbox: boolean;
                            /** @enum {string} */
                            state: "draft" | "planning" | "review" | "approved" | "released" | "archived";
                            visibilityDate: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/setup-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What would stop the launch: dates, merit matrix against the rating scale, exchange rates for every currency */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            currencies: string[];
                            issues: {
                                code: string;
                                field: string;
                                /** @enum {string} */
                                level: "error" | "warning";
                                params?: {
                                    [key: string]: string | number | boolean;
                                };
                            }[];
                            people: number;
                            ready: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/{cycleId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a launched cycle on: review, approved, released (never a sandbox), archived */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        to: "review" | "approved" | "released" | "archived";
                        version: number;
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
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                launch: boolean;
                                overrideEligibility: boolean;
                                transitions: ("draft" | "planning" | "review" | "approved" | "released" | "archived")[];
                            };
                            approvalDepth: number;
                            archivedAt: string | null;
                            budget: {
                                bonus?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                market?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                merit?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                                promotion?: {
                                    /** @enum {string} */
                                    kind: "bottom_up";
                                    percent: string;
                                } | {
                                    amountMinor: number;
                                    /** @enum {string} */
                                    kind: "top_down";
                                };
                            };
                            counts: {
                                eligible: number;
                                excluded: number;
                                ineligible: number;
                                missingBand: number;
                                missingPay: number;
                                missingRating: number;
                                participants: number;
                            } | null;
                            createdAt: string;
                            effectiveDate: string;
                            eligibilityRules: {
                                excludedPersonIds: string[];
                                excludeTerminated: boolean;
                                hiredOnOrBefore: string | null;
                                levelIds: string[];
                                minMonthsSinceLastIncrease: number | null;
                            };
                            fxFrozenAt: string | null;
                            fxTable: {
                                asOf: string;
                                base: string;
                                rates: {
                                    [key: string]: string;
                                };
                                source: string;
                            };
                            id: string;
                            launchedAt: string | null;
                            meritMatrix: {
                                /** @enum {string} */
                                axis: "compa_ratio" | "position_in_range";
                                rows: {
                                    cells: {
                                        maxPct: string;
                                        minPct: string;
                                        targetPct: string;
                                    }[];
                                    rating: number;
                                }[];
                                thresholds: string[];
                            } | null;
                            name: string;
                            /** @enum {string} */
                            overBudgetPolicy: "warn" | "block";
                            periodEnd: string;
                            periodStart: string;
                            planningCurrency: string;
                            releasedAt: string | null;
                            reviewCycleId: string | null;
                            sandbox: boolean;
                            /** @enum {string} */
                            state: "draft" | "planning" | "review" | "approved" | "released" | "archived";
                            updatedAt: string;
                            version: number;
                            visibilityDate: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/participants/{participantId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Override a person's eligibility with a reason while the cycle plans (HR admin, not for oneself) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        eligibility: "eligible" | "ineligible" | "excluded";
                        reason: string;
                        version: number;
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
                        "application/json": {
                            band: {
                                currency: string;
                                maxMinor: number;
                                minMinor: number;
                                targetMinor: number | null;
                            } | null;
                            calibratedRating: number | null;
                            compaRatio: string | null;
                            departmentId: string | null;
                            /** @enum {string} */
                            eligibility: "eligible" | "ineligible" | "excluded";
                            familyName: string;
                            givenName: string;
                            hireDate: string;
                            id: string;
                            lastIncreaseDate: string | null;
                            levelId: string | null;
                            managerId: string | null;
                            override: {
                                at: string;
                                /** @enum {string} */
                                eligibility: "eligible" | "ineligible" | "excluded";
                                reason: string;
                            } | null;
                            pay: {
                                baseMinor: number;
                                currency: string;
                                frequency: string;
                                ftePermille: number;
                                jobFamily: string;
                                payZone: string | null;
                            } | null;
                            personId: string;
                            positionInRange: string | null;
                            proration: {
                                eligibleDays: number;
                                periodDays: number;
                            };
                            /** @enum {string} */
                            ruleEligibility: "eligible" | "ineligible" | "excluded";
                            ruleReason: ("excluded_by_hr" | "terminated" | "hired_after_cutoff" | "level_not_included" | "recent_increase") | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/cycles/participants/{participantId}/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person's letter of a released cycle as PDF, in their language (HR admin; logged for the person) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/letter-templates/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's pay-letter template in a language, or the default (HR admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "en" | "de";
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
                        "application/json": {
                            bandPlacementShown: boolean;
                            body: string;
                            isDefault: boolean;
                            /** @enum {string} */
                            language: "en" | "de";
                            mergeFields: ("givenName" | "familyName" | "cycleName" | "effectiveDate" | "oldBase" | "newBase" | "payPeriod" | "increasePercent" | "meritPercent" | "marketAdjustment" | "bonus" | "promotionLevel" | "bandPlacement")[];
                            title: string;
                            updatedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Save the pay-letter template of a language (HR admin); version-checked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "en" | "de";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        title: string;
                        version: number;
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
                        "application/json": {
                            bandPlacementShown: boolean;
                            body: string;
                            isDefault: boolean;
                            /** @enum {string} */
                            language: "en" | "de";
                            mergeFields: ("givenName" | "familyName" | "cycleName" | "effectiveDate" | "oldBase" | "newBase" | "payPeriod" | "increasePercent" | "meritPercent" | "marketAdjustment" | "bonus" | "promotionLevel" | "bandPlacement")[];
                            title: string;
                            updatedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/letter-templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A sample letter (made-up person and figures) from a template as edited, as PDF (HR admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        language: "en" | "de";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/me/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My pay letters: released cycles whose visibility date has come, newest first */
        get: {
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
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                cycleId: string;
                                cycleName: string;
                                effectiveDate: string;
                                visibilityDate: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/me/letters/{cycleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My letter of a cycle as PDF, from its visibility date on (before it: 404) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/me/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My pay: history, and where it sits in my band when the organisation shows it */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
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
                        "application/json": {
                            abilities: {
                                addRecord: boolean;
                                seePlacement: boolean;
                            };
                            asOf: string;
                            current: {
                                baseMinor: number;
                                compCycleId: string | null;
                                createdAt: string;
                                currency: string;
                                effectiveFrom: string;
                                /** @enum {string} */
                                frequency: "annual" | "monthly" | "hourly";
                                ftePermille: number;
                                id: string;
                                jobFamily: string;
                                note: string;
                                payZone: string | null;
                                personId: string;
                                /** @enum {string} */
                                reason: "hire" | "merit" | "promotion" | "market" | "correction" | "import" | "cycle";
                                superseded: boolean;
                                variableTargetBps: number | null;
                            } | null;
                            items: {
                                baseMinor: number;
                                compCycleId: string | null;
                                createdAt: string;
                                currency: string;
                                effectiveFrom: string;
                                /** @enum {string} */
                                frequency: "annual" | "monthly" | "hourly";
                                ftePermille: number;
                                id: string;
                                jobFamily: string;
                                note: string;
                                payZone: string | null;
                                personId: string;
                                /** @enum {string} */
                                reason: "hire" | "merit" | "promotion" | "market" | "correction" | "import" | "cycle";
                                superseded: boolean;
                                variableTargetBps: number | null;
                            }[];
                            nextCursor: string | null;
                            personId: string;
                            placement: ({
                                annualBaseMinor: number;
                                band: {
                                    createdAt: string;
                                    currency: string;
                                    effectiveFrom: string;
                                    id: string;
                                    jobFamily: string;
                                    levelCode: string;
                                    levelId: string;
                                    levelName: string;
                                    maxMinor: number;
                                    midpointMinor: number;
                                    minMinor: number;
                                    payZone: string | null;
                                    superseded: boolean;
                                    targetMinor: number | null;
                                };
                                compaRatio: {
                                    decimal: string;
                                    value: number;
                                };
                                /** @enum {string} */
                                flag: "below_min" | "within" | "above_max";
                                positionInRange: {
                                    decimal: string;
                                    value: number;
                                };
                                /** @enum {string} */
                                status: "placed";
                            } | {
                                /** @enum {string} */
                                status: "no_band";
                            } | {
                                band: {
                                    createdAt: string;
                                    currency: string;
                                    effectiveFrom: string;
                                    id: string;
                                    jobFamily: string;
                                    levelCode: string;
                                    levelId: string;
                                    levelName: string;
                                    maxMinor: number;
                                    midpointMinor: number;
                                    minMinor: number;
                                    payZone: string | null;
                                    superseded: boolean;
                                    targetMinor: number | null;
                                };
                                /** @enum {string} */
                                status: "currency_differs";
                            } | {
                                band: {
                                    createdAt: string;
                                    currency: string;
                                    effectiveFrom: string;
                                    id: string;
                                    jobFamily: string;
                                    levelCode: string;
                                    levelId: string;
                                    levelName: string;
                                    maxMinor: number;
                                    midpointMinor: number;
                                    minMinor: number;
                                    payZone: string | null;
                                    superseded: boolean;
                                    targetMinor: number | null;
                                };
                                /** @enum {string} */
                                status: "hourly";
                            }) | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/pay-records/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import pay records from CSV, all rows or none (HR admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        dryRun?: boolean;
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
                        "application/json": {
                            applied: boolean;
                            created: number;
                            invalid: number;
                            rows: {
                                changes: string[];
                                email: string;
                                errors: {
                                    code: string;
                                    field: string;
                                    message: string;
                                    params?: {
                                        [key: string]: string | number | boolean;
                                    };
                                }[];
                                line: number;
                                /** @enum {string} */
                                status: "create" | "update" | "invalid";
                            }[];
                            updated: number;
                        };
                    };
                };
                /** @description Some rows are invalid and nothing was imported; `error.report` lists every problem. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "import_invalid";
                                currentVersion?: number;
                                fieldIssues?: {
                                    [key: string]: {
                                        code: string;
                                        params?: {
                                            [key: string]: string | number | boolean;
                                        };
                                    };
                                };
                                fields?: {
                                    [key: string]: string;
                                };
                                message: string;
                                reason?: {
                                    code: string;
                                    params?: {
                                        [key: string]: string | number | boolean;
                                    };
                                };
                                report: {
                                    applied: boolean;
                                    created: number;
                                    invalid: number;
                                    rows: {
                                        changes: string[];
                                        email: string;
                                        errors: {
                                            code: string;
                                            field: string;
                                            message: string;
                                            params?: {
                                                [key: string]: string | number | boolean;
                                            };
                                        }[];
                                        line: number;
                                        /** @enum {string} */
                                        status: "create" | "update" | "invalid";
                                    }[];
                                    updated: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/people/{personId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's pay: the current record, its band placement (manager chain and HR; the person when the organisation shows it) and the history, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    personId: string;
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
                        "application/json": {
                            abilities: {
                                addRecord: boolean;
                                seePlacement: boolean;
                            };
                            asOf: string;
                            current: {
                                baseMinor: number;
                                compCycleId: string | null;
                                createdAt: string;
                                currency: string;
                                effectiveFrom: string;
                                /** @enum {string} */
                                frequency: "annual" | "monthly" | "hourly";
                                ftePermille: number;
                                id: string;
                                jobFamily: string;
                                note: string;
                                payZone: string | null;
                                personId: string;
                                /** @enum {string} */
                                reason: "hire" | "merit" | "promotion" | "market" | "correction" | "import" | "cycle";
                                superseded: boolean;
                                variableTargetBps: number | null;
                            } | null;
                            items: {
                                baseMinor: number;
                                compCycleId: string | null;
                                createdAt: string;
                                currency: string;
                                effectiveFrom: string;
                                /** @enum {string} */
                                frequency: "annual" | "monthly" | "hourly";
                                ftePermille: number;
                                id: string;
                                jobFamily: string;
                                note: string;
                                payZone: string | null;
                                personId: string;
                                /** @enum {string} */
                                reason: "hire" | "merit" | "promotion" | "market" | "correction" | "import" | "cycle";
                                superseded: boolean;
                                variableTargetBps: number | null;
                            }[];
                            nextCursor: string | null;
                            personId: string;
                            placement: ({
                                annualBaseMinor: number;
                                band: {
                                    createdAt: string;
                                    currency: string;
                                    effectiveFrom: string;
                                    id: string;
                                    jobFamily: string;
                                    levelCode: string;
                                    levelId: string;
                                    levelName: string;
                                    maxMinor: number;
                                    midpointMinor: number;
                                    minMinor: number;
                                    payZone: string | null;
                                    superseded: boolean;
                                    targetMinor: number | null;
                                };
                                compaRatio: {
                                    decimal: string;
                                    value: number;
                                };
                                /** @enum {string} */
                                flag: "below_min" | "within" | "above_max";
                                positionInRange: {
                                    decimal: string;
                                    value: number;
                                };
                                /** @enum {string} */
                                status: "placed";
                            } | {
                                /** @enum {string} */
                                status: "no_band";
                            } | {
                                band: {
                                    createdAt: string;
                                    currency: string;
                                    effectiveFrom: string;
                                    id: string;
                                    jobFamily: string;
                                    levelCode: string;
                                    levelId: string;
                                    levelName: string;
                                    maxMinor: number;
                                    midpointMinor: number;
                                    minMinor: number;
                                    payZone: string | null;
                                    superseded: boolean;
                                    targetMinor: number | null;
                                };
                                /** @enum {string} */
                                status: "currency_differs";
                            } | {
                                band: {
                                    createdAt: string;
                                    currency: string;
                                    effectiveFrom: string;
                                    id: string;
                                    jobFamily: string;
                                    levelCode: string;
                                    levelId: string;
                                    levelName: string;
                                    maxMinor: number;
                                    midpointMinor: number;
                                    minMinor: number;
                                    payZone: string | null;
                                    superseded: boolean;
                                    targetMinor: number | null;
                                };
                                /** @enum {string} */
                                status: "hourly";
                            }) | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/people/{personId}/pay-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a pay record from a date (HR admin); records are never changed, a correction is a new one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        base: string;
                        currency: string;
                        effectiveFrom: string;
                        /** @enum {string} */
                        frequency: "annual" | "monthly" | "hourly";
                        /** @default 1 */
                        fte?: string;
                        jobFamily: string;
                        /** @default  */
                        note?: string;
                        payZone?: string | null;
                        /** @enum {string} */
                        reason: "hire" | "merit" | "promotion" | "market" | "correction";
                        variableTargetPercent?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseMinor: number;
                            compCycleId: string | null;
                            createdAt: string;
                            currency: string;
                            effectiveFrom: string;
                            /** @enum {string} */
                            frequency: "annual" | "monthly" | "hourly";
                            ftePermille: number;
                            id: string;
                            jobFamily: string;
                            note: string;
                            payZone: string | null;
                            personId: string;
                            /** @enum {string} */
                            reason: "hire" | "merit" | "promotion" | "market" | "correction" | "import" | "cycle";
                            superseded: boolean;
                            variableTargetBps: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/planning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycles whose planning grid the caller may open: planning cycles in which they managed someone at launch (HR: every launched cycle); an empty list for anyone else */
        get: {
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
                        "application/json": {
                            items: {
                                effectiveDate: string;
                                id: string;
                                name: string;
                                planningCurrency: string;
                                /** @enum {string} */
                                reach: "all" | "subtree";
                                sandbox: boolean;
                                /** @enum {string} */
                                state: "draft" | "planning" | "review" | "approved" | "released" | "archived";
                                waitingForYou: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/proposals/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's snapshot and proposal (logged for the person) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
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
                        "application/json": {
                            abilities: {
                                adjust: boolean;
                                approve: boolean;
                                edit: boolean;
                                sendBack: boolean;
                                submit: boolean;
                            };
                            approval: {
                                approvedAt: string | null;
                                awaitingPersonId: string | null;
                                chainLength: number;
                                returnedReason: string | null;
                                step: number;
                            };
                            band: {
                                currency: string;
                                maxMinor: number;
                                minMinor: number;
                                targetMinor: number | null;
                            } | null;
                            bonusMinor: number | null;
                            calibratedRating: number | null;
                            compaRatio: string | null;
                            currency: string | null;
                            currentBaseMinor: number | null;
                            cycleId: string;
                            /** @enum {string} */
                            eligibility: "eligible" | "ineligible" | "excluded";
                            familyName: string;
                            flags: {
                                band: ("below_min" | "within" | "above_max") | null;
                                outsideGuideline: boolean;
                                promotionBelowGuideline: boolean;
                            };
                            givenName: string;
                            guideline: {
                                maxPct: string;
                                minPct: string;
                                targetPct: string;
                            } | null;
                            justification: string | null;
                            managerId: string | null;
                            marketMinor: number | null;
                            merit: {
                                /** @enum {string} */
                                input: "percent" | "amount";
                                newBaseMinor: number;
                                percent: string;
                            } | null;
                            participantId: string;
                            personId: string;
                            positionInRange: string | null;
                            promotion: {
                                bandId: string;
                                levelId: string;
                                newBaseMinor: number;
                            } | null;
                            proration: {
                                eligibleDays: number;
                                periodDays: number;
                            };
                            resultingBaseMinor: number | null;
                            state: ("draft" | "submitted" | "returned" | "approved") | null;
                            submittedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Save a participant's proposal as a draft (version 0 for a new one); checked against the guidelines, band placement flagged */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        bonusMinor?: number | null;
                        /** @default null */
                        justification?: string | null;
                        /** @default null */
                        marketMinor?: number | null;
                        merit?: {
                            newBaseMinor?: number;
                            percent?: string;
                        } | null;
                        /** @default null */
                        promotion?: {
                            /** Format: uuid */
                            bandId: string;
                            /** Format: uuid */
                            levelId: string;
                            newBaseMinor: number;
                        } | null;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                adjust: boolean;
                                approve: boolean;
                                edit: boolean;
                                sendBack: boolean;
                                submit: boolean;
                            };
                            approval: {
                                approvedAt: string | null;
                                awaitingPersonId: string | null;
                                chainLength: number;
                                returnedReason: string | null;
                                step: number;
                            };
                            band: {
                                currency: string;
                                maxMinor: number;
                                minMinor: number;
                                targetMinor: number | null;
                            } | null;
                            bonusMinor: number | null;
                            calibratedRating: number | null;
                            compaRatio: string | null;
                            currency: string | null;
                            currentBaseMinor: number | null;
                            cycleId: string;
                            /** @enum {string} */
                            eligibility: "eligible" | "ineligible" | "excluded";
                            familyName: string;
                            flags: {
                                band: ("below_min" | "within" | "above_max") | null;
                                outsideGuideline: boolean;
                                promotionBelowGuideline: boolean;
                            };
                            givenName: string;
                            guideline: {
                                maxPct: string;
                                minPct: string;
                                targetPct: string;
                            } | null;
                            issues: {
                                code: string;
                                /** @enum {string} */
                                level: "error" | "warning";
                                params?: {
                                    [key: string]: string | number | boolean;
                                };
                            }[];
                            justification: string | null;
                            managerId: string | null;
                            marketMinor: number | null;
                            merit: {
                                /** @enum {string} */
                                input: "percent" | "amount";
                                newBaseMinor: number;
                                percent: string;
                            } | null;
                            participantId: string;
                            personId: string;
                            positionInRange: string | null;
                            promotion: {
                                bandId: string;
                                levelId: string;
                                newBaseMinor: number;
                            } | null;
                            proration: {
                                eligibleDays: number;
                                periodDays: number;
                            };
                            resultingBaseMinor: number | null;
                            state: ("draft" | "submitted" | "returned" | "approved") | null;
                            submittedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/proposals/{participantId}/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An approver changes a submitted proposal, with a note for the approvers after them; it stays submitted at the same step */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        bonusMinor?: number | null;
                        /** @default null */
                        justification?: string | null;
                        /** @default null */
                        marketMinor?: number | null;
                        merit?: {
                            newBaseMinor?: number;
                            percent?: string;
                        } | null;
                        note: string;
                        /** @default null */
                        promotion?: {
                            /** Format: uuid */
                            bandId: string;
                            /** Format: uuid */
                            levelId: string;
                            newBaseMinor: number;
                        } | null;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                adjust: boolean;
                                approve: boolean;
                                edit: boolean;
                                sendBack: boolean;
                                submit: boolean;
                            };
                            approval: {
                                approvedAt: string | null;
                                awaitingPersonId: string | null;
                                chainLength: number;
                                returnedReason: string | null;
                                step: number;
                            };
                            band: {
                                currency: string;
                                maxMinor: number;
                                minMinor: number;
                                targetMinor: number | null;
                            } | null;
                            bonusMinor: number | null;
                            calibratedRating: number | null;
                            compaRatio: string | null;
                            currency: string | null;
                            currentBaseMinor: number | null;
                            cycleId: string;
                            /** @enum {string} */
                            eligibility: "eligible" | "ineligible" | "excluded";
                            familyName: string;
                            flags: {
                                band: ("below_min" | "within" | "above_max") | null;
                                outsideGuideline: boolean;
                                promotionBelowGuideline: boolean;
                            };
                            givenName: string;
                            guideline: {
                                maxPct: string;
                                minPct: string;
                                targetPct: string;
                            } | null;
                            issues: {
                                code: string;
                                /** @enum {string} */
                                level: "error" | "warning";
                                params?: {
                                    [key: string]: string | number | boolean;
                                };
                            }[];
                            justification: string | null;
                            managerId: string | null;
                            marketMinor: number | null;
                            merit: {
                                /** @enum {string} */
                                input: "percent" | "amount";
                                newBaseMinor: number;
                                percent: string;
                            } | null;
                            participantId: string;
                            personId: string;
                            positionInRange: string | null;
                            promotion: {
                                bandId: string;
                                levelId: string;
                                newBaseMinor: number;
                            } | null;
                            proration: {
                                eligibleDays: number;
                                periodDays: number;
                            };
                            resultingBaseMinor: number | null;
                            state: ("draft" | "submitted" | "returned" | "approved") | null;
                            submittedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/proposals/{participantId}/guideline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's merit guideline (prorated cell) and, with newBandId, a promotion's least new base */
        get: {
            parameters: {
                query?: {
                    newBandId?: string;
                };
                header?: never;
                path: {
                    participantId: string;
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
                        "application/json": {
                            merit: {
                                maxPct: string;
                                minPct: string;
                                targetPct: string;
                            } | null;
                            participantId: string;
                            promotion: {
                                bandMinMinor: number;
                                /** @enum {string} */
                                binding: "band_min" | "increase";
                                currency: string;
                                increasedMinor: number;
                                minimumMinor: number;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/proposals/{participantId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proposal's approval history: submissions, adjustments with notes, approvals, send-backs with reasons (logged for the person) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
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
                        "application/json": {
                            items: {
                                actorName: string | null;
                                actorPersonId: string | null;
                                after: {
                                    [key: string]: unknown;
                                } | null;
                                approvalNote: string | null;
                                at: string;
                                before: {
                                    [key: string]: unknown;
                                } | null;
                                id: string;
                                /** @enum {string} */
                                kind: "submitted" | "adjusted" | "approved" | "sent_back";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance/compensation/proposals/{participantId}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a submitted proposal back to its planners with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                adjust: boolean;
                                approve: boolean;
                                edit: boolean;
                                sendBack: boolean;
                                submit: boolean;
                            };
                            approval: {
                                approvedAt: string | null;
                                awaitingPersonId: string | null;
                                chainLength: number;
                                returnedReason: string | null;
                                step: number;
                            };
                            band: {
                                currency: string;
                                maxMinor: number;
                                minMinor: number;
                                targetMinor: number | null;
                            } | null;
                            bonusMinor: number | null;
                            calibratedRating: number | null;
                            compaRatio: string | null;
                            currency: string | null;
                            currentBaseMinor: number | null;
                            cycleId: string;
                            /** @enum {string} */
                            eligibility: "eligible" | "ineligible" | "excluded";
                            familyName: string;
                            flags: {
                                band: ("below_min" | "within" | "above_max") | null;
                                outsideGuideline: boolean;
                                promotionBelowGuideline: boolean;
                            };
                            givenName: string;
                            guideline: {
                                maxPct: string;
                                minPct: string;
                                targetPct: string;
                            } | null;
                            justification: string | null;
                            managerId: string | null;
                            marketMinor: number | null;
                            merit: {
                                /** @enum {string} */
                                input: "percent" | "amount";
                                newBaseMinor: number;
                                percent: string;
                            } | null;
                            participantId: string;
                            personId: string;
                            positionInRange: string | null;
                            promotion: {
                                bandId: string;
                                levelId: string;
                                newBaseMinor: number;
                            } | null;
                            proration: {
                                eligibleDays: number;
                                periodDays: number;
                            };
                            resultingBaseMinor: number | null;
                            state: ("draft" | "submitted" | "returned" | "approved") | null;
                            submittedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: database, migrations and job worker
         * @description 200 when every check passes; 503 with the same body when one fails (`database_unavailable`, `migrations_not_current`, `jobs_silent`). The server keeps running and reconnects by itself.
         */
        get: {
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
                        "application/json": {
                            checks: {
                                database: {
                                    code?: string;
                                    detail?: string;
                                    ok: boolean;
                                };
                                jobs?: {
                                    code?: string;
                                    detail?: string;
                                    ok: boolean;
                                };
                                migrations: {
                                    code?: string;
                                    detail?: string;
                                    ok: boolean;
                                };
                            } & {
                                [key: string]: {
                                    code?: string;
                                    detail?: string;
                                    ok: boolean;
                                };
                            };
                            /** @enum {string} */
                            database: "pglite" | "postgresql";
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                database: {
                                    code?: string;
                                    detail?: string;
                                    ok: boolean;
                                };
                                jobs?: {
                                    code?: string;
                                    detail?: string;
                                    ok: boolean;
                                };
                                migrations: {
                                    code?: string;
                                    detail?: string;
                                    ok: boolean;
                                };
                            } & {
                                [key: string]: {
                                    code?: string;
                                    detail?: string;
                                    ok: boolean;
                                };
                            };
                            /** @enum {string} */
                            database: "pglite" | "postgresql";
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review cycles (HR) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                acknowledgeDue: string;
                                closedAt: string | null;
                                id: string;
                                launchedAt: string | null;
                                name: string;
                                participantCount: number;
                                periodEnd: string;
                                periodStart: string;
                                selfReviewDue: string;
                                /** @enum {string} */
                                status: "draft" | "active" | "closed";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft review cycle (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acknowledgeDue: string;
                        calibrationDue: string;
                        managerReviewDue: string;
                        /** @default true */
                        managerSeesSelfReview?: boolean;
                        name: string;
                        /** @default {} */
                        participantFilter?: {
                            departmentIds?: string[];
                            excludedPersonIds?: string[];
                            hiredOnOrBefore?: string;
                            levelIds?: string[];
                        };
                        /** @default null */
                        peerInputDue?: string | null;
                        periodEnd: string;
                        periodStart: string;
                        releaseDue: string;
                        /** @default 3 */
                        reminderDaysBefore?: number;
                        selfReviewDue: string;
                        /** Format: uuid */
                        templateId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                close: boolean;
                                launch: boolean;
                                sendReminders: boolean;
                                update: boolean;
                            };
                            acknowledgeDue: string;
                            calibrationDue: string;
                            closedAt: string | null;
                            content: {
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                sections: {
                                    description?: string;
                                    id: string;
                                    questions: {
                                        /** @enum {string} */
                                        audience: "self" | "manager" | "both";
                                        competency?: string;
                                        help?: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "rating" | "text" | "competency" | "goals";
                                        prompt: string;
                                        required?: boolean;
                                        translations?: {
                                            de?: {
                                                help?: string;
                                                prompt?: string;
                                            };
                                        };
                                        weight?: number;
                                    }[];
                                    title: string;
                                    translations?: {
                                        de?: {
                                            description?: string;
                                            title?: string;
                                        };
                                    };
                                }[];
                            };
                            id: string;
                            launchedAt: string | null;
                            managerReviewDue: string;
                            managerSeesSelfReview: boolean;
                            name: string;
                            participantCount: number;
                            participantFilter: {
                                departmentIds?: string[];
                                excludedPersonIds?: string[];
                                hiredOnOrBefore?: string;
                                levelIds?: string[];
                            };
                            peerInputDue: string | null;
                            periodEnd: string;
                            periodStart: string;
                            releaseDue: string;
                            reminderDaysBefore: number;
                            selfReviewDue: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            templateId: string | null;
                            templateName: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-cycles/{cycleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One review cycle (HR) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            abilities: {
                                close: boolean;
                                launch: boolean;
                                sendReminders: boolean;
                                update: boolean;
                            };
                            acknowledgeDue: string;
                            calibrationDue: string;
                            closedAt: string | null;
                            content: {
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                sections: {
                                    description?: string;
                                    id: string;
                                    questions: {
                                        /** @enum {string} */
                                        audience: "self" | "manager" | "both";
                                        competency?: string;
                                        help?: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "rating" | "text" | "competency" | "goals";
                                        prompt: string;
                                        required?: boolean;
                                        translations?: {
                                            de?: {
                                                help?: string;
                                                prompt?: string;
                                            };
                                        };
                                        weight?: number;
                                    }[];
                                    title: string;
                                    translations?: {
                                        de?: {
                                            description?: string;
                                            title?: string;
                                        };
                                    };
                                }[];
                            };
                            id: string;
                            launchedAt: string | null;
                            managerReviewDue: string;
                            managerSeesSelfReview: boolean;
                            name: string;
                            participantCount: number;
                            participantFilter: {
                                departmentIds?: string[];
                                excludedPersonIds?: string[];
                                hiredOnOrBefore?: string;
                                levelIds?: string[];
                            };
                            peerInputDue: string | null;
                            periodEnd: string;
                            periodStart: string;
                            releaseDue: string;
                            reminderDaysBefore: number;
                            selfReviewDue: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            templateId: string | null;
                            templateName: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Edit a draft review cycle (HR); version-checked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acknowledgeDue: string;
                        calibrationDue: string;
                        managerReviewDue: string;
                        /** @default true */
                        managerSeesSelfReview?: boolean;
                        name: string;
                        /** @default {} */
                        participantFilter?: {
                            departmentIds?: string[];
                            excludedPersonIds?: string[];
                            hiredOnOrBefore?: string;
                            levelIds?: string[];
                        };
                        /** @default null */
                        peerInputDue?: string | null;
                        periodEnd: string;
                        periodStart: string;
                        releaseDue: string;
                        /** @default 3 */
                        reminderDaysBefore?: number;
                        selfReviewDue: string;
                        /** Format: uuid */
                        templateId: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                close: boolean;
                                launch: boolean;
                                sendReminders: boolean;
                                update: boolean;
                            };
                            acknowledgeDue: string;
                            calibrationDue: string;
                            closedAt: string | null;
                            content: {
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                sections: {
                                    description?: string;
                                    id: string;
                                    questions: {
                                        /** @enum {string} */
                                        audience: "self" | "manager" | "both";
                                        competency?: string;
                                        help?: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "rating" | "text" | "competency" | "goals";
                                        prompt: string;
                                        required?: boolean;
                                        translations?: {
                                            de?: {
                                                help?: string;
                                                prompt?: string;
                                            };
                                        };
                                        weight?: number;
                                    }[];
                                    title: string;
                                    translations?: {
                                        de?: {
                                            description?: string;
                                            title?: string;
                                        };
                                    };
                                }[];
                            };
                            id: string;
                            launchedAt: string | null;
                            managerReviewDue: string;
                            managerSeesSelfReview: boolean;
                            name: string;
                            participantCount: number;
                            participantFilter: {
                                departmentIds?: string[];
                                excludedPersonIds?: string[];
                                hiredOnOrBefore?: string;
                                levelIds?: string[];
                            };
                            peerInputDue: string | null;
                            periodEnd: string;
                            periodStart: string;
                            releaseDue: string;
                            reminderDaysBefore: number;
                            selfReviewDue: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            templateId: string | null;
                            templateName: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-cycles/{cycleId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an active cycle (HR); refused while reviews are unreleased unless forced with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        force?: boolean;
                        /** @default  */
                        reason?: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                close: boolean;
                                launch: boolean;
                                sendReminders: boolean;
                                update: boolean;
                            };
                            acknowledgeDue: string;
                            calibrationDue: string;
                            closedAt: string | null;
                            content: {
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                sections: {
                                    description?: string;
                                    id: string;
                                    questions: {
                                        /** @enum {string} */
                                        audience: "self" | "manager" | "both";
                                        competency?: string;
                                        help?: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "rating" | "text" | "competency" | "goals";
                                        prompt: string;
                                        required?: boolean;
                                        translations?: {
                                            de?: {
                                                help?: string;
                                                prompt?: string;
                                            };
                                        };
                                        weight?: number;
                                    }[];
                                    title: string;
                                    translations?: {
                                        de?: {
                                            description?: string;
                                            title?: string;
                                        };
                                    };
                                }[];
                            };
                            id: string;
                            launchedAt: string | null;
                            managerReviewDue: string;
                            managerSeesSelfReview: boolean;
                            name: string;
                            participantCount: number;
                            participantFilter: {
                                departmentIds?: string[];
                                excludedPersonIds?: string[];
                                hiredOnOrBefore?: string;
                                levelIds?: string[];
                            };
                            peerInputDue: string | null;
                            periodEnd: string;
                            periodStart: string;
                            releaseDue: string;
                            reminderDaysBefore: number;
                            selfReviewDue: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "closed";
                            templateId: string | null;
                            templateName: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-cycles/{cycleId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress by phase and department (HR) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            acknowledgment: {
                                acknowledged: number;
                                released: number;
                            };
                            byDepartment: {
                                byState: {
                                    [key: string]: number;
                                };
                                departmentId: string | null;
                                name: string;
                                total: number;
                            }[];
                            byState: {
                                [key: string]: number;
                            };
                            currentPhase: ("self_review" | "peer_input" | "manager_review" | "calibration" | "release" | "acknowledgment") | null;
                            total: number;
                            withoutReviewer: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-cycles/{cycleId}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Launch a cycle: a review with self and manager forms for every participant (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            cycle: {
                                abilities: {
                                    close: boolean;
                                    launch: boolean;
                                    sendReminders: boolean;
                                    update: boolean;
                                };
                                acknowledgeDue: string;
                                calibrationDue: string;
                                closedAt: string | null;
                                content: {
                                    ratingScale: {
                                        labels: string[];
                                        translations?: {
                                            de?: {
                                                labels?: string[];
                                            };
                                        };
                                    };
                                    sections: {
                                        description?: string;
                                        id: string;
                                        questions: {
                                            /** @enum {string} */
                                            audience: "self" | "manager" | "both";
                                            competency?: string;
                                            help?: string;
                                            id: string;
                                            /** @enum {string} */
                                            kind: "rating" | "text" | "competency" | "goals";
                                            prompt: string;
                                            required?: boolean;
                                            translations?: {
                                                de?: {
                                                    help?: string;
                                                    prompt?: string;
                                                };
                                            };
                                            weight?: number;
                                        }[];
                                        title: string;
                                        translations?: {
                                            de?: {
                                                description?: string;
                                                title?: string;
                                            };
                                        };
                                    }[];
                                };
                                id: string;
                                launchedAt: string | null;
                                managerReviewDue: string;
                                managerSeesSelfReview: boolean;
                                name: string;
                                participantCount: number;
                                participantFilter: {
                                    departmentIds?: string[];
                                    excludedPersonIds?: string[];
                                    hiredOnOrBefore?: string;
                                    levelIds?: string[];
                                };
                                peerInputDue: string | null;
                                periodEnd: string;
                                periodStart: string;
                                releaseDue: string;
                                reminderDaysBefore: number;
                                selfReviewDue: string;
                                /** @enum {string} */
                                status: "draft" | "active" | "closed";
                                templateId: string | null;
                                templateName: string | null;
                                version: number;
                            };
                            participants: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-cycles/{cycleId}/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People past a deadline with their part not done (HR) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            items: {
                                department: string | null;
                                due: string;
                                person: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                                reviewId: string;
                                /** @enum {string} */
                                task: "self" | "peer" | "manager" | "acknowledge";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-cycles/{cycleId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind everyone who still owes work in the cycle, now (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            sent: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-cycles/{cycleId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cycle’s reviews with their progress (HR)
         * @description By subject name. `page` pages by number; `after` (the `nextCursor` of the page before) continues after that row instead, at the same cost on any page.
         */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    departmentId?: string;
                    page?: number;
                    pageSize?: number;
                    state?: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                };
                header?: never;
                path: {
                    cycleId: string;
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
                        "application/json": {
                            items: {
                                acknowledgedAt: string | null;
                                department: string | null;
                                id: string;
                                managerSubmitted: boolean;
                                reviewer: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                selfSubmitted: boolean;
                                /** @enum {string} */
                                state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                                subject: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                            nextCursor?: string | null;
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-cycles/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Who the participant filters take in, less exclusions: the count and a searchable page (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 1 */
                        page?: number;
                        /** @default 10 */
                        pageSize?: number;
                        /** @default {} */
                        participantFilter?: {
                            departmentIds?: string[];
                            excludedPersonIds?: string[];
                            hiredOnOrBefore?: string;
                            levelIds?: string[];
                        };
                        /** @default  */
                        search?: string;
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
                        "application/json": {
                            count: number;
                            excludedCount: number;
                            people: {
                                items: {
                                    departmentName: string | null;
                                    displayName: string;
                                    excluded: boolean;
                                    id: string;
                                    jobTitle: string;
                                }[];
                                page: number;
                                pageSize: number;
                                total: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-forms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A form for its author (peer input writers work here) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    formId: string;
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
                        "application/json": {
                            cycleName: string;
                            due: string | null;
                            form: {
                                abilities: {
                                    edit: boolean;
                                    reopen: boolean;
                                    submit: boolean;
                                };
                                answers: {
                                    questionId: string;
                                    rating: number | null;
                                    text: string | null;
                                    updatedAt: string;
                                    version: number;
                                }[] | null;
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                id: string;
                                /** @enum {string} */
                                kind: "self" | "manager" | "peer";
                                questions: {
                                    competency: string | null;
                                    help: string | null;
                                    id: string;
                                    kind: ("rating" | "text" | "competency" | "goals") | "proposed_rating";
                                    prompt: string;
                                    required: boolean;
                                    sectionId: string;
                                    sectionTitle: string;
                                    weight: number | null;
                                }[];
                                reopenReason: string | null;
                                requestNote: string | null;
                                /** @enum {string} */
                                state: "draft" | "submitted";
                                submittedAt: string | null;
                            };
                            id: string;
                            requestedBy: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-forms/{formId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Autosave a form’s changed answers at once, each with the version it edited (409 names the stale ones; the others are stored) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    formId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            questionId: string;
                            rating?: number | null;
                            text?: string | null;
                            version: number;
                        }[];
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
                        "application/json": {
                            answers: {
                                questionId: string;
                                rating: number | null;
                                text: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conflicts?: {
                                current: {
                                    questionId: string;
                                    rating: number | null;
                                    text: string | null;
                                    updatedAt: string;
                                    version: number;
                                };
                                questionId: string;
                            }[];
                            error: {
                                code: string;
                                conflicts?: {
                                    currentVersion: number;
                                    questionId: string;
                                }[];
                                currentVersion?: number;
                                fields?: {
                                    [key: string]: string;
                                };
                                message: string;
                            };
                            saved?: {
                                questionId: string;
                                rating: number | null;
                                text: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-forms/{formId}/answers/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Autosave one answer; carries the version it edited (409 with the stored answer when stale) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    formId: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rating?: number | null;
                        text?: string | null;
                        version: number;
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
                        "application/json": {
                            questionId: string;
                            rating: number | null;
                            text: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current?: {
                                questionId: string;
                                rating: number | null;
                                text: string | null;
                                updatedAt: string;
                                version: number;
                            };
                            error: {
                                code: string;
                                currentVersion?: number;
                                fields?: {
                                    [key: string]: string;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-forms/{formId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a submitted form with a written reason (HR), before calibration */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    formId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                addAddendum: boolean;
                                editManager: boolean;
                                editSelf: boolean;
                                reassign: boolean;
                                release: boolean;
                                reopen: boolean;
                                requestPeerInput: boolean;
                                viewFinalRating: boolean;
                                viewManagerForm: boolean;
                                viewPeerForms: boolean;
                                viewProposedRating: boolean;
                                viewSelfForm: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgmentComment?: string | null;
                            addendum?: string | null;
                            cycle: {
                                acknowledgeDue: string;
                                id: string;
                                managerReviewDue: string;
                                name: string;
                                peerInputDue: string | null;
                                periodEnd: string;
                                periodStart: string;
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                releaseDue: string;
                                selfReviewDue: string;
                            };
                            finalRating?: number | null;
                            forms: {
                                abilities: {
                                    edit: boolean;
                                    reopen: boolean;
                                    submit: boolean;
                                };
                                answers: {
                                    questionId: string;
                                    rating: number | null;
                                    text: string | null;
                                    updatedAt: string;
                                    version: number;
                                }[] | null;
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                id: string;
                                /** @enum {string} */
                                kind: "self" | "manager" | "peer";
                                questions: {
                                    competency: string | null;
                                    help: string | null;
                                    id: string;
                                    kind: ("rating" | "text" | "competency" | "goals") | "proposed_rating";
                                    prompt: string;
                                    required: boolean;
                                    sectionId: string;
                                    sectionTitle: string;
                                    weight: number | null;
                                }[];
                                reopenReason: string | null;
                                requestNote: string | null;
                                /** @enum {string} */
                                state: "draft" | "submitted";
                                submittedAt: string | null;
                            }[];
                            goals: {
                                health: string | null;
                                id: string;
                                keyResults: {
                                    currency: string | null;
                                    currentValue: number;
                                    id: string;
                                    kind: string;
                                    progress: number;
                                    startValue: number;
                                    targetValue: number;
                                    title: string;
                                }[];
                                periodEnd: string;
                                periodStart: string;
                                progress: number;
                                status: string;
                                title: string;
                            }[];
                            id: string;
                            overallScore?: number | null;
                            proposedRating?: number | null;
                            releasedAt: string | null;
                            reviewer: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            /** @enum {string} */
                            state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-forms/{formId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a form; it is locked afterwards */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    formId: string;
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
                        "application/json": {
                            cycleName: string;
                            due: string | null;
                            form: {
                                abilities: {
                                    edit: boolean;
                                    reopen: boolean;
                                    submit: boolean;
                                };
                                answers: {
                                    questionId: string;
                                    rating: number | null;
                                    text: string | null;
                                    updatedAt: string;
                                    version: number;
                                }[] | null;
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                id: string;
                                /** @enum {string} */
                                kind: "self" | "manager" | "peer";
                                questions: {
                                    competency: string | null;
                                    help: string | null;
                                    id: string;
                                    kind: ("rating" | "text" | "competency" | "goals") | "proposed_rating";
                                    prompt: string;
                                    required: boolean;
                                    sectionId: string;
                                    sectionTitle: string;
                                    weight: number | null;
                                }[];
                                reopenReason: string | null;
                                requestNote: string | null;
                                /** @enum {string} */
                                state: "draft" | "submitted";
                                submittedAt: string | null;
                            };
                            id: string;
                            requestedBy: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review templates (HR) */
        get: {
            parameters: {
                query?: {
                    includeArchived?: "true" | "false";
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                archived: boolean;
                                description: string;
                                id: string;
                                name: string;
                                questionCount: number;
                                scaleSize: number;
                                updatedAt: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a review template (HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: {
                            ratingScale: {
                                labels: string[];
                                translations?: {
                                    de?: {
                                        labels?: string[];
                                    };
                                };
                            };
                            sections: {
                                description?: string;
                                id: string;
                                questions: {
                                    /** @enum {string} */
                                    audience: "self" | "manager" | "both";
                                    competency?: string;
                                    help?: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "rating" | "text" | "competency" | "goals";
                                    prompt: string;
                                    required?: boolean;
                                    translations?: {
                                        de?: {
                                            help?: string;
                                            prompt?: string;
                                        };
                                    };
                                    weight?: number;
                                }[];
                                title: string;
                                translations?: {
                                    de?: {
                                        description?: string;
                                        title?: string;
                                    };
                                };
                            }[];
                        };
                        /** @default  */
                        description?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            content: {
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                sections: {
                                    description?: string;
                                    id: string;
                                    questions: {
                                        /** @enum {string} */
                                        audience: "self" | "manager" | "both";
                                        competency?: string;
                                        help?: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "rating" | "text" | "competency" | "goals";
                                        prompt: string;
                                        required?: boolean;
                                        translations?: {
                                            de?: {
                                                help?: string;
                                                prompt?: string;
                                            };
                                        };
                                        weight?: number;
                                    }[];
                                    title: string;
                                    translations?: {
                                        de?: {
                                            description?: string;
                                            title?: string;
                                        };
                                    };
                                }[];
                            };
                            description: string;
                            id: string;
                            name: string;
                            questionCount: number;
                            scaleSize: number;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One review template (HR) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
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
                        "application/json": {
                            archived: boolean;
                            content: {
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                sections: {
                                    description?: string;
                                    id: string;
                                    questions: {
                                        /** @enum {string} */
                                        audience: "self" | "manager" | "both";
                                        competency?: string;
                                        help?: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "rating" | "text" | "competency" | "goals";
                                        prompt: string;
                                        required?: boolean;
                                        translations?: {
                                            de?: {
                                                help?: string;
                                                prompt?: string;
                                            };
                                        };
                                        weight?: number;
                                    }[];
                                    title: string;
                                    translations?: {
                                        de?: {
                                            description?: string;
                                            title?: string;
                                        };
                                    };
                                }[];
                            };
                            description: string;
                            id: string;
                            name: string;
                            questionCount: number;
                            scaleSize: number;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Save a new version of a review template (HR); version-checked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: {
                            ratingScale: {
                                labels: string[];
                                translations?: {
                                    de?: {
                                        labels?: string[];
                                    };
                                };
                            };
                            sections: {
                                description?: string;
                                id: string;
                                questions: {
                                    /** @enum {string} */
                                    audience: "self" | "manager" | "both";
                                    competency?: string;
                                    help?: string;
                                    id: string;
                                    /** @enum {string} */
                                    kind: "rating" | "text" | "competency" | "goals";
                                    prompt: string;
                                    required?: boolean;
                                    translations?: {
                                        de?: {
                                            help?: string;
                                            prompt?: string;
                                        };
                                    };
                                    weight?: number;
                                }[];
                                title: string;
                                translations?: {
                                    de?: {
                                        description?: string;
                                        title?: string;
                                    };
                                };
                            }[];
                        };
                        /** @default  */
                        description?: string;
                        name: string;
                        version: number;
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
                        "application/json": {
                            archived: boolean;
                            content: {
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                sections: {
                                    description?: string;
                                    id: string;
                                    questions: {
                                        /** @enum {string} */
                                        audience: "self" | "manager" | "both";
                                        competency?: string;
                                        help?: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "rating" | "text" | "competency" | "goals";
                                        prompt: string;
                                        required?: boolean;
                                        translations?: {
                                            de?: {
                                                help?: string;
                                                prompt?: string;
                                            };
                                        };
                                        weight?: number;
                                    }[];
                                    title: string;
                                    translations?: {
                                        de?: {
                                            description?: string;
                                            title?: string;
                                        };
                                    };
                                }[];
                            };
                            description: string;
                            id: string;
                            name: string;
                            questionCount: number;
                            scaleSize: number;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-templates/{templateId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a review template (HR); version-checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    templateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
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
                        "application/json": {
                            archived: boolean;
                            content: {
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                sections: {
                                    description?: string;
                                    id: string;
                                    questions: {
                                        /** @enum {string} */
                                        audience: "self" | "manager" | "both";
                                        competency?: string;
                                        help?: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "rating" | "text" | "competency" | "goals";
                                        prompt: string;
                                        required?: boolean;
                                        translations?: {
                                            de?: {
                                                help?: string;
                                                prompt?: string;
                                            };
                                        };
                                        weight?: number;
                                    }[];
                                    title: string;
                                    translations?: {
                                        de?: {
                                            description?: string;
                                            title?: string;
                                        };
                                    };
                                }[];
                            };
                            description: string;
                            id: string;
                            name: string;
                            questionCount: number;
                            scaleSize: number;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A review as the caller may see it, with abilities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                addAddendum: boolean;
                                editManager: boolean;
                                editSelf: boolean;
                                reassign: boolean;
                                release: boolean;
                                reopen: boolean;
                                requestPeerInput: boolean;
                                viewFinalRating: boolean;
                                viewManagerForm: boolean;
                                viewPeerForms: boolean;
                                viewProposedRating: boolean;
                                viewSelfForm: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgmentComment?: string | null;
                            addendum?: string | null;
                            cycle: {
                                acknowledgeDue: string;
                                id: string;
                                managerReviewDue: string;
                                name: string;
                                peerInputDue: string | null;
                                periodEnd: string;
                                periodStart: string;
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                releaseDue: string;
                                selfReviewDue: string;
                            };
                            finalRating?: number | null;
                            forms: {
                                abilities: {
                                    edit: boolean;
                                    reopen: boolean;
                                    submit: boolean;
                                };
                                answers: {
                                    questionId: string;
                                    rating: number | null;
                                    text: string | null;
                                    updatedAt: string;
                                    version: number;
                                }[] | null;
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                id: string;
                                /** @enum {string} */
                                kind: "self" | "manager" | "peer";
                                questions: {
                                    competency: string | null;
                                    help: string | null;
                                    id: string;
                                    kind: ("rating" | "text" | "competency" | "goals") | "proposed_rating";
                                    prompt: string;
                                    required: boolean;
                                    sectionId: string;
                                    sectionTitle: string;
                                    weight: number | null;
                                }[];
                                reopenReason: string | null;
                                requestNote: string | null;
                                /** @enum {string} */
                                state: "draft" | "submitted";
                                submittedAt: string | null;
                            }[];
                            goals: {
                                health: string | null;
                                id: string;
                                keyResults: {
                                    currency: string | null;
                                    currentValue: number;
                                    id: string;
                                    kind: string;
                                    progress: number;
                                    startValue: number;
                                    targetValue: number;
                                    title: string;
                                }[];
                                periodEnd: string;
                                periodStart: string;
                                progress: number;
                                status: string;
                                title: string;
                            }[];
                            id: string;
                            overallScore?: number | null;
                            proposedRating?: number | null;
                            releasedAt: string | null;
                            reviewer: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            /** @enum {string} */
                            state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{reviewId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a released review, optionally with a comment (its subject) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                release: boolean;
                                writeAddendum: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgmentComment: string | null;
                            addendum: string | null;
                            addendumAt: string | null;
                            finalRating: number | null;
                            finalRatingLabel: string | null;
                            ratingLabels: string[];
                            releasedAt: string | null;
                            reviewer: {
                                displayName: string;
                                id: string;
                            } | null;
                            reviewId: string;
                            sessionLocked: boolean;
                            /** @enum {string} */
                            state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                            subject: {
                                displayName: string;
                                id: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{reviewId}/addendum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the addendum to a calibrated review (reviewing manager) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addendum: string;
                        version: number;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                release: boolean;
                                writeAddendum: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgmentComment: string | null;
                            addendum: string | null;
                            addendumAt: string | null;
                            finalRating: number | null;
                            finalRatingLabel: string | null;
                            ratingLabels: string[];
                            releasedAt: string | null;
                            reviewer: {
                                displayName: string;
                                id: string;
                            } | null;
                            reviewId: string;
                            sessionLocked: boolean;
                            /** @enum {string} */
                            state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                            subject: {
                                displayName: string;
                                id: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{reviewId}/peer-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a named colleague for attributed input on results (reviewer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                        /** Format: uuid */
                        writerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                addAddendum: boolean;
                                editManager: boolean;
                                editSelf: boolean;
                                reassign: boolean;
                                release: boolean;
                                reopen: boolean;
                                requestPeerInput: boolean;
                                viewFinalRating: boolean;
                                viewManagerForm: boolean;
                                viewPeerForms: boolean;
                                viewProposedRating: boolean;
                                viewSelfForm: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgmentComment?: string | null;
                            addendum?: string | null;
                            cycle: {
                                acknowledgeDue: string;
                                id: string;
                                managerReviewDue: string;
                                name: string;
                                peerInputDue: string | null;
                                periodEnd: string;
                                periodStart: string;
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                releaseDue: string;
                                selfReviewDue: string;
                            };
                            finalRating?: number | null;
                            forms: {
                                abilities: {
                                    edit: boolean;
                                    reopen: boolean;
                                    submit: boolean;
                                };
                                answers: {
                                    questionId: string;
                                    rating: number | null;
                                    text: string | null;
                                    updatedAt: string;
                                    version: number;
                                }[] | null;
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                id: string;
                                /** @enum {string} */
                                kind: "self" | "manager" | "peer";
                                questions: {
                                    competency: string | null;
                                    help: string | null;
                                    id: string;
                                    kind: ("rating" | "text" | "competency" | "goals") | "proposed_rating";
                                    prompt: string;
                                    required: boolean;
                                    sectionId: string;
                                    sectionTitle: string;
                                    weight: number | null;
                                }[];
                                reopenReason: string | null;
                                requestNote: string | null;
                                /** @enum {string} */
                                state: "draft" | "submitted";
                                submittedAt: string | null;
                            }[];
                            goals: {
                                health: string | null;
                                id: string;
                                keyResults: {
                                    currency: string | null;
                                    currentValue: number;
                                    id: string;
                                    kind: string;
                                    progress: number;
                                    startValue: number;
                                    targetValue: number;
                                    title: string;
                                }[];
                                periodEnd: string;
                                periodStart: string;
                                progress: number;
                                status: string;
                                title: string;
                            }[];
                            id: string;
                            overallScore?: number | null;
                            proposedRating?: number | null;
                            releasedAt: string | null;
                            reviewer: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            /** @enum {string} */
                            state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{reviewId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the review to another reviewer (HR), with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** Format: uuid */
                        reviewerId: string;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                addAddendum: boolean;
                                editManager: boolean;
                                editSelf: boolean;
                                reassign: boolean;
                                release: boolean;
                                reopen: boolean;
                                requestPeerInput: boolean;
                                viewFinalRating: boolean;
                                viewManagerForm: boolean;
                                viewPeerForms: boolean;
                                viewProposedRating: boolean;
                                viewSelfForm: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgmentComment?: string | null;
                            addendum?: string | null;
                            cycle: {
                                acknowledgeDue: string;
                                id: string;
                                managerReviewDue: string;
                                name: string;
                                peerInputDue: string | null;
                                periodEnd: string;
                                periodStart: string;
                                ratingScale: {
                                    labels: string[];
                                    translations?: {
                                        de?: {
                                            labels?: string[];
                                        };
                                    };
                                };
                                releaseDue: string;
                                selfReviewDue: string;
                            };
                            finalRating?: number | null;
                            forms: {
                                abilities: {
                                    edit: boolean;
                                    reopen: boolean;
                                    submit: boolean;
                                };
                                answers: {
                                    questionId: string;
                                    rating: number | null;
                                    text: string | null;
                                    updatedAt: string;
                                    version: number;
                                }[] | null;
                                author: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                } | null;
                                id: string;
                                /** @enum {string} */
                                kind: "self" | "manager" | "peer";
                                questions: {
                                    competency: string | null;
                                    help: string | null;
                                    id: string;
                                    kind: ("rating" | "text" | "competency" | "goals") | "proposed_rating";
                                    prompt: string;
                                    required: boolean;
                                    sectionId: string;
                                    sectionTitle: string;
                                    weight: number | null;
                                }[];
                                reopenReason: string | null;
                                requestNote: string | null;
                                /** @enum {string} */
                                state: "draft" | "submitted";
                                submittedAt: string | null;
                            }[];
                            goals: {
                                health: string | null;
                                id: string;
                                keyResults: {
                                    currency: string | null;
                                    currentValue: number;
                                    id: string;
                                    kind: string;
                                    progress: number;
                                    startValue: number;
                                    targetValue: number;
                                    title: string;
                                }[];
                                periodEnd: string;
                                periodStart: string;
                                progress: number;
                                status: string;
                                title: string;
                            }[];
                            id: string;
                            overallScore?: number | null;
                            proposedRating?: number | null;
                            releasedAt: string | null;
                            reviewer: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            } | null;
                            /** @enum {string} */
                            state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                            subject: {
                                displayName: string;
                                id: string;
                                jobTitle: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{reviewId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Release and acknowledgment status of a review */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                release: boolean;
                                writeAddendum: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgmentComment: string | null;
                            addendum: string | null;
                            addendumAt: string | null;
                            finalRating: number | null;
                            finalRatingLabel: string | null;
                            ratingLabels: string[];
                            releasedAt: string | null;
                            reviewer: {
                                displayName: string;
                                id: string;
                            } | null;
                            reviewId: string;
                            sessionLocked: boolean;
                            /** @enum {string} */
                            state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                            subject: {
                                displayName: string;
                                id: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Release a calibrated review to its subject (reviewing manager or HR) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reviewId: string;
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
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                release: boolean;
                                writeAddendum: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgmentComment: string | null;
                            addendum: string | null;
                            addendumAt: string | null;
                            finalRating: number | null;
                            finalRatingLabel: string | null;
                            ratingLabels: string[];
                            releasedAt: string | null;
                            reviewer: {
                                displayName: string;
                                id: string;
                            } | null;
                            reviewId: string;
                            sessionLocked: boolean;
                            /** @enum {string} */
                            state: "self_review" | "manager_review" | "submitted" | "in_calibration" | "calibrated" | "released" | "acknowledged";
                            subject: {
                                displayName: string;
                                id: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My review tasks in running cycles */
        get: {
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
                        "application/json": {
                            items: {
                                cycleName: string;
                                due: string;
                                formId: string | null;
                                formState: ("draft" | "submitted") | null;
                                /** @enum {string} */
                                kind: "self" | "manager" | "peer" | "acknowledge";
                                reviewId: string | null;
                                subject: {
                                    displayName: string;
                                    id: string;
                                    jobTitle: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
