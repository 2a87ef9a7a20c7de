// This file is generated from spec/openapi.yaml (sha256 ebb6a32982dda63b).
// Do not edit it by hand: change the spec and run `pnpm generate`.

export interface paths {
    "/organization/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the users in the organization, optionally filtered by email.
         */
        get: operations["list-users"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve user
         * @description Returns one organization user.
         */
        get: operations["retrieve-user"];
        put?: never;
        /**
         * Modify user
         * @description Changes a user's organization role or profile metadata.
         */
        post: operations["modify-user"];
        /**
         * Delete user
         * @description Removes a user from the organization.
         */
        delete: operations["delete-user"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/users/{user_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List user organization role assignments
         * @description Lists the organization roles assigned to a user, directly or through groups.
         */
        get: operations["list-user-role-assignments"];
        put?: never;
        /**
         * Assign organization role to user
         * @description Assigns an organization role to a user.
         */
        post: operations["assign-user-role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/users/{user_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve user organization role
         * @description Returns one role assigned to a user, with assignment details.
         */
        get: operations["retrieve-user-role"];
        put?: never;
        post?: never;
        /**
         * Unassign organization role from user
         * @description Removes an organization role from a user.
         */
        delete: operations["unassign-user-role"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organization roles
         * @description Lists the roles defined for the organization.
         */
        get: operations["list-roles"];
        put?: never;
        /**
         * Create organization role
         * @description Creates a custom organization role.
         */
        post: operations["create-role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve organization role
         * @description Returns one organization role.
         */
        get: operations["retrieve-role"];
        put?: never;
        /**
         * Update organization role
         * @description Changes the name, description or permissions of a custom role.
         */
        post: operations["update-role"];
        /**
         * Delete organization role
         * @description Deletes a custom role. Predefined roles cannot be deleted.
         */
        delete: operations["delete-role"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invites
         * @description Lists the organization's invites.
         */
        get: operations["list-invites"];
        put?: never;
        /**
         * Create invite
         * @description Invites a user to the organization by email, optionally into projects.
         */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/invites/{invite_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invite.
                 * @example invite-abc
                 */
                invite_id: components["parameters"]["InviteId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve invite
         * @description Returns one invite.
         */
        get: operations["retrieve-invite"];
        put?: never;
        post?: never;
        /**
         * Delete invite
         * @description Deletes an invite. Accepted invites cannot be deleted.
         */
        delete: operations["delete-invite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Lists the organization's projects.
         */
        get: operations["list-projects"];
        put?: never;
        /**
         * Create project
         * @description Creates a project. Projects can be archived but not deleted.
         */
        post: operations["create-project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve project
         * @description Returns one project.
         */
        get: operations["retrieve-project"];
        put?: never;
        /**
         * Modify project
         * @description Renames a project or changes its external key. The default project cannot be modified (400).
         */
        post: operations["modify-project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive project
         * @description Archives a project. Archived projects cannot be used or updated.
         */
        post: operations["archive-project"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/model_permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve project model permissions
         * @description Returns the project's model allow list or deny list.
         */
        get: operations["retrieve-project-model-permissions"];
        put?: never;
        /**
         * Update project model permissions
         * @description Replaces the project's model policy. Model IDs must be visible to the organization.
         */
        post: operations["update-project-model-permissions"];
        /**
         * Delete project model permissions
         * @description Removes the project's model policy.
         */
        delete: operations["delete-project-model-permissions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/spend_alerts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List project spend alerts
         * @description Lists the project's spend alerts.
         */
        get: operations["list-project-spend-alerts"];
        put?: never;
        /**
         * Create project spend alert
         * @description Creates a spend alert. The threshold is in cents.
         */
        post: operations["create-project-spend-alert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/spend_alerts/{alert_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the spend alert.
                 * @example alert_abc123
                 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve project spend alert
         * @description Returns one spend alert.
         */
        get: operations["retrieve-project-spend-alert"];
        put?: never;
        /**
         * Update project spend alert
         * @description Replaces a spend alert; every field is required.
         */
        post: operations["update-project-spend-alert"];
        /**
         * Delete project spend alert
         * @description Deletes a spend alert.
         */
        delete: operations["delete-project-spend-alert"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/data_retention": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve project data retention
         * @description Returns the project's data retention policy.
         */
        get: operations["retrieve-project-data-retention"];
        put?: never;
        /**
         * Update project data retention
         * @description Sets the project's retention policy; `organization_default` reverts to the organization policy.
         */
        post: operations["update-project-data-retention"];
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
        /** @description An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint. */
        PathId: string;
        /**
         * @description Object type of a list envelope, always `list`.
         * @constant
         */
        ListObject: "list";
        /** @description Whether more objects exist after this page. */
        HasMore: boolean;
        /**
         * @description ID of the first object on this page (null when the page is empty).
         * @example user_abc
         */
        FirstId: string | null;
        /**
         * @description ID of the last object on this page; pass it as `after` to fetch the next page (null when the page is empty).
         * @example user_def
         */
        LastId: string | null;
        /**
         * @description Opaque cursor for the next page; pass it as `after`. Null when there are no more results.
         * @example role_01J1F8ROLE02
         */
        NextCursor: string | null;
        /** @description Error envelope returned with every non-2xx response. */
        ErrorResponse: {
            error: components["schemas"]["Error"];
        };
        /** @description Details of an error. */
        Error: {
            /**
             * @description Human-readable description of the error.
             * @example Incorrect API key provided: sk-admin-****abcd.
             */
            message: string;
            /**
             * @description Error category.
             * @example invalid_request_error
             */
            type: string;
            /**
             * @description The request parameter the error relates to, if any.
             * @example limit
             */
            param: string | null;
            /**
             * @description Machine-readable error code, if any.
             * @example invalid_api_key
             */
            code: string | null;
        };
        /** @description A user who is a member of the organization. */
        User: {
            /**
             * @description Always `organization.user`.
             * @constant
             */
            object: "organization.user";
            /**
             * @description User ID, usable in API paths.
             * @example user_abc
             */
            id: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the user was added to the organization.
             * @example 1711471533
             */
            added_at: number;
            /**
             * @description Name of the user.
             * @example First Last
             */
            name?: string | null;
            /**
             * Format: email
             * @description Email address of the user.
             * @example user@example.com
             */
            email?: string | null;
            /**
             * @description Organization role: `owner` or `reader`.
             * @example owner
             * @example reader
             */
            role?: string | null;
            /** @description Whether this is the organization's default user. */
            is_default?: boolean;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the user was created.
             * @example 1711471533
             */
            created?: number;
            user?: components["schemas"]["UserDetails"];
            /** @description Whether the user is a service account. */
            is_service_account?: boolean;
            /** @description Whether the user may purchase Scale Tier. */
            is_scale_tier_authorized_purchaser?: boolean | null;
            /** @description Whether the user is managed through SCIM. */
            is_scim_managed?: boolean;
            /**
             * Format: unixtime
             * @description Unix time (seconds) of the user's last API key use.
             * @example 1711471533
             */
            api_key_last_used_at?: number | null;
            /**
             * @description Technical level metadata for the user.
             * @example advanced
             */
            technical_level?: string | null;
            /**
             * @description Developer persona metadata for the user.
             * @example backend
             */
            developer_persona?: string | null;
            projects?: components["schemas"]["UserProjects"];
        };
        /** @description Nested account details of the user. */
        UserDetails: {
            /**
             * @description Always `user`.
             * @constant
             */
            object: "user";
            /**
             * @description User ID.
             * @example user_abc
             */
            id: string;
            /**
             * Format: email
             * @description Email address of the account.
             * @example user@example.com
             */
            email?: string | null;
            /**
             * @description Name on the account.
             * @example First Last
             */
            name?: string | null;
            /**
             * Format: uri
             * @description URL of the profile picture.
             * @example https://example.com/avatar.png
             */
            picture?: string | null;
            /** @description Whether the account is enabled (null when the API does not say). */
            enabled?: boolean | null;
            /** @description Whether the account is banned. */
            banned?: boolean | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the account was banned.
             * @example 1711471533
             */
            banned_at?: number | null;
        };
        /** @description Projects the user belongs to, when included. */
        UserProjects: {
            object: components["schemas"]["ListObject"];
            /** @description Project memberships. */
            data: components["schemas"]["UserProjectMembership"][];
        } | null;
        /** @description A project the user belongs to. */
        UserProjectMembership: {
            /**
             * @description Project ID.
             * @example proj_abc
             */
            id?: string | null;
            /**
             * @description Project name.
             * @example Project example
             */
            name?: string | null;
            /**
             * @description The user's role in the project.
             * @example owner
             * @example member
             */
            role?: string | null;
        };
        /** @description A page of organization users. */
        UserListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["User"][];
            first_id?: components["schemas"]["FirstId"];
            last_id?: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description Fields to change on an organization user. All optional. */
        UserRoleUpdateRequest: {
            /**
             * @description New organization role: `owner` or `reader`.
             * @example owner
             * @example reader
             */
            role?: string | null;
            /**
             * @description ID of a role to assign to the user.
             * @example role_01J1F8ROLE01
             */
            role_id?: string | null;
            /**
             * @description Technical level metadata.
             * @example advanced
             */
            technical_level?: string | null;
            /**
             * @description Developer persona metadata.
             * @example backend
             */
            developer_persona?: string | null;
        };
        /** @description Confirmation that a user was removed. */
        UserDeleteResponse: {
            /**
             * @description Always `organization.user.deleted`.
             * @constant
             */
            object: "organization.user.deleted";
            /**
             * @description ID of the deleted object.
             * @example user_abc
             */
            id: string;
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /** @description A role assigned to a user, with assignment details. */
        AssignedRoleDetails: {
            /**
             * @description Role ID.
             * @example role_01J1F8ROLE01
             */
            id: string;
            /**
             * @description Role name.
             * @example API Group Manager
             */
            name: string;
            /** @description Permissions granted by the role. */
            permissions: string[];
            /**
             * @description Resource type the role applies to.
             * @example api.organization
             */
            resource_type: string;
            /** @description Whether OpenAI manages the role. */
            predefined_role: boolean;
            /**
             * @description Role description.
             * @example Allows managing organization groups
             */
            description: string | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the role was created.
             * @example 1711471533
             */
            created_at: number | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the role was last updated.
             * @example 1711471533
             */
            updated_at: number | null;
            /**
             * @description ID of the user who created the role.
             * @example user_abc123
             */
            created_by: string | null;
            created_by_user_obj: components["schemas"]["RoleCreator"];
            metadata: components["schemas"]["RoleMetadata"];
            /** @description Principals the assignment is inherited from; null for a direct assignment. */
            assignment_sources: components["schemas"]["AssignmentSource"][] | null;
        };
        /** @description The user who created the role, if known. */
        RoleCreator: {
            /**
             * @description User ID.
             * @example user_abc123
             */
            id?: string;
            /**
             * @description User name.
             * @example Ada Lovelace
             */
            name?: string;
            /**
             * Format: email
             * @description User email.
             * @example ada@example.com
             */
            email?: string;
        } | null;
        /** @description Free-form key/value metadata. */
        RoleMetadata: {
            [key: string]: unknown;
        } | null;
        /** @description A principal a role assignment is inherited from. */
        AssignmentSource: {
            /**
             * @description ID of the principal.
             * @example group_01J1F8GROUP1
             */
            principal_id: string;
            /**
             * @description Kind of principal.
             * @example group
             */
            principal_type: string;
        };
        /** @description A page of roles assigned to a user. */
        AssignedRoleListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["AssignedRoleDetails"][];
            has_more: components["schemas"]["HasMore"];
            next: components["schemas"]["NextCursor"];
        };
        /** @description Role to assign. */
        UserRoleAssignRequest: {
            /**
             * @description ID of the role to assign.
             * @example role_01J1F8ROLE01
             */
            role_id: string;
        };
        /** @description A role assigned to a user. */
        UserRoleAssignment: {
            /**
             * @description Always `user.role`.
             * @constant
             */
            object: "user.role";
            user: components["schemas"]["User"];
            role: components["schemas"]["Role"];
        };
        /** @description Confirmation that a role was unassigned. */
        UserRoleUnassignResponse: {
            /**
             * @description Object type, e.g. `user.role.deleted`.
             * @example user.role.deleted
             */
            object: string;
            /**
             * @description Whether the assignment was removed.
             * @example true
             */
            deleted: boolean;
        };
        /** @description An organization role. */
        Role: {
            /**
             * @description Always `role`.
             * @constant
             */
            object: "role";
            /**
             * @description Role ID.
             * @example role_01J1F8ROLE01
             */
            id: string;
            /**
             * @description Unique role name.
             * @example API Group Manager
             */
            name: string;
            /**
             * @description Role description.
             * @example Allows managing organization groups
             */
            description: string | null;
            /** @description Permissions granted by the role. */
            permissions: string[];
            /**
             * @description Resource type the role applies to.
             * @example api.organization
             * @example api.project
             */
            resource_type: string;
            /** @description Whether OpenAI manages the role. */
            predefined_role: boolean;
        };
        /** @description A page of organization roles. */
        RoleListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["Role"][];
            has_more: components["schemas"]["HasMore"];
            next: components["schemas"]["NextCursor"];
        };
        /** @description A new custom role. */
        RoleCreateRequest: {
            /**
             * @description Unique name of the role.
             * @example API Group Manager
             */
            role_name: string;
            /** @description Permissions to grant. */
            permissions: string[];
            /**
             * @description Role description.
             * @example Allows managing organization groups
             */
            description?: string | null;
        };
        /** @description Fields to change on a role. All optional. */
        RoleUpdateRequest: {
            /** @description New permission list (replaces the old one). */
            permissions?: string[] | null;
            /**
             * @description New description.
             * @example Allows managing organization groups
             */
            description?: string | null;
            /**
             * @description New role name.
             * @example API Group Manager
             */
            role_name?: string | null;
        };
        /** @description Confirmation that a role was deleted. */
        RoleDeleteResponse: {
            /**
             * @description Always `role.deleted`.
             * @constant
             */
            object: "role.deleted";
            /**
             * @description ID of the deleted object.
             * @example role_01J1F8ROLE01
             */
            id: string;
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /** @description An invitation to join the organization. */
        Invite: {
            /**
             * @description Always `organization.invite`.
             * @constant
             */
            object: "organization.invite";
            /**
             * @description Invite ID.
             * @example invite-abc
             */
            id: string;
            /**
             * Format: email
             * @description Email address the invite was sent to.
             * @example user@example.com
             */
            email: string;
            /**
             * @description Organization role granted on acceptance.
             * @enum {string}
             */
            role: "owner" | "reader";
            /**
             * @description Invite status.
             * @enum {string}
             */
            status: "accepted" | "expired" | "pending";
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the invite was sent.
             * @example 1711471533
             */
            created_at: number;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the invite expires.
             * @example 1711471533
             */
            expires_at?: number | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the invite was accepted.
             * @example 1711471533
             */
            accepted_at?: number | null;
            /** @description Projects the invitee joins on acceptance. */
            projects: components["schemas"]["InviteProject"][];
        };
        /** @description A project membership granted by an invite. */
        InviteProject: {
            /**
             * @description Project ID.
             * @example project-abc
             */
            id: string;
            /**
             * @description Role in the project.
             * @enum {string}
             */
            role: "member" | "owner";
        };
        /** @description A project membership the invite grants, as sent. */
        InviteProjectRequest: {
            /**
             * @description Project ID.
             * @example project-abc
             */
            id: string;
            /**
             * @description Role in the project.
             * @enum {string}
             */
            role: "member" | "owner";
        };
        /** @description A page of invites. */
        InviteListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["Invite"][];
            first_id?: components["schemas"]["FirstId"];
            last_id?: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description An invitation to send. */
        InviteRequest: {
            /**
             * Format: email
             * @description Email address to invite.
             * @example anotheruser@example.com
             */
            email: string;
            /**
             * @description Organization role to grant.
             * @enum {string}
             */
            role: "reader" | "owner";
            /** @description Projects to add the user to. Omit to use the default project; `[]` adds no project. */
            projects?: components["schemas"]["InviteProjectRequest"][];
        };
        /** @description Confirmation that an invite was deleted. */
        InviteDeleteResponse: {
            /**
             * @description Always `organization.invite.deleted`.
             * @constant
             */
            object: "organization.invite.deleted";
            /**
             * @description ID of the deleted object.
             * @example invite-abc
             */
            id: string;
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /**
         * @description Data residency region of a project.
         * @enum {string}
         */
        ProjectResidency: "GLOBAL" | "US_STORAGE_PROCESSING" | "EU_STORAGE_PROCESSING" | "JP_STORAGE" | "KR_STORAGE" | "CA_STORAGE" | "SG_STORAGE" | "IN_STORAGE" | "AU_STORAGE" | "GB_STORAGE" | "AE_STORAGE" | "AE_STORAGE_PROCESSING";
        /** @description A project in the organization. */
        Project: {
            /**
             * @description Project ID.
             * @example proj_abc
             */
            id: string;
            /**
             * @description Always `organization.project`.
             * @constant
             */
            object: "organization.project";
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the project was created.
             * @example 1711471533
             */
            created_at: number;
            /**
             * @description Project name.
             * @example Project example
             */
            name?: string | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the project was archived, or null.
             * @example 1711471533
             */
            archived_at?: number | null;
            /**
             * @description `active` or `archived`.
             * @example active
             * @example archived
             */
            status?: string | null;
            /**
             * @description ID of the external key manager key, if any.
             * @example ekm_key_abc
             */
            external_key_id?: string | null;
            /** @description Data residency region, or null. */
            residency?: components["schemas"]["ProjectResidency"] | null;
        };
        /** @description A page of projects. */
        ProjectListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["Project"][];
            first_id?: components["schemas"]["FirstId"];
            last_id?: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description A new project. */
        ProjectCreateRequest: {
            /**
             * @description Project name.
             * @example Project ABC
             */
            name: string;
            /**
             * @description ID of an external key manager key to use.
             * @example ekm_key_abc
             */
            external_key_id?: string | null;
            /** @description Data residency region for the project. */
            residency?: components["schemas"]["ProjectResidency"] | null;
        };
        /** @description Fields to change on a project. All optional. */
        ProjectUpdateRequest: {
            /**
             * @description New project name.
             * @example Project DEF
             */
            name?: string | null;
            /**
             * @description New external key manager key ID.
             * @example ekm_key_abc
             */
            external_key_id?: string | null;
        };
        /**
         * @description `allow_list` allows only the listed models; `deny_list` blocks them.
         * @enum {string}
         */
        ModelPermissionMode: "allow_list" | "deny_list";
        /** @description The model access policy of a project. */
        ProjectModelPermissions: {
            /**
             * @description Always `project.model_permissions`.
             * @constant
             */
            object: "project.model_permissions";
            mode: components["schemas"]["ModelPermissionMode"];
            /** @description Model IDs the mode applies to. */
            model_ids: string[];
        };
        /** @description A full replacement of the project's model policy. */
        ProjectModelPermissionsUpdateRequest: {
            mode: components["schemas"]["ModelPermissionMode"];
            /** @description Model IDs visible to the organization. */
            model_ids: string[];
        };
        /** @description Confirmation that the policy was removed. */
        ProjectModelPermissionsDeleteResponse: {
            /**
             * @description Always `project.model_permissions.deleted`.
             * @constant
             */
            object: "project.model_permissions.deleted";
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /** @description Where a spend alert is sent. */
        SpendAlertNotificationChannel: {
            /**
             * @description Channel type, always `email`.
             * @constant
             */
            type: "email";
            /** @description Email addresses to notify. */
            recipients: string[];
            /**
             * @description Prefix for the email subject.
             * @example OpenAI spend alert
             */
            subject_prefix?: string | null;
        };
        /** @description Where a spend alert is sent, as sent in a create or update. */
        SpendAlertNotificationChannelRequest: {
            /**
             * @description Channel type, always `email`.
             * @constant
             */
            type: "email";
            /** @description Email addresses to notify. */
            recipients: string[];
            /**
             * @description Prefix for the email subject.
             * @example OpenAI spend alert
             */
            subject_prefix?: string | null;
        };
        /** @description A spend alert on a project. */
        ProjectSpendAlert: {
            /**
             * @description Alert ID.
             * @example alert_abc123
             */
            id: string;
            /**
             * @description Always `project.spend_alert`.
             * @constant
             */
            object: "project.spend_alert";
            /**
             * @description Threshold in cents (100000 = $1,000).
             * @example 100000
             */
            threshold_amount: number;
            /**
             * @description Currency of the threshold.
             * @enum {string}
             */
            currency: "USD";
            /**
             * @description Period the spend is summed over.
             * @enum {string}
             */
            interval: "month";
            notification_channel: components["schemas"]["SpendAlertNotificationChannel"];
        };
        /** @description A page of project spend alerts. */
        ProjectSpendAlertListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["ProjectSpendAlert"][];
            first_id: components["schemas"]["FirstId"];
            last_id: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description A spend alert definition (create and full-replacement update). */
        SpendAlertRequest: {
            /**
             * @description Threshold in cents.
             * @example 100000
             */
            threshold_amount: number;
            /**
             * @description Currency of the threshold.
             * @enum {string}
             */
            currency: "USD";
            /**
             * @description Period the spend is summed over.
             * @enum {string}
             */
            interval: "month";
            notification_channel: components["schemas"]["SpendAlertNotificationChannelRequest"];
        };
        /** @description Confirmation that a spend alert was deleted. */
        ProjectSpendAlertDeleteResponse: {
            /**
             * @description Always `project.spend_alert.deleted`.
             * @constant
             */
            object: "project.spend_alert.deleted";
            /**
             * @description ID of the deleted object.
             * @example alert_abc123
             */
            id: string;
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /**
         * @description Retention policy; `organization_default` inherits the organization policy.
         * @enum {string}
         */
        ProjectDataRetentionType: "organization_default" | "none" | "zero_data_retention" | "modified_abuse_monitoring" | "enhanced_zero_data_retention" | "enhanced_modified_abuse_monitoring";
        /** @description The data retention policy of a project. */
        ProjectDataRetention: {
            /**
             * @description Always `project.data_retention`.
             * @constant
             */
            object: "project.data_retention";
            type: components["schemas"]["ProjectDataRetentionType"];
        };
        /** @description The retention policy to set. Note the field is `retention_type` here but `type` in the response. */
        ProjectDataRetentionUpdateRequest: {
            retention_type: components["schemas"]["ProjectDataRetentionType"];
        };
    };
    responses: {
        /** @description The request is malformed or not allowed in the current state. */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The admin API key is missing or invalid. */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The key is valid but may not perform this operation. */
        PermissionDenied: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The object in the path does not exist. */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request conflicts with the current state of the object. */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The body is well-formed but a value is semantically invalid. */
        UnprocessableEntity: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests; retry after the time in `Retry-After`. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The server failed to process the request. */
        InternalServerError: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of the user.
         * @example user_abc
         */
        UserId: components["schemas"]["PathId"];
        /**
         * @description ID of the role.
         * @example role_01J1F8ROLE01
         */
        RoleId: components["schemas"]["PathId"];
        /**
         * @description ID of the invite.
         * @example invite-abc
         */
        InviteId: components["schemas"]["PathId"];
        /**
         * @description ID of the project.
         * @example proj_abc
         */
        ProjectId: components["schemas"]["PathId"];
        /**
         * @description ID of the spend alert.
         * @example alert_abc123
         */
        AlertId: components["schemas"]["PathId"];
        /**
         * @description Cursor: the `last_id` of the previous page; results start after this object.
         * @example user_abc
         */
        After: string;
        /**
         * @description Cursor: the `next` value of the previous page.
         * @example role_01J1F8ROLE02
         */
        AfterNext: string;
        /**
         * @description Cursor: the `first_id` of the current page; results end before this object.
         * @example alert_def456
         */
        Before: string;
        /**
         * @description Number of objects to return, 1 to 100.
         * @example 20
         */
        PageLimit: number;
        /**
         * @description Number of results to return, 0 to 1000.
         * @example 100
         */
        RoleLimit: number;
        /**
         * @description Number of alerts to return, 0 to 100.
         * @example 20
         */
        SpendAlertLimit: number;
        /**
         * @description Sort order of the results.
         * @example asc
         */
        Order: "asc" | "desc";
        /**
         * @description Sort order of the results (no documented default).
         * @example asc
         */
        AssignmentOrder: "asc" | "desc";
        /**
         * @description Whether to include archived projects.
         * @example false
         */
        IncludeArchived: boolean;
        /**
         * @description Only return users with these email addresses. Named `emails[]` because the official SDKs send arrays in bracket form (`emails[]=a&emails[]=b`).
         * @example [
         *       "user@example.com"
         *     ]
         */
        Emails: string[];
    };
    requestBodies: never;
    headers: {
        /**
         * @description Unique ID of the request, useful when contacting support.
         * @example req_7f3c2a9b1e4d4c8a9b0f6e5d4c3b2a10
         */
        XRequestId: string;
        /**
         * @description Seconds to wait before retrying.
         * @example 20
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "list-users": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `last_id` of the previous page; results start after this object.
                 * @example user_abc
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Only return users with these email addresses. Named `emails[]` because the official SDKs send arrays in bracket form (`emails[]=a&emails[]=b`).
                 * @example [
                 *       "user@example.com"
                 *     ]
                 */
                "emails[]"?: components["parameters"]["Emails"];
                /**
                 * @description Number of objects to return, 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            /** @description The request is malformed or not allowed in the current state. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description No endpoint of this API matches the request method and path. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "retrieve-user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "modify-user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoleUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            /** @description The body is well-formed but a value is semantically invalid. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "delete-user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was removed. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "list-user-role-assignments": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `next` value of the previous page.
                 * @example role_01J1F8ROLE02
                 */
                after?: components["parameters"]["AfterNext"];
                /**
                 * @description Number of results to return, 0 to 1000.
                 * @example 100
                 */
                limit?: components["parameters"]["RoleLimit"];
                /**
                 * @description Sort order of the results (no documented default).
                 * @example asc
                 */
                order?: components["parameters"]["AssignmentOrder"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assigned roles. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedRoleListResponse"];
                };
            };
            /** @description The request is malformed or not allowed in the current state. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "assign-user-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoleAssignRequest"];
            };
        };
        responses: {
            /** @description The new assignment. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoleAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            /** @description The request conflicts with the current state of the object. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is well-formed but a value is semantically invalid. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "retrieve-user-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assigned role. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedRoleDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "unassign-user-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
                /**
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role was unassigned. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRoleUnassignResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "list-roles": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `next` value of the previous page.
                 * @example role_01J1F8ROLE02
                 */
                after?: components["parameters"]["AfterNext"];
                /**
                 * @description Number of results to return, 0 to 1000.
                 * @example 100
                 */
                limit?: components["parameters"]["RoleLimit"];
                /**
                 * @description Sort order of the results.
                 * @example asc
                 */
                order?: components["parameters"]["Order"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of roles. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleListResponse"];
                };
            };
            /** @description The request is malformed or not allowed in the current state. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description No endpoint of this API matches the request method and path. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "create-role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleCreateRequest"];
            };
        };
        responses: {
            /** @description The created role. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description No endpoint of this API matches the request method and path. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request conflicts with the current state of the object. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is well-formed but a value is semantically invalid. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "retrieve-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "update-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated role. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            /** @description The request conflicts with the current state of the object. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is well-formed but a value is semantically invalid. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "delete-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role was deleted. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "list-invites": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `last_id` of the previous page; results start after this object.
                 * @example user_abc
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Number of objects to return, 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invites. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteListResponse"];
                };
            };
            /** @description The request is malformed or not allowed in the current state. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description No endpoint of this API matches the request method and path. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteRequest"];
            };
        };
        responses: {
            /** @description The created invite. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description No endpoint of this API matches the request method and path. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request conflicts with the current state of the object. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is well-formed but a value is semantically invalid. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "retrieve-invite": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invite.
                 * @example invite-abc
                 */
                invite_id: components["parameters"]["InviteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invite. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "delete-invite": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the invite.
                 * @example invite-abc
                 */
                invite_id: components["parameters"]["InviteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invite was deleted. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            404: components["responses"]["NotFound"];
            /** @description The request conflicts with the current state of the object. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "list-projects": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `last_id` of the previous page; results start after this object.
                 * @example user_abc
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Number of objects to return, 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description Whether to include archived projects.
                 * @example false
                 */
                include_archived?: components["parameters"]["IncludeArchived"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of projects. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectListResponse"];
                };
            };
            /** @description The request is malformed or not allowed in the current state. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description No endpoint of this API matches the request method and path. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "create-project": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreateRequest"];
            };
        };
        responses: {
            /** @description The created project. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description No endpoint of this API matches the request method and path. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "retrieve-project": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "modify-project": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description The request is malformed or not allowed in the current state. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request conflicts with the current state of the object. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "archive-project": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived project. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description The request is malformed or not allowed in the current state. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "retrieve-project-model-permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model policy. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectModelPermissions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "update-project-model-permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectModelPermissionsUpdateRequest"];
            };
        };
        responses: {
            /** @description The new model policy. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectModelPermissions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is well-formed but a value is semantically invalid. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "delete-project-model-permissions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy was removed. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectModelPermissionsDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "list-project-spend-alerts": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `last_id` of the previous page; results start after this object.
                 * @example user_abc
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Cursor: the `first_id` of the current page; results end before this object.
                 * @example alert_def456
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Number of alerts to return, 0 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["SpendAlertLimit"];
                /**
                 * @description Sort order of the results.
                 * @example asc
                 */
                order?: components["parameters"]["Order"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of spend alerts. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSpendAlertListResponse"];
                };
            };
            /** @description The request is malformed or not allowed in the current state. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "create-project-spend-alert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpendAlertRequest"];
            };
        };
        responses: {
            /** @description The created alert. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSpendAlert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is well-formed but a value is semantically invalid. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "retrieve-project-spend-alert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the spend alert.
                 * @example alert_abc123
                 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSpendAlert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "update-project-spend-alert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the spend alert.
                 * @example alert_abc123
                 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpendAlertRequest"];
            };
        };
        responses: {
            /** @description The updated alert. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSpendAlert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is well-formed but a value is semantically invalid. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "delete-project-spend-alert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the spend alert.
                 * @example alert_abc123
                 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert was deleted. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSpendAlertDeleteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "retrieve-project-data-retention": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The retention policy. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDataRetention"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "update-project-data-retention": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectDataRetentionUpdateRequest"];
            };
        };
        responses: {
            /** @description The new retention policy. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDataRetention"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PermissionDenied"];
            /** @description The object in the path does not exist. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is well-formed but a value is semantically invalid. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
