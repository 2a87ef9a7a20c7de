// This file is generated from spec/openapi.yaml (sha256 ebb6a32982dda63b).
// Do not edit it by hand: change the spec and run `pnpm generate`.
export const model = {
  "operations": [
    {
      "operationId": "list-users",
      "method": "get",
      "path": "/organization/users",
      "summary": "List users",
      "description": "Lists the users in the organization, optionally filtered by email.",
      "tag": {
        "name": "Users",
        "description": "Members of the organization."
      },
      "pathParams": [],
      "queryParams": [
        {
          "name": "after",
          "in": "query",
          "required": false,
          "description": "Cursor: the `last_id` of the previous page; results start after this object.",
          "schema": {
            "type": "string"
          },
          "example": "user_abc"
        },
        {
          "name": "emails[]",
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
          "example": [
            "user@example.com"
          ]
        },
        {
          "name": "limit",
          "in": "query",
          "required": false,
          "description": "Number of objects to return, 1 to 100.",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 20
          },
          "example": 20
        }
      ],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A page of organization users.",
            "required": [
              "object",
              "data",
              "has_more"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "list",
                "description": "Object type of a list envelope, always `list`."
              },
              "data": {
                "type": "array",
                "description": "The objects on this page.",
                "items": {
                  "type": "object",
                  "description": "A user who is a member of the organization.",
                  "required": [
                    "object",
                    "id",
                    "added_at"
                  ],
                  "properties": {
                    "object": {
                      "type": "string",
                      "const": "organization.user",
                      "description": "Always `organization.user`."
                    },
                    "id": {
                      "type": "string",
                      "description": "User ID, usable in API paths.",
                      "examples": [
                        "user_abc"
                      ]
                    },
                    "added_at": {
                      "type": "integer",
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) when the user was added to the organization.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "name": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Name of the user.",
                      "examples": [
                        "First Last"
                      ]
                    },
                    "email": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Email address of the user.",
                      "examples": [
                        "user@example.com"
                      ],
                      "format": "email"
                    },
                    "role": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Organization role: `owner` or `reader`.",
                      "examples": [
                        "owner",
                        "reader"
                      ]
                    },
                    "is_default": {
                      "type": "boolean",
                      "description": "Whether this is the organization's default user."
                    },
                    "created": {
                      "type": "integer",
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) when the user was created.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "user": {
                      "type": "object",
                      "description": "Nested account details of the user.",
                      "required": [
                        "object",
                        "id"
                      ],
                      "properties": {
                        "object": {
                          "type": "string",
                          "const": "user",
                          "description": "Always `user`."
                        },
                        "id": {
                          "type": "string",
                          "description": "User ID.",
                          "examples": [
                            "user_abc"
                          ]
                        },
                        "email": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "Email address of the account.",
                          "examples": [
                            "user@example.com"
                          ],
                          "format": "email"
                        },
                        "name": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "Name on the account.",
                          "examples": [
                            "First Last"
                          ]
                        },
                        "picture": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "URL of the profile picture.",
                          "examples": [
                            "https://example.com/avatar.png"
                          ],
                          "format": "uri"
                        },
                        "enabled": {
                          "type": [
                            "boolean",
                            "null"
                          ],
                          "description": "Whether the account is enabled (null when the API does not say)."
                        },
                        "banned": {
                          "type": [
                            "boolean",
                            "null"
                          ],
                          "description": "Whether the account is banned."
                        },
                        "banned_at": {
                          "type": [
                            "integer",
                            "null"
                          ],
                          "format": "unixtime",
                          "minimum": 0,
                          "description": "Unix time (seconds) when the account was banned.",
                          "examples": [
                            1711471533
                          ]
                        }
                      }
                    },
                    "is_service_account": {
                      "type": "boolean",
                      "description": "Whether the user is a service account."
                    },
                    "is_scale_tier_authorized_purchaser": {
                      "type": [
                        "boolean",
                        "null"
                      ],
                      "description": "Whether the user may purchase Scale Tier."
                    },
                    "is_scim_managed": {
                      "type": "boolean",
                      "description": "Whether the user is managed through SCIM."
                    },
                    "api_key_last_used_at": {
                      "type": [
                        "integer",
                        "null"
                      ],
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) of the user's last API key use.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "technical_level": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Technical level metadata for the user.",
                      "examples": [
                        "advanced"
                      ]
                    },
                    "developer_persona": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Developer persona metadata for the user.",
                      "examples": [
                        "backend"
                      ]
                    },
                    "projects": {
                      "type": [
                        "object",
                        "null"
                      ],
                      "description": "Projects the user belongs to, when included.",
                      "required": [
                        "object",
                        "data"
                      ],
                      "properties": {
                        "object": {
                          "type": "string",
                          "const": "list",
                          "description": "Object type of a list envelope, always `list`."
                        },
                        "data": {
                          "type": "array",
                          "description": "Project memberships.",
                          "items": {
                            "type": "object",
                            "description": "A project the user belongs to.",
                            "properties": {
                              "id": {
                                "type": [
                                  "string",
                                  "null"
                                ],
                                "description": "Project ID.",
                                "examples": [
                                  "proj_abc"
                                ]
                              },
                              "name": {
                                "type": [
                                  "string",
                                  "null"
                                ],
                                "description": "Project name.",
                                "examples": [
                                  "Project example"
                                ]
                              },
                              "role": {
                                "type": [
                                  "string",
                                  "null"
                                ],
                                "description": "The user's role in the project.",
                                "examples": [
                                  "owner",
                                  "member"
                                ]
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              "first_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the first object on this page (null when the page is empty).",
                "examples": [
                  "user_abc"
                ]
              },
              "last_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the last object on this page; pass it as `after` to fetch the next page (null when the page is empty).",
                "examples": [
                  "user_def"
                ]
              },
              "has_more": {
                "type": "boolean",
                "description": "Whether more objects exist after this page."
              }
            }
          },
          "examples": [
            {
              "name": "one_page",
              "value": {
                "object": "list",
                "data": [
                  {
                    "object": "organization.user",
                    "id": "user_abc",
                    "name": "First Last",
                    "email": "user@example.com",
                    "role": "owner",
                    "added_at": 1711471533
                  },
                  {
                    "object": "organization.user",
                    "id": "user_def",
                    "name": "Grace Hopper",
                    "email": "grace@example.com",
                    "role": "reader",
                    "added_at": 1711558000
                  }
                ],
                "first_id": "user_abc",
                "last_id": "user_def",
                "has_more": false
              }
            },
            {
              "name": "has_more",
              "value": {
                "object": "list",
                "data": [
                  {
                    "object": "organization.user",
                    "id": "user_abc",
                    "name": "First Last",
                    "email": "user@example.com",
                    "role": "owner",
                    "added_at": 1711471533
                  }
                ],
                "first_id": "user_abc",
                "last_id": "user_abc",
                "has_more": true
              }
            },
            {
              "name": "empty",
              "value": {
                "object": "list",
                "data": [],
                "first_id": null,
                "last_id": null,
                "has_more": false
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            },
            {
              "name": "invalid_limit",
              "value": {
                "error": {
                  "message": "Invalid value for 'limit': must be an integer between 1 and 100.",
                  "type": "invalid_request_error",
                  "param": "limit",
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "invalid_email",
              "value": {
                "error": {
                  "message": "Invalid value for 'emails[]': 'user@' is not a valid email address.",
                  "type": "invalid_request_error",
                  "param": "emails[]",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_url",
              "value": {
                "error": {
                  "message": "Invalid URL (GET /v1/organization/users)",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "list",
      "cursor": "last_id",
      "secrets": [],
      "times": [
        "data[].added_at",
        "data[].created",
        "data[].user.banned_at",
        "data[].api_key_last_used_at"
      ],
      "cli": {
        "resource": "users",
        "verb": "list",
        "officialName": "admin:organization:users",
        "officialVerb": "list"
      },
      "destructive": false
    },
    {
      "operationId": "retrieve-user",
      "method": "get",
      "path": "/organization/users/{user_id}",
      "summary": "Retrieve user",
      "description": "Returns one organization user.",
      "tag": {
        "name": "Users",
        "description": "Members of the organization."
      },
      "pathParams": [
        {
          "name": "user_id",
          "in": "path",
          "required": true,
          "description": "ID of the user.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "user_abc"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A user who is a member of the organization.",
            "required": [
              "object",
              "id",
              "added_at"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "organization.user",
                "description": "Always `organization.user`."
              },
              "id": {
                "type": "string",
                "description": "User ID, usable in API paths.",
                "examples": [
                  "user_abc"
                ]
              },
              "added_at": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the user was added to the organization.",
                "examples": [
                  1711471533
                ]
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Name of the user.",
                "examples": [
                  "First Last"
                ]
              },
              "email": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Email address of the user.",
                "examples": [
                  "user@example.com"
                ],
                "format": "email"
              },
              "role": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Organization role: `owner` or `reader`.",
                "examples": [
                  "owner",
                  "reader"
                ]
              },
              "is_default": {
                "type": "boolean",
                "description": "Whether this is the organization's default user."
              },
              "created": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the user was created.",
                "examples": [
                  1711471533
                ]
              },
              "user": {
                "type": "object",
                "description": "Nested account details of the user.",
                "required": [
                  "object",
                  "id"
                ],
                "properties": {
                  "object": {
                    "type": "string",
                    "const": "user",
                    "description": "Always `user`."
                  },
                  "id": {
                    "type": "string",
                    "description": "User ID.",
                    "examples": [
                      "user_abc"
                    ]
                  },
                  "email": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Email address of the account.",
                    "examples": [
                      "user@example.com"
                    ],
                    "format": "email"
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Name on the account.",
                    "examples": [
                      "First Last"
                    ]
                  },
                  "picture": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "URL of the profile picture.",
                    "examples": [
                      "https://example.com/avatar.png"
                    ],
                    "format": "uri"
                  },
                  "enabled": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Whether the account is enabled (null when the API does not say)."
                  },
                  "banned": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Whether the account is banned."
                  },
                  "banned_at": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "unixtime",
                    "minimum": 0,
                    "description": "Unix time (seconds) when the account was banned.",
                    "examples": [
                      1711471533
                    ]
                  }
                }
              },
              "is_service_account": {
                "type": "boolean",
                "description": "Whether the user is a service account."
              },
              "is_scale_tier_authorized_purchaser": {
                "type": [
                  "boolean",
                  "null"
                ],
                "description": "Whether the user may purchase Scale Tier."
              },
              "is_scim_managed": {
                "type": "boolean",
                "description": "Whether the user is managed through SCIM."
              },
              "api_key_last_used_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) of the user's last API key use.",
                "examples": [
                  1711471533
                ]
              },
              "technical_level": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Technical level metadata for the user.",
                "examples": [
                  "advanced"
                ]
              },
              "developer_persona": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Developer persona metadata for the user.",
                "examples": [
                  "backend"
                ]
              },
              "projects": {
                "type": [
                  "object",
                  "null"
                ],
                "description": "Projects the user belongs to, when included.",
                "required": [
                  "object",
                  "data"
                ],
                "properties": {
                  "object": {
                    "type": "string",
                    "const": "list",
                    "description": "Object type of a list envelope, always `list`."
                  },
                  "data": {
                    "type": "array",
                    "description": "Project memberships.",
                    "items": {
                      "type": "object",
                      "description": "A project the user belongs to.",
                      "properties": {
                        "id": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "Project ID.",
                          "examples": [
                            "proj_abc"
                          ]
                        },
                        "name": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "Project name.",
                          "examples": [
                            "Project example"
                          ]
                        },
                        "role": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "The user's role in the project.",
                          "examples": [
                            "owner",
                            "member"
                          ]
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "user",
              "value": {
                "object": "organization.user",
                "id": "user_abc",
                "name": "First Last",
                "email": "user@example.com",
                "role": "owner",
                "added_at": 1711471533
              }
            },
            {
              "name": "detailed",
              "value": {
                "object": "organization.user",
                "id": "user_abc",
                "name": "First Last",
                "email": "user@example.com",
                "role": "owner",
                "added_at": 1711471533,
                "is_default": false,
                "created": 1711470000,
                "is_service_account": false,
                "is_scale_tier_authorized_purchaser": null,
                "is_scim_managed": false,
                "api_key_last_used_at": 1711900000,
                "technical_level": null,
                "developer_persona": null,
                "user": {
                  "object": "user",
                  "id": "user_abc",
                  "email": "user@example.com",
                  "name": "First Last",
                  "picture": null,
                  "enabled": true,
                  "banned": false,
                  "banned_at": null
                },
                "projects": {
                  "object": "list",
                  "data": [
                    {
                      "id": "proj_abc",
                      "name": "Project example",
                      "role": "owner"
                    }
                  ]
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "added_at",
        "created",
        "user.banned_at",
        "api_key_last_used_at"
      ],
      "cli": {
        "resource": "users",
        "verb": "retrieve",
        "officialName": "admin:organization:users",
        "officialVerb": "retrieve"
      },
      "destructive": false
    },
    {
      "operationId": "modify-user",
      "method": "post",
      "path": "/organization/users/{user_id}",
      "summary": "Modify user",
      "description": "Changes a user's organization role or profile metadata.",
      "tag": {
        "name": "Users",
        "description": "Members of the organization."
      },
      "pathParams": [
        {
          "name": "user_id",
          "in": "path",
          "required": true,
          "description": "ID of the user.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "user_abc"
        }
      ],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "Fields to change on an organization user. All optional.",
          "properties": {
            "role": {
              "type": [
                "string",
                "null"
              ],
              "description": "New organization role: `owner` or `reader`.",
              "examples": [
                "owner",
                "reader"
              ]
            },
            "role_id": {
              "type": [
                "string",
                "null"
              ],
              "description": "ID of a role to assign to the user.",
              "examples": [
                "role_01J1F8ROLE01"
              ]
            },
            "technical_level": {
              "type": [
                "string",
                "null"
              ],
              "description": "Technical level metadata.",
              "examples": [
                "advanced"
              ]
            },
            "developer_persona": {
              "type": [
                "string",
                "null"
              ],
              "description": "Developer persona metadata.",
              "examples": [
                "backend"
              ]
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "make_owner",
            "value": {
              "role": "owner"
            }
          },
          {
            "name": "assign_role_id",
            "value": {
              "role_id": "role_01J1F8ROLE01"
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A user who is a member of the organization.",
            "required": [
              "object",
              "id",
              "added_at"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "organization.user",
                "description": "Always `organization.user`."
              },
              "id": {
                "type": "string",
                "description": "User ID, usable in API paths.",
                "examples": [
                  "user_abc"
                ]
              },
              "added_at": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the user was added to the organization.",
                "examples": [
                  1711471533
                ]
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Name of the user.",
                "examples": [
                  "First Last"
                ]
              },
              "email": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Email address of the user.",
                "examples": [
                  "user@example.com"
                ],
                "format": "email"
              },
              "role": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Organization role: `owner` or `reader`.",
                "examples": [
                  "owner",
                  "reader"
                ]
              },
              "is_default": {
                "type": "boolean",
                "description": "Whether this is the organization's default user."
              },
              "created": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the user was created.",
                "examples": [
                  1711471533
                ]
              },
              "user": {
                "type": "object",
                "description": "Nested account details of the user.",
                "required": [
                  "object",
                  "id"
                ],
                "properties": {
                  "object": {
                    "type": "string",
                    "const": "user",
                    "description": "Always `user`."
                  },
                  "id": {
                    "type": "string",
                    "description": "User ID.",
                    "examples": [
                      "user_abc"
                    ]
                  },
                  "email": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Email address of the account.",
                    "examples": [
                      "user@example.com"
                    ],
                    "format": "email"
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Name on the account.",
                    "examples": [
                      "First Last"
                    ]
                  },
                  "picture": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "URL of the profile picture.",
                    "examples": [
                      "https://example.com/avatar.png"
                    ],
                    "format": "uri"
                  },
                  "enabled": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Whether the account is enabled (null when the API does not say)."
                  },
                  "banned": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Whether the account is banned."
                  },
                  "banned_at": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "unixtime",
                    "minimum": 0,
                    "description": "Unix time (seconds) when the account was banned.",
                    "examples": [
                      1711471533
                    ]
                  }
                }
              },
              "is_service_account": {
                "type": "boolean",
                "description": "Whether the user is a service account."
              },
              "is_scale_tier_authorized_purchaser": {
                "type": [
                  "boolean",
                  "null"
                ],
                "description": "Whether the user may purchase Scale Tier."
              },
              "is_scim_managed": {
                "type": "boolean",
                "description": "Whether the user is managed through SCIM."
              },
              "api_key_last_used_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) of the user's last API key use.",
                "examples": [
                  1711471533
                ]
              },
              "technical_level": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Technical level metadata for the user.",
                "examples": [
                  "advanced"
                ]
              },
              "developer_persona": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Developer persona metadata for the user.",
                "examples": [
                  "backend"
                ]
              },
              "projects": {
                "type": [
                  "object",
                  "null"
                ],
                "description": "Projects the user belongs to, when included.",
                "required": [
                  "object",
                  "data"
                ],
                "properties": {
                  "object": {
                    "type": "string",
                    "const": "list",
                    "description": "Object type of a list envelope, always `list`."
                  },
                  "data": {
                    "type": "array",
                    "description": "Project memberships.",
                    "items": {
                      "type": "object",
                      "description": "A project the user belongs to.",
                      "properties": {
                        "id": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "Project ID.",
                          "examples": [
                            "proj_abc"
                          ]
                        },
                        "name": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "Project name.",
                          "examples": [
                            "Project example"
                          ]
                        },
                        "role": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "The user's role in the project.",
                          "examples": [
                            "owner",
                            "member"
                          ]
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "updated",
              "value": {
                "object": "organization.user",
                "id": "user_abc",
                "name": "First Last",
                "email": "user@example.com",
                "role": "owner",
                "added_at": 1711471533
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "unknown_role",
              "value": {
                "error": {
                  "message": "Invalid value for 'role_id': no role with this ID exists in the organization.",
                  "type": "invalid_request_error",
                  "param": "role_id",
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "invalid_role",
              "value": {
                "error": {
                  "message": "Invalid value for 'role': must be 'owner' or 'reader'.",
                  "type": "invalid_request_error",
                  "param": "role",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "added_at",
        "created",
        "user.banned_at",
        "api_key_last_used_at"
      ],
      "cli": {
        "resource": "users",
        "verb": "update",
        "officialName": "admin:organization:users",
        "officialVerb": "update"
      },
      "destructive": false
    },
    {
      "operationId": "delete-user",
      "method": "delete",
      "path": "/organization/users/{user_id}",
      "summary": "Delete user",
      "description": "Removes a user from the organization.",
      "tag": {
        "name": "Users",
        "description": "Members of the organization."
      },
      "pathParams": [
        {
          "name": "user_id",
          "in": "path",
          "required": true,
          "description": "ID of the user.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "user_abc"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Confirmation that a user was removed.",
            "required": [
              "object",
              "id",
              "deleted"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "organization.user.deleted",
                "description": "Always `organization.user.deleted`."
              },
              "id": {
                "type": "string",
                "description": "ID of the deleted object.",
                "examples": [
                  "user_abc"
                ]
              },
              "deleted": {
                "type": "boolean",
                "description": "Whether the deletion succeeded.",
                "examples": [
                  true
                ]
              }
            }
          },
          "examples": [
            {
              "name": "deleted",
              "value": {
                "object": "organization.user.deleted",
                "id": "user_abc",
                "deleted": true
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "users",
        "verb": "delete",
        "officialName": "admin:organization:users",
        "officialVerb": "delete"
      },
      "destructive": true
    },
    {
      "operationId": "list-user-role-assignments",
      "method": "get",
      "path": "/organization/users/{user_id}/roles",
      "summary": "List user organization role assignments",
      "description": "Lists the organization roles assigned to a user, directly or through groups.",
      "tag": {
        "name": "User role assignments",
        "description": "Organization roles assigned to a user."
      },
      "pathParams": [
        {
          "name": "user_id",
          "in": "path",
          "required": true,
          "description": "ID of the user.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "user_abc"
        }
      ],
      "queryParams": [
        {
          "name": "after",
          "in": "query",
          "required": false,
          "description": "Cursor: the `next` value of the previous page.",
          "schema": {
            "type": "string"
          },
          "example": "role_01J1F8ROLE02"
        },
        {
          "name": "limit",
          "in": "query",
          "required": false,
          "description": "Number of results to return, 0 to 1000.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000,
            "default": 1000
          },
          "example": 100
        },
        {
          "name": "order",
          "in": "query",
          "required": false,
          "description": "Sort order of the results (no documented default).",
          "schema": {
            "type": "string",
            "enum": [
              "asc",
              "desc"
            ]
          },
          "example": "asc"
        }
      ],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A page of roles assigned to a user.",
            "required": [
              "object",
              "data",
              "has_more",
              "next"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "list",
                "description": "Object type of a list envelope, always `list`."
              },
              "data": {
                "type": "array",
                "description": "The objects on this page.",
                "items": {
                  "type": "object",
                  "description": "A role assigned to a user, with assignment details.",
                  "required": [
                    "id",
                    "name",
                    "permissions",
                    "resource_type",
                    "predefined_role",
                    "description",
                    "created_at",
                    "updated_at",
                    "created_by",
                    "created_by_user_obj",
                    "metadata",
                    "assignment_sources"
                  ],
                  "properties": {
                    "id": {
                      "type": "string",
                      "description": "Role ID.",
                      "examples": [
                        "role_01J1F8ROLE01"
                      ]
                    },
                    "name": {
                      "type": "string",
                      "description": "Role name.",
                      "examples": [
                        "API Group Manager"
                      ]
                    },
                    "permissions": {
                      "type": "array",
                      "description": "Permissions granted by the role.",
                      "items": {
                        "type": "string",
                        "examples": [
                          "api.groups.read"
                        ]
                      }
                    },
                    "resource_type": {
                      "type": "string",
                      "description": "Resource type the role applies to.",
                      "examples": [
                        "api.organization"
                      ]
                    },
                    "predefined_role": {
                      "type": "boolean",
                      "description": "Whether OpenAI manages the role."
                    },
                    "description": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Role description.",
                      "examples": [
                        "Allows managing organization groups"
                      ]
                    },
                    "created_at": {
                      "type": [
                        "integer",
                        "null"
                      ],
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) when the role was created.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "updated_at": {
                      "type": [
                        "integer",
                        "null"
                      ],
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) when the role was last updated.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "created_by": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "ID of the user who created the role.",
                      "examples": [
                        "user_abc123"
                      ]
                    },
                    "created_by_user_obj": {
                      "type": [
                        "object",
                        "null"
                      ],
                      "description": "The user who created the role, if known.",
                      "properties": {
                        "id": {
                          "type": "string",
                          "description": "User ID.",
                          "examples": [
                            "user_abc123"
                          ]
                        },
                        "name": {
                          "type": "string",
                          "description": "User name.",
                          "examples": [
                            "Ada Lovelace"
                          ]
                        },
                        "email": {
                          "type": "string",
                          "description": "User email.",
                          "examples": [
                            "ada@example.com"
                          ],
                          "format": "email"
                        }
                      }
                    },
                    "metadata": {
                      "type": [
                        "object",
                        "null"
                      ],
                      "description": "Free-form key/value metadata.",
                      "additionalProperties": {
                        "description": "A metadata value, of any JSON type (the API does not restrict it)."
                      }
                    },
                    "assignment_sources": {
                      "type": [
                        "array",
                        "null"
                      ],
                      "description": "Principals the assignment is inherited from; null for a direct assignment.",
                      "items": {
                        "type": "object",
                        "description": "A principal a role assignment is inherited from.",
                        "required": [
                          "principal_id",
                          "principal_type"
                        ],
                        "properties": {
                          "principal_id": {
                            "type": "string",
                            "description": "ID of the principal.",
                            "examples": [
                              "group_01J1F8GROUP1"
                            ]
                          },
                          "principal_type": {
                            "type": "string",
                            "description": "Kind of principal.",
                            "examples": [
                              "group"
                            ]
                          }
                        }
                      }
                    }
                  }
                }
              },
              "has_more": {
                "type": "boolean",
                "description": "Whether more objects exist after this page."
              },
              "next": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Opaque cursor for the next page; pass it as `after`. Null when there are no more results.",
                "examples": [
                  "role_01J1F8ROLE02"
                ]
              }
            }
          },
          "examples": [
            {
              "name": "one_page",
              "value": {
                "object": "list",
                "data": [
                  {
                    "id": "role_01J1F8ROLE01",
                    "name": "API Group Manager",
                    "permissions": [
                      "api.groups.read",
                      "api.groups.write"
                    ],
                    "resource_type": "api.organization",
                    "predefined_role": false,
                    "description": "Allows managing organization groups",
                    "created_at": 1711471533,
                    "updated_at": 1711472599,
                    "created_by": "user_abc123",
                    "created_by_user_obj": {
                      "id": "user_abc123",
                      "name": "Ada Lovelace",
                      "email": "ada@example.com"
                    },
                    "metadata": {},
                    "assignment_sources": null
                  },
                  {
                    "id": "role_01J1F8OWNER0",
                    "name": "Owner",
                    "permissions": [
                      "api.organization.read",
                      "api.organization.write"
                    ],
                    "resource_type": "api.organization",
                    "predefined_role": true,
                    "description": null,
                    "created_at": null,
                    "updated_at": null,
                    "created_by": null,
                    "created_by_user_obj": null,
                    "metadata": null,
                    "assignment_sources": [
                      {
                        "principal_id": "group_01J1F8GROUP1",
                        "principal_type": "group"
                      }
                    ]
                  }
                ],
                "has_more": false,
                "next": null
              }
            },
            {
              "name": "has_more",
              "value": {
                "object": "list",
                "data": [
                  {
                    "id": "role_01J1F8ROLE01",
                    "name": "API Group Manager",
                    "permissions": [
                      "api.groups.read",
                      "api.groups.write"
                    ],
                    "resource_type": "api.organization",
                    "predefined_role": false,
                    "description": "Allows managing organization groups",
                    "created_at": 1711471533,
                    "updated_at": 1711472599,
                    "created_by": "user_abc123",
                    "created_by_user_obj": {
                      "id": "user_abc123",
                      "name": "Ada Lovelace",
                      "email": "ada@example.com"
                    },
                    "metadata": {},
                    "assignment_sources": null
                  }
                ],
                "has_more": true,
                "next": "role_01J1F8OWNER0"
              }
            },
            {
              "name": "empty",
              "value": {
                "object": "list",
                "data": [],
                "has_more": false,
                "next": null
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            },
            {
              "name": "invalid_limit",
              "value": {
                "error": {
                  "message": "Invalid value for 'limit': must be an integer between 0 and 1000.",
                  "type": "invalid_request_error",
                  "param": "limit",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "list",
      "cursor": "next",
      "secrets": [],
      "times": [
        "data[].created_at",
        "data[].updated_at"
      ],
      "cli": {
        "resource": "users:roles",
        "verb": "list",
        "officialName": "admin:organization:users:roles",
        "officialVerb": "list"
      },
      "destructive": false
    },
    {
      "operationId": "assign-user-role",
      "method": "post",
      "path": "/organization/users/{user_id}/roles",
      "summary": "Assign organization role to user",
      "description": "Assigns an organization role to a user.",
      "tag": {
        "name": "User role assignments",
        "description": "Organization roles assigned to a user."
      },
      "pathParams": [
        {
          "name": "user_id",
          "in": "path",
          "required": true,
          "description": "ID of the user.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "user_abc"
        }
      ],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "Role to assign.",
          "required": [
            "role_id"
          ],
          "properties": {
            "role_id": {
              "type": "string",
              "description": "ID of the role to assign.",
              "examples": [
                "role_01J1F8ROLE01"
              ],
              "minLength": 1
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "assign",
            "value": {
              "role_id": "role_01J1F8ROLE01"
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A role assigned to a user.",
            "required": [
              "object",
              "user",
              "role"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "user.role",
                "description": "Always `user.role`."
              },
              "user": {
                "type": "object",
                "description": "A user who is a member of the organization.",
                "required": [
                  "object",
                  "id",
                  "added_at"
                ],
                "properties": {
                  "object": {
                    "type": "string",
                    "const": "organization.user",
                    "description": "Always `organization.user`."
                  },
                  "id": {
                    "type": "string",
                    "description": "User ID, usable in API paths.",
                    "examples": [
                      "user_abc"
                    ]
                  },
                  "added_at": {
                    "type": "integer",
                    "format": "unixtime",
                    "minimum": 0,
                    "description": "Unix time (seconds) when the user was added to the organization.",
                    "examples": [
                      1711471533
                    ]
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Name of the user.",
                    "examples": [
                      "First Last"
                    ]
                  },
                  "email": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Email address of the user.",
                    "examples": [
                      "user@example.com"
                    ],
                    "format": "email"
                  },
                  "role": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Organization role: `owner` or `reader`.",
                    "examples": [
                      "owner",
                      "reader"
                    ]
                  },
                  "is_default": {
                    "type": "boolean",
                    "description": "Whether this is the organization's default user."
                  },
                  "created": {
                    "type": "integer",
                    "format": "unixtime",
                    "minimum": 0,
                    "description": "Unix time (seconds) when the user was created.",
                    "examples": [
                      1711471533
                    ]
                  },
                  "user": {
                    "type": "object",
                    "description": "Nested account details of the user.",
                    "required": [
                      "object",
                      "id"
                    ],
                    "properties": {
                      "object": {
                        "type": "string",
                        "const": "user",
                        "description": "Always `user`."
                      },
                      "id": {
                        "type": "string",
                        "description": "User ID.",
                        "examples": [
                          "user_abc"
                        ]
                      },
                      "email": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Email address of the account.",
                        "examples": [
                          "user@example.com"
                        ],
                        "format": "email"
                      },
                      "name": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Name on the account.",
                        "examples": [
                          "First Last"
                        ]
                      },
                      "picture": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "URL of the profile picture.",
                        "examples": [
                          "https://example.com/avatar.png"
                        ],
                        "format": "uri"
                      },
                      "enabled": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Whether the account is enabled (null when the API does not say)."
                      },
                      "banned": {
                        "type": [
                          "boolean",
                          "null"
                        ],
                        "description": "Whether the account is banned."
                      },
                      "banned_at": {
                        "type": [
                          "integer",
                          "null"
                        ],
                        "format": "unixtime",
                        "minimum": 0,
                        "description": "Unix time (seconds) when the account was banned.",
                        "examples": [
                          1711471533
                        ]
                      }
                    }
                  },
                  "is_service_account": {
                    "type": "boolean",
                    "description": "Whether the user is a service account."
                  },
                  "is_scale_tier_authorized_purchaser": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Whether the user may purchase Scale Tier."
                  },
                  "is_scim_managed": {
                    "type": "boolean",
                    "description": "Whether the user is managed through SCIM."
                  },
                  "api_key_last_used_at": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "unixtime",
                    "minimum": 0,
                    "description": "Unix time (seconds) of the user's last API key use.",
                    "examples": [
                      1711471533
                    ]
                  },
                  "technical_level": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Technical level metadata for the user.",
                    "examples": [
                      "advanced"
                    ]
                  },
                  "developer_persona": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Developer persona metadata for the user.",
                    "examples": [
                      "backend"
                    ]
                  },
                  "projects": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "description": "Projects the user belongs to, when included.",
                    "required": [
                      "object",
                      "data"
                    ],
                    "properties": {
                      "object": {
                        "type": "string",
                        "const": "list",
                        "description": "Object type of a list envelope, always `list`."
                      },
                      "data": {
                        "type": "array",
                        "description": "Project memberships.",
                        "items": {
                          "type": "object",
                          "description": "A project the user belongs to.",
                          "properties": {
                            "id": {
                              "type": [
                                "string",
                                "null"
                              ],
                              "description": "Project ID.",
                              "examples": [
                                "proj_abc"
                              ]
                            },
                            "name": {
                              "type": [
                                "string",
                                "null"
                              ],
                              "description": "Project name.",
                              "examples": [
                                "Project example"
                              ]
                            },
                            "role": {
                              "type": [
                                "string",
                                "null"
                              ],
                              "description": "The user's role in the project.",
                              "examples": [
                                "owner",
                                "member"
                              ]
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              "role": {
                "type": "object",
                "description": "An organization role.",
                "required": [
                  "object",
                  "id",
                  "name",
                  "description",
                  "permissions",
                  "resource_type",
                  "predefined_role"
                ],
                "properties": {
                  "object": {
                    "type": "string",
                    "const": "role",
                    "description": "Always `role`."
                  },
                  "id": {
                    "type": "string",
                    "description": "Role ID.",
                    "examples": [
                      "role_01J1F8ROLE01"
                    ]
                  },
                  "name": {
                    "type": "string",
                    "description": "Unique role name.",
                    "examples": [
                      "API Group Manager"
                    ]
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Role description.",
                    "examples": [
                      "Allows managing organization groups"
                    ]
                  },
                  "permissions": {
                    "type": "array",
                    "description": "Permissions granted by the role.",
                    "items": {
                      "type": "string",
                      "examples": [
                        "api.groups.read"
                      ]
                    }
                  },
                  "resource_type": {
                    "type": "string",
                    "description": "Resource type the role applies to.",
                    "examples": [
                      "api.organization",
                      "api.project"
                    ]
                  },
                  "predefined_role": {
                    "type": "boolean",
                    "description": "Whether OpenAI manages the role."
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "assigned",
              "value": {
                "object": "user.role",
                "user": {
                  "object": "organization.user",
                  "id": "user_abc123",
                  "name": "Ada Lovelace",
                  "email": "ada@example.com",
                  "role": "owner",
                  "added_at": 1711470000
                },
                "role": {
                  "object": "role",
                  "id": "role_01J1F8ROLE01",
                  "name": "API Group Manager",
                  "description": "Allows managing organization groups",
                  "permissions": [
                    "api.groups.read",
                    "api.groups.write"
                  ],
                  "resource_type": "api.organization",
                  "predefined_role": false
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "409",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "conflict",
              "value": {
                "error": {
                  "message": "The request conflicts with the current state of the object.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "conflict"
                }
              }
            },
            {
              "name": "role_already_assigned",
              "value": {
                "error": {
                  "message": "The role role_01J1F8ROLE01 is already assigned to user user_abc.",
                  "type": "invalid_request_error",
                  "param": "role_id",
                  "code": "role_already_assigned"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "unknown_role",
              "value": {
                "error": {
                  "message": "Invalid value for 'role_id': no role with this ID exists in the organization.",
                  "type": "invalid_request_error",
                  "param": "role_id",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "user.added_at",
        "user.created",
        "user.user.banned_at",
        "user.api_key_last_used_at"
      ],
      "cli": {
        "resource": "users:roles",
        "verb": "create",
        "officialName": "admin:organization:users:roles",
        "officialVerb": "create"
      },
      "destructive": false
    },
    {
      "operationId": "retrieve-user-role",
      "method": "get",
      "path": "/organization/users/{user_id}/roles/{role_id}",
      "summary": "Retrieve user organization role",
      "description": "Returns one role assigned to a user, with assignment details.",
      "tag": {
        "name": "User role assignments",
        "description": "Organization roles assigned to a user."
      },
      "pathParams": [
        {
          "name": "user_id",
          "in": "path",
          "required": true,
          "description": "ID of the user.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "user_abc"
        },
        {
          "name": "role_id",
          "in": "path",
          "required": true,
          "description": "ID of the role.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "role_01J1F8ROLE01"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A role assigned to a user, with assignment details.",
            "required": [
              "id",
              "name",
              "permissions",
              "resource_type",
              "predefined_role",
              "description",
              "created_at",
              "updated_at",
              "created_by",
              "created_by_user_obj",
              "metadata",
              "assignment_sources"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "Role ID.",
                "examples": [
                  "role_01J1F8ROLE01"
                ]
              },
              "name": {
                "type": "string",
                "description": "Role name.",
                "examples": [
                  "API Group Manager"
                ]
              },
              "permissions": {
                "type": "array",
                "description": "Permissions granted by the role.",
                "items": {
                  "type": "string",
                  "examples": [
                    "api.groups.read"
                  ]
                }
              },
              "resource_type": {
                "type": "string",
                "description": "Resource type the role applies to.",
                "examples": [
                  "api.organization"
                ]
              },
              "predefined_role": {
                "type": "boolean",
                "description": "Whether OpenAI manages the role."
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Role description.",
                "examples": [
                  "Allows managing organization groups"
                ]
              },
              "created_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the role was created.",
                "examples": [
                  1711471533
                ]
              },
              "updated_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the role was last updated.",
                "examples": [
                  1711471533
                ]
              },
              "created_by": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the user who created the role.",
                "examples": [
                  "user_abc123"
                ]
              },
              "created_by_user_obj": {
                "type": [
                  "object",
                  "null"
                ],
                "description": "The user who created the role, if known.",
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "User ID.",
                    "examples": [
                      "user_abc123"
                    ]
                  },
                  "name": {
                    "type": "string",
                    "description": "User name.",
                    "examples": [
                      "Ada Lovelace"
                    ]
                  },
                  "email": {
                    "type": "string",
                    "description": "User email.",
                    "examples": [
                      "ada@example.com"
                    ],
                    "format": "email"
                  }
                }
              },
              "metadata": {
                "type": [
                  "object",
                  "null"
                ],
                "description": "Free-form key/value metadata.",
                "additionalProperties": {
                  "description": "A metadata value, of any JSON type (the API does not restrict it)."
                }
              },
              "assignment_sources": {
                "type": [
                  "array",
                  "null"
                ],
                "description": "Principals the assignment is inherited from; null for a direct assignment.",
                "items": {
                  "type": "object",
                  "description": "A principal a role assignment is inherited from.",
                  "required": [
                    "principal_id",
                    "principal_type"
                  ],
                  "properties": {
                    "principal_id": {
                      "type": "string",
                      "description": "ID of the principal.",
                      "examples": [
                        "group_01J1F8GROUP1"
                      ]
                    },
                    "principal_type": {
                      "type": "string",
                      "description": "Kind of principal.",
                      "examples": [
                        "group"
                      ]
                    }
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "direct",
              "value": {
                "id": "role_01J1F8ROLE01",
                "name": "API Group Manager",
                "permissions": [
                  "api.groups.read",
                  "api.groups.write"
                ],
                "resource_type": "api.organization",
                "predefined_role": false,
                "description": "Allows managing organization groups",
                "created_at": 1711471533,
                "updated_at": 1711472599,
                "created_by": "user_abc123",
                "created_by_user_obj": {
                  "id": "user_abc123",
                  "name": "Ada Lovelace",
                  "email": "ada@example.com"
                },
                "metadata": {},
                "assignment_sources": null
              }
            },
            {
              "name": "inherited",
              "value": {
                "id": "role_01J1F8OWNER0",
                "name": "Owner",
                "permissions": [
                  "api.organization.read",
                  "api.organization.write"
                ],
                "resource_type": "api.organization",
                "predefined_role": true,
                "description": null,
                "created_at": null,
                "updated_at": null,
                "created_by": null,
                "created_by_user_obj": null,
                "metadata": null,
                "assignment_sources": [
                  {
                    "principal_id": "group_01J1F8GROUP1",
                    "principal_type": "group"
                  }
                ]
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "role_not_assigned",
              "value": {
                "error": {
                  "message": "The role role_xyz is not assigned to user user_abc.",
                  "type": "invalid_request_error",
                  "param": "role_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "created_at",
        "updated_at"
      ],
      "cli": {
        "resource": "users:roles",
        "verb": "retrieve",
        "officialName": "admin:organization:users:roles",
        "officialVerb": "retrieve"
      },
      "destructive": false
    },
    {
      "operationId": "unassign-user-role",
      "method": "delete",
      "path": "/organization/users/{user_id}/roles/{role_id}",
      "summary": "Unassign organization role from user",
      "description": "Removes an organization role from a user.",
      "tag": {
        "name": "User role assignments",
        "description": "Organization roles assigned to a user."
      },
      "pathParams": [
        {
          "name": "user_id",
          "in": "path",
          "required": true,
          "description": "ID of the user.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "user_abc"
        },
        {
          "name": "role_id",
          "in": "path",
          "required": true,
          "description": "ID of the role.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "role_01J1F8ROLE01"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Confirmation that a role was unassigned.",
            "required": [
              "object",
              "deleted"
            ],
            "properties": {
              "object": {
                "type": "string",
                "description": "Object type, e.g. `user.role.deleted`.",
                "examples": [
                  "user.role.deleted"
                ]
              },
              "deleted": {
                "type": "boolean",
                "description": "Whether the assignment was removed.",
                "examples": [
                  true
                ]
              }
            }
          },
          "examples": [
            {
              "name": "unassigned",
              "value": {
                "object": "user.role.deleted",
                "deleted": true
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "role_not_assigned",
              "value": {
                "error": {
                  "message": "The role role_xyz is not assigned to user user_abc.",
                  "type": "invalid_request_error",
                  "param": "role_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "users:roles",
        "verb": "delete",
        "officialName": "admin:organization:users:roles",
        "officialVerb": "delete"
      },
      "destructive": true
    },
    {
      "operationId": "list-roles",
      "method": "get",
      "path": "/organization/roles",
      "summary": "List organization roles",
      "description": "Lists the roles defined for the organization.",
      "tag": {
        "name": "Roles",
        "description": "Custom and predefined organization roles."
      },
      "pathParams": [],
      "queryParams": [
        {
          "name": "after",
          "in": "query",
          "required": false,
          "description": "Cursor: the `next` value of the previous page.",
          "schema": {
            "type": "string"
          },
          "example": "role_01J1F8ROLE02"
        },
        {
          "name": "limit",
          "in": "query",
          "required": false,
          "description": "Number of results to return, 0 to 1000.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000,
            "default": 1000
          },
          "example": 100
        },
        {
          "name": "order",
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
          },
          "example": "asc"
        }
      ],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A page of organization roles.",
            "required": [
              "object",
              "data",
              "has_more",
              "next"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "list",
                "description": "Object type of a list envelope, always `list`."
              },
              "data": {
                "type": "array",
                "description": "The objects on this page.",
                "items": {
                  "type": "object",
                  "description": "An organization role.",
                  "required": [
                    "object",
                    "id",
                    "name",
                    "description",
                    "permissions",
                    "resource_type",
                    "predefined_role"
                  ],
                  "properties": {
                    "object": {
                      "type": "string",
                      "const": "role",
                      "description": "Always `role`."
                    },
                    "id": {
                      "type": "string",
                      "description": "Role ID.",
                      "examples": [
                        "role_01J1F8ROLE01"
                      ]
                    },
                    "name": {
                      "type": "string",
                      "description": "Unique role name.",
                      "examples": [
                        "API Group Manager"
                      ]
                    },
                    "description": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Role description.",
                      "examples": [
                        "Allows managing organization groups"
                      ]
                    },
                    "permissions": {
                      "type": "array",
                      "description": "Permissions granted by the role.",
                      "items": {
                        "type": "string",
                        "examples": [
                          "api.groups.read"
                        ]
                      }
                    },
                    "resource_type": {
                      "type": "string",
                      "description": "Resource type the role applies to.",
                      "examples": [
                        "api.organization",
                        "api.project"
                      ]
                    },
                    "predefined_role": {
                      "type": "boolean",
                      "description": "Whether OpenAI manages the role."
                    }
                  }
                }
              },
              "has_more": {
                "type": "boolean",
                "description": "Whether more objects exist after this page."
              },
              "next": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Opaque cursor for the next page; pass it as `after`. Null when there are no more results.",
                "examples": [
                  "role_01J1F8ROLE02"
                ]
              }
            }
          },
          "examples": [
            {
              "name": "one_page",
              "value": {
                "object": "list",
                "data": [
                  {
                    "object": "role",
                    "id": "role_01J1F8ROLE01",
                    "name": "API Group Manager",
                    "description": "Allows managing organization groups",
                    "permissions": [
                      "api.groups.read",
                      "api.groups.write"
                    ],
                    "resource_type": "api.organization",
                    "predefined_role": false
                  },
                  {
                    "object": "role",
                    "id": "role_01J1F8ROLE02",
                    "name": "Billing Viewer",
                    "description": null,
                    "permissions": [
                      "api.organization.billing.read"
                    ],
                    "resource_type": "api.organization",
                    "predefined_role": false
                  }
                ],
                "has_more": false,
                "next": null
              }
            },
            {
              "name": "has_more",
              "value": {
                "object": "list",
                "data": [
                  {
                    "object": "role",
                    "id": "role_01J1F8ROLE01",
                    "name": "API Group Manager",
                    "description": "Allows managing organization groups",
                    "permissions": [
                      "api.groups.read",
                      "api.groups.write"
                    ],
                    "resource_type": "api.organization",
                    "predefined_role": false
                  }
                ],
                "has_more": true,
                "next": "role_01J1F8ROLE02"
              }
            },
            {
              "name": "empty",
              "value": {
                "object": "list",
                "data": [],
                "has_more": false,
                "next": null
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            },
            {
              "name": "invalid_limit",
              "value": {
                "error": {
                  "message": "Invalid value for 'limit': must be an integer between 0 and 1000.",
                  "type": "invalid_request_error",
                  "param": "limit",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_url",
              "value": {
                "error": {
                  "message": "Invalid URL (GET /v1/organization/roles)",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "list",
      "cursor": "next",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "roles",
        "verb": "list",
        "officialName": "admin:organization:roles",
        "officialVerb": "list"
      },
      "destructive": false
    },
    {
      "operationId": "create-role",
      "method": "post",
      "path": "/organization/roles",
      "summary": "Create organization role",
      "description": "Creates a custom organization role.",
      "tag": {
        "name": "Roles",
        "description": "Custom and predefined organization roles."
      },
      "pathParams": [],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "A new custom role.",
          "required": [
            "role_name",
            "permissions"
          ],
          "properties": {
            "role_name": {
              "type": "string",
              "description": "Unique name of the role.",
              "examples": [
                "API Group Manager"
              ],
              "minLength": 1
            },
            "permissions": {
              "type": "array",
              "description": "Permissions to grant.",
              "items": {
                "type": "string",
                "examples": [
                  "api.groups.read"
                ]
              }
            },
            "description": {
              "type": [
                "string",
                "null"
              ],
              "description": "Role description.",
              "examples": [
                "Allows managing organization groups"
              ]
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "group_manager",
            "value": {
              "role_name": "API Group Manager",
              "permissions": [
                "api.groups.read",
                "api.groups.write"
              ],
              "description": "Allows managing organization groups"
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "An organization role.",
            "required": [
              "object",
              "id",
              "name",
              "description",
              "permissions",
              "resource_type",
              "predefined_role"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "role",
                "description": "Always `role`."
              },
              "id": {
                "type": "string",
                "description": "Role ID.",
                "examples": [
                  "role_01J1F8ROLE01"
                ]
              },
              "name": {
                "type": "string",
                "description": "Unique role name.",
                "examples": [
                  "API Group Manager"
                ]
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Role description.",
                "examples": [
                  "Allows managing organization groups"
                ]
              },
              "permissions": {
                "type": "array",
                "description": "Permissions granted by the role.",
                "items": {
                  "type": "string",
                  "examples": [
                    "api.groups.read"
                  ]
                }
              },
              "resource_type": {
                "type": "string",
                "description": "Resource type the role applies to.",
                "examples": [
                  "api.organization",
                  "api.project"
                ]
              },
              "predefined_role": {
                "type": "boolean",
                "description": "Whether OpenAI manages the role."
              }
            }
          },
          "examples": [
            {
              "name": "created",
              "value": {
                "object": "role",
                "id": "role_01J1F8ROLE01",
                "name": "API Group Manager",
                "description": "Allows managing organization groups",
                "permissions": [
                  "api.groups.read",
                  "api.groups.write"
                ],
                "resource_type": "api.organization",
                "predefined_role": false
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_url",
              "value": {
                "error": {
                  "message": "Invalid URL (POST /v1/organization/roles)",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "409",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "conflict",
              "value": {
                "error": {
                  "message": "The request conflicts with the current state of the object.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "conflict"
                }
              }
            },
            {
              "name": "role_name_taken",
              "value": {
                "error": {
                  "message": "A role named 'API Group Manager' already exists.",
                  "type": "invalid_request_error",
                  "param": "role_name",
                  "code": "role_name_taken"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "unknown_permission",
              "value": {
                "error": {
                  "message": "Invalid value for 'permissions': 'api.unknown.read' is not a known permission.",
                  "type": "invalid_request_error",
                  "param": "permissions",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "roles",
        "verb": "create",
        "officialName": "admin:organization:roles",
        "officialVerb": "create"
      },
      "destructive": false
    },
    {
      "operationId": "retrieve-role",
      "method": "get",
      "path": "/organization/roles/{role_id}",
      "summary": "Retrieve organization role",
      "description": "Returns one organization role.",
      "tag": {
        "name": "Roles",
        "description": "Custom and predefined organization roles."
      },
      "pathParams": [
        {
          "name": "role_id",
          "in": "path",
          "required": true,
          "description": "ID of the role.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "role_01J1F8ROLE01"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "An organization role.",
            "required": [
              "object",
              "id",
              "name",
              "description",
              "permissions",
              "resource_type",
              "predefined_role"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "role",
                "description": "Always `role`."
              },
              "id": {
                "type": "string",
                "description": "Role ID.",
                "examples": [
                  "role_01J1F8ROLE01"
                ]
              },
              "name": {
                "type": "string",
                "description": "Unique role name.",
                "examples": [
                  "API Group Manager"
                ]
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Role description.",
                "examples": [
                  "Allows managing organization groups"
                ]
              },
              "permissions": {
                "type": "array",
                "description": "Permissions granted by the role.",
                "items": {
                  "type": "string",
                  "examples": [
                    "api.groups.read"
                  ]
                }
              },
              "resource_type": {
                "type": "string",
                "description": "Resource type the role applies to.",
                "examples": [
                  "api.organization",
                  "api.project"
                ]
              },
              "predefined_role": {
                "type": "boolean",
                "description": "Whether OpenAI manages the role."
              }
            }
          },
          "examples": [
            {
              "name": "role",
              "value": {
                "object": "role",
                "id": "role_01J1F8ROLE01",
                "name": "API Group Manager",
                "description": "Allows managing organization groups",
                "permissions": [
                  "api.groups.read",
                  "api.groups.write"
                ],
                "resource_type": "api.organization",
                "predefined_role": false
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "roles",
        "verb": "retrieve",
        "officialName": "admin:organization:roles",
        "officialVerb": "retrieve"
      },
      "destructive": false
    },
    {
      "operationId": "update-role",
      "method": "post",
      "path": "/organization/roles/{role_id}",
      "summary": "Update organization role",
      "description": "Changes the name, description or permissions of a custom role.",
      "tag": {
        "name": "Roles",
        "description": "Custom and predefined organization roles."
      },
      "pathParams": [
        {
          "name": "role_id",
          "in": "path",
          "required": true,
          "description": "ID of the role.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "role_01J1F8ROLE01"
        }
      ],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "Fields to change on a role. All optional.",
          "properties": {
            "permissions": {
              "type": [
                "array",
                "null"
              ],
              "description": "New permission list (replaces the old one).",
              "items": {
                "type": "string",
                "examples": [
                  "api.groups.read"
                ]
              }
            },
            "description": {
              "type": [
                "string",
                "null"
              ],
              "description": "New description.",
              "examples": [
                "Allows managing organization groups"
              ]
            },
            "role_name": {
              "type": [
                "string",
                "null"
              ],
              "description": "New role name.",
              "examples": [
                "API Group Manager"
              ]
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "full_update",
            "value": {
              "role_name": "API Group Manager",
              "permissions": [
                "api.groups.read",
                "api.groups.write"
              ],
              "description": "Allows managing organization groups"
            }
          },
          {
            "name": "description_only",
            "value": {
              "description": "Manages groups and their members"
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "An organization role.",
            "required": [
              "object",
              "id",
              "name",
              "description",
              "permissions",
              "resource_type",
              "predefined_role"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "role",
                "description": "Always `role`."
              },
              "id": {
                "type": "string",
                "description": "Role ID.",
                "examples": [
                  "role_01J1F8ROLE01"
                ]
              },
              "name": {
                "type": "string",
                "description": "Unique role name.",
                "examples": [
                  "API Group Manager"
                ]
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Role description.",
                "examples": [
                  "Allows managing organization groups"
                ]
              },
              "permissions": {
                "type": "array",
                "description": "Permissions granted by the role.",
                "items": {
                  "type": "string",
                  "examples": [
                    "api.groups.read"
                  ]
                }
              },
              "resource_type": {
                "type": "string",
                "description": "Resource type the role applies to.",
                "examples": [
                  "api.organization",
                  "api.project"
                ]
              },
              "predefined_role": {
                "type": "boolean",
                "description": "Whether OpenAI manages the role."
              }
            }
          },
          "examples": [
            {
              "name": "updated",
              "value": {
                "object": "role",
                "id": "role_01J1F8ROLE01",
                "name": "API Group Manager",
                "description": "Allows managing organization groups",
                "permissions": [
                  "api.groups.read",
                  "api.groups.write"
                ],
                "resource_type": "api.organization",
                "predefined_role": false
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "409",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "conflict",
              "value": {
                "error": {
                  "message": "The request conflicts with the current state of the object.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "conflict"
                }
              }
            },
            {
              "name": "role_name_taken",
              "value": {
                "error": {
                  "message": "A role named 'API Group Manager' already exists.",
                  "type": "invalid_request_error",
                  "param": "role_name",
                  "code": "role_name_taken"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "unknown_permission",
              "value": {
                "error": {
                  "message": "Invalid value for 'permissions': 'api.unknown.read' is not a known permission.",
                  "type": "invalid_request_error",
                  "param": "permissions",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "roles",
        "verb": "update",
        "officialName": "admin:organization:roles",
        "officialVerb": "update"
      },
      "destructive": false
    },
    {
      "operationId": "delete-role",
      "method": "delete",
      "path": "/organization/roles/{role_id}",
      "summary": "Delete organization role",
      "description": "Deletes a custom role. Predefined roles cannot be deleted.",
      "tag": {
        "name": "Roles",
        "description": "Custom and predefined organization roles."
      },
      "pathParams": [
        {
          "name": "role_id",
          "in": "path",
          "required": true,
          "description": "ID of the role.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "role_01J1F8ROLE01"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Confirmation that a role was deleted.",
            "required": [
              "object",
              "id",
              "deleted"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "role.deleted",
                "description": "Always `role.deleted`."
              },
              "id": {
                "type": "string",
                "description": "ID of the deleted object.",
                "examples": [
                  "role_01J1F8ROLE01"
                ]
              },
              "deleted": {
                "type": "boolean",
                "description": "Whether the deletion succeeded.",
                "examples": [
                  true
                ]
              }
            }
          },
          "examples": [
            {
              "name": "deleted",
              "value": {
                "object": "role.deleted",
                "id": "role_01J1F8ROLE01",
                "deleted": true
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "roles",
        "verb": "delete",
        "officialName": "admin:organization:roles",
        "officialVerb": "delete"
      },
      "destructive": true
    },
    {
      "operationId": "list-invites",
      "method": "get",
      "path": "/organization/invites",
      "summary": "List invites",
      "description": "Lists the organization's invites.",
      "tag": {
        "name": "Invites",
        "description": "Invitations to join the organization."
      },
      "pathParams": [],
      "queryParams": [
        {
          "name": "after",
          "in": "query",
          "required": false,
          "description": "Cursor: the `last_id` of the previous page; results start after this object.",
          "schema": {
            "type": "string"
          },
          "example": "user_abc"
        },
        {
          "name": "limit",
          "in": "query",
          "required": false,
          "description": "Number of objects to return, 1 to 100.",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 20
          },
          "example": 20
        }
      ],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A page of invites.",
            "required": [
              "object",
              "data",
              "has_more"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "list",
                "description": "Object type of a list envelope, always `list`."
              },
              "data": {
                "type": "array",
                "description": "The objects on this page.",
                "items": {
                  "type": "object",
                  "description": "An invitation to join the organization.",
                  "required": [
                    "object",
                    "id",
                    "email",
                    "role",
                    "status",
                    "created_at",
                    "projects"
                  ],
                  "properties": {
                    "object": {
                      "type": "string",
                      "const": "organization.invite",
                      "description": "Always `organization.invite`."
                    },
                    "id": {
                      "type": "string",
                      "description": "Invite ID.",
                      "examples": [
                        "invite-abc"
                      ]
                    },
                    "email": {
                      "type": "string",
                      "description": "Email address the invite was sent to.",
                      "examples": [
                        "user@example.com"
                      ],
                      "format": "email"
                    },
                    "role": {
                      "type": "string",
                      "enum": [
                        "owner",
                        "reader"
                      ],
                      "description": "Organization role granted on acceptance."
                    },
                    "status": {
                      "type": "string",
                      "enum": [
                        "accepted",
                        "expired",
                        "pending"
                      ],
                      "description": "Invite status."
                    },
                    "created_at": {
                      "type": "integer",
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) when the invite was sent.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "expires_at": {
                      "type": [
                        "integer",
                        "null"
                      ],
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) when the invite expires.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "accepted_at": {
                      "type": [
                        "integer",
                        "null"
                      ],
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) when the invite was accepted.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "projects": {
                      "type": "array",
                      "description": "Projects the invitee joins on acceptance.",
                      "items": {
                        "type": "object",
                        "description": "A project membership granted by an invite.",
                        "required": [
                          "id",
                          "role"
                        ],
                        "properties": {
                          "id": {
                            "type": "string",
                            "description": "Project ID.",
                            "examples": [
                              "project-abc"
                            ]
                          },
                          "role": {
                            "type": "string",
                            "enum": [
                              "member",
                              "owner"
                            ],
                            "description": "Role in the project."
                          }
                        }
                      }
                    }
                  }
                }
              },
              "first_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the first object on this page (null when the page is empty).",
                "examples": [
                  "user_abc"
                ]
              },
              "last_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the last object on this page; pass it as `after` to fetch the next page (null when the page is empty).",
                "examples": [
                  "user_def"
                ]
              },
              "has_more": {
                "type": "boolean",
                "description": "Whether more objects exist after this page."
              }
            }
          },
          "examples": [
            {
              "name": "one_page",
              "value": {
                "object": "list",
                "data": [
                  {
                    "object": "organization.invite",
                    "id": "invite-abc",
                    "email": "user@example.com",
                    "role": "owner",
                    "status": "accepted",
                    "created_at": 1711471533,
                    "expires_at": 1712076333,
                    "accepted_at": 1711471600,
                    "projects": []
                  },
                  {
                    "object": "organization.invite",
                    "id": "invite-def",
                    "email": "anotheruser@example.com",
                    "role": "reader",
                    "status": "pending",
                    "created_at": 1711471533,
                    "expires_at": 1712076333,
                    "accepted_at": null,
                    "projects": [
                      {
                        "id": "project-xyz",
                        "role": "member"
                      },
                      {
                        "id": "project-abc",
                        "role": "owner"
                      }
                    ]
                  }
                ],
                "first_id": "invite-abc",
                "last_id": "invite-def",
                "has_more": false
              }
            },
            {
              "name": "has_more",
              "value": {
                "object": "list",
                "data": [
                  {
                    "object": "organization.invite",
                    "id": "invite-abc",
                    "email": "user@example.com",
                    "role": "owner",
                    "status": "accepted",
                    "created_at": 1711471533,
                    "expires_at": 1712076333,
                    "accepted_at": 1711471600,
                    "projects": []
                  }
                ],
                "first_id": "invite-abc",
                "last_id": "invite-abc",
                "has_more": true
              }
            },
            {
              "name": "empty",
              "value": {
                "object": "list",
                "data": [],
                "first_id": null,
                "last_id": null,
                "has_more": false
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            },
            {
              "name": "invalid_limit",
              "value": {
                "error": {
                  "message": "Invalid value for 'limit': must be an integer between 1 and 100.",
                  "type": "invalid_request_error",
                  "param": "limit",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_url",
              "value": {
                "error": {
                  "message": "Invalid URL (GET /v1/organization/invites)",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "list",
      "cursor": "last_id",
      "secrets": [],
      "times": [
        "data[].created_at",
        "data[].expires_at",
        "data[].accepted_at"
      ],
      "cli": {
        "resource": "invites",
        "verb": "list",
        "officialName": "admin:organization:invites",
        "officialVerb": "list"
      },
      "destructive": false
    },
    {
      "operationId": "inviteUser",
      "method": "post",
      "path": "/organization/invites",
      "summary": "Create invite",
      "description": "Invites a user to the organization by email, optionally into projects.",
      "tag": {
        "name": "Invites",
        "description": "Invitations to join the organization."
      },
      "pathParams": [],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "An invitation to send.",
          "required": [
            "email",
            "role"
          ],
          "properties": {
            "email": {
              "type": "string",
              "description": "Email address to invite.",
              "examples": [
                "anotheruser@example.com"
              ],
              "format": "email"
            },
            "role": {
              "type": "string",
              "enum": [
                "reader",
                "owner"
              ],
              "description": "Organization role to grant."
            },
            "projects": {
              "type": "array",
              "description": "Projects to add the user to. Omit to use the default project; `[]` adds no project.",
              "items": {
                "type": "object",
                "description": "A project membership the invite grants, as sent.",
                "required": [
                  "id",
                  "role"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "Project ID.",
                    "examples": [
                      "project-abc"
                    ]
                  },
                  "role": {
                    "type": "string",
                    "enum": [
                      "member",
                      "owner"
                    ],
                    "description": "Role in the project."
                  }
                },
                "additionalProperties": false
              }
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "with_projects",
            "value": {
              "email": "anotheruser@example.com",
              "role": "reader",
              "projects": [
                {
                  "id": "project-xyz",
                  "role": "member"
                },
                {
                  "id": "project-abc",
                  "role": "owner"
                }
              ]
            }
          },
          {
            "name": "default_project",
            "value": {
              "email": "user@example.com",
              "role": "owner"
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "An invitation to join the organization.",
            "required": [
              "object",
              "id",
              "email",
              "role",
              "status",
              "created_at",
              "projects"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "organization.invite",
                "description": "Always `organization.invite`."
              },
              "id": {
                "type": "string",
                "description": "Invite ID.",
                "examples": [
                  "invite-abc"
                ]
              },
              "email": {
                "type": "string",
                "description": "Email address the invite was sent to.",
                "examples": [
                  "user@example.com"
                ],
                "format": "email"
              },
              "role": {
                "type": "string",
                "enum": [
                  "owner",
                  "reader"
                ],
                "description": "Organization role granted on acceptance."
              },
              "status": {
                "type": "string",
                "enum": [
                  "accepted",
                  "expired",
                  "pending"
                ],
                "description": "Invite status."
              },
              "created_at": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the invite was sent.",
                "examples": [
                  1711471533
                ]
              },
              "expires_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the invite expires.",
                "examples": [
                  1711471533
                ]
              },
              "accepted_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the invite was accepted.",
                "examples": [
                  1711471533
                ]
              },
              "projects": {
                "type": "array",
                "description": "Projects the invitee joins on acceptance.",
                "items": {
                  "type": "object",
                  "description": "A project membership granted by an invite.",
                  "required": [
                    "id",
                    "role"
                  ],
                  "properties": {
                    "id": {
                      "type": "string",
                      "description": "Project ID.",
                      "examples": [
                        "project-abc"
                      ]
                    },
                    "role": {
                      "type": "string",
                      "enum": [
                        "member",
                        "owner"
                      ],
                      "description": "Role in the project."
                    }
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "created",
              "value": {
                "object": "organization.invite",
                "id": "invite-def",
                "email": "anotheruser@example.com",
                "role": "reader",
                "status": "pending",
                "created_at": 1711471533,
                "expires_at": 1712076333,
                "accepted_at": null,
                "projects": [
                  {
                    "id": "project-xyz",
                    "role": "member"
                  },
                  {
                    "id": "project-abc",
                    "role": "owner"
                  }
                ]
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_url",
              "value": {
                "error": {
                  "message": "Invalid URL (POST /v1/organization/invites)",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "409",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "conflict",
              "value": {
                "error": {
                  "message": "The request conflicts with the current state of the object.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "conflict"
                }
              }
            },
            {
              "name": "user_already_member",
              "value": {
                "error": {
                  "message": "user@example.com is already a member of this organization.",
                  "type": "invalid_request_error",
                  "param": "email",
                  "code": "user_already_member"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "unknown_project",
              "value": {
                "error": {
                  "message": "Invalid value for 'projects': no project with ID 'proj_xyz' exists in the organization.",
                  "type": "invalid_request_error",
                  "param": "projects",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "created_at",
        "expires_at",
        "accepted_at"
      ],
      "cli": {
        "resource": "invites",
        "verb": "create",
        "officialName": "admin:organization:invites",
        "officialVerb": "create"
      },
      "destructive": false
    },
    {
      "operationId": "retrieve-invite",
      "method": "get",
      "path": "/organization/invites/{invite_id}",
      "summary": "Retrieve invite",
      "description": "Returns one invite.",
      "tag": {
        "name": "Invites",
        "description": "Invitations to join the organization."
      },
      "pathParams": [
        {
          "name": "invite_id",
          "in": "path",
          "required": true,
          "description": "ID of the invite.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "invite-abc"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "An invitation to join the organization.",
            "required": [
              "object",
              "id",
              "email",
              "role",
              "status",
              "created_at",
              "projects"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "organization.invite",
                "description": "Always `organization.invite`."
              },
              "id": {
                "type": "string",
                "description": "Invite ID.",
                "examples": [
                  "invite-abc"
                ]
              },
              "email": {
                "type": "string",
                "description": "Email address the invite was sent to.",
                "examples": [
                  "user@example.com"
                ],
                "format": "email"
              },
              "role": {
                "type": "string",
                "enum": [
                  "owner",
                  "reader"
                ],
                "description": "Organization role granted on acceptance."
              },
              "status": {
                "type": "string",
                "enum": [
                  "accepted",
                  "expired",
                  "pending"
                ],
                "description": "Invite status."
              },
              "created_at": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the invite was sent.",
                "examples": [
                  1711471533
                ]
              },
              "expires_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the invite expires.",
                "examples": [
                  1711471533
                ]
              },
              "accepted_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the invite was accepted.",
                "examples": [
                  1711471533
                ]
              },
              "projects": {
                "type": "array",
                "description": "Projects the invitee joins on acceptance.",
                "items": {
                  "type": "object",
                  "description": "A project membership granted by an invite.",
                  "required": [
                    "id",
                    "role"
                  ],
                  "properties": {
                    "id": {
                      "type": "string",
                      "description": "Project ID.",
                      "examples": [
                        "project-abc"
                      ]
                    },
                    "role": {
                      "type": "string",
                      "enum": [
                        "member",
                        "owner"
                      ],
                      "description": "Role in the project."
                    }
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "accepted",
              "value": {
                "object": "organization.invite",
                "id": "invite-abc",
                "email": "user@example.com",
                "role": "owner",
                "status": "accepted",
                "created_at": 1711471533,
                "expires_at": 1712076333,
                "accepted_at": 1711471600,
                "projects": []
              }
            },
            {
              "name": "pending",
              "value": {
                "object": "organization.invite",
                "id": "invite-def",
                "email": "anotheruser@example.com",
                "role": "reader",
                "status": "pending",
                "created_at": 1711471533,
                "expires_at": 1712076333,
                "accepted_at": null,
                "projects": [
                  {
                    "id": "project-xyz",
                    "role": "member"
                  },
                  {
                    "id": "project-abc",
                    "role": "owner"
                  }
                ]
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "created_at",
        "expires_at",
        "accepted_at"
      ],
      "cli": {
        "resource": "invites",
        "verb": "retrieve",
        "officialName": "admin:organization:invites",
        "officialVerb": "retrieve"
      },
      "destructive": false
    },
    {
      "operationId": "delete-invite",
      "method": "delete",
      "path": "/organization/invites/{invite_id}",
      "summary": "Delete invite",
      "description": "Deletes an invite. Accepted invites cannot be deleted.",
      "tag": {
        "name": "Invites",
        "description": "Invitations to join the organization."
      },
      "pathParams": [
        {
          "name": "invite_id",
          "in": "path",
          "required": true,
          "description": "ID of the invite.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "invite-abc"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Confirmation that an invite was deleted.",
            "required": [
              "object",
              "id",
              "deleted"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "organization.invite.deleted",
                "description": "Always `organization.invite.deleted`."
              },
              "id": {
                "type": "string",
                "description": "ID of the deleted object.",
                "examples": [
                  "invite-abc"
                ]
              },
              "deleted": {
                "type": "boolean",
                "description": "Whether the deletion succeeded.",
                "examples": [
                  true
                ]
              }
            }
          },
          "examples": [
            {
              "name": "deleted",
              "value": {
                "object": "organization.invite.deleted",
                "id": "invite-abc",
                "deleted": true
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "409",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "conflict",
              "value": {
                "error": {
                  "message": "The request conflicts with the current state of the object.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "conflict"
                }
              }
            },
            {
              "name": "invite_already_accepted",
              "value": {
                "error": {
                  "message": "The invite invite-abc has already been accepted and cannot be deleted.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invite_already_accepted"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "invites",
        "verb": "delete",
        "officialName": "admin:organization:invites",
        "officialVerb": "delete"
      },
      "destructive": true
    },
    {
      "operationId": "list-projects",
      "method": "get",
      "path": "/organization/projects",
      "summary": "List projects",
      "description": "Lists the organization's projects.",
      "tag": {
        "name": "Projects",
        "description": "Projects in the organization."
      },
      "pathParams": [],
      "queryParams": [
        {
          "name": "after",
          "in": "query",
          "required": false,
          "description": "Cursor: the `last_id` of the previous page; results start after this object.",
          "schema": {
            "type": "string"
          },
          "example": "user_abc"
        },
        {
          "name": "limit",
          "in": "query",
          "required": false,
          "description": "Number of objects to return, 1 to 100.",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 20
          },
          "example": 20
        },
        {
          "name": "include_archived",
          "in": "query",
          "required": false,
          "description": "Whether to include archived projects.",
          "schema": {
            "type": "boolean",
            "default": false
          },
          "example": false
        }
      ],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A page of projects.",
            "required": [
              "object",
              "data",
              "has_more"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "list",
                "description": "Object type of a list envelope, always `list`."
              },
              "data": {
                "type": "array",
                "description": "The objects on this page.",
                "items": {
                  "type": "object",
                  "description": "A project in the organization.",
                  "required": [
                    "id",
                    "object",
                    "created_at"
                  ],
                  "properties": {
                    "id": {
                      "type": "string",
                      "description": "Project ID.",
                      "examples": [
                        "proj_abc"
                      ]
                    },
                    "object": {
                      "type": "string",
                      "const": "organization.project",
                      "description": "Always `organization.project`."
                    },
                    "created_at": {
                      "type": "integer",
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) when the project was created.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "name": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Project name.",
                      "examples": [
                        "Project example"
                      ]
                    },
                    "archived_at": {
                      "type": [
                        "integer",
                        "null"
                      ],
                      "format": "unixtime",
                      "minimum": 0,
                      "description": "Unix time (seconds) when the project was archived, or null.",
                      "examples": [
                        1711471533
                      ]
                    },
                    "status": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "`active` or `archived`.",
                      "examples": [
                        "active",
                        "archived"
                      ]
                    },
                    "external_key_id": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "ID of the external key manager key, if any.",
                      "examples": [
                        "ekm_key_abc"
                      ]
                    },
                    "residency": {
                      "description": "Data residency region, or null.",
                      "anyOf": [
                        {
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
                          "description": "Data residency region of a project."
                        },
                        {
                          "type": "null"
                        }
                      ]
                    }
                  }
                }
              },
              "first_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the first object on this page (null when the page is empty).",
                "examples": [
                  "user_abc"
                ]
              },
              "last_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the last object on this page; pass it as `after` to fetch the next page (null when the page is empty).",
                "examples": [
                  "user_def"
                ]
              },
              "has_more": {
                "type": "boolean",
                "description": "Whether more objects exist after this page."
              }
            }
          },
          "examples": [
            {
              "name": "one_page",
              "value": {
                "object": "list",
                "data": [
                  {
                    "id": "proj_abc",
                    "object": "organization.project",
                    "name": "Project example",
                    "created_at": 1711471533,
                    "archived_at": null,
                    "status": "active",
                    "external_key_id": null,
                    "residency": "GLOBAL"
                  },
                  {
                    "id": "proj_def",
                    "object": "organization.project",
                    "name": "EU analytics",
                    "created_at": 1711560000,
                    "archived_at": null,
                    "status": "active",
                    "external_key_id": null,
                    "residency": "EU_STORAGE_PROCESSING"
                  }
                ],
                "first_id": "proj_abc",
                "last_id": "proj_def",
                "has_more": false
              }
            },
            {
              "name": "has_more",
              "value": {
                "object": "list",
                "data": [
                  {
                    "id": "proj_abc",
                    "object": "organization.project",
                    "name": "Project example",
                    "created_at": 1711471533,
                    "archived_at": null,
                    "status": "active",
                    "external_key_id": null,
                    "residency": "GLOBAL"
                  }
                ],
                "first_id": "proj_abc",
                "last_id": "proj_abc",
                "has_more": true
              }
            },
            {
              "name": "empty",
              "value": {
                "object": "list",
                "data": [],
                "first_id": null,
                "last_id": null,
                "has_more": false
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            },
            {
              "name": "invalid_limit",
              "value": {
                "error": {
                  "message": "Invalid value for 'limit': must be an integer between 1 and 100.",
                  "type": "invalid_request_error",
                  "param": "limit",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_url",
              "value": {
                "error": {
                  "message": "Invalid URL (GET /v1/organization/projects)",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "list",
      "cursor": "last_id",
      "secrets": [],
      "times": [
        "data[].created_at",
        "data[].archived_at"
      ],
      "cli": {
        "resource": "projects",
        "verb": "list",
        "officialName": "admin:organization:projects",
        "officialVerb": "list"
      },
      "destructive": false
    },
    {
      "operationId": "create-project",
      "method": "post",
      "path": "/organization/projects",
      "summary": "Create project",
      "description": "Creates a project. Projects can be archived but not deleted.",
      "tag": {
        "name": "Projects",
        "description": "Projects in the organization."
      },
      "pathParams": [],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "A new project.",
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string",
              "description": "Project name.",
              "examples": [
                "Project ABC"
              ],
              "minLength": 1
            },
            "external_key_id": {
              "type": [
                "string",
                "null"
              ],
              "description": "ID of an external key manager key to use.",
              "examples": [
                "ekm_key_abc"
              ]
            },
            "residency": {
              "description": "Data residency region for the project.",
              "anyOf": [
                {
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
                  "description": "Data residency region of a project."
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "name_only",
            "value": {
              "name": "Project ABC"
            }
          },
          {
            "name": "eu_residency",
            "value": {
              "name": "EU analytics",
              "residency": "EU_STORAGE_PROCESSING"
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A project in the organization.",
            "required": [
              "id",
              "object",
              "created_at"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "Project ID.",
                "examples": [
                  "proj_abc"
                ]
              },
              "object": {
                "type": "string",
                "const": "organization.project",
                "description": "Always `organization.project`."
              },
              "created_at": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the project was created.",
                "examples": [
                  1711471533
                ]
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Project name.",
                "examples": [
                  "Project example"
                ]
              },
              "archived_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the project was archived, or null.",
                "examples": [
                  1711471533
                ]
              },
              "status": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "`active` or `archived`.",
                "examples": [
                  "active",
                  "archived"
                ]
              },
              "external_key_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the external key manager key, if any.",
                "examples": [
                  "ekm_key_abc"
                ]
              },
              "residency": {
                "description": "Data residency region, or null.",
                "anyOf": [
                  {
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
                    "description": "Data residency region of a project."
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          },
          "examples": [
            {
              "name": "created",
              "value": {
                "id": "proj_abc",
                "object": "organization.project",
                "name": "Project ABC",
                "created_at": 1711471533,
                "archived_at": null,
                "status": "active",
                "external_key_id": null,
                "residency": "GLOBAL"
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_url",
              "value": {
                "error": {
                  "message": "Invalid URL (POST /v1/organization/projects)",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "created_at",
        "archived_at"
      ],
      "cli": {
        "resource": "projects",
        "verb": "create",
        "officialName": "admin:organization:projects",
        "officialVerb": "create"
      },
      "destructive": false
    },
    {
      "operationId": "retrieve-project",
      "method": "get",
      "path": "/organization/projects/{project_id}",
      "summary": "Retrieve project",
      "description": "Returns one project.",
      "tag": {
        "name": "Projects",
        "description": "Projects in the organization."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A project in the organization.",
            "required": [
              "id",
              "object",
              "created_at"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "Project ID.",
                "examples": [
                  "proj_abc"
                ]
              },
              "object": {
                "type": "string",
                "const": "organization.project",
                "description": "Always `organization.project`."
              },
              "created_at": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the project was created.",
                "examples": [
                  1711471533
                ]
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Project name.",
                "examples": [
                  "Project example"
                ]
              },
              "archived_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the project was archived, or null.",
                "examples": [
                  1711471533
                ]
              },
              "status": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "`active` or `archived`.",
                "examples": [
                  "active",
                  "archived"
                ]
              },
              "external_key_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the external key manager key, if any.",
                "examples": [
                  "ekm_key_abc"
                ]
              },
              "residency": {
                "description": "Data residency region, or null.",
                "anyOf": [
                  {
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
                    "description": "Data residency region of a project."
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          },
          "examples": [
            {
              "name": "active",
              "value": {
                "id": "proj_abc",
                "object": "organization.project",
                "name": "Project example",
                "created_at": 1711471533,
                "archived_at": null,
                "status": "active",
                "external_key_id": null,
                "residency": "GLOBAL"
              }
            },
            {
              "name": "archived",
              "value": {
                "id": "proj_abc",
                "object": "organization.project",
                "name": "Project DEF",
                "created_at": 1711471533,
                "archived_at": 1711900000,
                "status": "archived",
                "external_key_id": null,
                "residency": "GLOBAL"
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "created_at",
        "archived_at"
      ],
      "cli": {
        "resource": "projects",
        "verb": "retrieve",
        "officialName": "admin:organization:projects",
        "officialVerb": "retrieve"
      },
      "destructive": false
    },
    {
      "operationId": "modify-project",
      "method": "post",
      "path": "/organization/projects/{project_id}",
      "summary": "Modify project",
      "description": "Renames a project or changes its external key. The default project cannot be modified (400).",
      "tag": {
        "name": "Projects",
        "description": "Projects in the organization."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "Fields to change on a project. All optional.",
          "properties": {
            "name": {
              "type": [
                "string",
                "null"
              ],
              "description": "New project name.",
              "examples": [
                "Project DEF"
              ]
            },
            "external_key_id": {
              "type": [
                "string",
                "null"
              ],
              "description": "New external key manager key ID.",
              "examples": [
                "ekm_key_abc"
              ]
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "rename",
            "value": {
              "name": "Project DEF"
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A project in the organization.",
            "required": [
              "id",
              "object",
              "created_at"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "Project ID.",
                "examples": [
                  "proj_abc"
                ]
              },
              "object": {
                "type": "string",
                "const": "organization.project",
                "description": "Always `organization.project`."
              },
              "created_at": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the project was created.",
                "examples": [
                  1711471533
                ]
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Project name.",
                "examples": [
                  "Project example"
                ]
              },
              "archived_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the project was archived, or null.",
                "examples": [
                  1711471533
                ]
              },
              "status": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "`active` or `archived`.",
                "examples": [
                  "active",
                  "archived"
                ]
              },
              "external_key_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the external key manager key, if any.",
                "examples": [
                  "ekm_key_abc"
                ]
              },
              "residency": {
                "description": "Data residency region, or null.",
                "anyOf": [
                  {
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
                    "description": "Data residency region of a project."
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          },
          "examples": [
            {
              "name": "renamed",
              "value": {
                "id": "proj_abc",
                "object": "organization.project",
                "name": "Project DEF",
                "created_at": 1711471533,
                "archived_at": null,
                "status": "active",
                "external_key_id": null,
                "residency": "GLOBAL"
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            },
            {
              "name": "default_project",
              "value": {
                "error": {
                  "message": "The default project cannot be updated.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "409",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "conflict",
              "value": {
                "error": {
                  "message": "The request conflicts with the current state of the object.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "conflict"
                }
              }
            },
            {
              "name": "project_archived",
              "value": {
                "error": {
                  "message": "The project proj_abc is archived.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "project_archived"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "created_at",
        "archived_at"
      ],
      "cli": {
        "resource": "projects",
        "verb": "update",
        "officialName": "admin:organization:projects",
        "officialVerb": "update"
      },
      "destructive": false
    },
    {
      "operationId": "archive-project",
      "method": "post",
      "path": "/organization/projects/{project_id}/archive",
      "summary": "Archive project",
      "description": "Archives a project. Archived projects cannot be used or updated.",
      "tag": {
        "name": "Projects",
        "description": "Projects in the organization."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A project in the organization.",
            "required": [
              "id",
              "object",
              "created_at"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "Project ID.",
                "examples": [
                  "proj_abc"
                ]
              },
              "object": {
                "type": "string",
                "const": "organization.project",
                "description": "Always `organization.project`."
              },
              "created_at": {
                "type": "integer",
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the project was created.",
                "examples": [
                  1711471533
                ]
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Project name.",
                "examples": [
                  "Project example"
                ]
              },
              "archived_at": {
                "type": [
                  "integer",
                  "null"
                ],
                "format": "unixtime",
                "minimum": 0,
                "description": "Unix time (seconds) when the project was archived, or null.",
                "examples": [
                  1711471533
                ]
              },
              "status": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "`active` or `archived`.",
                "examples": [
                  "active",
                  "archived"
                ]
              },
              "external_key_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the external key manager key, if any.",
                "examples": [
                  "ekm_key_abc"
                ]
              },
              "residency": {
                "description": "Data residency region, or null.",
                "anyOf": [
                  {
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
                    "description": "Data residency region of a project."
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          },
          "examples": [
            {
              "name": "archived",
              "value": {
                "id": "proj_abc",
                "object": "organization.project",
                "name": "Project DEF",
                "created_at": 1711471533,
                "archived_at": 1711900000,
                "status": "archived",
                "external_key_id": null,
                "residency": "GLOBAL"
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            },
            {
              "name": "default_project",
              "value": {
                "error": {
                  "message": "The default project cannot be archived.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "409",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "conflict",
              "value": {
                "error": {
                  "message": "The request conflicts with the current state of the object.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "conflict"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [
        "created_at",
        "archived_at"
      ],
      "cli": {
        "resource": "projects",
        "verb": "archive",
        "officialName": "admin:organization:projects",
        "officialVerb": "archive"
      },
      "destructive": true
    },
    {
      "operationId": "retrieve-project-model-permissions",
      "method": "get",
      "path": "/organization/projects/{project_id}/model_permissions",
      "summary": "Retrieve project model permissions",
      "description": "Returns the project's model allow list or deny list.",
      "tag": {
        "name": "Project model permissions",
        "description": "Per-project model allow lists and deny lists."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "The model access policy of a project.",
            "required": [
              "object",
              "mode",
              "model_ids"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "project.model_permissions",
                "description": "Always `project.model_permissions`."
              },
              "mode": {
                "type": "string",
                "enum": [
                  "allow_list",
                  "deny_list"
                ],
                "description": "`allow_list` allows only the listed models; `deny_list` blocks them."
              },
              "model_ids": {
                "type": "array",
                "description": "Model IDs the mode applies to.",
                "items": {
                  "type": "string",
                  "examples": [
                    "gpt-4.1"
                  ]
                }
              }
            }
          },
          "examples": [
            {
              "name": "allow_list",
              "value": {
                "object": "project.model_permissions",
                "mode": "allow_list",
                "model_ids": [
                  "gpt-4.1",
                  "o3"
                ]
              }
            },
            {
              "name": "deny_list",
              "value": {
                "object": "project.model_permissions",
                "mode": "deny_list",
                "model_ids": [
                  "o3"
                ]
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:model-permissions",
        "verb": "retrieve",
        "officialName": "admin:organization:projects:model-permissions",
        "officialVerb": "retrieve"
      },
      "destructive": false
    },
    {
      "operationId": "update-project-model-permissions",
      "method": "post",
      "path": "/organization/projects/{project_id}/model_permissions",
      "summary": "Update project model permissions",
      "description": "Replaces the project's model policy. Model IDs must be visible to the organization.",
      "tag": {
        "name": "Project model permissions",
        "description": "Per-project model allow lists and deny lists."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "A full replacement of the project's model policy.",
          "required": [
            "mode",
            "model_ids"
          ],
          "properties": {
            "mode": {
              "type": "string",
              "enum": [
                "allow_list",
                "deny_list"
              ],
              "description": "`allow_list` allows only the listed models; `deny_list` blocks them."
            },
            "model_ids": {
              "type": "array",
              "description": "Model IDs visible to the organization.",
              "items": {
                "type": "string",
                "examples": [
                  "gpt-4.1"
                ]
              }
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "deny_o3",
            "value": {
              "mode": "deny_list",
              "model_ids": [
                "o3"
              ]
            }
          },
          {
            "name": "allow_two",
            "value": {
              "mode": "allow_list",
              "model_ids": [
                "gpt-4.1",
                "o3"
              ]
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "The model access policy of a project.",
            "required": [
              "object",
              "mode",
              "model_ids"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "project.model_permissions",
                "description": "Always `project.model_permissions`."
              },
              "mode": {
                "type": "string",
                "enum": [
                  "allow_list",
                  "deny_list"
                ],
                "description": "`allow_list` allows only the listed models; `deny_list` blocks them."
              },
              "model_ids": {
                "type": "array",
                "description": "Model IDs the mode applies to.",
                "items": {
                  "type": "string",
                  "examples": [
                    "gpt-4.1"
                  ]
                }
              }
            }
          },
          "examples": [
            {
              "name": "deny_list",
              "value": {
                "object": "project.model_permissions",
                "mode": "deny_list",
                "model_ids": [
                  "o3"
                ]
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "unknown_model",
              "value": {
                "error": {
                  "message": "Model 'gpt-unknown' does not exist or is not visible to this organization.",
                  "type": "invalid_request_error",
                  "param": "model_ids",
                  "code": "model_not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:model-permissions",
        "verb": "update",
        "officialName": "admin:organization:projects:model-permissions",
        "officialVerb": "update"
      },
      "destructive": false
    },
    {
      "operationId": "delete-project-model-permissions",
      "method": "delete",
      "path": "/organization/projects/{project_id}/model_permissions",
      "summary": "Delete project model permissions",
      "description": "Removes the project's model policy.",
      "tag": {
        "name": "Project model permissions",
        "description": "Per-project model allow lists and deny lists."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Confirmation that the policy was removed.",
            "required": [
              "object",
              "deleted"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "project.model_permissions.deleted",
                "description": "Always `project.model_permissions.deleted`."
              },
              "deleted": {
                "type": "boolean",
                "description": "Whether the deletion succeeded.",
                "examples": [
                  true
                ]
              }
            }
          },
          "examples": [
            {
              "name": "deleted",
              "value": {
                "object": "project.model_permissions.deleted",
                "deleted": true
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:model-permissions",
        "verb": "delete",
        "officialName": "admin:organization:projects:model-permissions",
        "officialVerb": "delete"
      },
      "destructive": true
    },
    {
      "operationId": "list-project-spend-alerts",
      "method": "get",
      "path": "/organization/projects/{project_id}/spend_alerts",
      "summary": "List project spend alerts",
      "description": "Lists the project's spend alerts.",
      "tag": {
        "name": "Project spend alerts",
        "description": "Email alerts when project spend reaches a threshold."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [
        {
          "name": "after",
          "in": "query",
          "required": false,
          "description": "Cursor: the `last_id` of the previous page; results start after this object.",
          "schema": {
            "type": "string"
          },
          "example": "user_abc"
        },
        {
          "name": "before",
          "in": "query",
          "required": false,
          "description": "Cursor: the `first_id` of the current page; results end before this object.",
          "schema": {
            "type": "string"
          },
          "example": "alert_def456"
        },
        {
          "name": "limit",
          "in": "query",
          "required": false,
          "description": "Number of alerts to return, 0 to 100.",
          "schema": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100,
            "default": 20
          },
          "example": 20
        },
        {
          "name": "order",
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
          },
          "example": "asc"
        }
      ],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A page of project spend alerts.",
            "required": [
              "object",
              "data",
              "first_id",
              "last_id",
              "has_more"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "list",
                "description": "Object type of a list envelope, always `list`."
              },
              "data": {
                "type": "array",
                "description": "The objects on this page.",
                "items": {
                  "type": "object",
                  "description": "A spend alert on a project.",
                  "required": [
                    "id",
                    "object",
                    "threshold_amount",
                    "currency",
                    "interval",
                    "notification_channel"
                  ],
                  "properties": {
                    "id": {
                      "type": "string",
                      "description": "Alert ID.",
                      "examples": [
                        "alert_abc123"
                      ]
                    },
                    "object": {
                      "type": "string",
                      "const": "project.spend_alert",
                      "description": "Always `project.spend_alert`."
                    },
                    "threshold_amount": {
                      "type": "integer",
                      "minimum": 0,
                      "description": "Threshold in cents (100000 = $1,000).",
                      "examples": [
                        100000
                      ]
                    },
                    "currency": {
                      "type": "string",
                      "enum": [
                        "USD"
                      ],
                      "description": "Currency of the threshold."
                    },
                    "interval": {
                      "type": "string",
                      "enum": [
                        "month"
                      ],
                      "description": "Period the spend is summed over."
                    },
                    "notification_channel": {
                      "type": "object",
                      "description": "Where a spend alert is sent.",
                      "required": [
                        "type",
                        "recipients"
                      ],
                      "properties": {
                        "type": {
                          "type": "string",
                          "const": "email",
                          "description": "Channel type, always `email`."
                        },
                        "recipients": {
                          "type": "array",
                          "description": "Email addresses to notify.",
                          "items": {
                            "type": "string",
                            "format": "email",
                            "examples": [
                              "finance@example.com"
                            ]
                          }
                        },
                        "subject_prefix": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "Prefix for the email subject.",
                          "examples": [
                            "OpenAI spend alert"
                          ]
                        }
                      }
                    }
                  }
                }
              },
              "first_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the first object on this page (null when the page is empty).",
                "examples": [
                  "user_abc"
                ]
              },
              "last_id": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "ID of the last object on this page; pass it as `after` to fetch the next page (null when the page is empty).",
                "examples": [
                  "user_def"
                ]
              },
              "has_more": {
                "type": "boolean",
                "description": "Whether more objects exist after this page."
              }
            }
          },
          "examples": [
            {
              "name": "one_page",
              "value": {
                "object": "list",
                "data": [
                  {
                    "id": "alert_abc123",
                    "object": "project.spend_alert",
                    "threshold_amount": 100000,
                    "currency": "USD",
                    "interval": "month",
                    "notification_channel": {
                      "type": "email",
                      "recipients": [
                        "finance@example.com"
                      ],
                      "subject_prefix": "OpenAI spend alert"
                    }
                  },
                  {
                    "id": "alert_def456",
                    "object": "project.spend_alert",
                    "threshold_amount": 250000,
                    "currency": "USD",
                    "interval": "month",
                    "notification_channel": {
                      "type": "email",
                      "recipients": [
                        "ops@example.com",
                        "cto@example.com"
                      ],
                      "subject_prefix": null
                    }
                  }
                ],
                "first_id": "alert_abc123",
                "last_id": "alert_def456",
                "has_more": false
              }
            },
            {
              "name": "has_more",
              "value": {
                "object": "list",
                "data": [
                  {
                    "id": "alert_abc123",
                    "object": "project.spend_alert",
                    "threshold_amount": 100000,
                    "currency": "USD",
                    "interval": "month",
                    "notification_channel": {
                      "type": "email",
                      "recipients": [
                        "finance@example.com"
                      ],
                      "subject_prefix": "OpenAI spend alert"
                    }
                  }
                ],
                "first_id": "alert_abc123",
                "last_id": "alert_abc123",
                "has_more": true
              }
            },
            {
              "name": "empty",
              "value": {
                "object": "list",
                "data": [],
                "first_id": null,
                "last_id": null,
                "has_more": false
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            },
            {
              "name": "invalid_limit",
              "value": {
                "error": {
                  "message": "Invalid value for 'limit': must be an integer between 0 and 100.",
                  "type": "invalid_request_error",
                  "param": "limit",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "list",
      "cursor": "last_id",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:spend-alerts",
        "verb": "list",
        "officialName": "admin:organization:projects:spend-alerts",
        "officialVerb": "list"
      },
      "destructive": false
    },
    {
      "operationId": "create-project-spend-alert",
      "method": "post",
      "path": "/organization/projects/{project_id}/spend_alerts",
      "summary": "Create project spend alert",
      "description": "Creates a spend alert. The threshold is in cents.",
      "tag": {
        "name": "Project spend alerts",
        "description": "Email alerts when project spend reaches a threshold."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "A spend alert definition (create and full-replacement update).",
          "required": [
            "threshold_amount",
            "currency",
            "interval",
            "notification_channel"
          ],
          "properties": {
            "threshold_amount": {
              "type": "integer",
              "minimum": 0,
              "description": "Threshold in cents.",
              "examples": [
                100000
              ]
            },
            "currency": {
              "type": "string",
              "enum": [
                "USD"
              ],
              "description": "Currency of the threshold."
            },
            "interval": {
              "type": "string",
              "enum": [
                "month"
              ],
              "description": "Period the spend is summed over."
            },
            "notification_channel": {
              "type": "object",
              "description": "Where a spend alert is sent, as sent in a create or update.",
              "required": [
                "type",
                "recipients"
              ],
              "properties": {
                "type": {
                  "type": "string",
                  "const": "email",
                  "description": "Channel type, always `email`."
                },
                "recipients": {
                  "type": "array",
                  "description": "Email addresses to notify.",
                  "items": {
                    "type": "string",
                    "format": "email",
                    "examples": [
                      "finance@example.com"
                    ]
                  }
                },
                "subject_prefix": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Prefix for the email subject.",
                  "examples": [
                    "OpenAI spend alert"
                  ]
                }
              },
              "additionalProperties": false
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "monthly_1000_usd",
            "value": {
              "threshold_amount": 100000,
              "currency": "USD",
              "interval": "month",
              "notification_channel": {
                "type": "email",
                "recipients": [
                  "finance@example.com"
                ],
                "subject_prefix": "OpenAI spend alert"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A spend alert on a project.",
            "required": [
              "id",
              "object",
              "threshold_amount",
              "currency",
              "interval",
              "notification_channel"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "Alert ID.",
                "examples": [
                  "alert_abc123"
                ]
              },
              "object": {
                "type": "string",
                "const": "project.spend_alert",
                "description": "Always `project.spend_alert`."
              },
              "threshold_amount": {
                "type": "integer",
                "minimum": 0,
                "description": "Threshold in cents (100000 = $1,000).",
                "examples": [
                  100000
                ]
              },
              "currency": {
                "type": "string",
                "enum": [
                  "USD"
                ],
                "description": "Currency of the threshold."
              },
              "interval": {
                "type": "string",
                "enum": [
                  "month"
                ],
                "description": "Period the spend is summed over."
              },
              "notification_channel": {
                "type": "object",
                "description": "Where a spend alert is sent.",
                "required": [
                  "type",
                  "recipients"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "email",
                    "description": "Channel type, always `email`."
                  },
                  "recipients": {
                    "type": "array",
                    "description": "Email addresses to notify.",
                    "items": {
                      "type": "string",
                      "format": "email",
                      "examples": [
                        "finance@example.com"
                      ]
                    }
                  },
                  "subject_prefix": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Prefix for the email subject.",
                    "examples": [
                      "OpenAI spend alert"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "created",
              "value": {
                "id": "alert_abc123",
                "object": "project.spend_alert",
                "threshold_amount": 100000,
                "currency": "USD",
                "interval": "month",
                "notification_channel": {
                  "type": "email",
                  "recipients": [
                    "finance@example.com"
                  ],
                  "subject_prefix": "OpenAI spend alert"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "invalid_recipient",
              "value": {
                "error": {
                  "message": "'finance@' is not a valid email address.",
                  "type": "invalid_request_error",
                  "param": "notification_channel.recipients",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:spend-alerts",
        "verb": "create",
        "officialName": "admin:organization:projects:spend-alerts",
        "officialVerb": "create"
      },
      "destructive": false
    },
    {
      "operationId": "retrieve-project-spend-alert",
      "method": "get",
      "path": "/organization/projects/{project_id}/spend_alerts/{alert_id}",
      "summary": "Retrieve project spend alert",
      "description": "Returns one spend alert.",
      "tag": {
        "name": "Project spend alerts",
        "description": "Email alerts when project spend reaches a threshold."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        },
        {
          "name": "alert_id",
          "in": "path",
          "required": true,
          "description": "ID of the spend alert.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "alert_abc123"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A spend alert on a project.",
            "required": [
              "id",
              "object",
              "threshold_amount",
              "currency",
              "interval",
              "notification_channel"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "Alert ID.",
                "examples": [
                  "alert_abc123"
                ]
              },
              "object": {
                "type": "string",
                "const": "project.spend_alert",
                "description": "Always `project.spend_alert`."
              },
              "threshold_amount": {
                "type": "integer",
                "minimum": 0,
                "description": "Threshold in cents (100000 = $1,000).",
                "examples": [
                  100000
                ]
              },
              "currency": {
                "type": "string",
                "enum": [
                  "USD"
                ],
                "description": "Currency of the threshold."
              },
              "interval": {
                "type": "string",
                "enum": [
                  "month"
                ],
                "description": "Period the spend is summed over."
              },
              "notification_channel": {
                "type": "object",
                "description": "Where a spend alert is sent.",
                "required": [
                  "type",
                  "recipients"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "email",
                    "description": "Channel type, always `email`."
                  },
                  "recipients": {
                    "type": "array",
                    "description": "Email addresses to notify.",
                    "items": {
                      "type": "string",
                      "format": "email",
                      "examples": [
                        "finance@example.com"
                      ]
                    }
                  },
                  "subject_prefix": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Prefix for the email subject.",
                    "examples": [
                      "OpenAI spend alert"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "alert",
              "value": {
                "id": "alert_abc123",
                "object": "project.spend_alert",
                "threshold_amount": 100000,
                "currency": "USD",
                "interval": "month",
                "notification_channel": {
                  "type": "email",
                  "recipients": [
                    "finance@example.com"
                  ],
                  "subject_prefix": "OpenAI spend alert"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            },
            {
              "name": "spend_alert_not_found",
              "value": {
                "error": {
                  "message": "The spend alert alert_xyz was not found in project proj_abc.",
                  "type": "invalid_request_error",
                  "param": "alert_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:spend-alerts",
        "verb": "retrieve",
        "officialName": "admin:organization:projects:spend-alerts",
        "officialVerb": "retrieve"
      },
      "destructive": false
    },
    {
      "operationId": "update-project-spend-alert",
      "method": "post",
      "path": "/organization/projects/{project_id}/spend_alerts/{alert_id}",
      "summary": "Update project spend alert",
      "description": "Replaces a spend alert; every field is required.",
      "tag": {
        "name": "Project spend alerts",
        "description": "Email alerts when project spend reaches a threshold."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        },
        {
          "name": "alert_id",
          "in": "path",
          "required": true,
          "description": "ID of the spend alert.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "alert_abc123"
        }
      ],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "A spend alert definition (create and full-replacement update).",
          "required": [
            "threshold_amount",
            "currency",
            "interval",
            "notification_channel"
          ],
          "properties": {
            "threshold_amount": {
              "type": "integer",
              "minimum": 0,
              "description": "Threshold in cents.",
              "examples": [
                100000
              ]
            },
            "currency": {
              "type": "string",
              "enum": [
                "USD"
              ],
              "description": "Currency of the threshold."
            },
            "interval": {
              "type": "string",
              "enum": [
                "month"
              ],
              "description": "Period the spend is summed over."
            },
            "notification_channel": {
              "type": "object",
              "description": "Where a spend alert is sent, as sent in a create or update.",
              "required": [
                "type",
                "recipients"
              ],
              "properties": {
                "type": {
                  "type": "string",
                  "const": "email",
                  "description": "Channel type, always `email`."
                },
                "recipients": {
                  "type": "array",
                  "description": "Email addresses to notify.",
                  "items": {
                    "type": "string",
                    "format": "email",
                    "examples": [
                      "finance@example.com"
                    ]
                  }
                },
                "subject_prefix": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Prefix for the email subject.",
                  "examples": [
                    "OpenAI spend alert"
                  ]
                }
              },
              "additionalProperties": false
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "raise_to_1500_usd",
            "value": {
              "threshold_amount": 150000,
              "currency": "USD",
              "interval": "month",
              "notification_channel": {
                "type": "email",
                "recipients": [
                  "finance@example.com"
                ],
                "subject_prefix": "OpenAI spend alert"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "A spend alert on a project.",
            "required": [
              "id",
              "object",
              "threshold_amount",
              "currency",
              "interval",
              "notification_channel"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "Alert ID.",
                "examples": [
                  "alert_abc123"
                ]
              },
              "object": {
                "type": "string",
                "const": "project.spend_alert",
                "description": "Always `project.spend_alert`."
              },
              "threshold_amount": {
                "type": "integer",
                "minimum": 0,
                "description": "Threshold in cents (100000 = $1,000).",
                "examples": [
                  100000
                ]
              },
              "currency": {
                "type": "string",
                "enum": [
                  "USD"
                ],
                "description": "Currency of the threshold."
              },
              "interval": {
                "type": "string",
                "enum": [
                  "month"
                ],
                "description": "Period the spend is summed over."
              },
              "notification_channel": {
                "type": "object",
                "description": "Where a spend alert is sent.",
                "required": [
                  "type",
                  "recipients"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "email",
                    "description": "Channel type, always `email`."
                  },
                  "recipients": {
                    "type": "array",
                    "description": "Email addresses to notify.",
                    "items": {
                      "type": "string",
                      "format": "email",
                      "examples": [
                        "finance@example.com"
                      ]
                    }
                  },
                  "subject_prefix": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Prefix for the email subject.",
                    "examples": [
                      "OpenAI spend alert"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "updated",
              "value": {
                "id": "alert_abc123",
                "object": "project.spend_alert",
                "threshold_amount": 150000,
                "currency": "USD",
                "interval": "month",
                "notification_channel": {
                  "type": "email",
                  "recipients": [
                    "finance@example.com"
                  ],
                  "subject_prefix": "OpenAI spend alert"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            },
            {
              "name": "spend_alert_not_found",
              "value": {
                "error": {
                  "message": "The spend alert alert_xyz was not found in project proj_abc.",
                  "type": "invalid_request_error",
                  "param": "alert_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "invalid_recipient",
              "value": {
                "error": {
                  "message": "'finance@' is not a valid email address.",
                  "type": "invalid_request_error",
                  "param": "notification_channel.recipients",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:spend-alerts",
        "verb": "update",
        "officialName": "admin:organization:projects:spend-alerts",
        "officialVerb": "update"
      },
      "destructive": false
    },
    {
      "operationId": "delete-project-spend-alert",
      "method": "delete",
      "path": "/organization/projects/{project_id}/spend_alerts/{alert_id}",
      "summary": "Delete project spend alert",
      "description": "Deletes a spend alert.",
      "tag": {
        "name": "Project spend alerts",
        "description": "Email alerts when project spend reaches a threshold."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        },
        {
          "name": "alert_id",
          "in": "path",
          "required": true,
          "description": "ID of the spend alert.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "alert_abc123"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Confirmation that a spend alert was deleted.",
            "required": [
              "object",
              "id",
              "deleted"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "project.spend_alert.deleted",
                "description": "Always `project.spend_alert.deleted`."
              },
              "id": {
                "type": "string",
                "description": "ID of the deleted object.",
                "examples": [
                  "alert_abc123"
                ]
              },
              "deleted": {
                "type": "boolean",
                "description": "Whether the deletion succeeded.",
                "examples": [
                  true
                ]
              }
            }
          },
          "examples": [
            {
              "name": "deleted",
              "value": {
                "id": "alert_abc123",
                "object": "project.spend_alert.deleted",
                "deleted": true
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            },
            {
              "name": "spend_alert_not_found",
              "value": {
                "error": {
                  "message": "The spend alert alert_xyz was not found in project proj_abc.",
                  "type": "invalid_request_error",
                  "param": "alert_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:spend-alerts",
        "verb": "delete",
        "officialName": "admin:organization:projects:spend-alerts",
        "officialVerb": "delete"
      },
      "destructive": true
    },
    {
      "operationId": "retrieve-project-data-retention",
      "method": "get",
      "path": "/organization/projects/{project_id}/data_retention",
      "summary": "Retrieve project data retention",
      "description": "Returns the project's data retention policy.",
      "tag": {
        "name": "Project data retention",
        "description": "Per-project data retention policy."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [],
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "The data retention policy of a project.",
            "required": [
              "object",
              "type"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "project.data_retention",
                "description": "Always `project.data_retention`."
              },
              "type": {
                "type": "string",
                "enum": [
                  "organization_default",
                  "none",
                  "zero_data_retention",
                  "modified_abuse_monitoring",
                  "enhanced_zero_data_retention",
                  "enhanced_modified_abuse_monitoring"
                ],
                "description": "Retention policy; `organization_default` inherits the organization policy."
              }
            }
          },
          "examples": [
            {
              "name": "inherited",
              "value": {
                "object": "project.data_retention",
                "type": "organization_default"
              }
            },
            {
              "name": "overridden",
              "value": {
                "object": "project.data_retention",
                "type": "zero_data_retention"
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:data-retention",
        "verb": "retrieve",
        "officialName": "admin:organization:projects:data-retention",
        "officialVerb": "retrieve"
      },
      "destructive": false
    },
    {
      "operationId": "update-project-data-retention",
      "method": "post",
      "path": "/organization/projects/{project_id}/data_retention",
      "summary": "Update project data retention",
      "description": "Sets the project's retention policy; `organization_default` reverts to the organization policy.",
      "tag": {
        "name": "Project data retention",
        "description": "Per-project data retention policy."
      },
      "pathParams": [
        {
          "name": "project_id",
          "in": "path",
          "required": true,
          "description": "ID of the project.",
          "schema": {
            "description": "An object ID as it appears in a path. `.` and `..` are refused because URLs resolve them as path segments, which would send the request to a different endpoint.",
            "type": "string",
            "minLength": 1,
            "not": {
              "enum": [
                ".",
                ".."
              ]
            }
          },
          "example": "proj_abc"
        }
      ],
      "queryParams": [],
      "requestBody": {
        "required": true,
        "mediaType": "application/json",
        "schema": {
          "type": "object",
          "description": "The retention policy to set. Note the field is `retention_type` here but `type` in the response.",
          "required": [
            "retention_type"
          ],
          "properties": {
            "retention_type": {
              "type": "string",
              "enum": [
                "organization_default",
                "none",
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring"
              ],
              "description": "Retention policy; `organization_default` inherits the organization policy."
            }
          },
          "additionalProperties": false
        },
        "examples": [
          {
            "name": "modified_abuse_monitoring",
            "value": {
              "retention_type": "modified_abuse_monitoring"
            }
          },
          {
            "name": "inherit",
            "value": {
              "retention_type": "organization_default"
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "The data retention policy of a project.",
            "required": [
              "object",
              "type"
            ],
            "properties": {
              "object": {
                "type": "string",
                "const": "project.data_retention",
                "description": "Always `project.data_retention`."
              },
              "type": {
                "type": "string",
                "enum": [
                  "organization_default",
                  "none",
                  "zero_data_retention",
                  "modified_abuse_monitoring",
                  "enhanced_zero_data_retention",
                  "enhanced_modified_abuse_monitoring"
                ],
                "description": "Retention policy; `organization_default` inherits the organization policy."
              }
            }
          },
          "examples": [
            {
              "name": "updated",
              "value": {
                "object": "project.data_retention",
                "type": "modified_abuse_monitoring"
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_request",
              "value": {
                "error": {
                  "message": "The request is invalid. Check the query parameters and the request body.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_request"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "401",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_api_key",
              "value": {
                "error": {
                  "message": "Incorrect API key provided: sk-admin-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_api_key"
                }
              }
            },
            {
              "name": "missing_api_key",
              "value": {
                "error": {
                  "message": "You didn't provide an API key. Send it in the Authorization header as 'Bearer YOUR_ADMIN_KEY'.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "403",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "insufficient_permissions",
              "value": {
                "error": {
                  "message": "This key does not have the permissions required for this operation. Use an Admin API key.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "insufficient_permissions"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "404",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "not_found",
              "value": {
                "error": {
                  "message": "No object found with the ID given in the request path.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "not_found"
                }
              }
            },
            {
              "name": "project_not_found",
              "value": {
                "error": {
                  "message": "The project proj_xyz was not found.",
                  "type": "invalid_request_error",
                  "param": "project_id",
                  "code": "not_found"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "422",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "invalid_value",
              "value": {
                "error": {
                  "message": "One or more values in the request body are invalid.",
                  "type": "invalid_request_error",
                  "param": null,
                  "code": "invalid_value"
                }
              }
            },
            {
              "name": "retention_type_not_allowed",
              "value": {
                "error": {
                  "message": "Invalid value for 'retention_type': zero_data_retention is not enabled for this organization.",
                  "type": "invalid_request_error",
                  "param": "retention_type",
                  "code": "invalid_value"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "429",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "rate_limit_exceeded",
              "value": {
                "error": {
                  "message": "Rate limit reached for organization administration requests. Please try again in 20s.",
                  "type": "requests",
                  "param": null,
                  "code": "rate_limit_exceeded"
                }
              }
            }
          ],
          "headers": [
            {
              "name": "retry-after",
              "required": false,
              "schema": {
                "type": "integer",
                "minimum": 1
              }
            },
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "500",
          "contentType": "application/json",
          "schema": {
            "type": "object",
            "description": "Error envelope returned with every non-2xx response.",
            "required": [
              "error"
            ],
            "properties": {
              "error": {
                "type": "object",
                "description": "Details of an error.",
                "required": [
                  "message",
                  "type",
                  "param",
                  "code"
                ],
                "properties": {
                  "message": {
                    "type": "string",
                    "description": "Human-readable description of the error.",
                    "examples": [
                      "Incorrect API key provided: sk-admin-****abcd."
                    ]
                  },
                  "type": {
                    "type": "string",
                    "description": "Error category.",
                    "examples": [
                      "invalid_request_error"
                    ]
                  },
                  "param": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The request parameter the error relates to, if any.",
                    "examples": [
                      "limit"
                    ]
                  },
                  "code": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Machine-readable error code, if any.",
                    "examples": [
                      "invalid_api_key"
                    ]
                  }
                }
              }
            }
          },
          "examples": [
            {
              "name": "server_error",
              "value": {
                "error": {
                  "message": "The server had an error while processing your request. Sorry about that!",
                  "type": "server_error",
                  "param": null,
                  "code": null
                }
              }
            }
          ],
          "headers": [
            {
              "name": "x-request-id",
              "required": false,
              "schema": {
                "type": "string"
              }
            }
          ]
        }
      ],
      "kind": "object",
      "secrets": [],
      "times": [],
      "cli": {
        "resource": "projects:data-retention",
        "verb": "update",
        "officialName": "admin:organization:projects:data-retention",
        "officialVerb": "update"
      },
      "destructive": false
    }
  ]
};
