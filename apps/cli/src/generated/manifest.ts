// This file is generated from spec/openapi.yaml (sha256 ebb6a32982dda63b).
// Do not edit it by hand: change the spec and run `pnpm generate`.
import type { Operation, Resource } from "../manifest/types.js";

export const operations: readonly Operation[] = [
  {
    "operationId": "list-users",
    "resource": "users",
    "verb": "list",
    "fullResource": "admin:organization:users",
    "method": "GET",
    "path": "/organization/users",
    "summary": "List users",
    "description": "Lists the users in the organization, optionally filtered by email.",
    "fields": [
      {
        "name": "after",
        "flag": "after",
        "in": "query",
        "required": false,
        "description": "Cursor: the `last_id` of the previous page; results start after this object.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "emails[]",
        "flag": "emails",
        "aliases": [
          "email"
        ],
        "in": "query",
        "required": false,
        "description": "Only return users with these email addresses. Named `emails[]` because the official SDKs send arrays in bracket form (`emails[]=a&emails[]=b`).",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "format": "email"
          }
        }
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Number of objects to return, 1 to 100.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      }
    ],
    "hasBody": false,
    "pagination": "last_id",
    "destructive": false,
    "times": [
      "data[].added_at",
      "data[].created",
      "data[].user.banned_at",
      "data[].api_key_last_used_at"
    ],
    "target": "users",
    "example": [
      "users",
      "list"
    ]
  },
  {
    "operationId": "retrieve-user",
    "resource": "users",
    "verb": "retrieve",
    "fullResource": "admin:organization:users",
    "method": "GET",
    "path": "/organization/users/{user_id}",
    "summary": "Retrieve user",
    "description": "Returns one organization user.",
    "fields": [
      {
        "name": "user_id",
        "flag": "user-id",
        "in": "path",
        "required": true,
        "description": "ID of the user.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "added_at",
      "created",
      "user.banned_at",
      "api_key_last_used_at"
    ],
    "target": "user {user_id}",
    "example": [
      "users",
      "retrieve",
      "user_abc"
    ]
  },
  {
    "operationId": "modify-user",
    "resource": "users",
    "verb": "update",
    "fullResource": "admin:organization:users",
    "method": "POST",
    "path": "/organization/users/{user_id}",
    "summary": "Modify user",
    "description": "Changes a user's organization role or profile metadata.",
    "fields": [
      {
        "name": "user_id",
        "flag": "user-id",
        "in": "path",
        "required": true,
        "description": "ID of the user.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "role",
        "flag": "role",
        "in": "body",
        "required": false,
        "description": "New organization role: `owner` or `reader`.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      },
      {
        "name": "role_id",
        "flag": "role-id",
        "in": "body",
        "required": false,
        "description": "ID of a role to assign to the user.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      },
      {
        "name": "technical_level",
        "flag": "technical-level",
        "in": "body",
        "required": false,
        "description": "Technical level metadata.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      },
      {
        "name": "developer_persona",
        "flag": "developer-persona",
        "in": "body",
        "required": false,
        "description": "Developer persona metadata.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "added_at",
      "created",
      "user.banned_at",
      "api_key_last_used_at"
    ],
    "target": "user {user_id}",
    "example": [
      "users",
      "update",
      "user_abc",
      "--role",
      "owner"
    ]
  },
  {
    "operationId": "delete-user",
    "resource": "users",
    "verb": "delete",
    "fullResource": "admin:organization:users",
    "method": "DELETE",
    "path": "/organization/users/{user_id}",
    "summary": "Delete user",
    "description": "Removes a user from the organization.",
    "fields": [
      {
        "name": "user_id",
        "flag": "user-id",
        "in": "path",
        "required": true,
        "description": "ID of the user.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "target": "user {user_id}",
    "example": [
      "users",
      "delete",
      "user_abc"
    ]
  },
  {
    "operationId": "list-user-role-assignments",
    "resource": "users:roles",
    "verb": "list",
    "fullResource": "admin:organization:users:roles",
    "method": "GET",
    "path": "/organization/users/{user_id}/roles",
    "summary": "List user organization role assignments",
    "description": "Lists the organization roles assigned to a user, directly or through groups.",
    "fields": [
      {
        "name": "user_id",
        "flag": "user-id",
        "in": "path",
        "required": true,
        "description": "ID of the user.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "after",
        "flag": "after",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next` value of the previous page.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Number of results to return, 0 to 1000.",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000,
          "default": 1000
        }
      },
      {
        "name": "order",
        "flag": "order",
        "in": "query",
        "required": false,
        "description": "Sort order of the results (no documented default).",
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ]
        }
      }
    ],
    "hasBody": false,
    "pagination": "next",
    "destructive": false,
    "times": [
      "data[].created_at",
      "data[].updated_at"
    ],
    "target": "roles of user {user_id}",
    "example": [
      "users:roles",
      "list",
      "user_abc"
    ]
  },
  {
    "operationId": "assign-user-role",
    "resource": "users:roles",
    "verb": "create",
    "fullResource": "admin:organization:users:roles",
    "method": "POST",
    "path": "/organization/users/{user_id}/roles",
    "summary": "Assign organization role to user",
    "description": "Assigns an organization role to a user.",
    "fields": [
      {
        "name": "user_id",
        "flag": "user-id",
        "in": "path",
        "required": true,
        "description": "ID of the user.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "role_id",
        "flag": "role-id",
        "in": "body",
        "required": true,
        "description": "ID of the role to assign.",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "user.added_at",
      "user.created",
      "user.user.banned_at",
      "user.api_key_last_used_at"
    ],
    "target": "roles of user {user_id}",
    "example": [
      "users:roles",
      "create",
      "user_abc",
      "--role-id",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "retrieve-user-role",
    "resource": "users:roles",
    "verb": "retrieve",
    "fullResource": "admin:organization:users:roles",
    "method": "GET",
    "path": "/organization/users/{user_id}/roles/{role_id}",
    "summary": "Retrieve user organization role",
    "description": "Returns one role assigned to a user, with assignment details.",
    "fields": [
      {
        "name": "user_id",
        "flag": "user-id",
        "in": "path",
        "required": true,
        "description": "ID of the user.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "role_id",
        "flag": "role-id",
        "in": "path",
        "required": true,
        "description": "ID of the role.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at",
      "updated_at"
    ],
    "target": "role {role_id} of user {user_id}",
    "example": [
      "users:roles",
      "retrieve",
      "user_abc",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "unassign-user-role",
    "resource": "users:roles",
    "verb": "delete",
    "fullResource": "admin:organization:users:roles",
    "method": "DELETE",
    "path": "/organization/users/{user_id}/roles/{role_id}",
    "summary": "Unassign organization role from user",
    "description": "Removes an organization role from a user.",
    "fields": [
      {
        "name": "user_id",
        "flag": "user-id",
        "in": "path",
        "required": true,
        "description": "ID of the user.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "role_id",
        "flag": "role-id",
        "in": "path",
        "required": true,
        "description": "ID of the role.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "target": "role {role_id} of user {user_id}",
    "example": [
      "users:roles",
      "delete",
      "user_abc",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "list-roles",
    "resource": "roles",
    "verb": "list",
    "fullResource": "admin:organization:roles",
    "method": "GET",
    "path": "/organization/roles",
    "summary": "List organization roles",
    "description": "Lists the roles defined for the organization.",
    "fields": [
      {
        "name": "after",
        "flag": "after",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next` value of the previous page.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Number of results to return, 0 to 1000.",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000,
          "default": 1000
        }
      },
      {
        "name": "order",
        "flag": "order",
        "in": "query",
        "required": false,
        "description": "Sort order of the results.",
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "asc"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next",
    "destructive": false,
    "target": "roles",
    "example": [
      "roles",
      "list"
    ]
  },
  {
    "operationId": "create-role",
    "resource": "roles",
    "verb": "create",
    "fullResource": "admin:organization:roles",
    "method": "POST",
    "path": "/organization/roles",
    "summary": "Create organization role",
    "description": "Creates a custom organization role.",
    "fields": [
      {
        "name": "role_name",
        "flag": "role-name",
        "in": "body",
        "required": true,
        "description": "Unique name of the role.",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "permissions",
        "flag": "permissions",
        "aliases": [
          "permission"
        ],
        "in": "body",
        "required": true,
        "description": "Permissions to grant.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      {
        "name": "description",
        "flag": "description",
        "in": "body",
        "required": false,
        "description": "Role description.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "roles",
    "example": [
      "roles",
      "create",
      "--role-name",
      "API Group Manager",
      "--permissions",
      "api.groups.read",
      "--permissions",
      "api.groups.write",
      "--description",
      "Allows managing organization groups"
    ]
  },
  {
    "operationId": "retrieve-role",
    "resource": "roles",
    "verb": "retrieve",
    "fullResource": "admin:organization:roles",
    "method": "GET",
    "path": "/organization/roles/{role_id}",
    "summary": "Retrieve organization role",
    "description": "Returns one organization role.",
    "fields": [
      {
        "name": "role_id",
        "flag": "role-id",
        "in": "path",
        "required": true,
        "description": "ID of the role.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "target": "role {role_id}",
    "example": [
      "roles",
      "retrieve",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "update-role",
    "resource": "roles",
    "verb": "update",
    "fullResource": "admin:organization:roles",
    "method": "POST",
    "path": "/organization/roles/{role_id}",
    "summary": "Update organization role",
    "description": "Changes the name, description or permissions of a custom role.",
    "fields": [
      {
        "name": "role_id",
        "flag": "role-id",
        "in": "path",
        "required": true,
        "description": "ID of the role.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "permissions",
        "flag": "permissions",
        "aliases": [
          "permission"
        ],
        "in": "body",
        "required": false,
        "description": "New permission list (replaces the old one).",
        "schema": {
          "type": "array",
          "nullable": true,
          "items": {
            "type": "string"
          }
        }
      },
      {
        "name": "description",
        "flag": "description",
        "in": "body",
        "required": false,
        "description": "New description.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      },
      {
        "name": "role_name",
        "flag": "role-name",
        "in": "body",
        "required": false,
        "description": "New role name.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "role {role_id}",
    "example": [
      "roles",
      "update",
      "role_01J1F8ROLE01",
      "--role-name",
      "API Group Manager",
      "--permissions",
      "api.groups.read",
      "--permissions",
      "api.groups.write",
      "--description",
      "Allows managing organization groups"
    ]
  },
  {
    "operationId": "delete-role",
    "resource": "roles",
    "verb": "delete",
    "fullResource": "admin:organization:roles",
    "method": "DELETE",
    "path": "/organization/roles/{role_id}",
    "summary": "Delete organization role",
    "description": "Deletes a custom role. Predefined roles cannot be deleted.",
    "fields": [
      {
        "name": "role_id",
        "flag": "role-id",
        "in": "path",
        "required": true,
        "description": "ID of the role.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "target": "role {role_id}",
    "example": [
      "roles",
      "delete",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "list-invites",
    "resource": "invites",
    "verb": "list",
    "fullResource": "admin:organization:invites",
    "method": "GET",
    "path": "/organization/invites",
    "summary": "List invites",
    "description": "Lists the organization's invites.",
    "fields": [
      {
        "name": "after",
        "flag": "after",
        "in": "query",
        "required": false,
        "description": "Cursor: the `last_id` of the previous page; results start after this object.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Number of objects to return, 1 to 100.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      }
    ],
    "hasBody": false,
    "pagination": "last_id",
    "destructive": false,
    "times": [
      "data[].created_at",
      "data[].expires_at",
      "data[].accepted_at"
    ],
    "target": "invites",
    "example": [
      "invites",
      "list"
    ]
  },
  {
    "operationId": "inviteUser",
    "resource": "invites",
    "verb": "create",
    "fullResource": "admin:organization:invites",
    "method": "POST",
    "path": "/organization/invites",
    "summary": "Create invite",
    "description": "Invites a user to the organization by email, optionally into projects.",
    "fields": [
      {
        "name": "email",
        "flag": "email",
        "in": "body",
        "required": true,
        "description": "Email address to invite.",
        "schema": {
          "type": "string",
          "format": "email"
        }
      },
      {
        "name": "role",
        "flag": "role",
        "in": "body",
        "required": true,
        "description": "Organization role to grant.",
        "schema": {
          "type": "string",
          "enum": [
            "reader",
            "owner"
          ]
        }
      },
      {
        "name": "projects",
        "flag": "projects",
        "aliases": [
          "project"
        ],
        "in": "body",
        "required": false,
        "description": "Projects to add the user to. Omit to use the default project; `[]` adds no project.",
        "schema": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "role": {
                "type": "string",
                "enum": [
                  "member",
                  "owner"
                ]
              }
            },
            "required": [
              "id",
              "role"
            ],
            "additionalProperties": false
          }
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "created_at",
      "expires_at",
      "accepted_at"
    ],
    "target": "invites",
    "example": [
      "invites",
      "create",
      "--email",
      "anotheruser@example.com",
      "--role",
      "reader",
      "--projects",
      "{\"id\":\"project-xyz\",\"role\":\"member\"}",
      "--projects",
      "{\"id\":\"project-abc\",\"role\":\"owner\"}"
    ]
  },
  {
    "operationId": "retrieve-invite",
    "resource": "invites",
    "verb": "retrieve",
    "fullResource": "admin:organization:invites",
    "method": "GET",
    "path": "/organization/invites/{invite_id}",
    "summary": "Retrieve invite",
    "description": "Returns one invite.",
    "fields": [
      {
        "name": "invite_id",
        "flag": "invite-id",
        "in": "path",
        "required": true,
        "description": "ID of the invite.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at",
      "expires_at",
      "accepted_at"
    ],
    "target": "invite {invite_id}",
    "example": [
      "invites",
      "retrieve",
      "invite-abc"
    ]
  },
  {
    "operationId": "delete-invite",
    "resource": "invites",
    "verb": "delete",
    "fullResource": "admin:organization:invites",
    "method": "DELETE",
    "path": "/organization/invites/{invite_id}",
    "summary": "Delete invite",
    "description": "Deletes an invite. Accepted invites cannot be deleted.",
    "fields": [
      {
        "name": "invite_id",
        "flag": "invite-id",
        "in": "path",
        "required": true,
        "description": "ID of the invite.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "target": "invite {invite_id}",
    "example": [
      "invites",
      "delete",
      "invite-abc"
    ]
  },
  {
    "operationId": "list-projects",
    "resource": "projects",
    "verb": "list",
    "fullResource": "admin:organization:projects",
    "method": "GET",
    "path": "/organization/projects",
    "summary": "List projects",
    "description": "Lists the organization's projects.",
    "fields": [
      {
        "name": "after",
        "flag": "after",
        "in": "query",
        "required": false,
        "description": "Cursor: the `last_id` of the previous page; results start after this object.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Number of objects to return, 1 to 100.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      {
        "name": "include_archived",
        "flag": "include-archived",
        "in": "query",
        "required": false,
        "description": "Whether to include archived projects.",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "hasBody": false,
    "pagination": "last_id",
    "destructive": false,
    "times": [
      "data[].created_at",
      "data[].archived_at"
    ],
    "target": "projects",
    "example": [
      "projects",
      "list"
    ]
  },
  {
    "operationId": "create-project",
    "resource": "projects",
    "verb": "create",
    "fullResource": "admin:organization:projects",
    "method": "POST",
    "path": "/organization/projects",
    "summary": "Create project",
    "description": "Creates a project. Projects can be archived but not deleted.",
    "fields": [
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": true,
        "description": "Project name.",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "external_key_id",
        "flag": "external-key-id",
        "in": "body",
        "required": false,
        "description": "ID of an external key manager key to use.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      },
      {
        "name": "residency",
        "flag": "residency",
        "in": "body",
        "required": false,
        "description": "Data residency region for the project.",
        "schema": {
          "type": "string",
          "enum": [
            "GLOBAL",
            "US_STORAGE_PROCESSING",
            "EU_STORAGE_PROCESSING",
            "JP_STORAGE",
            "KR_STORAGE",
            "CA_STORAGE",
            "SG_STORAGE",
            "IN_STORAGE",
            "AU_STORAGE",
            "GB_STORAGE",
            "AE_STORAGE",
            "AE_STORAGE_PROCESSING"
          ],
          "nullable": true
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "created_at",
      "archived_at"
    ],
    "target": "projects",
    "example": [
      "projects",
      "create",
      "--name",
      "Project ABC"
    ]
  },
  {
    "operationId": "retrieve-project",
    "resource": "projects",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects",
    "method": "GET",
    "path": "/organization/projects/{project_id}",
    "summary": "Retrieve project",
    "description": "Returns one project.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at",
      "archived_at"
    ],
    "target": "project {project_id}",
    "example": [
      "projects",
      "retrieve",
      "proj_abc"
    ]
  },
  {
    "operationId": "modify-project",
    "resource": "projects",
    "verb": "update",
    "fullResource": "admin:organization:projects",
    "method": "POST",
    "path": "/organization/projects/{project_id}",
    "summary": "Modify project",
    "description": "Renames a project or changes its external key. The default project cannot be modified (400).",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": false,
        "description": "New project name.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      },
      {
        "name": "external_key_id",
        "flag": "external-key-id",
        "in": "body",
        "required": false,
        "description": "New external key manager key ID.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "created_at",
      "archived_at"
    ],
    "target": "project {project_id}",
    "example": [
      "projects",
      "update",
      "proj_abc",
      "--name",
      "Project DEF"
    ]
  },
  {
    "operationId": "archive-project",
    "resource": "projects",
    "verb": "archive",
    "fullResource": "admin:organization:projects",
    "method": "POST",
    "path": "/organization/projects/{project_id}/archive",
    "summary": "Archive project",
    "description": "Archives a project. Archived projects cannot be used or updated.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "times": [
      "created_at",
      "archived_at"
    ],
    "target": "project {project_id}",
    "example": [
      "projects",
      "archive",
      "proj_abc"
    ]
  },
  {
    "operationId": "retrieve-project-model-permissions",
    "resource": "projects:model-permissions",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:model-permissions",
    "method": "GET",
    "path": "/organization/projects/{project_id}/model_permissions",
    "summary": "Retrieve project model permissions",
    "description": "Returns the project's model allow list or deny list.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "target": "model permissions of project {project_id}",
    "example": [
      "projects:model-permissions",
      "retrieve",
      "proj_abc"
    ]
  },
  {
    "operationId": "update-project-model-permissions",
    "resource": "projects:model-permissions",
    "verb": "update",
    "fullResource": "admin:organization:projects:model-permissions",
    "method": "POST",
    "path": "/organization/projects/{project_id}/model_permissions",
    "summary": "Update project model permissions",
    "description": "Replaces the project's model policy. Model IDs must be visible to the organization.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "mode",
        "flag": "mode",
        "in": "body",
        "required": true,
        "description": "`allow_list` allows only the listed models; `deny_list` blocks them.",
        "schema": {
          "type": "string",
          "enum": [
            "allow_list",
            "deny_list"
          ]
        }
      },
      {
        "name": "model_ids",
        "flag": "model-ids",
        "aliases": [
          "model-id"
        ],
        "in": "body",
        "required": true,
        "description": "Model IDs visible to the organization.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "model permissions of project {project_id}",
    "example": [
      "projects:model-permissions",
      "update",
      "proj_abc",
      "--mode",
      "deny_list",
      "--model-ids",
      "o3"
    ]
  },
  {
    "operationId": "delete-project-model-permissions",
    "resource": "projects:model-permissions",
    "verb": "delete",
    "fullResource": "admin:organization:projects:model-permissions",
    "method": "DELETE",
    "path": "/organization/projects/{project_id}/model_permissions",
    "summary": "Delete project model permissions",
    "description": "Removes the project's model policy.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "target": "model permissions of project {project_id}",
    "example": [
      "projects:model-permissions",
      "delete",
      "proj_abc"
    ]
  },
  {
    "operationId": "list-project-spend-alerts",
    "resource": "projects:spend-alerts",
    "verb": "list",
    "fullResource": "admin:organization:projects:spend-alerts",
    "method": "GET",
    "path": "/organization/projects/{project_id}/spend_alerts",
    "summary": "List project spend alerts",
    "description": "Lists the project's spend alerts.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "after",
        "flag": "after",
        "in": "query",
        "required": false,
        "description": "Cursor: the `last_id` of the previous page; results start after this object.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "before",
        "flag": "before",
        "in": "query",
        "required": false,
        "description": "Cursor: the `first_id` of the current page; results end before this object.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Number of alerts to return, 0 to 100.",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100,
          "default": 20
        }
      },
      {
        "name": "order",
        "flag": "order",
        "in": "query",
        "required": false,
        "description": "Sort order of the results.",
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "asc"
        }
      }
    ],
    "hasBody": false,
    "pagination": "last_id",
    "destructive": false,
    "target": "spend alerts of project {project_id}",
    "example": [
      "projects:spend-alerts",
      "list",
      "proj_abc"
    ]
  },
  {
    "operationId": "create-project-spend-alert",
    "resource": "projects:spend-alerts",
    "verb": "create",
    "fullResource": "admin:organization:projects:spend-alerts",
    "method": "POST",
    "path": "/organization/projects/{project_id}/spend_alerts",
    "summary": "Create project spend alert",
    "description": "Creates a spend alert. The threshold is in cents.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "threshold_amount",
        "flag": "threshold-amount",
        "in": "body",
        "required": true,
        "description": "Threshold in cents.",
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "currency",
        "flag": "currency",
        "in": "body",
        "required": true,
        "description": "Currency of the threshold.",
        "schema": {
          "type": "string",
          "enum": [
            "USD"
          ]
        }
      },
      {
        "name": "interval",
        "flag": "interval",
        "in": "body",
        "required": true,
        "description": "Period the spend is summed over.",
        "schema": {
          "type": "string",
          "enum": [
            "month"
          ]
        }
      },
      {
        "name": "notification_channel",
        "flag": "notification-channel",
        "in": "body",
        "required": true,
        "description": "Where a spend alert is sent, as sent in a create or update.",
        "schema": {
          "type": "object",
          "properties": {
            "type": {
              "type": "string",
              "const": "email"
            },
            "recipients": {
              "type": "array",
              "items": {
                "type": "string",
                "format": "email"
              }
            },
            "subject_prefix": {
              "type": "string",
              "nullable": true
            }
          },
          "required": [
            "type",
            "recipients"
          ],
          "additionalProperties": false
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "spend alerts of project {project_id}",
    "example": [
      "projects:spend-alerts",
      "create",
      "proj_abc",
      "--threshold-amount",
      "100000",
      "--currency",
      "USD",
      "--interval",
      "month",
      "--notification-channel",
      "{\"type\":\"email\",\"recipients\":[\"finance@example.com\"],\"subject_prefix\":\"OpenAI spend alert\"}"
    ]
  },
  {
    "operationId": "retrieve-project-spend-alert",
    "resource": "projects:spend-alerts",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:spend-alerts",
    "method": "GET",
    "path": "/organization/projects/{project_id}/spend_alerts/{alert_id}",
    "summary": "Retrieve project spend alert",
    "description": "Returns one spend alert.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "alert_id",
        "flag": "alert-id",
        "in": "path",
        "required": true,
        "description": "ID of the spend alert.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "target": "spend alert {alert_id} of project {project_id}",
    "example": [
      "projects:spend-alerts",
      "retrieve",
      "proj_abc",
      "alert_abc123"
    ]
  },
  {
    "operationId": "update-project-spend-alert",
    "resource": "projects:spend-alerts",
    "verb": "update",
    "fullResource": "admin:organization:projects:spend-alerts",
    "method": "POST",
    "path": "/organization/projects/{project_id}/spend_alerts/{alert_id}",
    "summary": "Update project spend alert",
    "description": "Replaces a spend alert; every field is required.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "alert_id",
        "flag": "alert-id",
        "in": "path",
        "required": true,
        "description": "ID of the spend alert.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "threshold_amount",
        "flag": "threshold-amount",
        "in": "body",
        "required": true,
        "description": "Threshold in cents.",
        "schema": {
          "type": "integer",
          "minimum": 0
        }
      },
      {
        "name": "currency",
        "flag": "currency",
        "in": "body",
        "required": true,
        "description": "Currency of the threshold.",
        "schema": {
          "type": "string",
          "enum": [
            "USD"
          ]
        }
      },
      {
        "name": "interval",
        "flag": "interval",
        "in": "body",
        "required": true,
        "description": "Period the spend is summed over.",
        "schema": {
          "type": "string",
          "enum": [
            "month"
          ]
        }
      },
      {
        "name": "notification_channel",
        "flag": "notification-channel",
        "in": "body",
        "required": true,
        "description": "Where a spend alert is sent, as sent in a create or update.",
        "schema": {
          "type": "object",
          "properties": {
            "type": {
              "type": "string",
              "const": "email"
            },
            "recipients": {
              "type": "array",
              "items": {
                "type": "string",
                "format": "email"
              }
            },
            "subject_prefix": {
              "type": "string",
              "nullable": true
            }
          },
          "required": [
            "type",
            "recipients"
          ],
          "additionalProperties": false
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "spend alert {alert_id} of project {project_id}",
    "example": [
      "projects:spend-alerts",
      "update",
      "proj_abc",
      "alert_abc123",
      "--threshold-amount",
      "150000",
      "--currency",
      "USD",
      "--interval",
      "month",
      "--notification-channel",
      "{\"type\":\"email\",\"recipients\":[\"finance@example.com\"],\"subject_prefix\":\"OpenAI spend alert\"}"
    ]
  },
  {
    "operationId": "delete-project-spend-alert",
    "resource": "projects:spend-alerts",
    "verb": "delete",
    "fullResource": "admin:organization:projects:spend-alerts",
    "method": "DELETE",
    "path": "/organization/projects/{project_id}/spend_alerts/{alert_id}",
    "summary": "Delete project spend alert",
    "description": "Deletes a spend alert.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "alert_id",
        "flag": "alert-id",
        "in": "path",
        "required": true,
        "description": "ID of the spend alert.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "target": "spend alert {alert_id} of project {project_id}",
    "example": [
      "projects:spend-alerts",
      "delete",
      "proj_abc",
      "alert_abc123"
    ]
  },
  {
    "operationId": "retrieve-project-data-retention",
    "resource": "projects:data-retention",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:data-retention",
    "method": "GET",
    "path": "/organization/projects/{project_id}/data_retention",
    "summary": "Retrieve project data retention",
    "description": "Returns the project's data retention policy.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "target": "data retention of project {project_id}",
    "example": [
      "projects:data-retention",
      "retrieve",
      "proj_abc"
    ]
  },
  {
    "operationId": "update-project-data-retention",
    "resource": "projects:data-retention",
    "verb": "update",
    "fullResource": "admin:organization:projects:data-retention",
    "method": "POST",
    "path": "/organization/projects/{project_id}/data_retention",
    "summary": "Update project data retention",
    "description": "Sets the project's retention policy; `organization_default` reverts to the organization policy.",
    "fields": [
      {
        "name": "project_id",
        "flag": "project-id",
        "in": "path",
        "required": true,
        "description": "ID of the project.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        }
      },
      {
        "name": "retention_type",
        "flag": "retention-type",
        "in": "body",
        "required": true,
        "description": "Retention policy; `organization_default` inherits the organization policy.",
        "schema": {
          "type": "string",
          "enum": [
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring"
          ]
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "data retention of project {project_id}",
    "example": [
      "projects:data-retention",
      "update",
      "proj_abc",
      "--retention-type",
      "modified_abuse_monitoring"
    ]
  }
];

export const resources: readonly Resource[] = [
  {
    "name": "users",
    "fullName": "admin:organization:users",
    "description": "Members of the organization."
  },
  {
    "name": "users:roles",
    "fullName": "admin:organization:users:roles",
    "description": "Organization roles assigned to a user."
  },
  {
    "name": "roles",
    "fullName": "admin:organization:roles",
    "description": "Custom and predefined organization roles."
  },
  {
    "name": "invites",
    "fullName": "admin:organization:invites",
    "description": "Invitations to join the organization."
  },
  {
    "name": "projects",
    "fullName": "admin:organization:projects",
    "description": "Projects in the organization."
  },
  {
    "name": "projects:model-permissions",
    "fullName": "admin:organization:projects:model-permissions",
    "description": "Per-project model allow lists and deny lists."
  },
  {
    "name": "projects:spend-alerts",
    "fullName": "admin:organization:projects:spend-alerts",
    "description": "Email alerts when project spend reaches a threshold."
  },
  {
    "name": "projects:data-retention",
    "fullName": "admin:organization:projects:data-retention",
    "description": "Per-project data retention policy."
  }
];
