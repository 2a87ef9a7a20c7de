// This file is generated from spec/openapi.yaml (sha256 2c68abb63c1eeb3f).
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
    "/organization/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List groups
         * @description Lists the groups defined in the organization.
         */
        get: operations["list-groups"];
        put?: never;
        /**
         * Create group
         * @description Creates an empty group in the organization; add members to it afterwards.
         */
        post: operations["create-group"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve group
         * @description Returns one group of the organization.
         */
        get: operations["retrieve-group"];
        put?: never;
        /**
         * Update group
         * @description Renames a group.
         */
        post: operations["update-group"];
        /**
         * Delete group
         * @description Deletes a group. Its members stay in the organization but lose the roles and project access granted through it.
         */
        delete: operations["delete-group"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/groups/{group_id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /**
         * List group organization role assignments
         * @description Lists the organization roles granted to a group.
         */
        get: operations["list-group-role-assignments"];
        put?: never;
        /**
         * Assign organization role to group
         * @description Grants an organization role to a group; every member of the group receives it.
         */
        post: operations["assign-group-role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/groups/{group_id}/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
                /**
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve group organization role
         * @description Returns one organization role granted to a group, with the details of the assignment.
         */
        get: operations["retrieve-group-role"];
        put?: never;
        post?: never;
        /**
         * Unassign organization role from group
         * @description Takes an organization role away from a group and so from the members who held it only through the group.
         */
        delete: operations["unassign-group-role"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/groups/{group_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /**
         * List group users
         * @description Lists the organization users who belong to a group.
         */
        get: operations["list-group-users"];
        put?: never;
        /**
         * Add user to group
         * @description Makes an organization user a member of a group.
         */
        post: operations["add-group-user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/groups/{group_id}/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
                /**
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve group user
         * @description Returns one member of a group.
         */
        get: operations["retrieve-group-user"];
        put?: never;
        post?: never;
        /**
         * Remove user from group
         * @description Takes a user out of a group. The user stays in the organization.
         */
        delete: operations["remove-group-user"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/groups": {
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
         * List project groups
         * @description Lists the groups that have been given access to a project.
         */
        get: operations["list-project-groups"];
        put?: never;
        /**
         * Add group to project
         * @description Gives a group access to a project with a project role; its members can then use the project.
         */
        post: operations["add-project-group"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/groups/{group_id}": {
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
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve project group
         * @description Returns a group's access to a project.
         */
        get: operations["retrieve-project-group"];
        put?: never;
        post?: never;
        /**
         * Remove group from project
         * @description Takes away a group's access to a project. Members keep any access they have on their own.
         */
        delete: operations["remove-project-group"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/groups/{group_id}/roles": {
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
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        /**
         * List group project role assignments
         * @description Lists the project roles a group holds in a project.
         */
        get: operations["list-project-group-role-assignments"];
        put?: never;
        /**
         * Assign project role to group
         * @description Grants a project role to a group within one project.
         */
        post: operations["assign-project-group-role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/groups/{group_id}/roles/{role_id}": {
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
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
                /**
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve group project role
         * @description Returns one project role a group holds in a project, with the details of the assignment.
         */
        get: operations["retrieve-project-group-role"];
        put?: never;
        post?: never;
        /**
         * Unassign project role from group
         * @description Takes a project role away from a group within one project.
         */
        delete: operations["unassign-project-group-role"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/admin_api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List admin API keys
         * @description Returns a page of the organization's admin API keys. Only a redacted form of each secret is shown.
         */
        get: operations["admin-api-keys-list"];
        put?: never;
        /**
         * Create admin API key
         * @description Creates an admin API key owned by the caller. The response is the only place the full secret appears; store it at once, because later reads return the redacted form only.
         */
        post: operations["admin-api-keys-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/admin_api_keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the admin API key.
                 * @example key_abc
                 */
                key_id: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve admin API key
         * @description Returns one admin API key, with its secret redacted.
         */
        get: operations["admin-api-keys-get"];
        put?: never;
        post?: never;
        /**
         * Delete admin API key
         * @description Revokes an admin API key for good; requests signed with it fail from then on.
         */
        delete: operations["admin-api-keys-delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/audit_logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit logs
         * @description Returns a page of audit log events for the organization: who changed what, and when. Optional filters narrow the events by time, project, event type, actor or affected object.
         */
        get: operations["list-audit-logs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organization certificates
         * @description Returns a page of the certificates uploaded to the organization, newest first unless `order` says otherwise, each with whether it is active at the organization level.
         */
        get: operations["listOrganizationCertificates"];
        put?: never;
        /**
         * Upload certificate
         * @description Adds a PEM-encoded certificate to the organization. A new certificate is not used until it is activated for the organization or for a project.
         */
        post: operations["uploadCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/certificates/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate organization certificates
         * @description Turns on the given uploaded certificates for the whole organization and returns them with their new state.
         */
        post: operations["activateOrganizationCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/certificates/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate organization certificates
         * @description Turns off the given certificates for the whole organization and returns them with their new state. Clients that present one of them are no longer accepted at the organization level.
         */
        post: operations["deactivateOrganizationCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/certificates/{certificate_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the certificate.
                 * @example cert_abc
                 */
                certificate_id: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve certificate
         * @description Returns one uploaded certificate. Ask for `include=content` to get the PEM text as well.
         */
        get: operations["getCertificate"];
        put?: never;
        /**
         * Modify certificate
         * @description Renames an uploaded certificate. The certificate itself cannot be changed; upload a new one instead.
         */
        post: operations["modifyCertificate"];
        /**
         * Delete certificate
         * @description Removes an uploaded certificate from the organization. A certificate that is still active, for the organization or for any project, is refused with 409: deactivate it first.
         */
        delete: operations["deleteCertificate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/certificates": {
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
         * List project certificates
         * @description Returns a page of the organization's certificates as seen from one project, each with whether it is active in that project.
         */
        get: operations["listProjectCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/certificates/activate": {
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
         * Activate project certificates
         * @description Turns on the given organization certificates for one project and returns them with their new state in that project.
         */
        post: operations["activateProjectCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/certificates/deactivate": {
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
         * Deactivate project certificates
         * @description Turns off the given certificates for one project and returns them with their new state in that project. Clients of the project that present one of them are no longer accepted.
         */
        post: operations["deactivateProjectCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/api_keys": {
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
         * List project API keys
         * @description Lists the API keys of a project, whether a user or a service account owns them. Values are shown redacted.
         */
        get: operations["list-project-api-keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/api_keys/{api_key_id}": {
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
                 * @description ID of the API key.
                 * @example key_abc
                 */
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve project API key
         * @description Returns one API key of the project, with its value redacted and its owner.
         */
        get: operations["retrieve-project-api-key"];
        put?: never;
        post?: never;
        /**
         * Delete project API key
         * @description Revokes an API key of the project. Keys that belong to a service account are removed with the service account instead (400).
         */
        delete: operations["delete-project-api-key"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/service_accounts": {
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
         * List project service accounts
         * @description Lists the service accounts of a project.
         */
        get: operations["list-project-service-accounts"];
        put?: never;
        /**
         * Create project service account
         * @description Creates a service account in the project. Unless asked not to, it also creates an API key for it, whose value appears in this response only.
         */
        post: operations["create-project-service-account"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/service_accounts/{service_account_id}": {
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
                 * @description ID of the service account.
                 * @example svc_acct_abc
                 */
                service_account_id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve project service account
         * @description Returns one service account of the project.
         */
        get: operations["retrieve-project-service-account"];
        put?: never;
        /**
         * Update project service account
         * @description Renames a service account or changes its project role. Fields left out keep their value.
         */
        post: operations["update-project-service-account"];
        /**
         * Delete project service account
         * @description Deletes a service account from the project, which also revokes its API keys.
         */
        delete: operations["delete-project-service-account"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys": {
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
                 * @description ID of the service account.
                 * @example svc_acct_abc
                 */
                service_account_id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create service account API key
         * @description Issues a new API key for a service account of the project. The key's value appears in this response only.
         */
        post: operations["CreateanAPIkeyforaserviceaccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/users": {
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
         * List project users
         * @description Lists the organization users who are members of a project, with their project role.
         */
        get: operations["list-project-users"];
        put?: never;
        /**
         * Create project user
         * @description Adds an organization member to the project with a project role. The user must already belong to the organization.
         */
        post: operations["create-project-user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/users/{user_id}": {
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
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve project user
         * @description Returns one member of the project with their project role.
         */
        get: operations["retrieve-project-user"];
        put?: never;
        /**
         * Modify project user
         * @description Changes the project role of a project member.
         */
        post: operations["modify-project-user"];
        /**
         * Delete project user
         * @description Removes a user from the project. The user stays a member of the organization.
         */
        delete: operations["delete-project-user"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/users/{user_id}/roles": {
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
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List project user role assignments
         * @description Lists the project roles a user holds in a project, given directly or through a group.
         */
        get: operations["list-project-user-role-assignments"];
        put?: never;
        /**
         * Assign project role to user
         * @description Gives a user a project role in the project.
         */
        post: operations["assign-project-user-role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/users/{user_id}/roles/{role_id}": {
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
         * Retrieve project user role
         * @description Returns one project role a user holds in the project, with how it was assigned.
         */
        get: operations["retrieve-project-user-role"];
        put?: never;
        post?: never;
        /**
         * Unassign project role from user
         * @description Takes a project role away from a user in the project.
         */
        delete: operations["unassign-project-user-role"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/roles": {
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
         * List project roles
         * @description Lists the roles that can be granted inside a project, both custom and predefined.
         */
        get: operations["list-project-roles"];
        put?: never;
        /**
         * Create project role
         * @description Defines a new custom role that can be granted inside the project.
         */
        post: operations["create-project-role"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/roles/{role_id}": {
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
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve project role
         * @description Returns a single role of the project.
         */
        get: operations["retrieve-project-role"];
        put?: never;
        /**
         * Update project role
         * @description Renames a custom project role, or replaces its description or permission set. Fields left out keep their value.
         */
        post: operations["update-project-role"];
        /**
         * Delete project role
         * @description Removes a custom role from the project. Predefined roles stay.
         */
        delete: operations["delete-project-role"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/rate_limits": {
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
         * List project rate limits
         * @description Lists the project's rate limits, one entry per model.
         */
        get: operations["list-project-rate-limits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/rate_limits/{rate_limit_id}": {
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
                 * @description ID of the per-model rate limit of the project.
                 * @example rl_gpt-4o
                 */
                rate_limit_id: components["parameters"]["RateLimitId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update project rate limit
         * @description Lowers or raises one model's limits for the project. Only the fields sent change; a value cannot exceed what the organization itself is allowed.
         */
        post: operations["update-project-rate-limits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/hosted_tool_permissions": {
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
         * Retrieve project hosted tool permissions
         * @description Shows, for each OpenAI-hosted tool, whether requests made in the project may use it.
         */
        get: operations["retrieve-project-hosted-tool-permissions"];
        put?: never;
        /**
         * Update project hosted tool permissions
         * @description Turns hosted tools on or off for the project. Tools left out, or sent as null, keep their current setting.
         */
        post: operations["update-project-hosted-tool-permissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/spend_alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organization spend alerts
         * @description Lists the spend alerts set on the organization as a whole.
         */
        get: operations["list-organization-spend-alerts"];
        put?: never;
        /**
         * Create organization spend alert
         * @description Adds an alert that emails the listed people once the organization's spend in the period passes the threshold, given in cents.
         */
        post: operations["create-organization-spend-alert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/spend_alerts/{alert_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the spend alert.
                 * @example alert_abc123
                 */
                alert_id: components["parameters"]["AlertId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve organization spend alert
         * @description Returns a single organization spend alert.
         */
        get: operations["retrieve-organization-spend-alert"];
        put?: never;
        /**
         * Update organization spend alert
         * @description Overwrites an organization spend alert; the body must carry every field, as on create.
         */
        post: operations["update-organization-spend-alert"];
        /**
         * Delete organization spend alert
         * @description Removes an organization spend alert; no more emails are sent for it.
         */
        delete: operations["delete-organization-spend-alert"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/spend_limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve organization spend limit
         * @description Shows the organization's hard spend cap and whether it is currently blocking requests.
         */
        get: operations["Getorganizationspendlimit"];
        put?: never;
        /**
         * Set organization spend limit
         * @description Sets the organization's hard spend cap in cents, replacing any cap already in place.
         */
        post: operations["Updateorganizationspendlimit"];
        /**
         * Delete organization spend limit
         * @description Drops the organization's hard spend cap, so spend is no longer blocked at any amount.
         */
        delete: operations["Deleteorganizationspendlimit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/projects/{project_id}/spend_limit": {
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
         * Retrieve project spend limit
         * @description Shows the project's hard spend cap and whether it is currently blocking the project's requests.
         */
        get: operations["Getprojectspendlimit"];
        put?: never;
        /**
         * Set project spend limit
         * @description Sets the project's hard spend cap in cents, replacing any cap already in place.
         */
        post: operations["Updateprojectspendlimit"];
        /**
         * Delete project spend limit
         * @description Drops the project's hard spend cap; the organization's cap, if any, still applies.
         */
        delete: operations["Deleteprojectspendlimit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/data_retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve organization data retention
         * @description Shows which data retention policy applies across the organization. Projects inherit it unless they set their own.
         */
        get: operations["retrieve-organization-data-retention"];
        put?: never;
        /**
         * Update organization data retention
         * @description Switches the organization to another retention policy; only policies enabled for the organization are accepted.
         */
        post: operations["update-organization-data-retention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get costs
         * @description Reports what the organization spent, in daily buckets over a time window, optionally split by project, line item or API key. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-costs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/audio_speeches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get audio speeches usage
         * @description Reports text-to-speech activity (characters and requests) in time buckets, optionally filtered and split by project, user, API key or model. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-audio-speeches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/audio_transcriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get audio transcriptions usage
         * @description Reports speech-to-text activity (seconds of audio and requests) in time buckets, optionally filtered and split by project, user, API key or model. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-audio-transcriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/code_interpreter_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get code interpreter sessions usage
         * @description Reports how many code interpreter sessions ran in each time bucket, optionally filtered and split by project. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-code-interpreter-sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get completions usage
         * @description Reports text generation activity (input, cached and output tokens, and requests) in time buckets, optionally filtered and split by project, user, API key, model, Batch API use or service tier. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-completions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get embeddings usage
         * @description Reports embeddings activity (tokens embedded and requests) in time buckets, optionally filtered and split by project, user, API key or model. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-embeddings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/file_search_calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get file search calls usage
         * @description Reports how many file search tool calls were made in each time bucket, optionally filtered and split by project, user, API key or vector store. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-file-search-calls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get images usage
         * @description Reports image generation, edit and variation activity (images and requests) in time buckets, optionally filtered and split by source endpoint, size, project, user, API key or model. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-images"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/moderations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get moderations usage
         * @description Reports moderation activity (tokens checked and requests) in time buckets, optionally filtered and split by project, user, API key or model. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-moderations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/vector_stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get vector stores usage
         * @description Reports the storage held in vector stores in each time bucket, optionally filtered and split by project. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-vector-stores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization/usage/web_search_calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get web search calls usage
         * @description Reports web search tool calls (searches, and the model requests that made them) in time buckets, optionally filtered and split by project, user, API key, model or search context size. Page with `page` set to the previous page's `next_page`.
         */
        get: operations["usage-web-search-calls"];
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
        /**
         * @description `group` for a group of this organization, `tenant_group` for one that belongs to the enterprise tenant.
         * @enum {string}
         */
        GroupType: "group" | "tenant_group";
        /** @description A named set of organization users that roles and project access can be granted to. */
        Group: {
            /**
             * @description Group ID, usable in API paths.
             * @example group_01J1F8GROUP1
             */
            id: string;
            /**
             * @description Display name of the group.
             * @example Support Engineers
             */
            name: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the group was created.
             * @example 1711471533
             */
            created_at: number;
            /** @description Whether an identity provider keeps the group in sync through SCIM. */
            is_scim_managed: boolean;
            group_type: components["schemas"]["GroupType"];
        };
        /** @description A page of groups. */
        GroupListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["Group"][];
            has_more: components["schemas"]["HasMore"];
            next: components["schemas"]["NextCursor"];
        };
        /** @description A new group. */
        GroupCreateRequest: {
            /**
             * @description Display name of the group.
             * @example Support Engineers
             */
            name: string;
        };
        /** @description The new name of a group. */
        GroupUpdateRequest: {
            /**
             * @description New display name of the group.
             * @example Support Team
             */
            name: string;
        };
        /** @description A group after it was renamed. */
        GroupUpdateResponse: {
            /**
             * @description Group ID.
             * @example group_01J1F8GROUP1
             */
            id: string;
            /**
             * @description Display name of the group after the change.
             * @example Support Team
             */
            name: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the group was created.
             * @example 1711471533
             */
            created_at: number;
            /** @description Whether an identity provider keeps the group in sync through SCIM. */
            is_scim_managed: boolean;
        };
        /** @description Confirmation that a group was deleted. */
        GroupDeleteResponse: {
            /**
             * @description Always `group.deleted`.
             * @constant
             */
            object: "group.deleted";
            /**
             * @description ID of the deleted group.
             * @example group_01J1F8GROUP1
             */
            id: string;
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /** @description The group a role was assigned to, in brief. */
        GroupSummary: {
            /**
             * @description Always `group`.
             * @constant
             */
            object: "group";
            /**
             * @description Group ID.
             * @example group_01J1F8GROUP1
             */
            id: string;
            /**
             * @description Display name of the group.
             * @example Support Engineers
             */
            name: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the group was created.
             * @example 1711471533
             */
            created_at: number;
            /** @description Whether an identity provider keeps the group in sync through SCIM. */
            scim_managed: boolean;
        };
        /** @description A role granted to a group, in the organization or in a project. */
        GroupRoleAssignment: {
            /**
             * @description Always `group.role`.
             * @constant
             */
            object: "group.role";
            group: components["schemas"]["GroupSummary"];
            role: components["schemas"]["Role"];
        };
        /** @description A member of a group, as a group listing shows it. */
        GroupUser: {
            /**
             * @description User ID.
             * @example user_abc
             */
            id: string;
            /**
             * @description Name of the user.
             * @example First Last
             */
            name: string;
            /**
             * Format: email
             * @description Email address of the user, if known.
             * @example user@example.com
             */
            email: string | null;
        };
        /** @description A page of group members. */
        GroupUserListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["GroupUser"][];
            has_more: components["schemas"]["HasMore"];
            next: components["schemas"]["NextCursor"];
        };
        /** @description The user to add to the group. */
        GroupUserAddRequest: {
            /**
             * @description ID of an organization user.
             * @example user_abc
             */
            user_id: string;
        };
        /** @description A user's membership of a group. */
        GroupUserAssignment: {
            /**
             * @description Always `group.user`.
             * @constant
             */
            object: "group.user";
            /**
             * @description ID of the member.
             * @example user_abc
             */
            user_id: string;
            /**
             * @description ID of the group.
             * @example group_01J1F8GROUP1
             */
            group_id: string;
        };
        /** @description One member of a group, with account details. */
        GroupMemberUser: {
            /**
             * @description User ID.
             * @example user_abc
             */
            id: string;
            /**
             * @description Name of the user.
             * @example First Last
             */
            name: string;
            /**
             * Format: email
             * @description Email address of the user, if known.
             * @example user@example.com
             */
            email: string | null;
            /**
             * Format: uri
             * @description URL of the user's profile picture, if any.
             * @example https://example.com/avatar.png
             */
            picture: string | null;
            /** @description Whether the member is a service account, when known. */
            is_service_account: boolean | null;
            /**
             * @description `user` for an organization user, `tenant_user` for a user of the enterprise tenant.
             * @enum {string}
             */
            user_type: "user" | "tenant_user";
        };
        /** @description Confirmation that a user left a group. */
        GroupUserRemoveResponse: {
            /**
             * @description Always `group.user.deleted`.
             * @constant
             */
            object: "group.user.deleted";
            /**
             * @description Whether the membership was removed.
             * @example true
             */
            deleted: boolean;
        };
        /** @description A group's access to a project. */
        ProjectGroup: {
            /**
             * @description Always `project.group`.
             * @constant
             */
            object: "project.group";
            /**
             * @description ID of the project.
             * @example proj_abc
             */
            project_id: string;
            /**
             * @description ID of the group.
             * @example group_01J1F8GROUP1
             */
            group_id: string;
            /**
             * @description Display name of the group.
             * @example Support Engineers
             */
            group_name: string;
            group_type: components["schemas"]["GroupType"];
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the group was given access to the project.
             * @example 1711560000
             */
            created_at: number;
        };
        /** @description A page of groups with access to a project. */
        ProjectGroupListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["ProjectGroup"][];
            has_more: components["schemas"]["HasMore"];
            next: components["schemas"]["NextCursor"];
        };
        /** @description The group to give access to the project, and its role there. */
        ProjectGroupAddRequest: {
            /**
             * @description ID of an organization group.
             * @example group_01J1F8GROUP1
             */
            group_id: string;
            /**
             * @description ID of the project role the group receives.
             * @example role_01J1F8PROJ01
             */
            role: string;
        };
        /** @description Confirmation that a group's access to a project was removed. */
        ProjectGroupRemoveResponse: {
            /**
             * @description Always `project.group.deleted`.
             * @constant
             */
            object: "project.group.deleted";
            /**
             * @description Whether the access was removed.
             * @example true
             */
            deleted: boolean;
        };
        /** @description Who owns an admin API key. */
        AdminApiKeyOwner: {
            /**
             * @description Kind of owner, such as `user`.
             * @example user
             */
            type?: string;
            /**
             * @description Object type of the owner, such as `organization.user`.
             * @example organization.user
             */
            object?: string;
            /**
             * @description ID of the owner.
             * @example user_abc
             */
            id?: string;
            /**
             * @description Display name of the owner.
             * @example First Last
             */
            name?: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the owner was created.
             * @example 1711471533
             */
            created_at?: number;
            /**
             * @description Organization role of the owner.
             * @example owner
             */
            role?: string;
        };
        /** @description An admin API key of the organization, with its secret redacted. */
        AdminApiKey: {
            /**
             * @description Always `organization.admin_api_key`.
             * @constant
             */
            object: "organization.admin_api_key";
            /**
             * @description Key ID, usable in API paths.
             * @example key_abc
             */
            id: string;
            /**
             * @description Label given to the key when it was created.
             * @example Main Admin Key
             */
            name?: string | null;
            /**
             * @description A shortened form of the secret, enough to recognise the key but not to use it.
             * @example sk-admin...x9Qa
             */
            redacted_value: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the key was created.
             * @example 1711471533
             */
            created_at: number;
            /**
             * Format: unixtime
             * @description Unix time (seconds) after which the key stops working, or null if it never expires.
             * @example 1719334000
             */
            expires_at: number | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) of the key's most recent use, or null if it was never used.
             * @example 1711900000
             */
            last_used_at?: number | null;
            owner: components["schemas"]["AdminApiKeyOwner"];
        };
        /** @description A newly created admin API key, including its full secret, which is returned this once only. */
        AdminApiKeyCreateResponse: {
            /**
             * @description Always `organization.admin_api_key`.
             * @constant
             */
            object: "organization.admin_api_key";
            /**
             * @description Key ID, usable in API paths.
             * @example key_xyz
             */
            id: string;
            /**
             * @description Label given to the key.
             * @example New Admin Key
             */
            name?: string | null;
            /**
             * @description A shortened form of the secret, as later reads show it.
             * @example sk-admin...Rk2w
             */
            redacted_value: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the key was created.
             * @example 1711471533
             */
            created_at: number;
            /**
             * Format: unixtime
             * @description Unix time (seconds) after which the key stops working, or null if it never expires.
             * @example 1719334000
             */
            expires_at: number | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) of the key's most recent use; null for a new key.
             * @example null
             */
            last_used_at?: number | null;
            owner: components["schemas"]["AdminApiKeyOwner"];
            /**
             * @description The full secret to send as the bearer token. It is shown only in this response; keep it safe.
             * @example sk-admin-T3BlbkFJ8vQ2nLwXz4hY6cRk2w
             */
            value: string;
        };
        /** @description A page of admin API keys. */
        ApiKeyList: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["AdminApiKey"][];
            has_more: components["schemas"]["HasMore"];
            first_id?: components["schemas"]["FirstId"];
            last_id?: components["schemas"]["LastId"];
        };
        /** @description A new admin API key. */
        AdminApiKeyCreateRequest: {
            /**
             * @description Label for the key, to tell it apart from others.
             * @example New Admin Key
             */
            name: string;
            /**
             * @description Lifetime of the key in seconds from now. Leave it out for a key that does not expire.
             * @example 7776000
             */
            expires_in_seconds?: number;
        };
        /** @description Confirmation that an admin API key was deleted. */
        AdminApiKeyDeleteResponse: {
            /**
             * @description ID of the deleted key.
             * @example key_abc
             */
            id: string;
            /**
             * @description Always `organization.admin_api_key.deleted`.
             * @constant
             */
            object: "organization.admin_api_key.deleted";
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /** @description The validity window read from a certificate. */
        CertificateValidity: {
            /**
             * Format: unixtime
             * @description Unix time (seconds) from which the certificate is valid.
             * @example 1711411200
             */
            valid_at?: number;
            /**
             * Format: unixtime
             * @description Unix time (seconds) at which the certificate expires.
             * @example 1742947200
             */
            expires_at?: number;
        };
        /** @description The validity window read from a certificate and, when asked for, its PEM text. */
        CertificateDetails: {
            /**
             * Format: unixtime
             * @description Unix time (seconds) from which the certificate is valid.
             * @example 1711411200
             */
            valid_at?: number;
            /**
             * Format: unixtime
             * @description Unix time (seconds) at which the certificate expires.
             * @example 1742947200
             */
            expires_at?: number;
            /**
             * @description The certificate in PEM form. Present only when the request asks for `include=content`.
             * @example -----BEGIN CERTIFICATE-----
             *     MIIBszCCAVmgAwIBAgIU...
             *     -----END CERTIFICATE-----
             */
            content?: string;
        };
        /** @description A certificate uploaded to the organization. */
        Certificate: {
            /**
             * @description `certificate` for the certificate itself; `organization.certificate` or `organization.project.certificate` when it is shown in the context of the organization or of a project.
             * @enum {string}
             */
            object: "certificate" | "organization.certificate" | "organization.project.certificate";
            /**
             * @description Certificate ID, usable in API paths.
             * @example cert_abc
             */
            id: string;
            /**
             * @description Label given to the certificate, or null.
             * @example My Example Certificate
             */
            name: string | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the certificate was uploaded.
             * @example 1711471533
             */
            created_at: number;
            certificate_details: components["schemas"]["CertificateDetails"];
            /**
             * @description Whether the certificate is active in the context given by `object`.
             * @example true
             */
            active?: boolean;
        };
        /** @description A certificate as seen from the organization, with its organization-level activation state. */
        OrganizationCertificate: {
            /**
             * @description Always `organization.certificate`.
             * @constant
             */
            object: "organization.certificate";
            /**
             * @description Certificate ID, usable in API paths.
             * @example cert_abc
             */
            id: string;
            /**
             * @description Label given to the certificate, or null.
             * @example My Example Certificate
             */
            name: string | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the certificate was uploaded.
             * @example 1711471533
             */
            created_at: number;
            certificate_details: components["schemas"]["CertificateValidity"];
            /**
             * @description Whether the certificate is active for the whole organization.
             * @example true
             */
            active: boolean;
        };
        /** @description A certificate as seen from one project, with its activation state in that project. */
        OrganizationProjectCertificate: {
            /**
             * @description Always `organization.project.certificate`.
             * @constant
             */
            object: "organization.project.certificate";
            /**
             * @description Certificate ID, usable in API paths.
             * @example cert_abc
             */
            id: string;
            /**
             * @description Label given to the certificate, or null.
             * @example My Example Certificate
             */
            name: string | null;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the certificate was uploaded.
             * @example 1711471533
             */
            created_at: number;
            certificate_details: components["schemas"]["CertificateValidity"];
            /**
             * @description Whether the certificate is active in this project.
             * @example true
             */
            active: boolean;
        };
        /** @description A page of the organization's certificates. */
        ListCertificatesResponse: {
            /** @description The objects on this page. */
            data: components["schemas"]["OrganizationCertificate"][];
            first_id: components["schemas"]["FirstId"];
            last_id: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
            object: components["schemas"]["ListObject"];
        };
        /** @description A page of certificates as seen from one project. */
        ListProjectCertificatesResponse: {
            /** @description The objects on this page. */
            data: components["schemas"]["OrganizationProjectCertificate"][];
            first_id: components["schemas"]["FirstId"];
            last_id: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
            object: components["schemas"]["ListObject"];
        };
        /** @description A certificate to add to the organization. */
        UploadCertificateRequest: {
            /**
             * @description Label for the certificate.
             * @example My Example Certificate
             */
            name?: string;
            /**
             * @description The certificate in PEM form, including the BEGIN and END lines.
             * @example -----BEGIN CERTIFICATE-----
             *     MIIBszCCAVmgAwIBAgIU...
             *     -----END CERTIFICATE-----
             */
            certificate: string;
        };
        /** @description Fields to change on a certificate. */
        ModifyCertificateRequest: {
            /**
             * @description New label for the certificate.
             * @example Renamed Certificate
             */
            name?: string;
        };
        /** @description The certificates to activate or deactivate. */
        ToggleCertificatesRequest: {
            /** @description IDs of uploaded certificates. */
            certificate_ids: string[];
        };
        /** @description The certificates that were activated for the organization, with their new state. */
        OrganizationCertificateActivationResponse: {
            /**
             * @description Always `organization.certificate.activation`.
             * @constant
             */
            object: "organization.certificate.activation";
            /** @description The certificates the request named. */
            data: components["schemas"]["OrganizationCertificate"][];
        };
        /** @description The certificates that were deactivated for the organization, with their new state. */
        OrganizationCertificateDeactivationResponse: {
            /**
             * @description Always `organization.certificate.deactivation`.
             * @constant
             */
            object: "organization.certificate.deactivation";
            /** @description The certificates the request named. */
            data: components["schemas"]["OrganizationCertificate"][];
        };
        /** @description The certificates that were activated for a project, with their new state there. */
        OrganizationProjectCertificateActivationResponse: {
            /**
             * @description Always `organization.project.certificate.activation`.
             * @constant
             */
            object: "organization.project.certificate.activation";
            /** @description The certificates the request named. */
            data: components["schemas"]["OrganizationProjectCertificate"][];
        };
        /** @description The certificates that were deactivated for a project, with their new state there. */
        OrganizationProjectCertificateDeactivationResponse: {
            /**
             * @description Always `organization.project.certificate.deactivation`.
             * @constant
             */
            object: "organization.project.certificate.deactivation";
            /** @description The certificates the request named. */
            data: components["schemas"]["OrganizationProjectCertificate"][];
        };
        /** @description Confirmation that a certificate was deleted. */
        DeleteCertificateResponse: {
            /**
             * @description Always `certificate.deleted`.
             * @constant
             */
            object: "certificate.deleted";
            /**
             * @description ID of the deleted certificate.
             * @example cert_abc
             */
            id: string;
        };
        /**
         * @description The kind of action an audit log event records, such as `project.created` or `login.failed`.
         * @enum {string}
         */
        AuditLogEventType: "api_key.created" | "api_key.updated" | "api_key.deleted" | "certificate.created" | "certificate.updated" | "certificate.deleted" | "certificates.activated" | "certificates.deactivated" | "checkpoint.permission.created" | "checkpoint.permission.deleted" | "external_key.registered" | "external_key.removed" | "group.created" | "group.updated" | "group.deleted" | "invite.sent" | "invite.accepted" | "invite.deleted" | "ip_allowlist.created" | "ip_allowlist.updated" | "ip_allowlist.deleted" | "ip_allowlist.config.activated" | "ip_allowlist.config.deactivated" | "login.succeeded" | "login.failed" | "logout.succeeded" | "logout.failed" | "organization.updated" | "project.created" | "project.updated" | "project.archived" | "project.deleted" | "rate_limit.updated" | "rate_limit.deleted" | "resource.deleted" | "tunnel.created" | "tunnel.updated" | "tunnel.deleted" | "workload_identity_provider.created" | "workload_identity_provider.updated" | "workload_identity_provider.deleted" | "workload_identity_provider_mapping.created" | "workload_identity_provider_mapping.updated" | "workload_identity_provider_mapping.deleted" | "role.created" | "role.updated" | "role.deleted" | "role.assignment.created" | "role.assignment.deleted" | "role.bound_to_resource" | "role.unbound_from_resource" | "scim.enabled" | "scim.disabled" | "service_account.created" | "service_account.updated" | "service_account.deleted" | "user.added" | "user.updated" | "user.deleted" | "tenant.metadata.updated" | "tenant.microsoft_entra_mapping.upserted" | "tenant.microsoft_entra_mapping.deleted" | "tenant.workload_identity.provider.created" | "tenant.workload_identity.provider.updated" | "tenant.workload_identity.provider.archived" | "tenant.workload_identity.mapping.created" | "tenant.workload_identity.mapping.updated" | "tenant.workload_identity.mapping.archived" | "tenant.workload_identity.binding.created" | "tenant.workload_identity.principal.provisioned" | "tenant.workload_identity.access_token.issued" | "tenant.admin_api_key.created" | "tenant.admin_api_key.updated" | "tenant.admin_api_key.deleted" | "tenant.project_api_key.created" | "tenant.chatgpt_access_token.revoked" | "tenant.migration.completed" | "tenant.sso.migrated" | "tenant.domains.migrated" | "tenant.sso_connection.created" | "tenant.sso_connection.updated" | "tenant.sso_connection.deleted" | "tenant.sso_connection.setup.started" | "tenant.policy.created" | "tenant.policy.updated" | "tenant.policy.deleted" | "tenant.policy.attached" | "tenant.policy.detached" | "tenant.principal_authentication_policy.resolved" | "tenant.scim.setup.started" | "tenant.scim.deletion.requested" | "tenant.scim.directory.created" | "tenant.product_access_policy.updated" | "tenant.resource_share_grant.created" | "tenant.resource_share_grant.updated" | "tenant.resource_share_grant.accepted" | "tenant.resource_share_grant.declined" | "tenant.resource_share_grant.revoked" | "tenant.resource_share_grant.deleted" | "tenant.service_account.updated" | "tenant.service_account.deleted" | "tenant.service_account.token.revoked" | "tenant.billing.overage_limit.updated" | "tenant.billing.alerts.updated" | "tenant.billing.info.updated" | "tenant.usage_limit.workspace.updated" | "tenant.usage_limit.group.updated" | "tenant.usage_limit.user.updated" | "tenant.usage_limit.increase_request.updated" | "tenant.usage_limit.increase_request.resolved" | "tenant.group.created" | "tenant.group.updated" | "tenant.group.deleted" | "tenant.group.member.added" | "tenant.group.member.removed" | "tenant.migration_rollout.status.updated" | "tenant.migration_rollout.tier.updated" | "tenant.role.metadata.updated" | "tenant.custom_role.created" | "tenant.custom_role.updated" | "tenant.custom_role.deleted" | "tenant.role_assignment.created" | "tenant.role_assignment.deleted" | "tenant.resource_role_assignment.created" | "tenant.resource_role_assignment.deleted" | "tenant.resource_access.updated" | "tenant.resource_access.deleted" | "tenant.ads_account.onboarding.redemption" | "tenant.session_policy.created" | "tenant.session_policy.updated" | "tenant.session_policy.deleted" | "tenant.session_revocation.started" | "tenant.third_party_app_policy.updated" | "tenant.user.added" | "tenant.user.updated" | "tenant.user.removed" | "tenant.user.looked_up" | "tenant.user.invited" | "tenant.membership.revoked" | "tenant.api_organization_invite.upserted" | "tenant.api_organization_invite.deleted" | "tenant.chatgpt_workspace_invite.upserted" | "tenant.membership.accepted" | "tenant.membership.declined" | "tenant.workspace_invite_email_settings.updated";
        /** @description The project an audit log event happened in. */
        AuditLogProject: {
            /**
             * @description Project ID.
             * @example proj_abc
             */
            id?: string;
            /**
             * @description Project name at the time of the event.
             * @example Project example
             */
            name?: string;
        };
        /** @description The user behind an audit log event. */
        AuditLogActorUser: {
            /**
             * @description User ID.
             * @example user_abc
             */
            id?: string;
            /**
             * @description Email address of the user.
             * @example user@example.com
             */
            email?: string;
        };
        /** @description The service account behind an audit log event. */
        AuditLogActorServiceAccount: {
            /**
             * @description Service account ID.
             * @example svc_acct_abc
             */
            id?: string;
        };
        /** @description A signed-in browser session that performed an audited action. */
        AuditLogActorSession: {
            user?: components["schemas"]["AuditLogActorUser"];
            /**
             * @description IP address the session's request came from.
             * @example 203.0.113.10
             */
            ip_address?: string;
        };
        /** @description An API key that performed an audited action, and whom it belongs to. */
        AuditLogActorApiKey: {
            /**
             * @description ID of the API key.
             * @example key_abc
             */
            id?: string;
            /**
             * @description Whether the key belongs to a user or to a service account.
             * @enum {string}
             */
            type?: "user" | "service_account";
            user?: components["schemas"]["AuditLogActorUser"];
            service_account?: components["schemas"]["AuditLogActorServiceAccount"];
        };
        /** @description Who performed an audited action, through a session or an API key. */
        AuditLogActor: {
            /**
             * @description Whether the action came from a signed-in session or from an API key; says which of the two fields below is set.
             * @enum {string}
             */
            type?: "session" | "api_key";
            session?: components["schemas"]["AuditLogActorSession"];
            api_key?: components["schemas"]["AuditLogActorApiKey"];
        };
        /** @description The object an audit log event concerns, given by its ID only. */
        AuditLogObjectRef: {
            /**
             * @description ID of the object the event concerns.
             * @example proj_abc
             */
            id?: string;
        };
        /** @description An object named in an audit log event, by ID and name. */
        AuditLogNamedObject: {
            /**
             * @description ID of the object.
             * @example cert_abc
             */
            id?: string;
            /**
             * @description Name of the object at the time of the event.
             * @example My Example Certificate
             */
            name?: string;
        };
        /** @description Why a sign-in or sign-out attempt failed. */
        AuditLogAuthFailure: {
            /**
             * @description Machine-readable reason for the failure.
             * @example invalid_credentials
             */
            error_code?: string;
            /**
             * @description Human-readable reason for the failure.
             * @example The password was incorrect.
             */
            error_message?: string;
        };
        /** @description An object created in an audited action, with the settings it was created with. */
        AuditLogObjectCreated: {
            /**
             * @description ID of the new object.
             * @example ekm_key_abc
             */
            id?: string;
            /** @description Settings of the new object; the fields depend on the kind of object. */
            data?: Record<string, never>;
        };
        /** @description An object changed in an audited action, with the changes asked for. */
        AuditLogObjectUpdated: {
            /**
             * @description ID of the changed object.
             * @example wip_abc
             */
            id?: string;
            /** @description The fields the request set; which ones depends on the kind of object. */
            changes_requested?: Record<string, never>;
        };
        /** @description A user or service account given a role in an audited action. */
        AuditLogMemberRole: {
            /**
             * @description ID of the user or service account.
             * @example user_abc
             */
            id?: string;
            /** @description Settings given to the member. */
            data?: {
                /**
                 * @description The role given to the member.
                 * @example member
                 */
                role?: string;
            };
        };
        /** @description A user or service account whose role was changed in an audited action. */
        AuditLogMemberRoleChange: {
            /**
             * @description ID of the user or service account.
             * @example user_abc
             */
            id?: string;
            /** @description The changes the request asked for. */
            changes_requested?: {
                /**
                 * @description The new role of the member.
                 * @example owner
                 */
                role?: string;
            };
        };
        /** @description An IP allowlist as it was when an audited action created or deleted it. */
        AuditLogIpAllowlist: {
            /**
             * @description ID of the IP allowlist.
             * @example ipal_abc
             */
            id?: string;
            /**
             * @description Name of the IP allowlist.
             * @example Office network
             */
            name?: string;
            /** @description IP addresses and CIDR ranges the allowlist admits. */
            allowed_ips?: string[];
        };
        /** @description IP allowlist configurations switched on or off in an audited action. */
        AuditLogIpAllowlistConfigs: {
            /** @description The configurations affected. */
            configs?: components["schemas"]["AuditLogNamedObject"][];
        };
        /** @description Certificates activated or deactivated in an audited action. */
        AuditLogCertificates: {
            /** @description The certificates affected. */
            certificates?: components["schemas"]["AuditLogNamedObject"][];
        };
        /** @description A role granted to, or taken from, a principal on a resource in an audited action. */
        AuditLogRoleAssignment: {
            /**
             * @description ID of the role.
             * @example role_01J1F8ROLE01
             */
            id?: string;
            /**
             * @description ID of the user, group or service account the role applies to.
             * @example user_abc
             */
            principal_id?: string;
            /**
             * @description Kind of principal, such as `user` or `group`.
             * @example user
             */
            principal_type?: string;
            /**
             * @description ID of the resource the role applies on.
             * @example org_abc
             */
            resource_id?: string;
            /**
             * @description Kind of resource, such as `api.organization` or `api.project`.
             * @example api.organization
             */
            resource_type?: string;
        };
        /** @description A role bound to, or unbound from, a resource in an audited action. */
        AuditLogRoleBinding: {
            /**
             * @description ID of the binding.
             * @example rb_abc
             */
            id?: string;
            /**
             * @description ID of the role.
             * @example role_01J1F8ROLE01
             */
            role_id?: string;
            /**
             * @description ID of the resource the role was bound to or unbound from.
             * @example conn_abc
             */
            resource_id?: string;
            /**
             * @description Kind of resource.
             * @example connector
             */
            resource_type?: string;
            /** @description Permissions the binding grants. */
            permissions?: string[];
            /**
             * @description ID of the workspace the resource belongs to.
             * @example ws_abc
             */
            workspace_id?: string;
            /**
             * @description ID of the connector, when the resource is one.
             * @example conn_abc
             */
            connector_id?: string;
            /**
             * @description Name of the connector, when the resource is one.
             * @example Example Drive
             */
            connector_name?: string;
            /**
             * @description Whether the binding is in effect after the action.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description What kind of change caused the binding to be added or removed.
             * @enum {string}
             */
            source?: "role_toggle" | "role_connector_update" | "role_delete" | "workspace_permissions" | "connector_publish";
        };
        /** @description One audit log event. Besides the common fields, the event carries a payload under a field named like its `type` (for example `project.created`), describing what changed. */
        AuditLog: {
            /**
             * @description ID of the event.
             * @example audit_log_abc
             */
            id: string;
            type: components["schemas"]["AuditLogEventType"];
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the action took place.
             * @example 1711471533
             */
            effective_at: number;
            project?: components["schemas"]["AuditLogProject"];
            /** @description Who performed the action, or null when no actor is recorded. */
            actor?: components["schemas"]["AuditLogActor"] | null;
            /** @description Payload of `api_key.created`. */
            "api_key.created"?: {
                /**
                 * @description ID of the new API key.
                 * @example key_xyz
                 */
                id?: string;
                /** @description Settings of the new key. */
                data?: {
                    /** @description Scopes granted to the key. */
                    scopes?: string[];
                };
            };
            /** @description Payload of `api_key.updated`. */
            "api_key.updated"?: {
                /**
                 * @description ID of the changed API key.
                 * @example key_xyz
                 */
                id?: string;
                /** @description The changes the request asked for. */
                changes_requested?: {
                    /** @description The new scopes of the key. */
                    scopes?: string[];
                };
            };
            "api_key.deleted"?: components["schemas"]["AuditLogObjectRef"];
            /** @description Payload of `checkpoint.permission.created`. */
            "checkpoint.permission.created"?: {
                /**
                 * @description ID of the new checkpoint permission.
                 * @example cp_perm_abc
                 */
                id?: string;
                /** @description What the permission grants. */
                data?: {
                    /**
                     * @description ID of the project given access to the checkpoint.
                     * @example proj_abc
                     */
                    project_id?: string;
                    /**
                     * @description ID of the fine-tuned model checkpoint shared.
                     * @example ftckpt_abc
                     */
                    fine_tuned_model_checkpoint?: string;
                };
            };
            "checkpoint.permission.deleted"?: components["schemas"]["AuditLogObjectRef"];
            "external_key.registered"?: components["schemas"]["AuditLogObjectCreated"];
            "external_key.removed"?: components["schemas"]["AuditLogObjectRef"];
            /** @description Payload of `group.created`. */
            "group.created"?: {
                /**
                 * @description ID of the new group.
                 * @example group_abc
                 */
                id?: string;
                /** @description Settings of the new group. */
                data?: {
                    /**
                     * @description Name of the group.
                     * @example Data science
                     */
                    group_name?: string;
                };
            };
            /** @description Payload of `group.updated`. */
            "group.updated"?: {
                /**
                 * @description ID of the changed group.
                 * @example group_abc
                 */
                id?: string;
                /** @description The changes the request asked for. */
                changes_requested?: {
                    /**
                     * @description The new name of the group.
                     * @example Applied science
                     */
                    group_name?: string;
                };
            };
            "group.deleted"?: components["schemas"]["AuditLogObjectRef"];
            "scim.enabled"?: components["schemas"]["AuditLogObjectRef"];
            "scim.disabled"?: components["schemas"]["AuditLogObjectRef"];
            /** @description Payload of `invite.sent`. */
            "invite.sent"?: {
                /**
                 * @description ID of the invite.
                 * @example invite-abc
                 */
                id?: string;
                /** @description Whom the invite went to and with what role. */
                data?: {
                    /**
                     * @description Email address the invite was sent to.
                     * @example anotheruser@example.com
                     */
                    email?: string;
                    /**
                     * @description Organization role the invite offers.
                     * @example reader
                     */
                    role?: string;
                };
            };
            "invite.accepted"?: components["schemas"]["AuditLogObjectRef"];
            "invite.deleted"?: components["schemas"]["AuditLogObjectRef"];
            "ip_allowlist.created"?: components["schemas"]["AuditLogIpAllowlist"];
            /** @description Payload of `ip_allowlist.updated`. */
            "ip_allowlist.updated"?: {
                /**
                 * @description ID of the changed IP allowlist.
                 * @example ipal_abc
                 */
                id?: string;
                /** @description The addresses and ranges the allowlist admits after the change. */
                allowed_ips?: string[];
            };
            "ip_allowlist.deleted"?: components["schemas"]["AuditLogIpAllowlist"];
            "ip_allowlist.config.activated"?: components["schemas"]["AuditLogIpAllowlistConfigs"];
            "ip_allowlist.config.deactivated"?: components["schemas"]["AuditLogIpAllowlistConfigs"];
            /** @description Payload of `login.succeeded`; no fields are defined for it. */
            "login.succeeded"?: Record<string, never>;
            "login.failed"?: components["schemas"]["AuditLogAuthFailure"];
            /** @description Payload of `logout.succeeded`; no fields are defined for it. */
            "logout.succeeded"?: Record<string, never>;
            "logout.failed"?: components["schemas"]["AuditLogAuthFailure"];
            /** @description Payload of `organization.updated`. */
            "organization.updated"?: {
                /**
                 * @description ID of the organization.
                 * @example org_abc
                 */
                id?: string;
                /** @description The organization settings the request changed. */
                changes_requested?: {
                    /**
                     * @description New display title of the organization.
                     * @example Example Inc.
                     */
                    title?: string;
                    /**
                     * @description New description of the organization.
                     * @example Research and product teams
                     */
                    description?: string;
                    /**
                     * @description New name of the organization.
                     * @example example-inc
                     */
                    name?: string;
                    /**
                     * @description New visibility setting of the threads page.
                     * @example NONE
                     */
                    threads_ui_visibility?: string;
                    /**
                     * @description New visibility setting of the usage dashboard.
                     * @example ANY_ROLE
                     */
                    usage_dashboard_visibility?: string;
                    /**
                     * @description New API call logging setting.
                     * @example enabled_per_project
                     */
                    api_call_logging?: string;
                    /**
                     * @description Projects that API call logging applies to, as a comma-separated list of IDs.
                     * @example proj_abc,proj_def
                     */
                    api_call_logging_project_ids?: string;
                };
            };
            /** @description Payload of `project.created`. */
            "project.created"?: {
                /**
                 * @description ID of the new project.
                 * @example proj_abc
                 */
                id?: string;
                /** @description Settings of the new project. */
                data?: {
                    /**
                     * @description Name of the project.
                     * @example Project example
                     */
                    name?: string;
                    /**
                     * @description Display title of the project.
                     * @example Project example
                     */
                    title?: string;
                };
            };
            /** @description Payload of `project.updated`. */
            "project.updated"?: {
                /**
                 * @description ID of the changed project.
                 * @example proj_abc
                 */
                id?: string;
                /** @description The changes the request asked for. */
                changes_requested?: {
                    /**
                     * @description The new display title of the project.
                     * @example Project DEF
                     */
                    title?: string;
                };
            };
            "project.archived"?: components["schemas"]["AuditLogObjectRef"];
            "project.deleted"?: components["schemas"]["AuditLogObjectRef"];
            /** @description Payload of `rate_limit.updated`. */
            "rate_limit.updated"?: {
                /**
                 * @description ID of the changed rate limit.
                 * @example rl_abc
                 */
                id?: string;
                /** @description The limits the request set. */
                changes_requested?: {
                    /**
                     * @description New cap on requests per minute.
                     * @example 500
                     */
                    max_requests_per_1_minute?: number;
                    /**
                     * @description New cap on tokens per minute.
                     * @example 200000
                     */
                    max_tokens_per_1_minute?: number;
                    /**
                     * @description New cap on images per minute.
                     * @example 50
                     */
                    max_images_per_1_minute?: number;
                    /**
                     * @description New cap on audio megabytes per minute.
                     * @example 10
                     */
                    max_audio_megabytes_per_1_minute?: number;
                    /**
                     * @description New cap on requests per day.
                     * @example 10000
                     */
                    max_requests_per_1_day?: number;
                    /**
                     * @description New cap on batch input tokens per day.
                     * @example 1000000
                     */
                    batch_1_day_max_input_tokens?: number;
                };
            };
            "rate_limit.deleted"?: components["schemas"]["AuditLogObjectRef"];
            /** @description Payload of `role.created`. */
            "role.created"?: {
                /**
                 * @description ID of the new role.
                 * @example role_01J1F8ROLE01
                 */
                id?: string;
                /**
                 * @description Name of the role.
                 * @example API Group Manager
                 */
                role_name?: string;
                /** @description Permissions the role grants. */
                permissions?: string[];
                /**
                 * @description Kind of resource the role is defined on.
                 * @example api.organization
                 */
                resource_type?: string;
                /**
                 * @description ID of the resource the role is defined on.
                 * @example org_abc
                 */
                resource_id?: string;
            };
            /** @description Payload of `role.updated`. */
            "role.updated"?: {
                /**
                 * @description ID of the changed role.
                 * @example role_01J1F8ROLE01
                 */
                id?: string;
                /** @description The changes the request asked for. */
                changes_requested?: {
                    /**
                     * @description The new name of the role.
                     * @example API Group Admin
                     */
                    role_name?: string;
                    /**
                     * @description ID of the resource the role is defined on.
                     * @example org_abc
                     */
                    resource_id?: string;
                    /**
                     * @description Kind of resource the role is defined on.
                     * @example api.organization
                     */
                    resource_type?: string;
                    /** @description Permissions added to the role. */
                    permissions_added?: string[];
                    /** @description Permissions taken from the role. */
                    permissions_removed?: string[];
                    /**
                     * @description The new description of the role.
                     * @example Manages groups of the organization.
                     */
                    description?: string;
                    /** @description The new metadata of the role. */
                    metadata?: Record<string, never>;
                };
            };
            "role.deleted"?: components["schemas"]["AuditLogObjectRef"];
            "role.assignment.created"?: components["schemas"]["AuditLogRoleAssignment"];
            "role.assignment.deleted"?: components["schemas"]["AuditLogRoleAssignment"];
            "role.bound_to_resource"?: components["schemas"]["AuditLogRoleBinding"];
            "role.unbound_from_resource"?: components["schemas"]["AuditLogRoleBinding"];
            "service_account.created"?: components["schemas"]["AuditLogMemberRole"];
            "service_account.updated"?: components["schemas"]["AuditLogMemberRoleChange"];
            "service_account.deleted"?: components["schemas"]["AuditLogObjectRef"];
            "workload_identity_provider.created"?: components["schemas"]["AuditLogObjectCreated"];
            "workload_identity_provider.updated"?: components["schemas"]["AuditLogObjectUpdated"];
            "workload_identity_provider.deleted"?: components["schemas"]["AuditLogNamedObject"];
            /** @description Payload of `workload_identity_provider_mapping.created`. */
            "workload_identity_provider_mapping.created"?: {
                /**
                 * @description ID of the new mapping.
                 * @example wipm_abc
                 */
                id?: string;
                /**
                 * @description ID of the workload identity provider the mapping belongs to.
                 * @example wip_abc
                 */
                identity_provider_id?: string;
                /** @description Settings of the new mapping. */
                data?: Record<string, never>;
            };
            /** @description Payload of `workload_identity_provider_mapping.updated`. */
            "workload_identity_provider_mapping.updated"?: {
                /**
                 * @description ID of the changed mapping.
                 * @example wipm_abc
                 */
                id?: string;
                /**
                 * @description ID of the workload identity provider the mapping belongs to.
                 * @example wip_abc
                 */
                identity_provider_id?: string;
                /** @description The changes the request asked for. */
                changes_requested?: Record<string, never>;
            };
            /** @description Payload of `workload_identity_provider_mapping.deleted`. */
            "workload_identity_provider_mapping.deleted"?: {
                /**
                 * @description ID of the deleted mapping.
                 * @example wipm_abc
                 */
                id?: string;
                /**
                 * @description ID of the workload identity provider the mapping belonged to.
                 * @example wip_abc
                 */
                identity_provider_id?: string;
                /**
                 * @description ID of the project the mapping pointed to.
                 * @example proj_abc
                 */
                project_id?: string;
                /**
                 * @description ID of the service account the mapping pointed to.
                 * @example svc_acct_abc
                 */
                service_account_id?: string;
            };
            "user.added"?: components["schemas"]["AuditLogMemberRole"];
            "user.updated"?: components["schemas"]["AuditLogMemberRoleChange"];
            "user.deleted"?: components["schemas"]["AuditLogObjectRef"];
            "certificate.created"?: components["schemas"]["AuditLogNamedObject"];
            "certificate.updated"?: components["schemas"]["AuditLogNamedObject"];
            /** @description Payload of `certificate.deleted`. */
            "certificate.deleted"?: {
                /**
                 * @description ID of the deleted certificate.
                 * @example cert_abc
                 */
                id?: string;
                /**
                 * @description Name of the deleted certificate.
                 * @example My Example Certificate
                 */
                name?: string;
                /**
                 * @description The deleted certificate in PEM form.
                 * @example -----BEGIN CERTIFICATE-----
                 *     MIIBszCCAVmgAwIBAgIU...
                 *     -----END CERTIFICATE-----
                 */
                certificate?: string;
            };
            "certificates.activated"?: components["schemas"]["AuditLogCertificates"];
            "certificates.deactivated"?: components["schemas"]["AuditLogCertificates"];
        };
        /** @description A page of audit log events. */
        ListAuditLogsResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The events on this page. */
            data: components["schemas"]["AuditLog"][];
            first_id?: components["schemas"]["FirstId"];
            last_id?: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description An API key of a project, as listed: the value is redacted. */
        ProjectApiKey: {
            /**
             * @description Always `organization.project.api_key`.
             * @constant
             */
            object: "organization.project.api_key";
            /**
             * @description The key with most of its characters masked, enough to recognise it.
             * @example sk-proj-abc****wxyz
             */
            redacted_value: string;
            /**
             * @description Name given to the key.
             * @example Production backend
             */
            name: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the key was created.
             * @example 1711471533
             */
            created_at: number;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the key was last used, or null if it never was.
             * @example 1711471533
             */
            last_used_at: number | null;
            /**
             * @description API key ID.
             * @example key_abc
             */
            id: string;
            /**
             * @description Whether the key's owner still has access to the project (`active`) or has lost it (`inactive`).
             * @enum {string}
             */
            owner_project_access: "active" | "inactive";
            owner: components["schemas"]["ProjectApiKeyOwner"];
        };
        /** @description Who owns an API key: a user or a service account. The member matching `type` is filled in. */
        ProjectApiKeyOwner: {
            /**
             * @description Kind of owner.
             * @enum {string}
             */
            type?: "user" | "service_account";
            user?: components["schemas"]["ProjectApiKeyOwnerUser"];
            service_account?: components["schemas"]["ProjectApiKeyOwnerServiceAccount"];
        };
        /** @description The user who owns an API key. */
        ProjectApiKeyOwnerUser: {
            /**
             * @description User ID.
             * @example user_abc
             */
            id: string;
            /**
             * Format: email
             * @description Email address of the user.
             * @example user@example.com
             */
            email: string;
            /**
             * @description Name of the user.
             * @example First Last
             */
            name: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the user was created.
             * @example 1711471533
             */
            created_at: number;
            /**
             * @description The user's role in the project, e.g. `owner` or `member`.
             * @example owner
             */
            role: string;
        };
        /** @description The service account that owns an API key. */
        ProjectApiKeyOwnerServiceAccount: {
            /**
             * @description Service account ID.
             * @example svc_acct_abc
             */
            id: string;
            /**
             * @description Name of the service account.
             * @example Nightly batch
             */
            name: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the service account was created.
             * @example 1711471533
             */
            created_at: number;
            /**
             * @description The service account's role in the project, e.g. `owner` or `member`.
             * @example member
             */
            role: string;
        };
        /** @description A page of project API keys. */
        ProjectApiKeyListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["ProjectApiKey"][];
            first_id?: components["schemas"]["FirstId"];
            last_id?: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description Confirmation that a project API key was deleted. */
        ProjectApiKeyDeleteResponse: {
            /**
             * @description Always `organization.project.api_key.deleted`.
             * @constant
             */
            object: "organization.project.api_key.deleted";
            /**
             * @description ID of the deleted object.
             * @example key_abc
             */
            id: string;
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /** @description A service account: a bot identity of a project, not tied to a person. */
        ProjectServiceAccount: {
            /**
             * @description Always `organization.project.service_account`.
             * @constant
             */
            object: "organization.project.service_account";
            /**
             * @description Service account ID.
             * @example svc_acct_abc
             */
            id: string;
            /**
             * @description Name of the service account.
             * @example Nightly batch
             */
            name: string;
            /**
             * @description Role of the service account in the project.
             * @enum {string}
             */
            role: "owner" | "member" | "none";
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the service account was created.
             * @example 1711471533
             */
            created_at: number;
        };
        /** @description A page of project service accounts. */
        ProjectServiceAccountListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["ProjectServiceAccount"][];
            first_id?: components["schemas"]["FirstId"];
            last_id?: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description A new service account. */
        ProjectServiceAccountCreateRequest: {
            /**
             * @description Name of the service account.
             * @example Nightly batch
             */
            name: string;
            /**
             * @description Set to true to create the service account without an API key.
             * @example true
             */
            create_service_account_only?: boolean | null;
        };
        /** @description A newly created service account, with its first API key if one was made. */
        ProjectServiceAccountCreateResponse: {
            /**
             * @description Always `organization.project.service_account`.
             * @constant
             */
            object: "organization.project.service_account";
            /**
             * @description Service account ID.
             * @example svc_acct_abc
             */
            id: string;
            /**
             * @description Name of the service account.
             * @example Nightly batch
             */
            name: string;
            /**
             * @description Role the new service account has in the project.
             * @enum {string}
             */
            role: "member" | "none";
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the service account was created.
             * @example 1711471533
             */
            created_at: number;
            /** @description The API key created with the service account, or null when only the account was asked for. */
            api_key: components["schemas"]["ProjectServiceAccountApiKey"] | null;
        };
        /** @description A newly issued API key of a service account, with its full value. */
        ProjectServiceAccountApiKey: {
            /**
             * @description Always `organization.project.service_account.api_key`.
             * @constant
             */
            object: "organization.project.service_account.api_key";
            /**
             * @description The full secret key. It is returned only once, when the key is created; store it safely.
             * @example sk-svcacct-abc123EXAMPLE456def
             */
            value: string;
            /**
             * @description Name of the key.
             * @example Secret Key
             */
            name: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the key was created.
             * @example 1711471533
             */
            created_at: number;
            /**
             * @description API key ID.
             * @example key_def
             */
            id: string;
        };
        /** @description Fields to change on a service account. All optional. */
        ProjectServiceAccountUpdateRequest: {
            /**
             * @description New name of the service account.
             * @example Nightly batch (EU)
             */
            name?: string;
            /**
             * @description New role of the service account in the project.
             * @enum {string}
             */
            role?: "member" | "owner";
        };
        /** @description Confirmation that a service account was deleted. */
        ProjectServiceAccountDeleteResponse: {
            /**
             * @description Always `organization.project.service_account.deleted`.
             * @constant
             */
            object: "organization.project.service_account.deleted";
            /**
             * @description ID of the deleted object.
             * @example svc_acct_abc
             */
            id: string;
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /** @description A new API key for a service account. All optional. */
        ProjectServiceAccountApiKeyCreateRequest: {
            /**
             * @description Name of the key.
             * @example Rotation 2024-04
             */
            name?: string;
            /** @description Scopes the key is limited to. */
            scopes?: string[];
        };
        /** @description An organization user who is a member of a project. */
        ProjectUser: {
            /**
             * @description Always `organization.project.user`.
             * @constant
             */
            object: "organization.project.user";
            /**
             * @description User ID.
             * @example user_abc
             */
            id: string;
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
             * @description The user's role in the project: `owner` or `member`.
             * @example owner
             * @example member
             */
            role: string;
            /**
             * Format: unixtime
             * @description Unix time (seconds) when the user joined the project.
             * @example 1711471533
             */
            added_at: number;
        };
        /** @description A page of project users. */
        ProjectUserListResponse: {
            /**
             * @description Object type of the envelope, `list`.
             * @example list
             */
            object: string;
            /** @description The objects on this page. */
            data: components["schemas"]["ProjectUser"][];
            first_id?: components["schemas"]["FirstId"];
            last_id?: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description A user to add to the project, named by ID or by email. */
        ProjectUserCreateRequest: {
            /**
             * @description ID of the organization user to add.
             * @example user_def
             */
            user_id?: string | null;
            /**
             * Format: email
             * @description Email address of the organization user to add.
             * @example grace@example.com
             */
            email?: string | null;
            /**
             * @description Project role to give: `owner` or `member`.
             * @example member
             */
            role: string;
        };
        /** @description Fields to change on a project member. */
        ProjectUserUpdateRequest: {
            /**
             * @description New project role: `owner` or `member`.
             * @example owner
             */
            role?: string | null;
        };
        /** @description Confirmation that a user was removed from a project. */
        ProjectUserDeleteResponse: {
            /**
             * @description Always `organization.project.user.deleted`.
             * @constant
             */
            object: "organization.project.user.deleted";
            /**
             * @description ID of the deleted object.
             * @example user_def
             */
            id: string;
            /**
             * @description Whether the deletion succeeded.
             * @example true
             */
            deleted: boolean;
        };
        /** @description The limits one model is held to inside a project. */
        ProjectRateLimit: {
            /**
             * @description Always `project.rate_limit`.
             * @constant
             */
            object: "project.rate_limit";
            /**
             * @description Rate limit ID, used in the update path.
             * @example rl_gpt-4o
             */
            id: string;
            /**
             * @description Model the limits apply to.
             * @example gpt-4o
             */
            model: string;
            /**
             * @description Most requests allowed in any one minute.
             * @example 10000
             */
            max_requests_per_1_minute: number;
            /**
             * @description Most tokens allowed in any one minute.
             * @example 30000000
             */
            max_tokens_per_1_minute: number;
            /**
             * @description Most images allowed in any one minute; only for image models.
             * @example 7500
             */
            max_images_per_1_minute?: number;
            /**
             * @description Most audio megabytes allowed in any one minute; only for audio models.
             * @example 500
             */
            max_audio_megabytes_per_1_minute?: number;
            /**
             * @description Most requests allowed in one day; only for models with a daily cap.
             * @example 200000
             */
            max_requests_per_1_day?: number;
            /**
             * @description Most input tokens the Batch API may queue in one day; only for models usable in batches.
             * @example 5000000000
             */
            batch_1_day_max_input_tokens?: number;
        };
        /** @description A page of a project's per-model rate limits. */
        ProjectRateLimitListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["ProjectRateLimit"][];
            first_id?: components["schemas"]["FirstId"];
            last_id?: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description New values for some of a model's limits in the project. Every field is optional; those left out stay as they are. */
        ProjectRateLimitUpdateRequest: {
            /**
             * @description New ceiling on requests per minute.
             * @example 500
             */
            max_requests_per_1_minute?: number;
            /**
             * @description New ceiling on tokens per minute.
             * @example 2000000
             */
            max_tokens_per_1_minute?: number;
            /**
             * @description New ceiling on images per minute (image models only).
             * @example 100
             */
            max_images_per_1_minute?: number;
            /**
             * @description New ceiling on audio megabytes per minute (audio models only).
             * @example 50
             */
            max_audio_megabytes_per_1_minute?: number;
            /**
             * @description New ceiling on requests per day (models with a daily cap only).
             * @example 10000
             */
            max_requests_per_1_day?: number;
            /**
             * @description New ceiling on input tokens queued through the Batch API per day.
             * @example 100000000
             */
            batch_1_day_max_input_tokens?: number;
        };
        /** @description The switch for one hosted tool. */
        HostedToolPermission: {
            /**
             * @description Whether the project may use the tool.
             * @example true
             */
            enabled: boolean;
        };
        /** @description The new setting of one hosted tool, as sent. */
        HostedToolPermissionRequest: {
            /**
             * @description True to allow the tool in the project, false to block it.
             * @example false
             */
            enabled: boolean;
        };
        /** @description Which hosted tools requests made in a project may use. */
        ProjectHostedToolPermissions: {
            file_search: components["schemas"]["HostedToolPermission"];
            web_search: components["schemas"]["HostedToolPermission"];
            image_generation: components["schemas"]["HostedToolPermission"];
            mcp: components["schemas"]["HostedToolPermission"];
            code_interpreter: components["schemas"]["HostedToolPermission"];
        };
        /** @description Hosted tools to turn on or off. A tool left out or set to null keeps its setting. */
        ProjectHostedToolPermissionsUpdateRequest: {
            /** @description New setting of the file search tool. */
            file_search?: components["schemas"]["HostedToolPermissionRequest"] | null;
            /** @description New setting of the web search tool. */
            web_search?: components["schemas"]["HostedToolPermissionRequest"] | null;
            /** @description New setting of the image generation tool. */
            image_generation?: components["schemas"]["HostedToolPermissionRequest"] | null;
            /** @description New setting of remote MCP server calls. */
            mcp?: components["schemas"]["HostedToolPermissionRequest"] | null;
            /** @description New setting of the code interpreter tool. */
            code_interpreter?: components["schemas"]["HostedToolPermissionRequest"] | null;
        };
        /** @description A spend alert on the whole organization. */
        OrganizationSpendAlert: {
            /**
             * @description Alert ID.
             * @example alert_abc123
             */
            id: string;
            /**
             * @description Always `organization.spend_alert`.
             * @constant
             */
            object: "organization.spend_alert";
            /**
             * @description Spend, in cents, that triggers the alert (1000000 = $10,000).
             * @example 1000000
             */
            threshold_amount: number;
            /**
             * @description Currency of the threshold.
             * @enum {string}
             */
            currency: "USD";
            /**
             * @description Period over which spend is added up.
             * @enum {string}
             */
            interval: "month";
            notification_channel: components["schemas"]["SpendAlertNotificationChannel"];
        };
        /** @description A page of organization spend alerts. */
        OrganizationSpendAlertListResponse: {
            object: components["schemas"]["ListObject"];
            /** @description The objects on this page. */
            data: components["schemas"]["OrganizationSpendAlert"][];
            first_id: components["schemas"]["FirstId"];
            last_id: components["schemas"]["LastId"];
            has_more: components["schemas"]["HasMore"];
        };
        /** @description Confirmation that an organization spend alert was removed. */
        OrganizationSpendAlertDeleteResponse: {
            /**
             * @description ID of the removed alert.
             * @example alert_abc123
             */
            id: string;
            /**
             * @description Always `organization.spend_alert.deleted`.
             * @constant
             */
            object: "organization.spend_alert.deleted";
            /**
             * @description Whether the alert is gone.
             * @example true
             */
            deleted: boolean;
        };
        /** @description Whether a hard spend limit is blocking requests right now. */
        SpendLimitEnforcement: {
            /**
             * @description `enforcing` once spend has reached the limit and requests are refused, `inactive` before; other values may be added.
             * @example inactive
             */
            status: ("inactive" | "enforcing") | string;
        };
        /** @description The hard spend cap of the organization. */
        OrganizationSpendLimit: {
            /**
             * @description Always `organization.spend_limit`.
             * @constant
             */
            object: "organization.spend_limit";
            /**
             * @description Cap in cents (5000000 = $50,000).
             * @example 5000000
             */
            threshold_amount: number;
            /**
             * @description Currency of the cap; `USD` today, other values may be added.
             * @example USD
             */
            currency: "USD" | string;
            /**
             * @description Period the cap covers; `month` today, other values may be added.
             * @example month
             */
            interval: "month" | string;
            enforcement: components["schemas"]["SpendLimitEnforcement"];
        };
        /** @description The hard spend cap of a project. */
        ProjectSpendLimit: {
            /**
             * @description Always `project.spend_limit`.
             * @constant
             */
            object: "project.spend_limit";
            /**
             * @description Cap in cents (500000 = $5,000).
             * @example 500000
             */
            threshold_amount: number;
            /**
             * @description Currency of the cap; `USD` today, other values may be added.
             * @example USD
             */
            currency: "USD" | string;
            /**
             * @description Period the cap covers; `month` today, other values may be added.
             * @example month
             */
            interval: "month" | string;
            enforcement: components["schemas"]["SpendLimitEnforcement"];
        };
        /** @description A hard spend cap to put in place of the current one (organization or project). */
        SpendLimitUpdateRequest: {
            /**
             * @description Cap in cents, at least 1.
             * @example 5000000
             */
            threshold_amount: number;
            /**
             * @description Currency of the cap.
             * @enum {string}
             */
            currency: "USD";
            /**
             * @description Period the cap covers.
             * @enum {string}
             */
            interval: "month";
        };
        /** @description Confirmation that the organization's spend limit was removed. */
        OrganizationSpendLimitDeleteResponse: {
            /**
             * @description Always `organization.spend_limit.deleted`.
             * @constant
             */
            object: "organization.spend_limit.deleted";
            /**
             * @description Whether the limit is gone.
             * @example true
             */
            deleted: boolean;
        };
        /** @description Confirmation that a project's spend limit was removed. */
        ProjectSpendLimitDeleteResponse: {
            /**
             * @description Always `project.spend_limit.deleted`.
             * @constant
             */
            object: "project.spend_limit.deleted";
            /**
             * @description Whether the limit is gone.
             * @example true
             */
            deleted: boolean;
        };
        /**
         * @description Retention policy of the organization. Unlike a project's, it has no `organization_default` and no `none`.
         * @enum {string}
         */
        OrganizationDataRetentionType: "zero_data_retention" | "modified_abuse_monitoring" | "enhanced_zero_data_retention" | "enhanced_modified_abuse_monitoring";
        /** @description The data retention policy of the organization. */
        OrganizationDataRetention: {
            /**
             * @description Always `organization.data_retention`.
             * @constant
             */
            object: "organization.data_retention";
            type: components["schemas"]["OrganizationDataRetentionType"];
        };
        /** @description The policy to switch to. The field is named `retention_type` in the request but `type` in the response. */
        OrganizationDataRetentionUpdateRequest: {
            retention_type: components["schemas"]["OrganizationDataRetentionType"];
        };
        /** @description One page of a usage or costs report: consecutive time buckets, each holding the figures for its window. */
        UsageResponse: {
            /**
             * @description Always `page`.
             * @constant
             */
            object: "page";
            /** @description The time buckets on this page, oldest first. */
            data: components["schemas"]["UsageTimeBucket"][];
            has_more: components["schemas"]["HasMore"];
            /**
             * @description Cursor for the following page; send it as `page`. Null on the last page.
             * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
             */
            next_page: string | null;
        };
        /** @description The figures of one time window. Without `group_by` it holds at most one result; with it, one result per group. A window without activity has no results. */
        UsageTimeBucket: {
            /**
             * @description Always `bucket`.
             * @constant
             */
            object: "bucket";
            /**
             * Format: unixtime
             * @description Unix time (seconds) at which the window opens (inclusive).
             * @example 1793491200
             */
            start_time: number;
            /**
             * Format: unixtime
             * @description Unix time (seconds) at which the window closes (exclusive).
             * @example 1793577600
             */
            end_time: number;
            /** @description The figures of the window. Every result of one report has the same shape, told apart by its `object` value. */
            results: (components["schemas"]["UsageCostsResult"] | components["schemas"]["UsageAudioSpeechesResult"] | components["schemas"]["UsageAudioTranscriptionsResult"] | components["schemas"]["UsageCodeInterpreterSessionsResult"] | components["schemas"]["UsageCompletionsResult"] | components["schemas"]["UsageEmbeddingsResult"] | components["schemas"]["UsageFileSearchesResult"] | components["schemas"]["UsageImagesResult"] | components["schemas"]["UsageModerationsResult"] | components["schemas"]["UsageVectorStoresResult"] | components["schemas"]["UsageWebSearchesResult"])[];
        };
        /** @description An amount of money billed. */
        UsageCostsAmount: {
            /**
             * @description The amount, as a decimal number of `currency` units.
             * @example 12.84
             */
            value?: number;
            /**
             * @description Lower-case currency code, such as `usd`.
             * @example usd
             */
            currency?: string;
        };
        /** @description What the organization was billed in one daily bucket, for one group when grouped. */
        UsageCostsResult: {
            /**
             * @description Always `organization.costs.result`.
             * @constant
             */
            object: "organization.costs.result";
            amount?: components["schemas"]["UsageCostsAmount"];
            /**
             * @description Billing line item (model and token kind, or tool) the amount belongs to, when grouped by `line_item`; otherwise null.
             * @example gpt-4.1, input
             */
            line_item?: string | null;
            /**
             * @description Project billed, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
            /**
             * @description API key billed, when grouped by `api_key_id`; otherwise null.
             * @example key_abc
             */
            api_key_id?: string | null;
            /**
             * @description How much of the line item was consumed, in `quantity_unit`; null when not reported.
             * @example 6420000
             */
            quantity?: number | null;
            /**
             * @description Unit of `quantity`. The values listed are the ones known today; another string may appear. Null when no quantity is reported.
             * @example tokens
             */
            quantity_unit?: ("tokens" | "1000_tokens" | "duration_seconds" | "duration_minutes" | "duration_hours" | "gibibyte_hours" | "images" | "characters") | null | string;
        };
        /** @description Text-to-speech activity in one bucket, for one group when grouped. */
        UsageAudioSpeechesResult: {
            /**
             * @description Always `organization.usage.audio_speeches.result`.
             * @constant
             */
            object: "organization.usage.audio_speeches.result";
            /**
             * @description Number of characters turned into speech.
             * @example 184320
             */
            characters: number;
            /**
             * @description Number of requests made to the model.
             * @example 1420
             */
            num_model_requests: number;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
            /**
             * @description User the result counts, when grouped by `user_id`; otherwise null.
             * @example user_abc
             */
            user_id?: string | null;
            /**
             * @description API key the result counts, when grouped by `api_key_id`; otherwise null.
             * @example key_abc
             */
            api_key_id?: string | null;
            /**
             * @description Model the result counts, when grouped by `model`; otherwise null.
             * @example gpt-4o-mini-tts
             */
            model?: string | null;
        };
        /** @description Speech-to-text activity in one bucket, for one group when grouped. */
        UsageAudioTranscriptionsResult: {
            /**
             * @description Always `organization.usage.audio_transcriptions.result`.
             * @constant
             */
            object: "organization.usage.audio_transcriptions.result";
            /**
             * @description Seconds of audio transcribed.
             * @example 7260
             */
            seconds: number;
            /**
             * @description Number of requests made to the model.
             * @example 1420
             */
            num_model_requests: number;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
            /**
             * @description User the result counts, when grouped by `user_id`; otherwise null.
             * @example user_abc
             */
            user_id?: string | null;
            /**
             * @description API key the result counts, when grouped by `api_key_id`; otherwise null.
             * @example key_abc
             */
            api_key_id?: string | null;
            /**
             * @description Model the result counts, when grouped by `model`; otherwise null.
             * @example gpt-4o-transcribe
             */
            model?: string | null;
        };
        /** @description Code interpreter container sessions in one bucket, for one project when grouped. */
        UsageCodeInterpreterSessionsResult: {
            /**
             * @description Always `organization.usage.code_interpreter_sessions.result`.
             * @constant
             */
            object: "organization.usage.code_interpreter_sessions.result";
            /**
             * @description Number of code interpreter sessions.
             * @example 38
             */
            num_sessions: number;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
        };
        /** @description Text generation (completions and responses) activity in one bucket, for one group when grouped. */
        UsageCompletionsResult: {
            /**
             * @description Always `organization.usage.completions.result`.
             * @constant
             */
            object: "organization.usage.completions.result";
            /**
             * @description Input tokens of every kind, cached ones included.
             * @example 1843200
             */
            input_tokens: number;
            /**
             * @description Input tokens served from the prompt cache, of every kind.
             * @example 512000
             */
            input_cached_tokens?: number;
            /**
             * @description Input tokens written to the prompt cache.
             * @example 96000
             */
            input_cache_write_tokens?: number;
            /**
             * @description Input tokens not served from the prompt cache.
             * @example 1331200
             */
            input_uncached_tokens?: number;
            /**
             * @description Output tokens of every kind.
             * @example 264000
             */
            output_tokens: number;
            /**
             * @description Text input tokens.
             * @example 1811200
             */
            input_text_tokens?: number;
            /**
             * @description Text output tokens.
             * @example 264000
             */
            output_text_tokens?: number;
            /**
             * @description Text input tokens served from the prompt cache.
             * @example 512000
             */
            input_cached_text_tokens?: number;
            /**
             * @description Audio input tokens.
             * @example 0
             */
            input_audio_tokens?: number;
            /**
             * @description Audio input tokens served from the prompt cache.
             * @example 0
             */
            input_cached_audio_tokens?: number;
            /**
             * @description Audio output tokens.
             * @example 0
             */
            output_audio_tokens?: number;
            /**
             * @description Image input tokens.
             * @example 32000
             */
            input_image_tokens?: number;
            /**
             * @description Image input tokens served from the prompt cache.
             * @example 0
             */
            input_cached_image_tokens?: number;
            /**
             * @description Image output tokens.
             * @example 0
             */
            output_image_tokens?: number;
            /**
             * @description Number of requests made to the model.
             * @example 1420
             */
            num_model_requests: number;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
            /**
             * @description User the result counts, when grouped by `user_id`; otherwise null.
             * @example user_abc
             */
            user_id?: string | null;
            /**
             * @description API key the result counts, when grouped by `api_key_id`; otherwise null.
             * @example key_abc
             */
            api_key_id?: string | null;
            /**
             * @description Model the result counts, when grouped by `model`; otherwise null.
             * @example gpt-4.1-mini-2025-04-14
             */
            model?: string | null;
            /**
             * @description Whether the requests went through the Batch API, when grouped by `batch`; otherwise null.
             * @example false
             */
            batch?: boolean | null;
            /**
             * @description Service tier the requests ran on, when grouped by `service_tier`; otherwise null.
             * @example default
             */
            service_tier?: string | null;
        };
        /** @description Embeddings activity in one bucket, for one group when grouped. */
        UsageEmbeddingsResult: {
            /**
             * @description Always `organization.usage.embeddings.result`.
             * @constant
             */
            object: "organization.usage.embeddings.result";
            /**
             * @description Tokens embedded.
             * @example 9216000
             */
            input_tokens: number;
            /**
             * @description Number of requests made to the model.
             * @example 1420
             */
            num_model_requests: number;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
            /**
             * @description User the result counts, when grouped by `user_id`; otherwise null.
             * @example user_abc
             */
            user_id?: string | null;
            /**
             * @description API key the result counts, when grouped by `api_key_id`; otherwise null.
             * @example key_abc
             */
            api_key_id?: string | null;
            /**
             * @description Model the result counts, when grouped by `model`; otherwise null.
             * @example text-embedding-3-small
             */
            model?: string | null;
        };
        /** @description File search tool calls in one bucket, for one group when grouped. */
        UsageFileSearchesResult: {
            /**
             * @description Always `organization.usage.file_searches.result`.
             * @constant
             */
            object: "organization.usage.file_searches.result";
            /**
             * @description Number of file search calls.
             * @example 312
             */
            num_requests: number;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
            /**
             * @description User the result counts, when grouped by `user_id`; otherwise null.
             * @example user_abc
             */
            user_id?: string | null;
            /**
             * @description API key the result counts, when grouped by `api_key_id`; otherwise null.
             * @example key_abc
             */
            api_key_id?: string | null;
            /**
             * @description Vector store searched, when grouped by `vector_store_id`; otherwise null.
             * @example vs_abc
             */
            vector_store_id?: string | null;
        };
        /** @description Image generation, edit and variation activity in one bucket, for one group when grouped. */
        UsageImagesResult: {
            /**
             * @description Always `organization.usage.images.result`.
             * @constant
             */
            object: "organization.usage.images.result";
            /**
             * @description Number of images produced.
             * @example 96
             */
            images: number;
            /**
             * @description Number of requests made to the model.
             * @example 1420
             */
            num_model_requests: number;
            /**
             * @description Endpoint that produced the images (`image.generation`, `image.edit` or `image.variation`), when grouped by `source`; otherwise null.
             * @example image.generation
             */
            source?: string | null;
            /**
             * @description Image size, when grouped by `size`; otherwise null.
             * @example 1024x1024
             */
            size?: string | null;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
            /**
             * @description User the result counts, when grouped by `user_id`; otherwise null.
             * @example user_abc
             */
            user_id?: string | null;
            /**
             * @description API key the result counts, when grouped by `api_key_id`; otherwise null.
             * @example key_abc
             */
            api_key_id?: string | null;
            /**
             * @description Model the result counts, when grouped by `model`; otherwise null.
             * @example gpt-image-1
             */
            model?: string | null;
        };
        /** @description Moderation activity in one bucket, for one group when grouped. */
        UsageModerationsResult: {
            /**
             * @description Always `organization.usage.moderations.result`.
             * @constant
             */
            object: "organization.usage.moderations.result";
            /**
             * @description Tokens checked.
             * @example 418000
             */
            input_tokens: number;
            /**
             * @description Number of requests made to the model.
             * @example 1420
             */
            num_model_requests: number;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
            /**
             * @description User the result counts, when grouped by `user_id`; otherwise null.
             * @example user_abc
             */
            user_id?: string | null;
            /**
             * @description API key the result counts, when grouped by `api_key_id`; otherwise null.
             * @example key_abc
             */
            api_key_id?: string | null;
            /**
             * @description Model the result counts, when grouped by `model`; otherwise null.
             * @example omni-moderation-latest
             */
            model?: string | null;
        };
        /** @description Vector store storage in one bucket, for one project when grouped. */
        UsageVectorStoresResult: {
            /**
             * @description Always `organization.usage.vector_stores.result`.
             * @constant
             */
            object: "organization.usage.vector_stores.result";
            /**
             * @description Bytes held in vector stores.
             * @example 734003200
             */
            usage_bytes: number;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
        };
        /** @description Web search tool calls in one bucket, for one group when grouped. */
        UsageWebSearchesResult: {
            /**
             * @description Always `organization.usage.web_searches.result`.
             * @constant
             */
            object: "organization.usage.web_searches.result";
            /**
             * @description Number of model requests that called web search.
             * @example 204
             */
            num_model_requests: number;
            /**
             * @description Number of web search calls.
             * @example 261
             */
            num_requests: number;
            /**
             * @description Project the result counts, when grouped by `project_id`; otherwise null.
             * @example proj_abc
             */
            project_id?: string | null;
            /**
             * @description User the result counts, when grouped by `user_id`; otherwise null.
             * @example user_abc
             */
            user_id?: string | null;
            /**
             * @description API key the result counts, when grouped by `api_key_id`; otherwise null.
             * @example key_abc
             */
            api_key_id?: string | null;
            /**
             * @description Model the result counts, when grouped by `model`; otherwise null.
             * @example gpt-4.1-2025-04-14
             */
            model?: string | null;
            /**
             * @description Search context size (`low`, `medium` or `high`), when grouped by `context_level`; otherwise null.
             * @example medium
             */
            context_level?: string | null;
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
        /**
         * @description ID of the group.
         * @example group_01J1F8GROUP1
         */
        GroupId: components["schemas"]["PathId"];
        /**
         * @description Number of results to return, 0 to 1000 (100 when omitted).
         * @example 100
         */
        GroupLimit: number;
        /**
         * @description Sort order of the members (descending when omitted).
         * @example desc
         */
        GroupUserOrder: "asc" | "desc";
        /**
         * @description Number of project groups to return, 0 to 100.
         * @example 20
         */
        ProjectGroupLimit: number;
        /**
         * @description Number of role assignments to return, 0 to 1000 (no documented default).
         * @example 100
         */
        AssignmentLimit: number;
        /**
         * @description Kind of group the ID in the path names: `group` (the default) or `tenant_group`.
         * @example group
         */
        GroupType: "group" | "tenant_group";
        /**
         * @description ID of the admin API key.
         * @example key_abc
         */
        KeyId: components["schemas"]["PathId"];
        /**
         * @description ID of the certificate.
         * @example cert_abc
         */
        CertificateId: components["schemas"]["PathId"];
        /**
         * @description Sort order of the results by creation time; newest first unless set.
         * @example desc
         */
        CertificateOrder: "asc" | "desc";
        /**
         * @description Extra fields to add to the response. `content` adds the PEM text of the certificate under `certificate_details.content`.
         * @example [
         *       "content"
         *     ]
         */
        CertificateInclude: "content"[];
        /**
         * @description Only return events whose `effective_at` falls in this range, given as bounds in Unix seconds: `effective_at[gte]=1711411200&effective_at[lt]=1711497600`.
         * @example {
         *       "gte": 1711411200,
         *       "lt": 1711497600
         *     }
         */
        AuditLogEffectiveAt: {
            /**
             * Format: unixtime
             * @description Events strictly after this time.
             */
            gt?: number;
            /**
             * Format: unixtime
             * @description Events at or after this time.
             */
            gte?: number;
            /**
             * Format: unixtime
             * @description Events strictly before this time.
             */
            lt?: number;
            /**
             * Format: unixtime
             * @description Events at or before this time.
             */
            lte?: number;
        };
        /**
         * @description Only return events that happened in one of these projects.
         * @example [
         *       "proj_abc"
         *     ]
         */
        AuditLogProjectIds: string[];
        /**
         * @description Only return events of these types.
         * @example [
         *       "project.created",
         *       "certificates.activated"
         *     ]
         */
        AuditLogEventTypes: components["schemas"]["AuditLogEventType"][];
        /**
         * @description Only return events performed by one of these actors, given as user, service account or API key IDs.
         * @example [
         *       "user_abc"
         *     ]
         */
        AuditLogActorIds: string[];
        /**
         * @description Only return events performed by users with one of these email addresses.
         * @example [
         *       "user@example.com"
         *     ]
         */
        AuditLogActorEmails: string[];
        /**
         * @description Only return events that affected one of these objects (a project, key, user, certificate and so on), by ID.
         * @example [
         *       "cert_abc"
         *     ]
         */
        AuditLogResourceIds: string[];
        /**
         * @description When true, only events recorded at the tenant level are returned.
         * @example false
         */
        AuditLogTenantOnly: boolean;
        /**
         * @description ID of the service account.
         * @example svc_acct_abc
         */
        ServiceAccountId: components["schemas"]["PathId"];
        /**
         * @description ID of the API key.
         * @example key_abc
         */
        ApiKeyId: components["schemas"]["PathId"];
        /**
         * @description Filter on whether the key's owner can still use the project: `active` (it can), `inactive` (it no longer can) or `any`.
         * @example active
         */
        OwnerProjectAccess: "active" | "inactive" | "any";
        /**
         * @description ID of the per-model rate limit of the project.
         * @example rl_gpt-4o
         */
        RateLimitId: components["schemas"]["PathId"];
        /**
         * @description Number of rate limits to return.
         * @example 100
         */
        RateLimitPageLimit: number;
        /**
         * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
         * @example 1793491200
         */
        UsageStartTime: number;
        /**
         * @description End of the reporting window, in Unix seconds (exclusive).
         * @example 1794096000
         */
        UsageEndTime: number;
        /**
         * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
         * @example 1d
         */
        UsageBucketWidth: "1m" | "1h" | "1d";
        /**
         * @description Length of each time bucket. Costs are only reported per day (`1d`).
         * @example 1d
         */
        CostsBucketWidth: "1d";
        /**
         * @description Only count activity in these projects.
         * @example [
         *       "proj_abc"
         *     ]
         */
        UsageProjectIds: string[];
        /**
         * @description Only count activity by these users.
         * @example [
         *       "user_abc"
         *     ]
         */
        UsageUserIds: string[];
        /**
         * @description Only count activity made with these API keys.
         * @example [
         *       "key_abc"
         *     ]
         */
        UsageApiKeyIds: string[];
        /**
         * @description Only count requests to these models.
         * @example [
         *       "gpt-4.1-mini-2025-04-14"
         *     ]
         */
        UsageModels: string[];
        /**
         * @description Only count searches of these vector stores.
         * @example [
         *       "vs_abc"
         *     ]
         */
        UsageVectorStoreIds: string[];
        /**
         * @description `true` counts only Batch API requests, `false` only the others; leave it out to count both.
         * @example false
         */
        UsageBatch: boolean;
        /**
         * @description Only count images made by these endpoints: generation, edit or variation.
         * @example [
         *       "image.generation"
         *     ]
         */
        UsageImageSources: ("image.generation" | "image.edit" | "image.variation")[];
        /**
         * @description Only count images of these sizes (width x height in pixels).
         * @example [
         *       "1024x1024"
         *     ]
         */
        UsageImageSizes: ("256x256" | "512x512" | "1024x1024" | "1792x1792" | "1024x1792")[];
        /**
         * @description Only count web searches made with these search context sizes.
         * @example [
         *       "medium"
         *     ]
         */
        UsageWebSearchContextLevels: ("low" | "medium" | "high")[];
        /**
         * @description Split each bucket into one result per distinct value of these fields: project, line item or API key.
         * @example [
         *       "project_id",
         *       "line_item"
         *     ]
         */
        CostsGroupBy: ("project_id" | "line_item" | "api_key_id")[];
        /**
         * @description Split each bucket into one result per distinct value of these fields: project, user, API key or model.
         * @example [
         *       "model"
         *     ]
         */
        UsageGroupBy: ("project_id" | "user_id" | "api_key_id" | "model")[];
        /**
         * @description Split each bucket into one result per project.
         * @example [
         *       "project_id"
         *     ]
         */
        UsageProjectGroupBy: "project_id"[];
        /**
         * @description Split each bucket into one result per distinct value of these fields: project, user, API key, model, Batch API or not, service tier.
         * @example [
         *       "model"
         *     ]
         */
        UsageCompletionsGroupBy: ("project_id" | "user_id" | "api_key_id" | "model" | "batch" | "service_tier")[];
        /**
         * @description Split each bucket into one result per distinct value of these fields: project, user, API key or vector store.
         * @example [
         *       "vector_store_id"
         *     ]
         */
        UsageFileSearchGroupBy: ("project_id" | "user_id" | "api_key_id" | "vector_store_id")[];
        /**
         * @description Split each bucket into one result per distinct value of these fields: project, user, API key, model, image size or source endpoint.
         * @example [
         *       "size",
         *       "source"
         *     ]
         */
        UsageImagesGroupBy: ("project_id" | "user_id" | "api_key_id" | "model" | "size" | "source")[];
        /**
         * @description Split each bucket into one result per distinct value of these fields: project, user, API key, model or search context size.
         * @example [
         *       "context_level"
         *     ]
         */
        UsageWebSearchGroupBy: ("project_id" | "user_id" | "api_key_id" | "model" | "context_level")[];
        /**
         * @description Largest number of time buckets to return on one page.
         * @example 7
         */
        UsageLimit: number;
        /**
         * @description Largest number of daily buckets to return on one page.
         * @example 7
         */
        CostsLimit: number;
        /**
         * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
         * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
         */
        UsagePage: string;
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
    "list-groups": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `next` value of the previous page.
                 * @example role_01J1F8ROLE02
                 */
                after?: components["parameters"]["AfterNext"];
                /**
                 * @description Number of results to return, 0 to 1000 (100 when omitted).
                 * @example 100
                 */
                limit?: components["parameters"]["GroupLimit"];
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
            /** @description A page of groups. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupListResponse"];
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
    "create-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCreateRequest"];
            };
        };
        responses: {
            /** @description The created group. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
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
    "retrieve-group": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
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
    "update-group": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUpdateRequest"];
            };
        };
        responses: {
            /** @description The renamed group. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupUpdateResponse"];
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
    "delete-group": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group was deleted. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDeleteResponse"];
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
    "list-group-role-assignments": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `next` value of the previous page.
                 * @example role_01J1F8ROLE02
                 */
                after?: components["parameters"]["AfterNext"];
                /**
                 * @description Number of role assignments to return, 0 to 1000 (no documented default).
                 * @example 100
                 */
                limit?: components["parameters"]["AssignmentLimit"];
                /**
                 * @description Sort order of the results (no documented default).
                 * @example asc
                 */
                order?: components["parameters"]["AssignmentOrder"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
    "assign-group-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
                    "application/json": components["schemas"]["GroupRoleAssignment"];
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
    "retrieve-group-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
    "unassign-group-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
    "list-group-users": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `next` value of the previous page.
                 * @example role_01J1F8ROLE02
                 */
                after?: components["parameters"]["AfterNext"];
                /**
                 * @description Number of results to return, 0 to 1000 (100 when omitted).
                 * @example 100
                 */
                limit?: components["parameters"]["GroupLimit"];
                /**
                 * @description Sort order of the members (descending when omitted).
                 * @example desc
                 */
                order?: components["parameters"]["GroupUserOrder"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of group members. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupUserListResponse"];
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
    "add-group-user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUserAddRequest"];
            };
        };
        responses: {
            /** @description The new membership. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupUserAssignment"];
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
    "retrieve-group-user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
            /** @description The group member. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupMemberUser"];
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
    "remove-group-user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
            /** @description The user was removed from the group. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupUserRemoveResponse"];
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
    "list-project-groups": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `next` value of the previous page.
                 * @example role_01J1F8ROLE02
                 */
                after?: components["parameters"]["AfterNext"];
                /**
                 * @description Number of project groups to return, 0 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["ProjectGroupLimit"];
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
            /** @description A page of project groups. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectGroupListResponse"];
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
    "add-project-group": {
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
                "application/json": components["schemas"]["ProjectGroupAddRequest"];
            };
        };
        responses: {
            /** @description The group's access to the project. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectGroup"];
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
    "retrieve-project-group": {
        parameters: {
            query?: {
                /**
                 * @description Kind of group the ID in the path names: `group` (the default) or `tenant_group`.
                 * @example group
                 */
                group_type?: components["parameters"]["GroupType"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's access to the project. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectGroup"];
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
    "remove-project-group": {
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
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's access was removed. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectGroupRemoveResponse"];
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
    "list-project-group-role-assignments": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `next` value of the previous page.
                 * @example role_01J1F8ROLE02
                 */
                after?: components["parameters"]["AfterNext"];
                /**
                 * @description Number of role assignments to return, 0 to 1000 (no documented default).
                 * @example 100
                 */
                limit?: components["parameters"]["AssignmentLimit"];
                /**
                 * @description Sort order of the results (no documented default).
                 * @example asc
                 */
                order?: components["parameters"]["AssignmentOrder"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
                /**
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
    "assign-project-group-role": {
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
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
                    "application/json": components["schemas"]["GroupRoleAssignment"];
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
    "retrieve-project-group-role": {
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
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
    "unassign-project-group-role": {
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
                 * @description ID of the group.
                 * @example group_01J1F8GROUP1
                 */
                group_id: components["parameters"]["GroupId"];
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
    "admin-api-keys-list": {
        parameters: {
            query?: {
                /**
                 * @description Cursor: the `last_id` of the previous page; results start after this object.
                 * @example user_abc
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Sort order of the results.
                 * @example asc
                 */
                order?: components["parameters"]["Order"];
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
            /** @description A page of admin API keys. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
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
    "admin-api-keys-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminApiKeyCreateRequest"];
            };
        };
        responses: {
            /** @description The created key, with its secret shown this one time. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminApiKeyCreateResponse"];
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
    "admin-api-keys-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the admin API key.
                 * @example key_abc
                 */
                key_id: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The admin API key. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminApiKey"];
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
    "admin-api-keys-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the admin API key.
                 * @example key_abc
                 */
                key_id: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was deleted. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminApiKeyDeleteResponse"];
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
    "list-audit-logs": {
        parameters: {
            query?: {
                /**
                 * @description Only return events whose `effective_at` falls in this range, given as bounds in Unix seconds: `effective_at[gte]=1711411200&effective_at[lt]=1711497600`.
                 * @example {
                 *       "gte": 1711411200,
                 *       "lt": 1711497600
                 *     }
                 */
                effective_at?: components["parameters"]["AuditLogEffectiveAt"];
                /**
                 * @description Only return events that happened in one of these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                "project_ids[]"?: components["parameters"]["AuditLogProjectIds"];
                /**
                 * @description Only return events of these types.
                 * @example [
                 *       "project.created",
                 *       "certificates.activated"
                 *     ]
                 */
                "event_types[]"?: components["parameters"]["AuditLogEventTypes"];
                /**
                 * @description Only return events performed by one of these actors, given as user, service account or API key IDs.
                 * @example [
                 *       "user_abc"
                 *     ]
                 */
                "actor_ids[]"?: components["parameters"]["AuditLogActorIds"];
                /**
                 * @description Only return events performed by users with one of these email addresses.
                 * @example [
                 *       "user@example.com"
                 *     ]
                 */
                "actor_emails[]"?: components["parameters"]["AuditLogActorEmails"];
                /**
                 * @description Only return events that affected one of these objects (a project, key, user, certificate and so on), by ID.
                 * @example [
                 *       "cert_abc"
                 *     ]
                 */
                "resource_ids[]"?: components["parameters"]["AuditLogResourceIds"];
                /**
                 * @description When true, only events recorded at the tenant level are returned.
                 * @example false
                 */
                tenant_only?: components["parameters"]["AuditLogTenantOnly"];
                /**
                 * @description Number of objects to return, 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit log events. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAuditLogsResponse"];
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
    listOrganizationCertificates: {
        parameters: {
            query?: {
                /**
                 * @description Number of objects to return, 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description Cursor: the `last_id` of the previous page; results start after this object.
                 * @example user_abc
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Sort order of the results by creation time; newest first unless set.
                 * @example desc
                 */
                order?: components["parameters"]["CertificateOrder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organization certificates. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCertificatesResponse"];
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
    uploadCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadCertificateRequest"];
            };
        };
        responses: {
            /** @description The uploaded certificate. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
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
    activateOrganizationCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleCertificatesRequest"];
            };
        };
        responses: {
            /** @description The certificates after activation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationCertificateActivationResponse"];
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
    deactivateOrganizationCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToggleCertificatesRequest"];
            };
        };
        responses: {
            /** @description The certificates after deactivation. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationCertificateDeactivationResponse"];
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
    getCertificate: {
        parameters: {
            query?: {
                /**
                 * @description Extra fields to add to the response. `content` adds the PEM text of the certificate under `certificate_details.content`.
                 * @example [
                 *       "content"
                 *     ]
                 */
                include?: components["parameters"]["CertificateInclude"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the certificate.
                 * @example cert_abc
                 */
                certificate_id: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
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
    modifyCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the certificate.
                 * @example cert_abc
                 */
                certificate_id: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModifyCertificateRequest"];
            };
        };
        responses: {
            /** @description The updated certificate. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
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
    deleteCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the certificate.
                 * @example cert_abc
                 */
                certificate_id: components["parameters"]["CertificateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate was deleted. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteCertificateResponse"];
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
    listProjectCertificates: {
        parameters: {
            query?: {
                /**
                 * @description Number of objects to return, 1 to 100.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description Cursor: the `last_id` of the previous page; results start after this object.
                 * @example user_abc
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Sort order of the results by creation time; newest first unless set.
                 * @example desc
                 */
                order?: components["parameters"]["CertificateOrder"];
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
            /** @description A page of project certificates. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListProjectCertificatesResponse"];
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
    activateProjectCertificates: {
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
                "application/json": components["schemas"]["ToggleCertificatesRequest"];
            };
        };
        responses: {
            /** @description The certificates after activation in the project. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationProjectCertificateActivationResponse"];
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
    deactivateProjectCertificates: {
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
                "application/json": components["schemas"]["ToggleCertificatesRequest"];
            };
        };
        responses: {
            /** @description The certificates after deactivation in the project. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationProjectCertificateDeactivationResponse"];
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
    "list-project-api-keys": {
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
                 * @description Filter on whether the key's owner can still use the project: `active` (it can), `inactive` (it no longer can) or `any`.
                 * @example active
                 */
                owner_project_access?: components["parameters"]["OwnerProjectAccess"];
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
            /** @description A page of project API keys. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectApiKeyListResponse"];
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
    "retrieve-project-api-key": {
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
                 * @description ID of the API key.
                 * @example key_abc
                 */
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectApiKey"];
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
    "delete-project-api-key": {
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
                 * @description ID of the API key.
                 * @example key_abc
                 */
                api_key_id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key was deleted. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectApiKeyDeleteResponse"];
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
    "list-project-service-accounts": {
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
            /** @description A page of service accounts. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectServiceAccountListResponse"];
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
    "create-project-service-account": {
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
                "application/json": components["schemas"]["ProjectServiceAccountCreateRequest"];
            };
        };
        responses: {
            /** @description The created service account. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectServiceAccountCreateResponse"];
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
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "retrieve-project-service-account": {
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
                 * @description ID of the service account.
                 * @example svc_acct_abc
                 */
                service_account_id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectServiceAccount"];
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
    "update-project-service-account": {
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
                 * @description ID of the service account.
                 * @example svc_acct_abc
                 */
                service_account_id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectServiceAccountUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated service account. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectServiceAccount"];
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
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "delete-project-service-account": {
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
                 * @description ID of the service account.
                 * @example svc_acct_abc
                 */
                service_account_id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account was deleted. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectServiceAccountDeleteResponse"];
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
    CreateanAPIkeyforaserviceaccount: {
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
                 * @description ID of the service account.
                 * @example svc_acct_abc
                 */
                service_account_id: components["parameters"]["ServiceAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectServiceAccountApiKeyCreateRequest"];
            };
        };
        responses: {
            /** @description The created API key, with its value. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectServiceAccountApiKey"];
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
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "list-project-users": {
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
            /** @description A page of project users. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectUserListResponse"];
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
    "create-project-user": {
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
                "application/json": components["schemas"]["ProjectUserCreateRequest"];
            };
        };
        responses: {
            /** @description The new project member. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectUser"];
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
    "retrieve-project-user": {
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
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project user. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectUser"];
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
    "modify-project-user": {
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
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUserUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated project user. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectUser"];
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
    "delete-project-user": {
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
                 * @description ID of the user.
                 * @example user_abc
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was removed from the project. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectUserDeleteResponse"];
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
    "list-project-user-role-assignments": {
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
                 * @description ID of the project.
                 * @example proj_abc
                 */
                project_id: components["parameters"]["ProjectId"];
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
            /** @description A page of assigned project roles. */
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
    "assign-project-user-role": {
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
    "retrieve-project-user-role": {
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
    "unassign-project-user-role": {
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
    "list-project-roles": {
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
            /** @description A page of project roles. */
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
    "create-project-role": {
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
                "application/json": components["schemas"]["RoleCreateRequest"];
            };
        };
        responses: {
            /** @description The new project role. */
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
    "retrieve-project-role": {
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
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project role. */
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
    "update-project-role": {
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
            /** @description The project role after the change. */
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
    "delete-project-role": {
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
                 * @description ID of the role.
                 * @example role_01J1F8ROLE01
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project role was removed. */
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
    "list-project-rate-limits": {
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
                 * @description Number of rate limits to return.
                 * @example 100
                 */
                limit?: components["parameters"]["RateLimitPageLimit"];
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
            /** @description A page of rate limits. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRateLimitListResponse"];
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
    "update-project-rate-limits": {
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
                 * @description ID of the per-model rate limit of the project.
                 * @example rl_gpt-4o
                 */
                rate_limit_id: components["parameters"]["RateLimitId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectRateLimitUpdateRequest"];
            };
        };
        responses: {
            /** @description The rate limit after the change. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRateLimit"];
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
    "retrieve-project-hosted-tool-permissions": {
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
            /** @description The hosted tool switches. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectHostedToolPermissions"];
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
    "update-project-hosted-tool-permissions": {
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
                "application/json": components["schemas"]["ProjectHostedToolPermissionsUpdateRequest"];
            };
        };
        responses: {
            /** @description The hosted tool switches after the change. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectHostedToolPermissions"];
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
    "list-organization-spend-alerts": {
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organization spend alerts. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSpendAlertListResponse"];
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
    "create-organization-spend-alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpendAlertRequest"];
            };
        };
        responses: {
            /** @description The new organization spend alert. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSpendAlert"];
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
    "retrieve-organization-spend-alert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description The organization spend alert. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSpendAlert"];
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
    "update-organization-spend-alert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description The organization spend alert after the change. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSpendAlert"];
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
    "delete-organization-spend-alert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description The organization spend alert was removed. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSpendAlertDeleteResponse"];
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
    Getorganizationspendlimit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization spend limit. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSpendLimit"];
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
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    Updateorganizationspendlimit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpendLimitUpdateRequest"];
            };
        };
        responses: {
            /** @description The organization spend limit now in place. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSpendLimit"];
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
    Deleteorganizationspendlimit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization spend limit was removed. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSpendLimitDeleteResponse"];
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
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    Getprojectspendlimit: {
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
            /** @description The project spend limit. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSpendLimit"];
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
    Updateprojectspendlimit: {
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
                "application/json": components["schemas"]["SpendLimitUpdateRequest"];
            };
        };
        responses: {
            /** @description The project spend limit now in place. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSpendLimit"];
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
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    Deleteprojectspendlimit: {
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
            /** @description The project spend limit was removed. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectSpendLimitDeleteResponse"];
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
    "retrieve-organization-data-retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization retention policy. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDataRetention"];
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
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "update-organization-data-retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationDataRetentionUpdateRequest"];
            };
        };
        responses: {
            /** @description The organization retention policy after the change. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDataRetention"];
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
    "usage-costs": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket. Costs are only reported per day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["CostsBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Only count activity made with these API keys.
                 * @example [
                 *       "key_abc"
                 *     ]
                 */
                api_key_ids?: components["parameters"]["UsageApiKeyIds"];
                /**
                 * @description Split each bucket into one result per distinct value of these fields: project, line item or API key.
                 * @example [
                 *       "project_id",
                 *       "line_item"
                 *     ]
                 */
                group_by?: components["parameters"]["CostsGroupBy"];
                /**
                 * @description Largest number of daily buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["CostsLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of costs buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-audio-speeches": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Only count activity by these users.
                 * @example [
                 *       "user_abc"
                 *     ]
                 */
                user_ids?: components["parameters"]["UsageUserIds"];
                /**
                 * @description Only count activity made with these API keys.
                 * @example [
                 *       "key_abc"
                 *     ]
                 */
                api_key_ids?: components["parameters"]["UsageApiKeyIds"];
                /**
                 * @description Only count requests to these models.
                 * @example [
                 *       "gpt-4.1-mini-2025-04-14"
                 *     ]
                 */
                models?: components["parameters"]["UsageModels"];
                /**
                 * @description Split each bucket into one result per distinct value of these fields: project, user, API key or model.
                 * @example [
                 *       "model"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audio speeches usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-audio-transcriptions": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Only count activity by these users.
                 * @example [
                 *       "user_abc"
                 *     ]
                 */
                user_ids?: components["parameters"]["UsageUserIds"];
                /**
                 * @description Only count activity made with these API keys.
                 * @example [
                 *       "key_abc"
                 *     ]
                 */
                api_key_ids?: components["parameters"]["UsageApiKeyIds"];
                /**
                 * @description Only count requests to these models.
                 * @example [
                 *       "gpt-4.1-mini-2025-04-14"
                 *     ]
                 */
                models?: components["parameters"]["UsageModels"];
                /**
                 * @description Split each bucket into one result per distinct value of these fields: project, user, API key or model.
                 * @example [
                 *       "model"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audio transcriptions usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-code-interpreter-sessions": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Split each bucket into one result per project.
                 * @example [
                 *       "project_id"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageProjectGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of code interpreter sessions usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-completions": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Only count activity by these users.
                 * @example [
                 *       "user_abc"
                 *     ]
                 */
                user_ids?: components["parameters"]["UsageUserIds"];
                /**
                 * @description Only count activity made with these API keys.
                 * @example [
                 *       "key_abc"
                 *     ]
                 */
                api_key_ids?: components["parameters"]["UsageApiKeyIds"];
                /**
                 * @description Only count requests to these models.
                 * @example [
                 *       "gpt-4.1-mini-2025-04-14"
                 *     ]
                 */
                models?: components["parameters"]["UsageModels"];
                /**
                 * @description `true` counts only Batch API requests, `false` only the others; leave it out to count both.
                 * @example false
                 */
                batch?: components["parameters"]["UsageBatch"];
                /**
                 * @description Split each bucket into one result per distinct value of these fields: project, user, API key, model, Batch API or not, service tier.
                 * @example [
                 *       "model"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageCompletionsGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of completions usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-embeddings": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Only count activity by these users.
                 * @example [
                 *       "user_abc"
                 *     ]
                 */
                user_ids?: components["parameters"]["UsageUserIds"];
                /**
                 * @description Only count activity made with these API keys.
                 * @example [
                 *       "key_abc"
                 *     ]
                 */
                api_key_ids?: components["parameters"]["UsageApiKeyIds"];
                /**
                 * @description Only count requests to these models.
                 * @example [
                 *       "gpt-4.1-mini-2025-04-14"
                 *     ]
                 */
                models?: components["parameters"]["UsageModels"];
                /**
                 * @description Split each bucket into one result per distinct value of these fields: project, user, API key or model.
                 * @example [
                 *       "model"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of embeddings usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-file-search-calls": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Only count activity by these users.
                 * @example [
                 *       "user_abc"
                 *     ]
                 */
                user_ids?: components["parameters"]["UsageUserIds"];
                /**
                 * @description Only count activity made with these API keys.
                 * @example [
                 *       "key_abc"
                 *     ]
                 */
                api_key_ids?: components["parameters"]["UsageApiKeyIds"];
                /**
                 * @description Only count searches of these vector stores.
                 * @example [
                 *       "vs_abc"
                 *     ]
                 */
                vector_store_ids?: components["parameters"]["UsageVectorStoreIds"];
                /**
                 * @description Split each bucket into one result per distinct value of these fields: project, user, API key or vector store.
                 * @example [
                 *       "vector_store_id"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageFileSearchGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of file search calls usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-images": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count images made by these endpoints: generation, edit or variation.
                 * @example [
                 *       "image.generation"
                 *     ]
                 */
                sources?: components["parameters"]["UsageImageSources"];
                /**
                 * @description Only count images of these sizes (width x height in pixels).
                 * @example [
                 *       "1024x1024"
                 *     ]
                 */
                sizes?: components["parameters"]["UsageImageSizes"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Only count activity by these users.
                 * @example [
                 *       "user_abc"
                 *     ]
                 */
                user_ids?: components["parameters"]["UsageUserIds"];
                /**
                 * @description Only count activity made with these API keys.
                 * @example [
                 *       "key_abc"
                 *     ]
                 */
                api_key_ids?: components["parameters"]["UsageApiKeyIds"];
                /**
                 * @description Only count requests to these models.
                 * @example [
                 *       "gpt-4.1-mini-2025-04-14"
                 *     ]
                 */
                models?: components["parameters"]["UsageModels"];
                /**
                 * @description Split each bucket into one result per distinct value of these fields: project, user, API key, model, image size or source endpoint.
                 * @example [
                 *       "size",
                 *       "source"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageImagesGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of images usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-moderations": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Only count activity by these users.
                 * @example [
                 *       "user_abc"
                 *     ]
                 */
                user_ids?: components["parameters"]["UsageUserIds"];
                /**
                 * @description Only count activity made with these API keys.
                 * @example [
                 *       "key_abc"
                 *     ]
                 */
                api_key_ids?: components["parameters"]["UsageApiKeyIds"];
                /**
                 * @description Only count requests to these models.
                 * @example [
                 *       "gpt-4.1-mini-2025-04-14"
                 *     ]
                 */
                models?: components["parameters"]["UsageModels"];
                /**
                 * @description Split each bucket into one result per distinct value of these fields: project, user, API key or model.
                 * @example [
                 *       "model"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of moderations usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-vector-stores": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Split each bucket into one result per project.
                 * @example [
                 *       "project_id"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageProjectGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of vector stores usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
    "usage-web-search-calls": {
        parameters: {
            query: {
                /**
                 * @description Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.
                 * @example 1793491200
                 */
                start_time: components["parameters"]["UsageStartTime"];
                /**
                 * @description End of the reporting window, in Unix seconds (exclusive).
                 * @example 1794096000
                 */
                end_time?: components["parameters"]["UsageEndTime"];
                /**
                 * @description Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).
                 * @example 1d
                 */
                bucket_width?: components["parameters"]["UsageBucketWidth"];
                /**
                 * @description Only count activity in these projects.
                 * @example [
                 *       "proj_abc"
                 *     ]
                 */
                project_ids?: components["parameters"]["UsageProjectIds"];
                /**
                 * @description Only count activity by these users.
                 * @example [
                 *       "user_abc"
                 *     ]
                 */
                user_ids?: components["parameters"]["UsageUserIds"];
                /**
                 * @description Only count activity made with these API keys.
                 * @example [
                 *       "key_abc"
                 *     ]
                 */
                api_key_ids?: components["parameters"]["UsageApiKeyIds"];
                /**
                 * @description Only count requests to these models.
                 * @example [
                 *       "gpt-4.1-mini-2025-04-14"
                 *     ]
                 */
                models?: components["parameters"]["UsageModels"];
                /**
                 * @description Only count web searches made with these search context sizes.
                 * @example [
                 *       "medium"
                 *     ]
                 */
                context_levels?: components["parameters"]["UsageWebSearchContextLevels"];
                /**
                 * @description Split each bucket into one result per distinct value of these fields: project, user, API key, model or search context size.
                 * @example [
                 *       "context_level"
                 *     ]
                 */
                group_by?: components["parameters"]["UsageWebSearchGroupBy"];
                /**
                 * @description Largest number of time buckets to return on one page.
                 * @example 7
                 */
                limit?: components["parameters"]["UsageLimit"];
                /**
                 * @description Cursor: the `next_page` value of the previous page. Leave it out to get the first page.
                 * @example page_AAAAAGkGYoCeAtx5AAAAAGkGYoA=
                 */
                page?: components["parameters"]["UsagePage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of web search calls usage buckets. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            /** @description A query parameter is missing or invalid. */
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
}
