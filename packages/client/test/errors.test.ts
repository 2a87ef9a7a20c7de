import { afterEach, describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  errorFromResponse,
  InternalServerError,
  NotFoundError,
  OpenAIAdminError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  unwrap,
} from "../src/index.js";
import { clientFor, closeServers, envelope, rejection, replies, startServer } from "./helpers/server.js";

afterEach(closeServers);

const byStatus: [number, typeof APIError][] = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, ConflictError],
  [418, APIError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [503, InternalServerError],
];

async function failure(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<APIError> {
  const server = await startServer(
    replies({ status, headers: { "x-request-id": "req_123", ...headers }, body }),
  );
  const { client } = clientFor(server, { maxRetries: 0 });
  return rejection<APIError>(
    unwrap(client.GET("/organization/users/{user_id}", { params: { path: { user_id: "user_x" } } })),
  );
}

describe("error classes", () => {
  it.each(byStatus)("%i becomes %O with the envelope fields", async (status, ErrorClass) => {
    const error = await failure(
      status,
      envelope("Something is off", "invalid_request_error", "some_code", "user_id"),
    );
    expect(error.constructor).toBe(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(OpenAIAdminError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error).toMatchObject({
      status,
      type: "invalid_request_error",
      code: "some_code",
      param: "user_id",
      requestId: "req_123",
    });
    expect(error.error).toEqual(
      envelope("Something is off", "invalid_request_error", "some_code", "user_id"),
    );
    expect(error.headers?.get("x-request-id")).toBe("req_123");
  });

  it("says status, message, type, code and request id in one line", async () => {
    const error = await failure(
      404,
      envelope("No user found with id 'user_x'", "invalid_request_error", "user_not_found"),
    );
    expect(error.message).toBe(
      "404 Not Found: No user found with id 'user_x' (type: invalid_request_error, code: user_not_found, request id: req_123)",
    );
    expect(String(error)).toBe(`NotFoundError: ${error.message}`);
  });

  it("keeps a proxy's HTML page out of the message", async () => {
    const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>${"body{color:red}".repeat(200)}</style></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>`;
    const server = await startServer((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(page);
    });
    const { client } = clientFor(server, { maxRetries: 0 });
    const error = await rejection<APIError>(unwrap(client.GET("/organization/users")));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe("502 Bad Gateway");
    expect(error.error).toBe(page);
    expect(error.type).toBeNull();
  });

  it("quotes at most 200 characters of a plain-text body", async () => {
    const error = await failure(500, `upstream exploded ${"x".repeat(1000)}`);
    expect(error.message.startsWith("500 Internal Server Error: upstream exploded xxx")).toBe(true);
    expect(error.message.length).toBeLessThan(260);
  });

  it("reads problem+json bodies (as Prism sends for invalid requests)", async () => {
    const error = await failure(422, {
      type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
      title: "Invalid request",
      status: 422,
      detail: "Your request is not valid",
    });
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.message).toMatch(/^422 Unprocessable Entity: Your request is not valid \(type: https:/);
  });

  it("leaves HTTP errors as { error, response } unless the caller unwraps", async () => {
    const server = await startServer(
      replies({ status: 404, body: envelope("No such user", "invalid_request_error", "user_not_found") }),
    );
    const { client } = clientFor(server);
    const { data, error, response } = await client.GET("/organization/users/{user_id}", {
      params: { path: { user_id: "user_x" } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error?.error.code).toBe("user_not_found");
  });

  it("builds the same errors from any Response with errorFromResponse", () => {
    const response = new Response(null, {
      status: 403,
      statusText: "Forbidden",
      headers: { "x-request-id": "req_9" },
    });
    const error = errorFromResponse(response, envelope("Not an owner", "invalid_request_error", null, null));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).toBe(
      "403 Forbidden: Not an owner (type: invalid_request_error, request id: req_9)",
    );
    expect(error).toMatchObject({ code: null, param: null, requestId: "req_9" });
  });
});
