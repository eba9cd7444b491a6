/**
 * The message catalogue: every reason kravkoll gives for a status, in Swedish and English, by
 * id. The judge says which message and with what; formatters put it into words in the reader's
 * language (`--lang`). `{name}` is a parameter; a parameter may itself be a message.
 */

export type Lang = "sv" | "en";

interface Text {
  readonly sv: string;
  readonly en: string;
}

export const MESSAGES = {
  // What was found.
  "found": { sv: "hittade {terms}", en: "found {terms}" },
  "found-with": { sv: "hittade {terms}, med {borrowed} från {from}", en: "found {terms}, with {borrowed} from {from}" },
  "found-in": { sv: "hittade {terms} i {from}", en: "found {terms} in {from}" },
  "term-antecedent": { sv: "{term} (syftar på {antecedent} före)", en: "{term} (the {antecedent} before)" },
  "from-heading": { sv: "rubriken {heading}", en: "the heading {heading}" },
  "from-column": { sv: "kolumnen {column}", en: "the column {column}" },
  "from-before": { sv: "stycket före", en: "the passage before" },
  "from-question": { sv: "frågan som besvaras", en: "the question answered" },
  "and": { sv: " och ", en: " and " },
  "or": { sv: " eller ", en: " or " },

  // Why a passage does not count.
  "lacks": { sv: "saknar {concepts}", en: "lacks {concepts}" },
  "excluded": { sv: "undantaget: {word} gör det till en fråga om {concept}", en: "excluded: {word} makes it a matter of {concept}" },
  "context-heading": { sv: "begreppen finns, men en rubrik anger ett ämne och binder ingen", en: "concepts found, but a heading names a topic but binds no one" },
  "context-toc": { sv: "begreppen finns, men en rad i en innehållsförteckning binder ingen", en: "concepts found, but a table-of-contents line binds no one" },
  "context-definitions": { sv: "begreppen finns, men en definition förklarar en term och binder ingen", en: "concepts found, but a definition explains a term but binds no one" },
  "context-history": { sv: "begreppen finns, men en versionshistorik binder ingen", en: "concepts found, but revision history binds no one" },
  "context-background": { sv: "begreppen finns, men ett bakgrundsavsnitt beskriver och binder ingen", en: "concepts found, but a background section describes but binds no one" },
  "context-question": { sv: "begreppen finns, men en fråga binder ingen (svaret kan göra det)", en: "concepts found, but a question binds no one (its answer may)" },
  "context-superseded": { sv: "begreppen finns, men texten citerar en lydelse som en ändring ersätter", en: "concepts found, but it quotes wording that an amendment replaces" },
  "buyer-owned-context": { sv: "begreppen finns, men det som {from} nämner är beställarens eget ({owner})", en: "concepts found, but what {from} names is the buyer's own ({owner})" },
  "buyer-owned": { sv: "begreppen finns, men {named} är beställarens egen ({owner})", en: "concepts found, but the {named} named is the buyer's own ({owner})" },
  "no-duty": { sv: "begreppen finns, men ingen skyldighet: inga bindande ord som ska, måste eller ansvarar för", en: "concepts found, but no duty: no binding wording such as ska, måste or ansvarar för" },
  "no-duty-description": { sv: "begreppen finns, men {words} beskriver vad som har skrivits eller erbjudits och binder ingen", en: "concepts found, but {words} describes what was written or offered and binds no one" },
  "no-duty-habit": { sv: "begreppen finns, men {words} säger vad någon brukar göra och binder ingen", en: "concepts found, but {words} says what someone usually does and binds no one" },
  "no-duty-possession": { sv: "begreppen finns, men {words} säger vad någon saknar, inte att någon slipper en skyldighet", en: "concepts found, but {words} says what someone lacks, not that a duty does not apply" },
  "no-duty-qualification": { sv: "begreppen finns, men {words} är ett krav på erfarenhet eller kunskap, inte en skyldighet", en: "concepts found, but {words} asks for experience or knowledge, not a duty" },
  "lacks-in-duty": { sv: "begreppen finns, men inte alla i det som {cue} gäller", en: "concepts found, but not all of them in what {cue} governs" },
  "condition-only": { sv: "begreppen finns, men bara i ett villkor ({opener}) som inte självt kräver något", en: "concepts found, but only in a condition ({opener}) that requires nothing itself" },
  "design": { sv: "begreppen finns, men {word} beskriver det som ska byggas, inte hur leverantören bedriver sin tjänst", en: "concepts found, but {word} describes the works to be built, not how the supplier runs its service" },
  "other-action": { sv: "begreppen finns, men det som nekas är {word}, som regeln inte frågar efter", en: "concepts found, but what is denied is {word}, which this rule does not ask for" },
  "wrong-party": { sv: "begreppen finns, men skyldigheten ligger på {who} ({word}), inte på {party}", en: "concepts found, but the duty is on {who} ({word}), not the {party}" },
  "service-bought": { sv: "begreppen finns, men {word} är det arbete som köps åt beställaren, inte leverantörens egen skyldighet", en: "concepts found, but {word} is the work bought for the buyer, not the supplier's own duty" },
  "wrong-recipient": { sv: "begreppen finns, men det rapporteras till {recipient} ({word}), inte till beställaren", en: "concepts found, but the report goes to {recipient} ({word}), not to the buyer" },
  "foreign-owner": { sv: "begreppen finns, men {named} är {owner}s, inte beställarens", en: "concepts found, but the {named} named is {owner}'s, not the buyer's" },
  "limited": { sv: "begreppen finns, men {named} gäller bara {limit}, inte verksamheten i stort", en: "concepts found, but the {named} named covers only {limit}, not the service as a whole" },

  // Parties, by side.
  "side-supplier": { sv: "leverantören", en: "the supplier" },
  "side-supplier-org": { sv: "leverantörens egen organisation", en: "the supplier's own organisation" },
  "side-buyer": { sv: "beställaren", en: "the buyer" },
  "side-authority": { sv: "en myndighet", en: "an authority" },
  "side-third": { sv: "en tredje part", en: "a third party" },
  "side-both": { sv: "båda parter", en: "both parties" },
  "side-any": { sv: "någon part", en: "any party" },
  "side-law": { sv: "lagen", en: "the law" },

  // Why a passage counts, and how strongly.
  "struck": { sv: "klausulen är struken: {by}", en: "the clause is struck out: {by}" },
  "answer-yes": { sv: "svaret {reply} bekräftar {cue} i frågan", en: "the answer {reply} affirms {cue} in the question" },
  "answer-no": { sv: "svaret {reply} nekar {cue} i frågan", en: "the answer {reply} denies {cue} in the question" },
  "denied": { sv: "skyldigheten nekas: {negation}", en: "the duty is denied: {negation}" },
  "denied-on": { sv: "skyldigheten nekas: {negation} ({word})", en: "the duty is denied: {negation} ({word})" },
  "binding-term": { sv: "{term} binder leverantören enligt denna regel", en: "{term} binds the supplier under this rule" },
  "soft": { sv: "bara mjuk formulering: {cue} ({bearer})", en: "only soft wording: {cue} ({bearer})" },
  "softened": { sv: "{cue} mildras av {softener} ({bearer})", en: "{cue} is softened by {softener} ({bearer})" },
  "binding": { sv: "bindande {cue} {bearer}", en: "binding {cue} {bearer}" },
  "statement": { sv: "påstående i presens {cue} {bearer}", en: "present-tense statement {cue} {bearer}" },
  "bearer-on": { sv: "på {word}", en: "on {word}" },
  "bearer-passive": { sv: "passiv form utan agent, läst som leverantörens skyldighet", en: "passive voice with no agent, read as the supplier's duty" },
  "bearer-unnamed": { sv: "ingen part nämnd, läst som leverantörens skyldighet", en: "no party named, read as the supplier's duty" },

  // Rules that do not apply.
  "not-applicable-documents": { sv: "dokumenten nämner inget av {concepts}", en: "the documents mention none of {concepts}" },
  "not-applicable-profiles": { sv: "ingen profil {profiles} valdes", en: "no profile {profiles} was chosen" },
  "not-applicable-both": { sv: "{documents}, och {profiles}", en: "{documents}, and {profiles}" },
  "switched-on": { sv: "gäller eftersom dokumenten nämner {term}: {passage}", en: "applies because the documents mention {term}: {passage}" },
  "switched-on-profile": { sv: "gäller för profilen {profile}", en: "applies to the profile {profile}" },

  // Defaults a user sees.
  "init-default-id": { sv: "var-stad", en: "our-city" },
} as const satisfies Record<string, Text>;

export type MessageId = keyof typeof MESSAGES;

/** A message with its parameters: what a reason is before it is put into words. */
export interface Message {
  readonly id: MessageId;
  readonly params?: Readonly<Record<string, string | Message | readonly (string | Message)[]>>;
}

export const message = (id: MessageId, params?: Message["params"]): Message => (params === undefined ? { id } : { id, params });

/** A quoted text, as the reasons show what a document says. */
export const quoted = (s: string): string => `"${s}"`;

/**
 * Puts a message into words. A list parameter is joined with commas, or with the message `and` /
 * `or` when its first element is that message's id marker (see `joined`).
 */
export function formatMessage(m: Message, lang: Lang): string {
  const text: string = MESSAGES[m.id][lang];
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = m.params?.[name];
    if (value === undefined) return whole;
    return render(value, lang);
  });
}

function render(value: string | Message | readonly (string | Message)[], lang: Lang): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const list = value as readonly (string | Message)[];
    const [head, ...rest] = list;
    if (typeof head === "object" && (head.id === "and" || head.id === "or") && head.params === undefined) return rest.map((v) => render(v, lang)).join(MESSAGES[head.id][lang]);
    return list.map((v) => render(v, lang)).join(", ");
  }
  return formatMessage(value as Message, lang);
}

/** A list to be joined with "and" or "or" in the reader's language. */
export const joined = (how: "and" | "or", items: readonly (string | Message)[]): readonly (string | Message)[] => [{ id: how }, ...items];
