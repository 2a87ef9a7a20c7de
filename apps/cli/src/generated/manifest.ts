// This file is generated from spec/openapi.yaml (sha256 2c68abb63c1eeb3f).
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
        },
        "commaSplits": true
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
        },
        "lookup": {
          "list": "/organization/users",
          "pagination": "last_id",
          "by": "email",
          "filter": "emails[]",
          "prefix": "user_",
          "noun": "user"
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
        },
        "lookup": {
          "list": "/organization/users",
          "pagination": "last_id",
          "by": "email",
          "filter": "emails[]",
          "prefix": "user_",
          "noun": "user"
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
        },
        "lookup": {
          "list": "/organization/users",
          "pagination": "last_id",
          "by": "email",
          "filter": "emails[]",
          "prefix": "user_",
          "noun": "user"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/users/{user_id}",
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
        },
        "lookup": {
          "list": "/organization/users",
          "pagination": "last_id",
          "by": "email",
          "filter": "emails[]",
          "prefix": "user_",
          "noun": "user"
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
        },
        "lookup": {
          "list": "/organization/users",
          "pagination": "last_id",
          "by": "email",
          "filter": "emails[]",
          "prefix": "user_",
          "noun": "user"
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
        },
        "lookup": {
          "list": "/organization/users",
          "pagination": "last_id",
          "by": "email",
          "filter": "emails[]",
          "prefix": "user_",
          "noun": "user"
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
        },
        "lookup": {
          "list": "/organization/users/{user_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
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
        },
        "lookup": {
          "list": "/organization/users",
          "pagination": "last_id",
          "by": "email",
          "filter": "emails[]",
          "prefix": "user_",
          "noun": "user"
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
        },
        "lookup": {
          "list": "/organization/users/{user_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/users/{user_id}/roles/{role_id}",
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
        },
        "lookup": {
          "list": "/organization/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
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
        },
        "lookup": {
          "list": "/organization/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
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
        },
        "lookup": {
          "list": "/organization/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/roles/{role_id}",
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
        },
        "lookup": {
          "list": "/organization/invites",
          "pagination": "last_id",
          "by": "email",
          "prefix": "invite-",
          "noun": "invite"
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
        },
        "lookup": {
          "list": "/organization/invites",
          "pagination": "last_id",
          "by": "email",
          "prefix": "invite-",
          "noun": "invite"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/invites/{invite_id}",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/projects/{project_id}",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "commaSplits": true
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/projects/{project_id}",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
    "describedBy": "/organization/projects/{project_id}/spend_alerts/{alert_id}",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
  },
  {
    "operationId": "list-groups",
    "resource": "groups",
    "verb": "list",
    "fullResource": "admin:organization:groups",
    "method": "GET",
    "path": "/organization/groups",
    "summary": "List groups",
    "description": "Lists the groups defined in the organization.",
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
        "description": "Number of results to return, 0 to 1000 (100 when omitted).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000,
          "default": 100
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
    "times": [
      "data[].created_at"
    ],
    "target": "groups",
    "example": [
      "groups",
      "list"
    ]
  },
  {
    "operationId": "create-group",
    "resource": "groups",
    "verb": "create",
    "fullResource": "admin:organization:groups",
    "method": "POST",
    "path": "/organization/groups",
    "summary": "Create group",
    "description": "Creates an empty group in the organization; add members to it afterwards.",
    "fields": [
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": true,
        "description": "Display name of the group.",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "created_at"
    ],
    "target": "groups",
    "example": [
      "groups",
      "create",
      "--name",
      "Support Engineers"
    ]
  },
  {
    "operationId": "retrieve-group",
    "resource": "groups",
    "verb": "retrieve",
    "fullResource": "admin:organization:groups",
    "method": "GET",
    "path": "/organization/groups/{group_id}",
    "summary": "Retrieve group",
    "description": "Returns one group of the organization.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at"
    ],
    "target": "group {group_id}",
    "example": [
      "groups",
      "retrieve",
      "group_01J1F8GROUP1"
    ]
  },
  {
    "operationId": "update-group",
    "resource": "groups",
    "verb": "update",
    "fullResource": "admin:organization:groups",
    "method": "POST",
    "path": "/organization/groups/{group_id}",
    "summary": "Update group",
    "description": "Renames a group.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
        }
      },
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": true,
        "description": "New display name of the group.",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "created_at"
    ],
    "target": "group {group_id}",
    "example": [
      "groups",
      "update",
      "group_01J1F8GROUP1",
      "--name",
      "Support Team"
    ]
  },
  {
    "operationId": "delete-group",
    "resource": "groups",
    "verb": "delete",
    "fullResource": "admin:organization:groups",
    "method": "DELETE",
    "path": "/organization/groups/{group_id}",
    "summary": "Delete group",
    "description": "Deletes a group. Its members stay in the organization but lose the roles and project access granted through it.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/groups/{group_id}",
    "target": "group {group_id}",
    "example": [
      "groups",
      "delete",
      "group_01J1F8GROUP1"
    ]
  },
  {
    "operationId": "list-group-role-assignments",
    "resource": "groups:roles",
    "verb": "list",
    "fullResource": "admin:organization:groups:roles",
    "method": "GET",
    "path": "/organization/groups/{group_id}/roles",
    "summary": "List group organization role assignments",
    "description": "Lists the organization roles granted to a group.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
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
        "description": "Number of role assignments to return, 0 to 1000 (no documented default).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000
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
    "target": "roles of group {group_id}",
    "example": [
      "groups:roles",
      "list",
      "group_01J1F8GROUP1"
    ]
  },
  {
    "operationId": "assign-group-role",
    "resource": "groups:roles",
    "verb": "create",
    "fullResource": "admin:organization:groups:roles",
    "method": "POST",
    "path": "/organization/groups/{group_id}/roles",
    "summary": "Assign organization role to group",
    "description": "Grants an organization role to a group; every member of the group receives it.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
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
      "group.created_at"
    ],
    "target": "roles of group {group_id}",
    "example": [
      "groups:roles",
      "create",
      "group_01J1F8GROUP1",
      "--role-id",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "retrieve-group-role",
    "resource": "groups:roles",
    "verb": "retrieve",
    "fullResource": "admin:organization:groups:roles",
    "method": "GET",
    "path": "/organization/groups/{group_id}/roles/{role_id}",
    "summary": "Retrieve group organization role",
    "description": "Returns one organization role granted to a group, with the details of the assignment.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
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
        },
        "lookup": {
          "list": "/organization/groups/{group_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at",
      "updated_at"
    ],
    "target": "role {role_id} of group {group_id}",
    "example": [
      "groups:roles",
      "retrieve",
      "group_01J1F8GROUP1",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "unassign-group-role",
    "resource": "groups:roles",
    "verb": "delete",
    "fullResource": "admin:organization:groups:roles",
    "method": "DELETE",
    "path": "/organization/groups/{group_id}/roles/{role_id}",
    "summary": "Unassign organization role from group",
    "description": "Takes an organization role away from a group and so from the members who held it only through the group.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
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
        },
        "lookup": {
          "list": "/organization/groups/{group_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/groups/{group_id}/roles/{role_id}",
    "target": "role {role_id} of group {group_id}",
    "example": [
      "groups:roles",
      "delete",
      "group_01J1F8GROUP1",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "list-group-users",
    "resource": "groups:users",
    "verb": "list",
    "fullResource": "admin:organization:groups:users",
    "method": "GET",
    "path": "/organization/groups/{group_id}/users",
    "summary": "List group users",
    "description": "Lists the organization users who belong to a group.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
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
        "description": "Number of results to return, 0 to 1000 (100 when omitted).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000,
          "default": 100
        }
      },
      {
        "name": "order",
        "flag": "order",
        "in": "query",
        "required": false,
        "description": "Sort order of the members (descending when omitted).",
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "desc"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next",
    "destructive": false,
    "target": "users of group {group_id}",
    "example": [
      "groups:users",
      "list",
      "group_01J1F8GROUP1"
    ]
  },
  {
    "operationId": "add-group-user",
    "resource": "groups:users",
    "verb": "create",
    "fullResource": "admin:organization:groups:users",
    "method": "POST",
    "path": "/organization/groups/{group_id}/users",
    "summary": "Add user to group",
    "description": "Makes an organization user a member of a group.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
        }
      },
      {
        "name": "user_id",
        "flag": "user-id",
        "in": "body",
        "required": true,
        "description": "ID of an organization user.",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "users of group {group_id}",
    "example": [
      "groups:users",
      "create",
      "group_01J1F8GROUP1",
      "--user-id",
      "user_abc"
    ]
  },
  {
    "operationId": "retrieve-group-user",
    "resource": "groups:users",
    "verb": "retrieve",
    "fullResource": "admin:organization:groups:users",
    "method": "GET",
    "path": "/organization/groups/{group_id}/users/{user_id}",
    "summary": "Retrieve group user",
    "description": "Returns one member of a group.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
        }
      },
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
        },
        "lookup": {
          "list": "/organization/groups/{group_id}/users",
          "pagination": "next",
          "by": "email",
          "prefix": "user_",
          "noun": "user"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "target": "user {user_id} of group {group_id}",
    "example": [
      "groups:users",
      "retrieve",
      "group_01J1F8GROUP1",
      "user_abc"
    ]
  },
  {
    "operationId": "remove-group-user",
    "resource": "groups:users",
    "verb": "delete",
    "fullResource": "admin:organization:groups:users",
    "method": "DELETE",
    "path": "/organization/groups/{group_id}/users/{user_id}",
    "summary": "Remove user from group",
    "description": "Takes a user out of a group. The user stays in the organization.",
    "fields": [
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
        }
      },
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
        },
        "lookup": {
          "list": "/organization/groups/{group_id}/users",
          "pagination": "next",
          "by": "email",
          "prefix": "user_",
          "noun": "user"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/groups/{group_id}/users/{user_id}",
    "target": "user {user_id} of group {group_id}",
    "example": [
      "groups:users",
      "delete",
      "group_01J1F8GROUP1",
      "user_abc"
    ]
  },
  {
    "operationId": "list-project-groups",
    "resource": "projects:groups",
    "verb": "list",
    "fullResource": "admin:organization:projects:groups",
    "method": "GET",
    "path": "/organization/projects/{project_id}/groups",
    "summary": "List project groups",
    "description": "Lists the groups that have been given access to a project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        "description": "Number of project groups to return, 0 to 100.",
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
    "pagination": "next",
    "destructive": false,
    "times": [
      "data[].created_at"
    ],
    "target": "groups of project {project_id}",
    "example": [
      "projects:groups",
      "list",
      "proj_abc"
    ]
  },
  {
    "operationId": "add-project-group",
    "resource": "projects:groups",
    "verb": "create",
    "fullResource": "admin:organization:projects:groups",
    "method": "POST",
    "path": "/organization/projects/{project_id}/groups",
    "summary": "Add group to project",
    "description": "Gives a group access to a project with a project role; its members can then use the project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "body",
        "required": true,
        "description": "ID of an organization group.",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      {
        "name": "role",
        "flag": "role",
        "in": "body",
        "required": true,
        "description": "ID of the project role the group receives.",
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "created_at"
    ],
    "target": "groups of project {project_id}",
    "example": [
      "projects:groups",
      "create",
      "proj_abc",
      "--group-id",
      "group_01J1F8GROUP1",
      "--role",
      "role_01J1F8PROJ01"
    ]
  },
  {
    "operationId": "retrieve-project-group",
    "resource": "projects:groups",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:groups",
    "method": "GET",
    "path": "/organization/projects/{project_id}/groups/{group_id}",
    "summary": "Retrieve project group",
    "description": "Returns a group's access to a project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
        }
      },
      {
        "name": "group_type",
        "flag": "group-type",
        "in": "query",
        "required": false,
        "description": "Kind of group the ID in the path names: `group` (the default) or `tenant_group`.",
        "schema": {
          "type": "string",
          "enum": [
            "group",
            "tenant_group"
          ],
          "default": "group"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at"
    ],
    "target": "group {group_id} of project {project_id}",
    "example": [
      "projects:groups",
      "retrieve",
      "proj_abc",
      "group_01J1F8GROUP1"
    ]
  },
  {
    "operationId": "remove-project-group",
    "resource": "projects:groups",
    "verb": "delete",
    "fullResource": "admin:organization:projects:groups",
    "method": "DELETE",
    "path": "/organization/projects/{project_id}/groups/{group_id}",
    "summary": "Remove group from project",
    "description": "Takes away a group's access to a project. Members keep any access they have on their own.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/projects/{project_id}/groups/{group_id}",
    "target": "group {group_id} of project {project_id}",
    "example": [
      "projects:groups",
      "delete",
      "proj_abc",
      "group_01J1F8GROUP1"
    ]
  },
  {
    "operationId": "list-project-group-role-assignments",
    "resource": "projects:groups:roles",
    "verb": "list",
    "fullResource": "admin:organization:projects:groups:roles",
    "method": "GET",
    "path": "/projects/{project_id}/groups/{group_id}/roles",
    "summary": "List group project role assignments",
    "description": "Lists the project roles a group holds in a project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
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
        "description": "Number of role assignments to return, 0 to 1000 (no documented default).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000
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
    "target": "roles of group {group_id}",
    "example": [
      "projects:groups:roles",
      "list",
      "proj_abc",
      "group_01J1F8GROUP1"
    ]
  },
  {
    "operationId": "assign-project-group-role",
    "resource": "projects:groups:roles",
    "verb": "create",
    "fullResource": "admin:organization:projects:groups:roles",
    "method": "POST",
    "path": "/projects/{project_id}/groups/{group_id}/roles",
    "summary": "Assign project role to group",
    "description": "Grants a project role to a group within one project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
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
      "group.created_at"
    ],
    "target": "roles of group {group_id}",
    "example": [
      "projects:groups:roles",
      "create",
      "proj_abc",
      "group_01J1F8GROUP1",
      "--role-id",
      "role_01J1F8PROJ01"
    ]
  },
  {
    "operationId": "retrieve-project-group-role",
    "resource": "projects:groups:roles",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:groups:roles",
    "method": "GET",
    "path": "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    "summary": "Retrieve group project role",
    "description": "Returns one project role a group holds in a project, with the details of the assignment.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
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
        },
        "lookup": {
          "list": "/projects/{project_id}/groups/{group_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at",
      "updated_at"
    ],
    "target": "role {role_id} of group {group_id}",
    "example": [
      "projects:groups:roles",
      "retrieve",
      "proj_abc",
      "group_01J1F8GROUP1",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "unassign-project-group-role",
    "resource": "projects:groups:roles",
    "verb": "delete",
    "fullResource": "admin:organization:projects:groups:roles",
    "method": "DELETE",
    "path": "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    "summary": "Unassign project role from group",
    "description": "Takes a project role away from a group within one project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "group_id",
        "flag": "group-id",
        "in": "path",
        "required": true,
        "description": "ID of the group.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/groups",
          "pagination": "next",
          "by": "name",
          "prefix": "group_",
          "noun": "group"
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
        },
        "lookup": {
          "list": "/projects/{project_id}/groups/{group_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    "target": "role {role_id} of group {group_id}",
    "example": [
      "projects:groups:roles",
      "delete",
      "proj_abc",
      "group_01J1F8GROUP1",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "admin-api-keys-list",
    "resource": "admin-api-keys",
    "verb": "list",
    "fullResource": "admin:organization:admin-api-keys",
    "method": "GET",
    "path": "/organization/admin_api_keys",
    "summary": "List admin API keys",
    "description": "Returns a page of the organization's admin API keys. Only a redacted form of each secret is shown.",
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
      "data[].last_used_at",
      "data[].owner.created_at"
    ],
    "target": "admin api keys",
    "example": [
      "admin-api-keys",
      "list"
    ]
  },
  {
    "operationId": "admin-api-keys-create",
    "resource": "admin-api-keys",
    "verb": "create",
    "fullResource": "admin:organization:admin-api-keys",
    "method": "POST",
    "path": "/organization/admin_api_keys",
    "summary": "Create admin API key",
    "description": "Creates an admin API key owned by the caller. The response is the only place the full secret appears; store it at once, because later reads return the redacted form only.",
    "fields": [
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": true,
        "description": "Label for the key, to tell it apart from others.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "expires_in_seconds",
        "flag": "expires-in-seconds",
        "in": "body",
        "required": false,
        "description": "Lifetime of the key in seconds from now. Leave it out for a key that does not expire.",
        "schema": {
          "type": "integer"
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "secrets": [
      "value"
    ],
    "times": [
      "created_at",
      "expires_at",
      "last_used_at",
      "owner.created_at"
    ],
    "target": "admin api keys",
    "example": [
      "admin-api-keys",
      "create",
      "--name",
      "New Admin Key"
    ]
  },
  {
    "operationId": "admin-api-keys-get",
    "resource": "admin-api-keys",
    "verb": "retrieve",
    "fullResource": "admin:organization:admin-api-keys",
    "method": "GET",
    "path": "/organization/admin_api_keys/{key_id}",
    "summary": "Retrieve admin API key",
    "description": "Returns one admin API key, with its secret redacted.",
    "fields": [
      {
        "name": "key_id",
        "flag": "key-id",
        "in": "path",
        "required": true,
        "description": "ID of the admin API key.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/admin_api_keys",
          "pagination": "last_id",
          "by": "name",
          "prefix": "key_",
          "noun": "admin api key"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at",
      "expires_at",
      "last_used_at",
      "owner.created_at"
    ],
    "target": "admin api key {key_id}",
    "example": [
      "admin-api-keys",
      "retrieve",
      "key_abc"
    ]
  },
  {
    "operationId": "admin-api-keys-delete",
    "resource": "admin-api-keys",
    "verb": "delete",
    "fullResource": "admin:organization:admin-api-keys",
    "method": "DELETE",
    "path": "/organization/admin_api_keys/{key_id}",
    "summary": "Delete admin API key",
    "description": "Revokes an admin API key for good; requests signed with it fail from then on.",
    "fields": [
      {
        "name": "key_id",
        "flag": "key-id",
        "in": "path",
        "required": true,
        "description": "ID of the admin API key.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/admin_api_keys",
          "pagination": "last_id",
          "by": "name",
          "prefix": "key_",
          "noun": "admin api key"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/admin_api_keys/{key_id}",
    "target": "admin api key {key_id}",
    "example": [
      "admin-api-keys",
      "delete",
      "key_abc"
    ]
  },
  {
    "operationId": "list-audit-logs",
    "resource": "audit-logs",
    "verb": "list",
    "fullResource": "admin:organization:audit-logs",
    "method": "GET",
    "path": "/organization/audit_logs",
    "summary": "List audit logs",
    "description": "Returns a page of audit log events for the organization: who changed what, and when. Optional filters narrow the events by time, project, event type, actor or affected object.",
    "fields": [
      {
        "name": "effective_at",
        "member": "gt",
        "flag": "effective-at-gt",
        "aliases": [
          "effective-at.gt"
        ],
        "in": "query",
        "required": false,
        "description": "Events strictly after this time.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "effective_at",
        "member": "gte",
        "flag": "effective-at-gte",
        "aliases": [
          "effective-at.gte"
        ],
        "in": "query",
        "required": false,
        "description": "Events at or after this time.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "effective_at",
        "member": "lt",
        "flag": "effective-at-lt",
        "aliases": [
          "effective-at.lt"
        ],
        "in": "query",
        "required": false,
        "description": "Events strictly before this time.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "effective_at",
        "member": "lte",
        "flag": "effective-at-lte",
        "aliases": [
          "effective-at.lte"
        ],
        "in": "query",
        "required": false,
        "description": "Events at or before this time.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "project_ids[]",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only return events that happened in one of these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "event_types[]",
        "flag": "event-types",
        "aliases": [
          "event-type"
        ],
        "in": "query",
        "required": false,
        "description": "Only return events of these types.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "api_key.created",
              "api_key.updated",
              "api_key.deleted",
              "certificate.created",
              "certificate.updated",
              "certificate.deleted",
              "certificates.activated",
              "certificates.deactivated",
              "checkpoint.permission.created",
              "checkpoint.permission.deleted",
              "external_key.registered",
              "external_key.removed",
              "group.created",
              "group.updated",
              "group.deleted",
              "invite.sent",
              "invite.accepted",
              "invite.deleted",
              "ip_allowlist.created",
              "ip_allowlist.updated",
              "ip_allowlist.deleted",
              "ip_allowlist.config.activated",
              "ip_allowlist.config.deactivated",
              "login.succeeded",
              "login.failed",
              "logout.succeeded",
              "logout.failed",
              "organization.updated",
              "project.created",
              "project.updated",
              "project.archived",
              "project.deleted",
              "rate_limit.updated",
              "rate_limit.deleted",
              "resource.deleted",
              "tunnel.created",
              "tunnel.updated",
              "tunnel.deleted",
              "workload_identity_provider.created",
              "workload_identity_provider.updated",
              "workload_identity_provider.deleted",
              "workload_identity_provider_mapping.created",
              "workload_identity_provider_mapping.updated",
              "workload_identity_provider_mapping.deleted",
              "role.created",
              "role.updated",
              "role.deleted",
              "role.assignment.created",
              "role.assignment.deleted",
              "role.bound_to_resource",
              "role.unbound_from_resource",
              "scim.enabled",
              "scim.disabled",
              "service_account.created",
              "service_account.updated",
              "service_account.deleted",
              "user.added",
              "user.updated",
              "user.deleted",
              "tenant.metadata.updated",
              "tenant.microsoft_entra_mapping.upserted",
              "tenant.microsoft_entra_mapping.deleted",
              "tenant.workload_identity.provider.created",
              "tenant.workload_identity.provider.updated",
              "tenant.workload_identity.provider.archived",
              "tenant.workload_identity.mapping.created",
              "tenant.workload_identity.mapping.updated",
              "tenant.workload_identity.mapping.archived",
              "tenant.workload_identity.binding.created",
              "tenant.workload_identity.principal.provisioned",
              "tenant.workload_identity.access_token.issued",
              "tenant.admin_api_key.created",
              "tenant.admin_api_key.updated",
              "tenant.admin_api_key.deleted",
              "tenant.project_api_key.created",
              "tenant.chatgpt_access_token.revoked",
              "tenant.migration.completed",
              "tenant.sso.migrated",
              "tenant.domains.migrated",
              "tenant.sso_connection.created",
              "tenant.sso_connection.updated",
              "tenant.sso_connection.deleted",
              "tenant.sso_connection.setup.started",
              "tenant.policy.created",
              "tenant.policy.updated",
              "tenant.policy.deleted",
              "tenant.policy.attached",
              "tenant.policy.detached",
              "tenant.principal_authentication_policy.resolved",
              "tenant.scim.setup.started",
              "tenant.scim.deletion.requested",
              "tenant.scim.directory.created",
              "tenant.product_access_policy.updated",
              "tenant.resource_share_grant.created",
              "tenant.resource_share_grant.updated",
              "tenant.resource_share_grant.accepted",
              "tenant.resource_share_grant.declined",
              "tenant.resource_share_grant.revoked",
              "tenant.resource_share_grant.deleted",
              "tenant.service_account.updated",
              "tenant.service_account.deleted",
              "tenant.service_account.token.revoked",
              "tenant.billing.overage_limit.updated",
              "tenant.billing.alerts.updated",
              "tenant.billing.info.updated",
              "tenant.usage_limit.workspace.updated",
              "tenant.usage_limit.group.updated",
              "tenant.usage_limit.user.updated",
              "tenant.usage_limit.increase_request.updated",
              "tenant.usage_limit.increase_request.resolved",
              "tenant.group.created",
              "tenant.group.updated",
              "tenant.group.deleted",
              "tenant.group.member.added",
              "tenant.group.member.removed",
              "tenant.migration_rollout.status.updated",
              "tenant.migration_rollout.tier.updated",
              "tenant.role.metadata.updated",
              "tenant.custom_role.created",
              "tenant.custom_role.updated",
              "tenant.custom_role.deleted",
              "tenant.role_assignment.created",
              "tenant.role_assignment.deleted",
              "tenant.resource_role_assignment.created",
              "tenant.resource_role_assignment.deleted",
              "tenant.resource_access.updated",
              "tenant.resource_access.deleted",
              "tenant.ads_account.onboarding.redemption",
              "tenant.session_policy.created",
              "tenant.session_policy.updated",
              "tenant.session_policy.deleted",
              "tenant.session_revocation.started",
              "tenant.third_party_app_policy.updated",
              "tenant.user.added",
              "tenant.user.updated",
              "tenant.user.removed",
              "tenant.user.looked_up",
              "tenant.user.invited",
              "tenant.membership.revoked",
              "tenant.api_organization_invite.upserted",
              "tenant.api_organization_invite.deleted",
              "tenant.chatgpt_workspace_invite.upserted",
              "tenant.membership.accepted",
              "tenant.membership.declined",
              "tenant.workspace_invite_email_settings.updated"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "actor_ids[]",
        "flag": "actor-ids",
        "aliases": [
          "actor-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only return events performed by one of these actors, given as user, service account or API key IDs.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "actor_emails[]",
        "flag": "actor-emails",
        "aliases": [
          "actor-email"
        ],
        "in": "query",
        "required": false,
        "description": "Only return events performed by users with one of these email addresses.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "resource_ids[]",
        "flag": "resource-ids",
        "aliases": [
          "resource-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only return events that affected one of these objects (a project, key, user, certificate and so on), by ID.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "tenant_only",
        "flag": "tenant-only",
        "in": "query",
        "required": false,
        "description": "When true, only events recorded at the tenant level are returned.",
        "schema": {
          "type": "boolean",
          "default": false
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
      }
    ],
    "hasBody": false,
    "pagination": "last_id",
    "destructive": false,
    "times": [
      "data[].effective_at"
    ],
    "target": "audit logs",
    "example": [
      "audit-logs",
      "list"
    ]
  },
  {
    "operationId": "listOrganizationCertificates",
    "resource": "certificates",
    "verb": "list",
    "fullResource": "admin:organization:certificates",
    "method": "GET",
    "path": "/organization/certificates",
    "summary": "List organization certificates",
    "description": "Returns a page of the certificates uploaded to the organization, newest first unless `order` says otherwise, each with whether it is active at the organization level.",
    "fields": [
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
        "name": "order",
        "flag": "order",
        "in": "query",
        "required": false,
        "description": "Sort order of the results by creation time; newest first unless set.",
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "desc"
        }
      }
    ],
    "hasBody": false,
    "pagination": "last_id",
    "destructive": false,
    "times": [
      "data[].created_at",
      "data[].certificate_details.valid_at",
      "data[].certificate_details.expires_at"
    ],
    "target": "certificates",
    "example": [
      "certificates",
      "list"
    ]
  },
  {
    "operationId": "uploadCertificate",
    "resource": "certificates",
    "verb": "create",
    "fullResource": "admin:organization:certificates",
    "method": "POST",
    "path": "/organization/certificates",
    "summary": "Upload certificate",
    "description": "Adds a PEM-encoded certificate to the organization. A new certificate is not used until it is activated for the organization or for a project.",
    "fields": [
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": false,
        "description": "Label for the certificate.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "certificate",
        "flag": "certificate",
        "in": "body",
        "required": true,
        "description": "The certificate in PEM form, including the BEGIN and END lines.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "created_at",
      "certificate_details.valid_at",
      "certificate_details.expires_at"
    ],
    "target": "certificates",
    "example": [
      "certificates",
      "create",
      "--name",
      "My Example Certificate",
      "--certificate",
      "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQk9yR2V4YW1wbGVDZXJ0MDAxMAoGCCqGSM49BAMCMBYx\nFDASBgNVBAMMC2V4YW1wbGUuY29tMB4XDTI0MDMyNjAwMDAwMFoXDTI1MDMyNjAw\n-----END CERTIFICATE-----"
    ]
  },
  {
    "operationId": "activateOrganizationCertificates",
    "resource": "certificates",
    "verb": "activate",
    "fullResource": "admin:organization:certificates",
    "method": "POST",
    "path": "/organization/certificates/activate",
    "summary": "Activate organization certificates",
    "description": "Turns on the given uploaded certificates for the whole organization and returns them with their new state.",
    "fields": [
      {
        "name": "certificate_ids",
        "flag": "certificate-ids",
        "aliases": [
          "certificate-id"
        ],
        "in": "body",
        "required": true,
        "description": "IDs of uploaded certificates.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "data[].created_at",
      "data[].certificate_details.valid_at",
      "data[].certificate_details.expires_at"
    ],
    "target": "certificates",
    "example": [
      "certificates",
      "activate",
      "--certificate-ids",
      "cert_abc",
      "--certificate-ids",
      "cert_def"
    ]
  },
  {
    "operationId": "deactivateOrganizationCertificates",
    "resource": "certificates",
    "verb": "deactivate",
    "fullResource": "admin:organization:certificates",
    "method": "POST",
    "path": "/organization/certificates/deactivate",
    "summary": "Deactivate organization certificates",
    "description": "Turns off the given certificates for the whole organization and returns them with their new state. Clients that present one of them are no longer accepted at the organization level.",
    "fields": [
      {
        "name": "certificate_ids",
        "flag": "certificate-ids",
        "aliases": [
          "certificate-id"
        ],
        "in": "body",
        "required": true,
        "description": "IDs of uploaded certificates.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      }
    ],
    "hasBody": true,
    "destructive": true,
    "times": [
      "data[].created_at",
      "data[].certificate_details.valid_at",
      "data[].certificate_details.expires_at"
    ],
    "target": "certificates",
    "example": [
      "certificates",
      "deactivate",
      "--certificate-ids",
      "cert_def"
    ]
  },
  {
    "operationId": "getCertificate",
    "resource": "certificates",
    "verb": "retrieve",
    "fullResource": "admin:organization:certificates",
    "method": "GET",
    "path": "/organization/certificates/{certificate_id}",
    "summary": "Retrieve certificate",
    "description": "Returns one uploaded certificate. Ask for `include=content` to get the PEM text as well.",
    "fields": [
      {
        "name": "certificate_id",
        "flag": "certificate-id",
        "in": "path",
        "required": true,
        "description": "ID of the certificate.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/certificates",
          "pagination": "last_id",
          "by": "name",
          "prefix": "cert_",
          "noun": "certificate"
        }
      },
      {
        "name": "include",
        "flag": "include",
        "in": "query",
        "required": false,
        "description": "Extra fields to add to the response. `content` adds the PEM text of the certificate under `certificate_details.content`.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "content"
            ]
          }
        },
        "commaSplits": true
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at",
      "certificate_details.valid_at",
      "certificate_details.expires_at"
    ],
    "target": "certificate {certificate_id}",
    "example": [
      "certificates",
      "retrieve",
      "cert_abc"
    ]
  },
  {
    "operationId": "modifyCertificate",
    "resource": "certificates",
    "verb": "update",
    "fullResource": "admin:organization:certificates",
    "method": "POST",
    "path": "/organization/certificates/{certificate_id}",
    "summary": "Modify certificate",
    "description": "Renames an uploaded certificate. The certificate itself cannot be changed; upload a new one instead.",
    "fields": [
      {
        "name": "certificate_id",
        "flag": "certificate-id",
        "in": "path",
        "required": true,
        "description": "ID of the certificate.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/certificates",
          "pagination": "last_id",
          "by": "name",
          "prefix": "cert_",
          "noun": "certificate"
        }
      },
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": false,
        "description": "New label for the certificate.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "created_at",
      "certificate_details.valid_at",
      "certificate_details.expires_at"
    ],
    "target": "certificate {certificate_id}",
    "example": [
      "certificates",
      "update",
      "cert_abc",
      "--name",
      "Renamed Certificate"
    ]
  },
  {
    "operationId": "deleteCertificate",
    "resource": "certificates",
    "verb": "delete",
    "fullResource": "admin:organization:certificates",
    "method": "DELETE",
    "path": "/organization/certificates/{certificate_id}",
    "summary": "Delete certificate",
    "description": "Removes an uploaded certificate from the organization. A certificate that is still active, for the organization or for any project, is refused with 409: deactivate it first.",
    "fields": [
      {
        "name": "certificate_id",
        "flag": "certificate-id",
        "in": "path",
        "required": true,
        "description": "ID of the certificate.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/certificates",
          "pagination": "last_id",
          "by": "name",
          "prefix": "cert_",
          "noun": "certificate"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/certificates/{certificate_id}",
    "target": "certificate {certificate_id}",
    "example": [
      "certificates",
      "delete",
      "cert_abc"
    ]
  },
  {
    "operationId": "listProjectCertificates",
    "resource": "projects:certificates",
    "verb": "list",
    "fullResource": "admin:organization:projects:certificates",
    "method": "GET",
    "path": "/organization/projects/{project_id}/certificates",
    "summary": "List project certificates",
    "description": "Returns a page of the organization's certificates as seen from one project, each with whether it is active in that project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        "name": "order",
        "flag": "order",
        "in": "query",
        "required": false,
        "description": "Sort order of the results by creation time; newest first unless set.",
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "desc"
        }
      }
    ],
    "hasBody": false,
    "pagination": "last_id",
    "destructive": false,
    "times": [
      "data[].created_at",
      "data[].certificate_details.valid_at",
      "data[].certificate_details.expires_at"
    ],
    "target": "certificates of project {project_id}",
    "example": [
      "projects:certificates",
      "list",
      "proj_abc"
    ]
  },
  {
    "operationId": "activateProjectCertificates",
    "resource": "projects:certificates",
    "verb": "activate",
    "fullResource": "admin:organization:projects:certificates",
    "method": "POST",
    "path": "/organization/projects/{project_id}/certificates/activate",
    "summary": "Activate project certificates",
    "description": "Turns on the given organization certificates for one project and returns them with their new state in that project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "certificate_ids",
        "flag": "certificate-ids",
        "aliases": [
          "certificate-id"
        ],
        "in": "body",
        "required": true,
        "description": "IDs of uploaded certificates.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "data[].created_at",
      "data[].certificate_details.valid_at",
      "data[].certificate_details.expires_at"
    ],
    "target": "certificates of project {project_id}",
    "example": [
      "projects:certificates",
      "activate",
      "proj_abc",
      "--certificate-ids",
      "cert_abc",
      "--certificate-ids",
      "cert_def"
    ]
  },
  {
    "operationId": "deactivateProjectCertificates",
    "resource": "projects:certificates",
    "verb": "deactivate",
    "fullResource": "admin:organization:projects:certificates",
    "method": "POST",
    "path": "/organization/projects/{project_id}/certificates/deactivate",
    "summary": "Deactivate project certificates",
    "description": "Turns off the given certificates for one project and returns them with their new state in that project. Clients of the project that present one of them are no longer accepted.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "certificate_ids",
        "flag": "certificate-ids",
        "aliases": [
          "certificate-id"
        ],
        "in": "body",
        "required": true,
        "description": "IDs of uploaded certificates.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      }
    ],
    "hasBody": true,
    "destructive": true,
    "times": [
      "data[].created_at",
      "data[].certificate_details.valid_at",
      "data[].certificate_details.expires_at"
    ],
    "target": "certificates of project {project_id}",
    "example": [
      "projects:certificates",
      "deactivate",
      "proj_abc",
      "--certificate-ids",
      "cert_def"
    ]
  },
  {
    "operationId": "list-project-api-keys",
    "resource": "projects:api-keys",
    "verb": "list",
    "fullResource": "admin:organization:projects:api-keys",
    "method": "GET",
    "path": "/organization/projects/{project_id}/api_keys",
    "summary": "List project API keys",
    "description": "Lists the API keys of a project, whether a user or a service account owns them. Values are shown redacted.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        "name": "owner_project_access",
        "flag": "owner-project-access",
        "in": "query",
        "required": false,
        "description": "Filter on whether the key's owner can still use the project: `active` (it can), `inactive` (it no longer can) or `any`.",
        "schema": {
          "type": "string",
          "enum": [
            "active",
            "inactive",
            "any"
          ]
        }
      }
    ],
    "hasBody": false,
    "pagination": "last_id",
    "destructive": false,
    "times": [
      "data[].created_at",
      "data[].last_used_at",
      "data[].owner.user.created_at",
      "data[].owner.service_account.created_at"
    ],
    "target": "api keys of project {project_id}",
    "example": [
      "projects:api-keys",
      "list",
      "proj_abc"
    ]
  },
  {
    "operationId": "retrieve-project-api-key",
    "resource": "projects:api-keys",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:api-keys",
    "method": "GET",
    "path": "/organization/projects/{project_id}/api_keys/{api_key_id}",
    "summary": "Retrieve project API key",
    "description": "Returns one API key of the project, with its value redacted and its owner.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "api_key_id",
        "flag": "api-key-id",
        "in": "path",
        "required": true,
        "description": "ID of the API key.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/api_keys",
          "pagination": "last_id",
          "by": "name",
          "prefix": "key_",
          "noun": "api key"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at",
      "last_used_at",
      "owner.user.created_at",
      "owner.service_account.created_at"
    ],
    "target": "api key {api_key_id} of project {project_id}",
    "example": [
      "projects:api-keys",
      "retrieve",
      "proj_abc",
      "key_abc"
    ]
  },
  {
    "operationId": "delete-project-api-key",
    "resource": "projects:api-keys",
    "verb": "delete",
    "fullResource": "admin:organization:projects:api-keys",
    "method": "DELETE",
    "path": "/organization/projects/{project_id}/api_keys/{api_key_id}",
    "summary": "Delete project API key",
    "description": "Revokes an API key of the project. Keys that belong to a service account are removed with the service account instead (400).",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "api_key_id",
        "flag": "api-key-id",
        "in": "path",
        "required": true,
        "description": "ID of the API key.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/api_keys",
          "pagination": "last_id",
          "by": "name",
          "prefix": "key_",
          "noun": "api key"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/projects/{project_id}/api_keys/{api_key_id}",
    "target": "api key {api_key_id} of project {project_id}",
    "example": [
      "projects:api-keys",
      "delete",
      "proj_abc",
      "key_abc"
    ]
  },
  {
    "operationId": "list-project-service-accounts",
    "resource": "projects:service-accounts",
    "verb": "list",
    "fullResource": "admin:organization:projects:service-accounts",
    "method": "GET",
    "path": "/organization/projects/{project_id}/service_accounts",
    "summary": "List project service accounts",
    "description": "Lists the service accounts of a project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
      "data[].created_at"
    ],
    "target": "service accounts of project {project_id}",
    "example": [
      "projects:service-accounts",
      "list",
      "proj_abc"
    ]
  },
  {
    "operationId": "create-project-service-account",
    "resource": "projects:service-accounts",
    "verb": "create",
    "fullResource": "admin:organization:projects:service-accounts",
    "method": "POST",
    "path": "/organization/projects/{project_id}/service_accounts",
    "summary": "Create project service account",
    "description": "Creates a service account in the project. Unless asked not to, it also creates an API key for it, whose value appears in this response only.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": true,
        "description": "Name of the service account.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "create_service_account_only",
        "flag": "create-service-account-only",
        "in": "body",
        "required": false,
        "description": "Set to true to create the service account without an API key.",
        "schema": {
          "type": "boolean",
          "nullable": true
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "secrets": [
      "api_key.value"
    ],
    "times": [
      "created_at",
      "api_key.created_at"
    ],
    "target": "service accounts of project {project_id}",
    "example": [
      "projects:service-accounts",
      "create",
      "proj_abc",
      "--name",
      "Nightly batch"
    ]
  },
  {
    "operationId": "retrieve-project-service-account",
    "resource": "projects:service-accounts",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:service-accounts",
    "method": "GET",
    "path": "/organization/projects/{project_id}/service_accounts/{service_account_id}",
    "summary": "Retrieve project service account",
    "description": "Returns one service account of the project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "service_account_id",
        "flag": "service-account-id",
        "in": "path",
        "required": true,
        "description": "ID of the service account.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/service_accounts",
          "pagination": "last_id",
          "by": "name",
          "prefix": "svc_acct_",
          "noun": "service account"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "created_at"
    ],
    "target": "service account {service_account_id} of project {project_id}",
    "example": [
      "projects:service-accounts",
      "retrieve",
      "proj_abc",
      "svc_acct_abc"
    ]
  },
  {
    "operationId": "update-project-service-account",
    "resource": "projects:service-accounts",
    "verb": "update",
    "fullResource": "admin:organization:projects:service-accounts",
    "method": "POST",
    "path": "/organization/projects/{project_id}/service_accounts/{service_account_id}",
    "summary": "Update project service account",
    "description": "Renames a service account or changes its project role. Fields left out keep their value.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "service_account_id",
        "flag": "service-account-id",
        "in": "path",
        "required": true,
        "description": "ID of the service account.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/service_accounts",
          "pagination": "last_id",
          "by": "name",
          "prefix": "svc_acct_",
          "noun": "service account"
        }
      },
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": false,
        "description": "New name of the service account.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "role",
        "flag": "role",
        "in": "body",
        "required": false,
        "description": "New role of the service account in the project.",
        "schema": {
          "type": "string",
          "enum": [
            "member",
            "owner"
          ]
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "created_at"
    ],
    "target": "service account {service_account_id} of project {project_id}",
    "example": [
      "projects:service-accounts",
      "update",
      "proj_abc",
      "svc_acct_abc",
      "--name",
      "Nightly batch (EU)"
    ]
  },
  {
    "operationId": "delete-project-service-account",
    "resource": "projects:service-accounts",
    "verb": "delete",
    "fullResource": "admin:organization:projects:service-accounts",
    "method": "DELETE",
    "path": "/organization/projects/{project_id}/service_accounts/{service_account_id}",
    "summary": "Delete project service account",
    "description": "Deletes a service account from the project, which also revokes its API keys.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "service_account_id",
        "flag": "service-account-id",
        "in": "path",
        "required": true,
        "description": "ID of the service account.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/service_accounts",
          "pagination": "last_id",
          "by": "name",
          "prefix": "svc_acct_",
          "noun": "service account"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/projects/{project_id}/service_accounts/{service_account_id}",
    "target": "service account {service_account_id} of project {project_id}",
    "example": [
      "projects:service-accounts",
      "delete",
      "proj_abc",
      "svc_acct_abc"
    ]
  },
  {
    "operationId": "CreateanAPIkeyforaserviceaccount",
    "resource": "projects:service-accounts:api-keys",
    "verb": "create",
    "fullResource": "admin:organization:projects:service-accounts:api-keys",
    "method": "POST",
    "path": "/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys",
    "summary": "Create service account API key",
    "description": "Issues a new API key for a service account of the project. The key's value appears in this response only.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "service_account_id",
        "flag": "service-account-id",
        "in": "path",
        "required": true,
        "description": "ID of the service account.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "not": {
            "enum": [
              ".",
              ".."
            ]
          }
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/service_accounts",
          "pagination": "last_id",
          "by": "name",
          "prefix": "svc_acct_",
          "noun": "service account"
        }
      },
      {
        "name": "name",
        "flag": "name",
        "in": "body",
        "required": false,
        "description": "Name of the key.",
        "schema": {
          "type": "string"
        }
      },
      {
        "name": "scopes",
        "flag": "scopes",
        "aliases": [
          "scope"
        ],
        "in": "body",
        "required": false,
        "description": "Scopes the key is limited to.",
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
    "secrets": [
      "value"
    ],
    "times": [
      "created_at"
    ],
    "target": "api keys of service account {service_account_id}",
    "example": [
      "projects:service-accounts:api-keys",
      "create",
      "proj_abc",
      "svc_acct_abc",
      "--name",
      "Rotation 2024-04"
    ]
  },
  {
    "operationId": "list-project-users",
    "resource": "projects:users",
    "verb": "list",
    "fullResource": "admin:organization:projects:users",
    "method": "GET",
    "path": "/organization/projects/{project_id}/users",
    "summary": "List project users",
    "description": "Lists the organization users who are members of a project, with their project role.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
      "data[].added_at"
    ],
    "target": "users of project {project_id}",
    "example": [
      "projects:users",
      "list",
      "proj_abc"
    ]
  },
  {
    "operationId": "create-project-user",
    "resource": "projects:users",
    "verb": "create",
    "fullResource": "admin:organization:projects:users",
    "method": "POST",
    "path": "/organization/projects/{project_id}/users",
    "summary": "Create project user",
    "description": "Adds an organization member to the project with a project role. The user must already belong to the organization.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "user_id",
        "flag": "user-id",
        "in": "body",
        "required": false,
        "description": "ID of the organization user to add.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      },
      {
        "name": "email",
        "flag": "email",
        "in": "body",
        "required": false,
        "description": "Email address of the organization user to add.",
        "schema": {
          "type": "string",
          "nullable": true,
          "format": "email"
        }
      },
      {
        "name": "role",
        "flag": "role",
        "in": "body",
        "required": true,
        "description": "Project role to give: `owner` or `member`.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "added_at"
    ],
    "target": "users of project {project_id}",
    "example": [
      "projects:users",
      "create",
      "proj_abc",
      "--user-id",
      "user_def",
      "--role",
      "member"
    ]
  },
  {
    "operationId": "retrieve-project-user",
    "resource": "projects:users",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:users",
    "method": "GET",
    "path": "/organization/projects/{project_id}/users/{user_id}",
    "summary": "Retrieve project user",
    "description": "Returns one member of the project with their project role.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
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
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/users",
          "pagination": "last_id",
          "by": "email",
          "prefix": "user_",
          "noun": "user"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "times": [
      "added_at"
    ],
    "target": "user {user_id} of project {project_id}",
    "example": [
      "projects:users",
      "retrieve",
      "proj_abc",
      "user_abc"
    ]
  },
  {
    "operationId": "modify-project-user",
    "resource": "projects:users",
    "verb": "update",
    "fullResource": "admin:organization:projects:users",
    "method": "POST",
    "path": "/organization/projects/{project_id}/users/{user_id}",
    "summary": "Modify project user",
    "description": "Changes the project role of a project member.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
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
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/users",
          "pagination": "last_id",
          "by": "email",
          "prefix": "user_",
          "noun": "user"
        }
      },
      {
        "name": "role",
        "flag": "role",
        "in": "body",
        "required": false,
        "description": "New project role: `owner` or `member`.",
        "schema": {
          "type": "string",
          "nullable": true
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "times": [
      "added_at"
    ],
    "target": "user {user_id} of project {project_id}",
    "example": [
      "projects:users",
      "update",
      "proj_abc",
      "user_abc",
      "--role",
      "owner"
    ]
  },
  {
    "operationId": "delete-project-user",
    "resource": "projects:users",
    "verb": "delete",
    "fullResource": "admin:organization:projects:users",
    "method": "DELETE",
    "path": "/organization/projects/{project_id}/users/{user_id}",
    "summary": "Delete project user",
    "description": "Removes a user from the project. The user stays a member of the organization.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
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
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/users",
          "pagination": "last_id",
          "by": "email",
          "prefix": "user_",
          "noun": "user"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/projects/{project_id}/users/{user_id}",
    "target": "user {user_id} of project {project_id}",
    "example": [
      "projects:users",
      "delete",
      "proj_abc",
      "user_abc"
    ]
  },
  {
    "operationId": "list-project-user-role-assignments",
    "resource": "projects:users:roles",
    "verb": "list",
    "fullResource": "admin:organization:projects:users:roles",
    "method": "GET",
    "path": "/projects/{project_id}/users/{user_id}/roles",
    "summary": "List project user role assignments",
    "description": "Lists the project roles a user holds in a project, given directly or through a group.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
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
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/users",
          "pagination": "last_id",
          "by": "email",
          "prefix": "user_",
          "noun": "user"
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
      "projects:users:roles",
      "list",
      "proj_abc",
      "user_abc"
    ]
  },
  {
    "operationId": "assign-project-user-role",
    "resource": "projects:users:roles",
    "verb": "create",
    "fullResource": "admin:organization:projects:users:roles",
    "method": "POST",
    "path": "/projects/{project_id}/users/{user_id}/roles",
    "summary": "Assign project role to user",
    "description": "Gives a user a project role in the project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
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
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/users",
          "pagination": "last_id",
          "by": "email",
          "prefix": "user_",
          "noun": "user"
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
      "projects:users:roles",
      "create",
      "proj_abc",
      "user_abc",
      "--role-id",
      "role_01J1F8PROJ01"
    ]
  },
  {
    "operationId": "retrieve-project-user-role",
    "resource": "projects:users:roles",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:users:roles",
    "method": "GET",
    "path": "/projects/{project_id}/users/{user_id}/roles/{role_id}",
    "summary": "Retrieve project user role",
    "description": "Returns one project role a user holds in the project, with how it was assigned.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
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
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/users",
          "pagination": "last_id",
          "by": "email",
          "prefix": "user_",
          "noun": "user"
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
        },
        "lookup": {
          "list": "/projects/{project_id}/users/{user_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
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
      "projects:users:roles",
      "retrieve",
      "proj_abc",
      "user_abc",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "unassign-project-user-role",
    "resource": "projects:users:roles",
    "verb": "delete",
    "fullResource": "admin:organization:projects:users:roles",
    "method": "DELETE",
    "path": "/projects/{project_id}/users/{user_id}/roles/{role_id}",
    "summary": "Unassign project role from user",
    "description": "Takes a project role away from a user in the project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
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
        },
        "lookup": {
          "list": "/organization/projects/{project_id}/users",
          "pagination": "last_id",
          "by": "email",
          "prefix": "user_",
          "noun": "user"
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
        },
        "lookup": {
          "list": "/projects/{project_id}/users/{user_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/projects/{project_id}/users/{user_id}/roles/{role_id}",
    "target": "role {role_id} of user {user_id}",
    "example": [
      "projects:users:roles",
      "delete",
      "proj_abc",
      "user_abc",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "list-project-roles",
    "resource": "projects:roles",
    "verb": "list",
    "fullResource": "admin:organization:projects:roles",
    "method": "GET",
    "path": "/projects/{project_id}/roles",
    "summary": "List project roles",
    "description": "Lists the roles that can be granted inside a project, both custom and predefined.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
    "target": "roles of project {project_id}",
    "example": [
      "projects:roles",
      "list",
      "proj_abc"
    ]
  },
  {
    "operationId": "create-project-role",
    "resource": "projects:roles",
    "verb": "create",
    "fullResource": "admin:organization:projects:roles",
    "method": "POST",
    "path": "/projects/{project_id}/roles",
    "summary": "Create project role",
    "description": "Defines a new custom role that can be granted inside the project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
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
    "target": "roles of project {project_id}",
    "example": [
      "projects:roles",
      "create",
      "proj_abc",
      "--role-name",
      "Fine-tuning Operator",
      "--permissions",
      "api.fine_tuning.jobs.read",
      "--permissions",
      "api.fine_tuning.jobs.write",
      "--description",
      "Runs and monitors fine-tuning jobs in the project"
    ]
  },
  {
    "operationId": "retrieve-project-role",
    "resource": "projects:roles",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:roles",
    "method": "GET",
    "path": "/projects/{project_id}/roles/{role_id}",
    "summary": "Retrieve project role",
    "description": "Returns a single role of the project.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/projects/{project_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "target": "role {role_id} of project {project_id}",
    "example": [
      "projects:roles",
      "retrieve",
      "proj_abc",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "update-project-role",
    "resource": "projects:roles",
    "verb": "update",
    "fullResource": "admin:organization:projects:roles",
    "method": "POST",
    "path": "/projects/{project_id}/roles/{role_id}",
    "summary": "Update project role",
    "description": "Renames a custom project role, or replaces its description or permission set. Fields left out keep their value.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/projects/{project_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
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
    "target": "role {role_id} of project {project_id}",
    "example": [
      "projects:roles",
      "update",
      "proj_abc",
      "role_01J1F8ROLE01",
      "--permissions",
      "api.fine_tuning.jobs.read",
      "--permissions",
      "api.fine_tuning.jobs.write",
      "--permissions",
      "api.files.read"
    ]
  },
  {
    "operationId": "delete-project-role",
    "resource": "projects:roles",
    "verb": "delete",
    "fullResource": "admin:organization:projects:roles",
    "method": "DELETE",
    "path": "/projects/{project_id}/roles/{role_id}",
    "summary": "Delete project role",
    "description": "Removes a custom role from the project. Predefined roles stay.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        },
        "lookup": {
          "list": "/projects/{project_id}/roles",
          "pagination": "next",
          "by": "name",
          "prefix": "role_",
          "noun": "role"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/projects/{project_id}/roles/{role_id}",
    "target": "role {role_id} of project {project_id}",
    "example": [
      "projects:roles",
      "delete",
      "proj_abc",
      "role_01J1F8ROLE01"
    ]
  },
  {
    "operationId": "list-project-rate-limits",
    "resource": "projects:rate-limits",
    "verb": "list",
    "fullResource": "admin:organization:projects:rate-limits",
    "fullVerb": "list-rate-limits",
    "method": "GET",
    "path": "/organization/projects/{project_id}/rate_limits",
    "summary": "List project rate limits",
    "description": "Lists the project's rate limits, one entry per model.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
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
        "description": "Number of rate limits to return.",
        "schema": {
          "type": "integer",
          "default": 100
        }
      }
    ],
    "hasBody": false,
    "pagination": "last_id",
    "destructive": false,
    "target": "rate limits of project {project_id}",
    "example": [
      "projects:rate-limits",
      "list",
      "proj_abc"
    ]
  },
  {
    "operationId": "update-project-rate-limits",
    "resource": "projects:rate-limits",
    "verb": "update",
    "fullResource": "admin:organization:projects:rate-limits",
    "fullVerb": "update-rate-limit",
    "method": "POST",
    "path": "/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
    "summary": "Update project rate limit",
    "description": "Lowers or raises one model's limits for the project. Only the fields sent change; a value cannot exceed what the organization itself is allowed.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "rate_limit_id",
        "flag": "rate-limit-id",
        "in": "path",
        "required": true,
        "description": "ID of the per-model rate limit of the project.",
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
        "name": "max_requests_per_1_minute",
        "flag": "max-requests-per-1-minute",
        "in": "body",
        "required": false,
        "description": "New ceiling on requests per minute.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "max_tokens_per_1_minute",
        "flag": "max-tokens-per-1-minute",
        "in": "body",
        "required": false,
        "description": "New ceiling on tokens per minute.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "max_images_per_1_minute",
        "flag": "max-images-per-1-minute",
        "in": "body",
        "required": false,
        "description": "New ceiling on images per minute (image models only).",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "max_audio_megabytes_per_1_minute",
        "flag": "max-audio-megabytes-per-1-minute",
        "in": "body",
        "required": false,
        "description": "New ceiling on audio megabytes per minute (audio models only).",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "max_requests_per_1_day",
        "flag": "max-requests-per-1-day",
        "in": "body",
        "required": false,
        "description": "New ceiling on requests per day (models with a daily cap only).",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "batch_1_day_max_input_tokens",
        "flag": "batch-1-day-max-input-tokens",
        "in": "body",
        "required": false,
        "description": "New ceiling on input tokens queued through the Batch API per day.",
        "schema": {
          "type": "integer"
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "rate limit {rate_limit_id} of project {project_id}",
    "example": [
      "projects:rate-limits",
      "update",
      "proj_abc",
      "rl_gpt-4o",
      "--max-requests-per-1-minute",
      "500"
    ]
  },
  {
    "operationId": "retrieve-project-hosted-tool-permissions",
    "resource": "projects:hosted-tool-permissions",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:hosted-tool-permissions",
    "method": "GET",
    "path": "/organization/projects/{project_id}/hosted_tool_permissions",
    "summary": "Retrieve project hosted tool permissions",
    "description": "Shows, for each OpenAI-hosted tool, whether requests made in the project may use it.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "target": "hosted tool permissions of project {project_id}",
    "example": [
      "projects:hosted-tool-permissions",
      "retrieve",
      "proj_abc"
    ]
  },
  {
    "operationId": "update-project-hosted-tool-permissions",
    "resource": "projects:hosted-tool-permissions",
    "verb": "update",
    "fullResource": "admin:organization:projects:hosted-tool-permissions",
    "method": "POST",
    "path": "/organization/projects/{project_id}/hosted_tool_permissions",
    "summary": "Update project hosted tool permissions",
    "description": "Turns hosted tools on or off for the project. Tools left out, or sent as null, keep their current setting.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "file_search",
        "flag": "file-search",
        "in": "body",
        "required": false,
        "description": "New setting of the file search tool.",
        "schema": {
          "type": "object",
          "properties": {
            "enabled": {
              "type": "boolean"
            }
          },
          "required": [
            "enabled"
          ],
          "additionalProperties": false,
          "nullable": true
        }
      },
      {
        "name": "web_search",
        "flag": "web-search",
        "in": "body",
        "required": false,
        "description": "New setting of the web search tool.",
        "schema": {
          "type": "object",
          "properties": {
            "enabled": {
              "type": "boolean"
            }
          },
          "required": [
            "enabled"
          ],
          "additionalProperties": false,
          "nullable": true
        }
      },
      {
        "name": "image_generation",
        "flag": "image-generation",
        "in": "body",
        "required": false,
        "description": "New setting of the image generation tool.",
        "schema": {
          "type": "object",
          "properties": {
            "enabled": {
              "type": "boolean"
            }
          },
          "required": [
            "enabled"
          ],
          "additionalProperties": false,
          "nullable": true
        }
      },
      {
        "name": "mcp",
        "flag": "mcp",
        "in": "body",
        "required": false,
        "description": "New setting of remote MCP server calls.",
        "schema": {
          "type": "object",
          "properties": {
            "enabled": {
              "type": "boolean"
            }
          },
          "required": [
            "enabled"
          ],
          "additionalProperties": false,
          "nullable": true
        }
      },
      {
        "name": "code_interpreter",
        "flag": "code-interpreter",
        "in": "body",
        "required": false,
        "description": "New setting of the code interpreter tool.",
        "schema": {
          "type": "object",
          "properties": {
            "enabled": {
              "type": "boolean"
            }
          },
          "required": [
            "enabled"
          ],
          "additionalProperties": false,
          "nullable": true
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "hosted tool permissions of project {project_id}",
    "example": [
      "projects:hosted-tool-permissions",
      "update",
      "proj_abc",
      "--web-search",
      "{\"enabled\":false}",
      "--mcp",
      "{\"enabled\":false}"
    ]
  },
  {
    "operationId": "list-organization-spend-alerts",
    "resource": "spend-alerts",
    "verb": "list",
    "fullResource": "admin:organization:spend-alerts",
    "method": "GET",
    "path": "/organization/spend_alerts",
    "summary": "List organization spend alerts",
    "description": "Lists the spend alerts set on the organization as a whole.",
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
    "target": "spend alerts",
    "example": [
      "spend-alerts",
      "list"
    ]
  },
  {
    "operationId": "create-organization-spend-alert",
    "resource": "spend-alerts",
    "verb": "create",
    "fullResource": "admin:organization:spend-alerts",
    "method": "POST",
    "path": "/organization/spend_alerts",
    "summary": "Create organization spend alert",
    "description": "Adds an alert that emails the listed people once the organization's spend in the period passes the threshold, given in cents.",
    "fields": [
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
    "target": "spend alerts",
    "example": [
      "spend-alerts",
      "create",
      "--threshold-amount",
      "1000000",
      "--currency",
      "USD",
      "--interval",
      "month",
      "--notification-channel",
      "{\"type\":\"email\",\"recipients\":[\"finance@example.com\"],\"subject_prefix\":\"[Org spend]\"}"
    ]
  },
  {
    "operationId": "retrieve-organization-spend-alert",
    "resource": "spend-alerts",
    "verb": "retrieve",
    "fullResource": "admin:organization:spend-alerts",
    "method": "GET",
    "path": "/organization/spend_alerts/{alert_id}",
    "summary": "Retrieve organization spend alert",
    "description": "Returns a single organization spend alert.",
    "fields": [
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
    "target": "spend alert {alert_id}",
    "example": [
      "spend-alerts",
      "retrieve",
      "alert_abc123"
    ]
  },
  {
    "operationId": "update-organization-spend-alert",
    "resource": "spend-alerts",
    "verb": "update",
    "fullResource": "admin:organization:spend-alerts",
    "method": "POST",
    "path": "/organization/spend_alerts/{alert_id}",
    "summary": "Update organization spend alert",
    "description": "Overwrites an organization spend alert; the body must carry every field, as on create.",
    "fields": [
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
    "target": "spend alert {alert_id}",
    "example": [
      "spend-alerts",
      "update",
      "alert_abc123",
      "--threshold-amount",
      "1500000",
      "--currency",
      "USD",
      "--interval",
      "month",
      "--notification-channel",
      "{\"type\":\"email\",\"recipients\":[\"finance@example.com\",\"cfo@example.com\"],\"subject_prefix\":\"[Org spend]\"}"
    ]
  },
  {
    "operationId": "delete-organization-spend-alert",
    "resource": "spend-alerts",
    "verb": "delete",
    "fullResource": "admin:organization:spend-alerts",
    "method": "DELETE",
    "path": "/organization/spend_alerts/{alert_id}",
    "summary": "Delete organization spend alert",
    "description": "Removes an organization spend alert; no more emails are sent for it.",
    "fields": [
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
    "describedBy": "/organization/spend_alerts/{alert_id}",
    "target": "spend alert {alert_id}",
    "example": [
      "spend-alerts",
      "delete",
      "alert_abc123"
    ]
  },
  {
    "operationId": "Getorganizationspendlimit",
    "resource": "spend-limit",
    "verb": "retrieve",
    "fullResource": "admin:organization:spend-limit",
    "method": "GET",
    "path": "/organization/spend_limit",
    "summary": "Retrieve organization spend limit",
    "description": "Shows the organization's hard spend cap and whether it is currently blocking requests.",
    "fields": [],
    "hasBody": false,
    "destructive": false,
    "target": "spend limit",
    "example": [
      "spend-limit",
      "retrieve"
    ]
  },
  {
    "operationId": "Updateorganizationspendlimit",
    "resource": "spend-limit",
    "verb": "update",
    "fullResource": "admin:organization:spend-limit",
    "method": "POST",
    "path": "/organization/spend_limit",
    "summary": "Set organization spend limit",
    "description": "Sets the organization's hard spend cap in cents, replacing any cap already in place.",
    "fields": [
      {
        "name": "threshold_amount",
        "flag": "threshold-amount",
        "in": "body",
        "required": true,
        "description": "Cap in cents, at least 1.",
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      {
        "name": "currency",
        "flag": "currency",
        "in": "body",
        "required": true,
        "description": "Currency of the cap.",
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
        "description": "Period the cap covers.",
        "schema": {
          "type": "string",
          "enum": [
            "month"
          ]
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "spend limit",
    "example": [
      "spend-limit",
      "update",
      "--threshold-amount",
      "5000000",
      "--currency",
      "USD",
      "--interval",
      "month"
    ]
  },
  {
    "operationId": "Deleteorganizationspendlimit",
    "resource": "spend-limit",
    "verb": "delete",
    "fullResource": "admin:organization:spend-limit",
    "method": "DELETE",
    "path": "/organization/spend_limit",
    "summary": "Delete organization spend limit",
    "description": "Drops the organization's hard spend cap, so spend is no longer blocked at any amount.",
    "fields": [],
    "hasBody": false,
    "destructive": true,
    "target": "spend limit",
    "example": [
      "spend-limit",
      "delete"
    ]
  },
  {
    "operationId": "Getprojectspendlimit",
    "resource": "projects:spend-limit",
    "verb": "retrieve",
    "fullResource": "admin:organization:projects:spend-limit",
    "method": "GET",
    "path": "/organization/projects/{project_id}/spend_limit",
    "summary": "Retrieve project spend limit",
    "description": "Shows the project's hard spend cap and whether it is currently blocking the project's requests.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      }
    ],
    "hasBody": false,
    "destructive": false,
    "target": "spend limit of project {project_id}",
    "example": [
      "projects:spend-limit",
      "retrieve",
      "proj_abc"
    ]
  },
  {
    "operationId": "Updateprojectspendlimit",
    "resource": "projects:spend-limit",
    "verb": "update",
    "fullResource": "admin:organization:projects:spend-limit",
    "method": "POST",
    "path": "/organization/projects/{project_id}/spend_limit",
    "summary": "Set project spend limit",
    "description": "Sets the project's hard spend cap in cents, replacing any cap already in place.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      },
      {
        "name": "threshold_amount",
        "flag": "threshold-amount",
        "in": "body",
        "required": true,
        "description": "Cap in cents, at least 1.",
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      {
        "name": "currency",
        "flag": "currency",
        "in": "body",
        "required": true,
        "description": "Currency of the cap.",
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
        "description": "Period the cap covers.",
        "schema": {
          "type": "string",
          "enum": [
            "month"
          ]
        }
      }
    ],
    "hasBody": true,
    "destructive": false,
    "target": "spend limit of project {project_id}",
    "example": [
      "projects:spend-limit",
      "update",
      "proj_abc",
      "--threshold-amount",
      "500000",
      "--currency",
      "USD",
      "--interval",
      "month"
    ]
  },
  {
    "operationId": "Deleteprojectspendlimit",
    "resource": "projects:spend-limit",
    "verb": "delete",
    "fullResource": "admin:organization:projects:spend-limit",
    "method": "DELETE",
    "path": "/organization/projects/{project_id}/spend_limit",
    "summary": "Delete project spend limit",
    "description": "Drops the project's hard spend cap; the organization's cap, if any, still applies.",
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
        },
        "lookup": {
          "list": "/organization/projects",
          "pagination": "last_id",
          "by": "name",
          "prefix": "proj_",
          "noun": "project"
        }
      }
    ],
    "hasBody": false,
    "destructive": true,
    "describedBy": "/organization/projects/{project_id}",
    "target": "spend limit of project {project_id}",
    "example": [
      "projects:spend-limit",
      "delete",
      "proj_abc"
    ]
  },
  {
    "operationId": "retrieve-organization-data-retention",
    "resource": "data-retention",
    "verb": "retrieve",
    "fullResource": "admin:organization:data-retention",
    "method": "GET",
    "path": "/organization/data_retention",
    "summary": "Retrieve organization data retention",
    "description": "Shows which data retention policy applies across the organization. Projects inherit it unless they set their own.",
    "fields": [],
    "hasBody": false,
    "destructive": false,
    "target": "data retention",
    "example": [
      "data-retention",
      "retrieve"
    ]
  },
  {
    "operationId": "update-organization-data-retention",
    "resource": "data-retention",
    "verb": "update",
    "fullResource": "admin:organization:data-retention",
    "method": "POST",
    "path": "/organization/data_retention",
    "summary": "Update organization data retention",
    "description": "Switches the organization to another retention policy; only policies enabled for the organization are accepted.",
    "fields": [
      {
        "name": "retention_type",
        "flag": "retention-type",
        "in": "body",
        "required": true,
        "description": "Retention policy of the organization. Unlike a project's, it has no `organization_default` and no `none`.",
        "schema": {
          "type": "string",
          "enum": [
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
    "target": "data retention",
    "example": [
      "data-retention",
      "update",
      "--retention-type",
      "modified_abuse_monitoring"
    ]
  },
  {
    "operationId": "usage-costs",
    "resource": "costs",
    "verb": "list",
    "fullResource": "admin:organization:usage",
    "fullVerb": "costs",
    "method": "GET",
    "path": "/organization/costs",
    "summary": "Get costs",
    "description": "Reports what the organization spent, in daily buckets over a time window, optionally split by project, line item or API key. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket. Costs are only reported per day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "api_key_ids",
        "flag": "api-key-ids",
        "aliases": [
          "api-key-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity made with these API keys.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per distinct value of these fields: project, line item or API key.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id",
              "line_item",
              "api_key_id"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of daily buckets to return on one page.",
        "schema": {
          "type": "integer",
          "default": 7
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "costs",
    "example": [
      "costs",
      "list",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-audio-speeches",
    "resource": "usage",
    "verb": "audio-speeches",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/audio_speeches",
    "summary": "Get audio speeches usage",
    "description": "Reports text-to-speech activity (characters and requests) in time buckets, optionally filtered and split by project, user, API key or model. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "user_ids",
        "flag": "user-ids",
        "aliases": [
          "user-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity by these users.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "api_key_ids",
        "flag": "api-key-ids",
        "aliases": [
          "api-key-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity made with these API keys.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "models",
        "flag": "models",
        "aliases": [
          "model"
        ],
        "in": "query",
        "required": false,
        "description": "Only count requests to these models.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per distinct value of these fields: project, user, API key or model.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id",
              "user_id",
              "api_key_id",
              "model"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "audio-speeches",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-audio-transcriptions",
    "resource": "usage",
    "verb": "audio-transcriptions",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/audio_transcriptions",
    "summary": "Get audio transcriptions usage",
    "description": "Reports speech-to-text activity (seconds of audio and requests) in time buckets, optionally filtered and split by project, user, API key or model. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "user_ids",
        "flag": "user-ids",
        "aliases": [
          "user-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity by these users.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "api_key_ids",
        "flag": "api-key-ids",
        "aliases": [
          "api-key-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity made with these API keys.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "models",
        "flag": "models",
        "aliases": [
          "model"
        ],
        "in": "query",
        "required": false,
        "description": "Only count requests to these models.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per distinct value of these fields: project, user, API key or model.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id",
              "user_id",
              "api_key_id",
              "model"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "audio-transcriptions",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-code-interpreter-sessions",
    "resource": "usage",
    "verb": "code-interpreter-sessions",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/code_interpreter_sessions",
    "summary": "Get code interpreter sessions usage",
    "description": "Reports how many code interpreter sessions ran in each time bucket, optionally filtered and split by project. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per project.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "code-interpreter-sessions",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-completions",
    "resource": "usage",
    "verb": "completions",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/completions",
    "summary": "Get completions usage",
    "description": "Reports text generation activity (input, cached and output tokens, and requests) in time buckets, optionally filtered and split by project, user, API key, model, Batch API use or service tier. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "user_ids",
        "flag": "user-ids",
        "aliases": [
          "user-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity by these users.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "api_key_ids",
        "flag": "api-key-ids",
        "aliases": [
          "api-key-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity made with these API keys.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "models",
        "flag": "models",
        "aliases": [
          "model"
        ],
        "in": "query",
        "required": false,
        "description": "Only count requests to these models.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      {
        "name": "batch",
        "flag": "batch",
        "in": "query",
        "required": false,
        "description": "`true` counts only Batch API requests, `false` only the others; leave it out to count both.",
        "schema": {
          "type": "boolean"
        }
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per distinct value of these fields: project, user, API key, model, Batch API or not, service tier.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id",
              "user_id",
              "api_key_id",
              "model",
              "batch",
              "service_tier"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "completions",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-embeddings",
    "resource": "usage",
    "verb": "embeddings",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/embeddings",
    "summary": "Get embeddings usage",
    "description": "Reports embeddings activity (tokens embedded and requests) in time buckets, optionally filtered and split by project, user, API key or model. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "user_ids",
        "flag": "user-ids",
        "aliases": [
          "user-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity by these users.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "api_key_ids",
        "flag": "api-key-ids",
        "aliases": [
          "api-key-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity made with these API keys.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "models",
        "flag": "models",
        "aliases": [
          "model"
        ],
        "in": "query",
        "required": false,
        "description": "Only count requests to these models.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per distinct value of these fields: project, user, API key or model.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id",
              "user_id",
              "api_key_id",
              "model"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "embeddings",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-file-search-calls",
    "resource": "usage",
    "verb": "file-search-calls",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/file_search_calls",
    "summary": "Get file search calls usage",
    "description": "Reports how many file search tool calls were made in each time bucket, optionally filtered and split by project, user, API key or vector store. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "user_ids",
        "flag": "user-ids",
        "aliases": [
          "user-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity by these users.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "api_key_ids",
        "flag": "api-key-ids",
        "aliases": [
          "api-key-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity made with these API keys.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "vector_store_ids",
        "flag": "vector-store-ids",
        "aliases": [
          "vector-store-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count searches of these vector stores.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per distinct value of these fields: project, user, API key or vector store.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id",
              "user_id",
              "api_key_id",
              "vector_store_id"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "file-search-calls",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-images",
    "resource": "usage",
    "verb": "images",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/images",
    "summary": "Get images usage",
    "description": "Reports image generation, edit and variation activity (images and requests) in time buckets, optionally filtered and split by source endpoint, size, project, user, API key or model. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "sources",
        "flag": "sources",
        "aliases": [
          "source"
        ],
        "in": "query",
        "required": false,
        "description": "Only count images made by these endpoints: generation, edit or variation.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "image.generation",
              "image.edit",
              "image.variation"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "sizes",
        "flag": "sizes",
        "aliases": [
          "size"
        ],
        "in": "query",
        "required": false,
        "description": "Only count images of these sizes (width x height in pixels).",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "256x256",
              "512x512",
              "1024x1024",
              "1792x1792",
              "1024x1792"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "user_ids",
        "flag": "user-ids",
        "aliases": [
          "user-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity by these users.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "api_key_ids",
        "flag": "api-key-ids",
        "aliases": [
          "api-key-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity made with these API keys.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "models",
        "flag": "models",
        "aliases": [
          "model"
        ],
        "in": "query",
        "required": false,
        "description": "Only count requests to these models.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per distinct value of these fields: project, user, API key, model, image size or source endpoint.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id",
              "user_id",
              "api_key_id",
              "model",
              "size",
              "source"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "images",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-moderations",
    "resource": "usage",
    "verb": "moderations",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/moderations",
    "summary": "Get moderations usage",
    "description": "Reports moderation activity (tokens checked and requests) in time buckets, optionally filtered and split by project, user, API key or model. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "user_ids",
        "flag": "user-ids",
        "aliases": [
          "user-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity by these users.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "api_key_ids",
        "flag": "api-key-ids",
        "aliases": [
          "api-key-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity made with these API keys.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "models",
        "flag": "models",
        "aliases": [
          "model"
        ],
        "in": "query",
        "required": false,
        "description": "Only count requests to these models.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per distinct value of these fields: project, user, API key or model.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id",
              "user_id",
              "api_key_id",
              "model"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "moderations",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-vector-stores",
    "resource": "usage",
    "verb": "vector-stores",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/vector_stores",
    "summary": "Get vector stores usage",
    "description": "Reports the storage held in vector stores in each time bucket, optionally filtered and split by project. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per project.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "vector-stores",
      "--start-time",
      "30d"
    ]
  },
  {
    "operationId": "usage-web-search-calls",
    "resource": "usage",
    "verb": "web-search-calls",
    "fullResource": "admin:organization:usage",
    "method": "GET",
    "path": "/organization/usage/web_search_calls",
    "summary": "Get web search calls usage",
    "description": "Reports web search tool calls (searches, and the model requests that made them) in time buckets, optionally filtered and split by project, user, API key, model or search context size. Page with `page` set to the previous page's `next_page`.",
    "fields": [
      {
        "name": "start_time",
        "flag": "start-time",
        "in": "query",
        "required": true,
        "description": "Beginning of the reporting window, in Unix seconds (inclusive). The first bucket starts here.",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "end_time",
        "flag": "end-time",
        "in": "query",
        "required": false,
        "description": "End of the reporting window, in Unix seconds (exclusive).",
        "schema": {
          "type": "integer",
          "format": "unixtime",
          "minimum": 0
        }
      },
      {
        "name": "bucket_width",
        "flag": "bucket-width",
        "in": "query",
        "required": false,
        "description": "Length of each time bucket: one minute (`1m`), one hour (`1h`) or one day (`1d`).",
        "schema": {
          "type": "string",
          "enum": [
            "1m",
            "1h",
            "1d"
          ],
          "default": "1d"
        }
      },
      {
        "name": "project_ids",
        "flag": "project-ids",
        "aliases": [
          "project-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity in these projects.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "user_ids",
        "flag": "user-ids",
        "aliases": [
          "user-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity by these users.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "api_key_ids",
        "flag": "api-key-ids",
        "aliases": [
          "api-key-id"
        ],
        "in": "query",
        "required": false,
        "description": "Only count activity made with these API keys.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "commaSplits": true
      },
      {
        "name": "models",
        "flag": "models",
        "aliases": [
          "model"
        ],
        "in": "query",
        "required": false,
        "description": "Only count requests to these models.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      {
        "name": "context_levels",
        "flag": "context-levels",
        "aliases": [
          "context-level"
        ],
        "in": "query",
        "required": false,
        "description": "Only count web searches made with these search context sizes.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "low",
              "medium",
              "high"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "group_by",
        "flag": "group-by",
        "in": "query",
        "required": false,
        "description": "Split each bucket into one result per distinct value of these fields: project, user, API key, model or search context size.",
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "project_id",
              "user_id",
              "api_key_id",
              "model",
              "context_level"
            ]
          }
        },
        "commaSplits": true
      },
      {
        "name": "limit",
        "flag": "limit",
        "in": "query",
        "required": false,
        "description": "Largest number of time buckets to return on one page.",
        "schema": {
          "type": "integer"
        }
      },
      {
        "name": "page",
        "flag": "page",
        "in": "query",
        "required": false,
        "description": "Cursor: the `next_page` value of the previous page. Leave it out to get the first page.",
        "schema": {
          "type": "string"
        }
      }
    ],
    "hasBody": false,
    "pagination": "next_page",
    "destructive": false,
    "times": [
      "data[].start_time",
      "data[].end_time"
    ],
    "target": "usage",
    "example": [
      "usage",
      "web-search-calls",
      "--start-time",
      "30d"
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
  },
  {
    "name": "groups",
    "fullName": "admin:organization:groups",
    "description": "Named sets of organization users, created here or synced through SCIM."
  },
  {
    "name": "groups:roles",
    "fullName": "admin:organization:groups:roles",
    "description": "Organization roles granted to a group."
  },
  {
    "name": "groups:users",
    "fullName": "admin:organization:groups:users",
    "description": "Members of a group."
  },
  {
    "name": "projects:groups",
    "fullName": "admin:organization:projects:groups",
    "description": "Groups given access to a project."
  },
  {
    "name": "projects:groups:roles",
    "fullName": "admin:organization:projects:groups:roles",
    "description": "Project roles granted to a group within a project."
  },
  {
    "name": "admin-api-keys",
    "fullName": "admin:organization:admin-api-keys",
    "description": "Organization-level keys that authenticate calls to the Administration API."
  },
  {
    "name": "audit-logs",
    "fullName": "admin:organization:audit-logs",
    "description": "A record of user actions and configuration changes in the organization."
  },
  {
    "name": "certificates",
    "fullName": "admin:organization:certificates",
    "description": "Client certificates uploaded to the organization for mutual TLS, and their organization-wide activation."
  },
  {
    "name": "projects:certificates",
    "fullName": "admin:organization:projects:certificates",
    "description": "Which of the organization's certificates are active in a given project."
  },
  {
    "name": "projects:api-keys",
    "fullName": "admin:organization:projects:api-keys",
    "description": "API keys that users and service accounts hold in a project."
  },
  {
    "name": "projects:service-accounts",
    "fullName": "admin:organization:projects:service-accounts",
    "description": "Service accounts of a project and their API keys."
  },
  {
    "name": "projects:service-accounts:api-keys",
    "fullName": "admin:organization:projects:service-accounts:api-keys",
    "description": "Service accounts of a project and their API keys."
  },
  {
    "name": "projects:users",
    "fullName": "admin:organization:projects:users",
    "description": "Organization users who are members of a project."
  },
  {
    "name": "projects:users:roles",
    "fullName": "admin:organization:projects:users:roles",
    "description": "Project roles assigned to a user within a project."
  },
  {
    "name": "projects:roles",
    "fullName": "admin:organization:projects:roles",
    "description": "Custom and predefined roles scoped to one project."
  },
  {
    "name": "projects:rate-limits",
    "fullName": "admin:organization:projects:rate-limits",
    "description": "Per-model request and token ceilings of a project."
  },
  {
    "name": "projects:hosted-tool-permissions",
    "fullName": "admin:organization:projects:hosted-tool-permissions",
    "description": "Which OpenAI-hosted tools a project may call."
  },
  {
    "name": "spend-alerts",
    "fullName": "admin:organization:spend-alerts",
    "description": "Email alerts when organization spend reaches a threshold."
  },
  {
    "name": "spend-limit",
    "fullName": "admin:organization:spend-limit",
    "description": "Hard monthly spend cap of the organization."
  },
  {
    "name": "projects:spend-limit",
    "fullName": "admin:organization:projects:spend-limit",
    "description": "Hard monthly spend cap of one project."
  },
  {
    "name": "data-retention",
    "fullName": "admin:organization:data-retention",
    "description": "Organization-wide data retention policy."
  },
  {
    "name": "costs",
    "fullName": "admin:organization:usage",
    "description": "What the organization spent, day by day."
  },
  {
    "name": "usage",
    "fullName": "admin:organization:usage",
    "description": "Activity reports of the organization, per API capability, in time buckets."
  }
];
