import { errorFromResponse } from "./errors.js";

interface Result {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The data of an openapi-fetch result, or the APIError subclass for its status. */
export async function unwrap<R extends Result>(
  result: R | Promise<R>,
): Promise<Exclude<R["data"], undefined>> {
  const { data, error, response } = await result;
  if (!response.ok) throw errorFromResponse(response, error);
  return data as Exclude<R["data"], undefined>;
}
