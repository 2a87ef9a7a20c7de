// Ids a user, a script or an attacker might pass where an id belongs.
import fc from "fast-check";

/** Pieces that mean something to a URL, a shell, a terminal or a parser. */
export const hostilePieces = [
  "/",
  "..",
  ".",
  "../",
  "..\\",
  "?",
  "#",
  "%",
  "%2e%2e",
  "%2F",
  "%00",
  "&",
  "=",
  "+",
  ";",
  ":",
  "@",
  "\\",
  "{user_id}",
  "$&",
  "'",
  '"',
  "`",
  " ",
  "\t",
  "\n",
  "\r",
  "\u0000",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u202e",
  "\ufeff",
  "é",
  "e\u0301",
  "日本",
  "👩‍💻",
  "http://evil.example/",
  "//evil.example",
  "user_abc",
] as const;

const pieces = fc.constantFrom(...hostilePieces);

/** Ids that must each end up as exactly one path segment (or one query value), decoded back unchanged. */
export const hostileId = (options: { wellFormedOnly?: boolean; noNul?: boolean } = {}) => {
  const arbitraries = [
    fc.string({ unit: pieces, minLength: 1, maxLength: 8 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
    fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 30 }),
    // Around 10,000 characters: hostile pieces repeated.
    fc
      .tuple(fc.string({ unit: pieces, minLength: 1, maxLength: 4 }), fc.constant(10_000))
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
  ];
  if (!options.wellFormedOnly) arbitraries.push(fc.string({ unit: "binary", minLength: 1, maxLength: 20 }));
  const id = fc.oneof(...arbitraries);
  return options.noNul ? id.filter((s) => !s.includes("\u0000")) : id;
};

/** Whether a string has a lone surrogate, which no URL (or argv) can carry. */
export const hasLoneSurrogate = (s: string) =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

/** Named cases that each get their own test, so a failure names the input in its title. */
export const namedIds: [string, string][] = [
  ["dot", "."],
  ["dot-dot", ".."],
  ["dot-dot-slash", "../"],
  ["parent traversal", "../../organization/projects"],
  ["encoded dot-dot", "%2e%2e"],
  ["question mark", "user?limit=1"],
  ["hash", "user#frag"],
  ["percent", "100%"],
  ["space", "user abc"],
  ["unicode", "usér_日本_👩‍💻"],
  ["control characters", "a\u0000b\u001b[31mc\r\nd"],
  ["another host", "//evil.example/x"],
  ["absolute url", "http://evil.example/"],
  ["backslash traversal", "..\\..\\admin"],
  ["10,000 characters", "a/..?#%".repeat(1_429).slice(0, 10_000)],
];

/** Ids that URL parsing treats as "this folder" or "the parent folder" rather than as a name. */
export const isDotSegment = (id: string) => /^(\.|%2e){1,2}$/i.test(id);
