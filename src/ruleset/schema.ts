// The ruleset's JSON Schema, built from the checks' own metadata so each check's options are typed in one place.
// scripts/gen-validator.mjs writes it to rules/ruleset.schema.json and compiles it; never edit that file by hand.
import type { CheckMeta } from '../engine/types.js';
import { ONE_LINE_HINT, ONE_LINE_PATTERN, TEXT_HINT, TEXT_PATTERN } from '../engine/checks/meta/option-schemas.js';

type Schema = Record<string, unknown>;

/** The settings a ruleset may give one built-in check: its options are the check's own optionsSchema. */
function checkConfigSchema(meta: CheckMeta): Schema {
  return {
    description: `Settings of the ${meta.id} check (${meta.title.en}).`,
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: { description: 'Whether the check runs at all.', type: 'boolean' },
      severity: { $ref: '#/definitions/severity' },
      options: { description: `Options of the ${meta.id} check.`, ...meta.optionsSchema },
    },
  };
}

function checkProperties(metas: readonly CheckMeta[]): Schema {
  return Object.fromEntries(metas.map((m) => [m.id, checkConfigSchema(m)]));
}

/** The whole ruleset schema for these checks (the engine's, in its order). */
export function rulesetSchema(metas: readonly CheckMeta[]): Schema {
  return {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://post-coach.invalid/ruleset.schema.json",
    "title": "Post Coach ruleset",
    "description": "One organisation's social media code of conduct for Post Coach: which checks run and how loudly, who the organisation is, its official accounts and public contacts, its own words and patterns, and the quick reference staff see. A ruleset is layered over the built-in one, so every property is optional.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "$schema": {
        "description": "Path or URL of this schema, for editors that validate as you type.",
        "type": "string",
        "maxLength": 1000,
        "pattern": ONE_LINE_PATTERN,
        "x-hint": ONE_LINE_HINT
      },
      "name": {
        "description": "Human name of the ruleset, e.g. \"Ministry of Digital Services social media rules\".",
        "$ref": "#/definitions/name"
      },
      "version": {
        "description": "Version of this ruleset, shown to staff so they know which rules are in force.",
        "type": [
          "number",
          "string"
        ],
        "maxLength": 100,
        "pattern": ONE_LINE_PATTERN,
        "x-hint": ONE_LINE_HINT
      },
      "organisation": {
        "description": "The organisation the rules belong to. Used to notice when a post talks about the employer.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "description": "Full name of the organisation, e.g. \"Ministry of Digital Services\".",
            "$ref": "#/definitions/name"
          },
          "aliases": {
            "description": "Other names and short forms, in English and Arabic, e.g. \"MDS\", \"the ministry\", \"وزارة الخدمات الرقمية\".",
            "$ref": "#/definitions/textList"
          },
          "topics": {
            "description": "Subjects that are the organisation's business, e.g. \"e-services portal\".",
            "$ref": "#/definitions/textList"
          },
          "website": {
            "description": "The organisation's public website.",
            "type": "string",
            "pattern": "^https?://[^\\s\\u0000-\\u001F\\u007F-\\u009F]+$",
            "x-hint": "a web address starting with http:// or https://",
            "maxLength": 1000
          }
        }
      },
      "defaultRegion": {
        "description": "Default phone region (ISO 3166-1 alpha-2, upper case) for numbers written without a country code, e.g. \"OM\".",
        "type": "string",
        "pattern": "^[A-Z]{2}$",
        "x-hint": "a two-letter upper-case country code such as OM"
      },
      "officialAccounts": {
        "description": "The organisation's official accounts. Posting from one of these is posting in an official capacity.",
        "type": "array",
        "maxItems": 500,
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "site",
            "handle"
          ],
          "properties": {
            "site": {
              "description": "Host name of the site, lower case, e.g. \"x.com\", \"facebook.com\", \"mastodon.social\".",
              "$ref": "#/definitions/host"
            },
            "handle": {
              "description": "Handle or page name as the site shows it, e.g. \"@OmanMDS\".",
              "$ref": "#/definitions/name"
            }
          }
        }
      },
      "publicContacts": {
        "description": "The organisation's public contact details. These are never flagged as personal details.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "phones": {
            "description": "Public phone numbers, with a country code or in the default region's format, e.g. \"+968 2412 3456\".",
            "$ref": "#/definitions/textList"
          },
          "emails": {
            "description": "Public email addresses, e.g. \"info@mds.gov.om\".",
            "type": "array",
            "maxItems": 200,
            "items": {
              "type": "string",
              "pattern": "^[^\\s@\\u0000-\\u001F\\u007F-\\u009F]+@[^.\\s@\\u0000-\\u001F\\u007F-\\u009F]+(\\.[^.\\s@\\u0000-\\u001F\\u007F-\\u009F]+)+$",
              "x-hint": "an email address such as info@example.gov.om",
              "maxLength": 254
            }
          },
          "addresses": {
            "description": "Public postal or street addresses of the organisation's offices.",
            "$ref": "#/definitions/textList"
          }
        }
      },
      "disclosurePhrases": {
        "description": "Extra phrases that count as saying who you work for or that you speak personally, e.g. \"I work at MDS\".",
        "$ref": "#/definitions/textList"
      },
      "authorisedToCommit": {
        "description": "Whether the person may make commitments on the organisation's behalf. When false, promises in an official capacity are flagged.",
        "type": "boolean"
      },
      "confidential": {
        "description": "What the organisation keeps inside until it is made public; the confidential-information check flags it in posts.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "terms": {
            "description": "Code names of projects and topics under embargo, in English and Arabic, e.g. \"Project Falcon\", \"مشروع الصقر\".",
            "$ref": "#/definitions/textList"
          },
          "referenceShapes": {
            "description": "Shapes of internal reference numbers: \"#\" stands for a digit, \"@\" for a letter, anything else for itself, e.g. \"INT-####/##\".",
            "type": "array",
            "maxItems": 200,
            "items": {
              "type": "string",
              "maxLength": 60,
              "pattern": "^[^\\s\\u0000-\\u001F\\u007F-\\u009F]*#[^\\s\\u0000-\\u001F\\u007F-\\u009F]*$",
              "x-hint": "a shape without spaces holding at least one # (a digit), such as INT-####/##"
            }
          },
          "intranetHosts": {
            "description": "Host names of the organisation's intranet, e.g. \"intranet.mds.gov.om\".",
            "type": "array",
            "maxItems": 200,
            "items": {
              "$ref": "#/definitions/host"
            }
          }
        }
      },
      "privateChannels": {
        "description": "Where one person's case is taken out of public: a handle for direct messages, a phone line or a form's link, e.g. \"@OmanMDS\", \"+968 2412 3456\", \"https://mds.gov.om/complaints\". The case-details check suggests them.",
        "$ref": "#/definitions/textList"
      },
      "politics": {
        "description": "Political parties and politicians the impartiality check knows by name: each entry is one name and its other names in English and Arabic, separated by \"|\", e.g. \"Labour Party | Labour | حزب العمال\".",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "parties": {
            "description": "Political parties, each as \"Name | alias | alias\".",
            "$ref": "#/definitions/textList"
          },
          "politicians": {
            "description": "Politicians and candidates, each as \"Name | alias | alias\".",
            "$ref": "#/definitions/textList"
          }
        }
      },
      "checks": {
        "description": "Settings of the built-in checks, keyed by check id. A check left out keeps its built-in settings.",
        "type": "object",
        "additionalProperties": false,
        "properties": checkProperties(metas)
      },
      "customRules": {
        "description": "The organisation's own rules: words, phrases or a pattern to flag, each with its message.",
        "type": "array",
        "maxItems": 500,
        "items": {
          "$ref": "#/definitions/customRule"
        }
      },
      "sites": {
        "description": "Extra places where compose boxes are coached.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "forums": {
            "description": "Forum host names, e.g. \"forum.example.om\".",
            "type": "array",
            "maxItems": 500,
            "items": {
              "$ref": "#/definitions/host"
            }
          },
          "mastodon": {
            "description": "Mastodon instance host names, e.g. \"mastodon.social\".",
            "type": "array",
            "maxItems": 500,
            "items": {
              "$ref": "#/definitions/host"
            }
          }
        }
      },
      "quickReference": {
        "description": "The principles, code of conduct and tips shown in the popup, in English and Arabic.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "principles",
          "conduct",
          "tips"
        ],
        "properties": {
          "principles": {
            "$ref": "#/definitions/quickRefList"
          },
          "conduct": {
            "$ref": "#/definitions/quickRefList"
          },
          "tips": {
            "$ref": "#/definitions/quickRefList"
          }
        }
      },
      "review": {
        "description": "Before posting: \"off\" (no review), \"review\" (show open findings, post anyway allowed), \"block\" (findings at error severity must be fixed).",
        "enum": [
          "off",
          "review",
          "block"
        ]
      },
      "permanenceNote": {
        "description": "Whether the review before posting on an official account says, once, that the post will be permanently available and may be republished (default true).",
        "type": "boolean"
      },
      "allowPause": {
        "description": "Whether staff may pause the coach on a site from the popup (default true). When a managed ruleset sets false, pausing is locked off and a stored pause is ignored.",
        "type": "boolean"
      },
      "staffMayChange": {
        "description": "Dotted paths of settings staff may change when this ruleset is managed, e.g. \"checks.aggressive-tone.severity\". Everything else it sets is locked.",
        "type": "array",
        "maxItems": 200,
        "items": {
          "type": "string",
          "pattern": "^[A-Za-z$][A-Za-z0-9$-]*(\\.[A-Za-z0-9$-]+)*$",
          "x-hint": "a dotted path such as checks.commitment.severity",
          "maxLength": 200
        }
      }
    },
    "definitions": {
      "severity": {
        "description": "How loudly a finding is shown: info, warning or error.",
        "enum": [
          "info",
          "warning",
          "error"
        ]
      },
      "capacity": {
        "description": "The capacity a person posts in.",
        "enum": [
          "official",
          "personal",
          "unknown"
        ]
      },
      "host": {
        "type": "string",
        "maxLength": 261,
        "pattern": "^[a-z0-9]+(-+[a-z0-9]+)*(\\.[a-z0-9]+(-+[a-z0-9]+)*)*(:[0-9]{1,5})?$",
        "x-hint": "a lower-case host name such as x.com"
      },
      "nonEmptyText": {
        "type": "string",
        "minLength": 1,
        "maxLength": 1000,
        "pattern": ONE_LINE_PATTERN,
        "x-hint": ONE_LINE_HINT
      },
      "textList": {
        "type": "array",
        "maxItems": 5000,
        "items": {
          "type": "string",
          "minLength": 1,
          "maxLength": 1000,
          "pattern": ONE_LINE_PATTERN,
          "x-hint": ONE_LINE_HINT
        }
      },
      "localText": {
        "description": "The same text in English and Arabic.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "en",
          "ar"
        ],
        "properties": {
          "en": {
            "$ref": "#/definitions/text"
          },
          "ar": {
            "$ref": "#/definitions/text"
          }
        }
      },
      "customRule": {
        "description": "One of the organisation's own rules. Give words, phrases or a pattern (at least one).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "message",
          "severity"
        ],
        "properties": {
          "id": {
            "description": "Unique id of the rule, lower case with hyphens, e.g. \"no-tender-talk\".",
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
            "x-hint": "lower-case letters, digits and hyphens, such as no-tender-talk"
          },
          "words": {
            "description": "Whole words to flag, matched case-insensitively.",
            "$ref": "#/definitions/textList"
          },
          "phrases": {
            "description": "Phrases to flag, matched case-insensitively as whole words.",
            "$ref": "#/definitions/textList"
          },
          "pattern": {
            "description": "A regular expression in RE2 syntax (no look-around, no back-references), run on a linear-time engine.",
            "type": "string",
            "minLength": 1,
            "maxLength": 1000,
            "pattern": ONE_LINE_PATTERN,
            "x-hint": ONE_LINE_HINT
          },
          "flags": {
            "description": "Pattern flags: \"i\" for case-insensitive, or empty.",
            "enum": [
              "",
              "i"
            ]
          },
          "message": {
            "description": "What the person sees, e.g. \"Tender details are not public yet.\", or the same in both languages: { \"en\": \"...\", \"ar\": \"...\" }.",
            "$ref": "#/definitions/ruleMessage"
          },
          "why": {
            "description": "The reason, ideally naming the clause of the code of conduct; one string or { \"en\": \"...\", \"ar\": \"...\" }.",
            "$ref": "#/definitions/ruleText"
          },
          "severity": {
            "$ref": "#/definitions/severity"
          },
          "suggestion": {
            "description": "What to do instead; one string or { \"en\": \"...\", \"ar\": \"...\" }.",
            "$ref": "#/definitions/ruleText"
          },
          "capacity": {
            "description": "Apply the rule only when posting in this capacity.",
            "$ref": "#/definitions/capacity"
          }
        }
      },
      "quickRefItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "text",
          "source"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
            "x-hint": "lower-case letters, digits and hyphens"
          },
          "title": {
            "$ref": "#/definitions/localTitle"
          },
          "text": {
            "$ref": "#/definitions/localText"
          },
          "source": {
            "description": "Where this line comes from in the guidelines.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "document",
              "section"
            ],
            "properties": {
              "document": {
                "$ref": "#/definitions/nonEmptyText"
              },
              "section": {
                "$ref": "#/definitions/nonEmptyText"
              }
            }
          }
        }
      },
      "quickRefList": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "$ref": "#/definitions/quickRefItem"
        }
      },
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 200,
        "pattern": ONE_LINE_PATTERN,
        "x-hint": ONE_LINE_HINT
      },
      "text": {
        "type": "string",
        "minLength": 1,
        "maxLength": 1000,
        "pattern": TEXT_PATTERN,
        "x-hint": TEXT_HINT
      },
      "message": {
        "type": "string",
        "minLength": 1,
        "maxLength": 500,
        "pattern": TEXT_PATTERN,
        "x-hint": TEXT_HINT
      },
      "ruleMessage": {
        "description": "One string in any language, or the words in English and Arabic; with one language only, that one is shown.",
        "type": ["string", "object"],
        "minLength": 1,
        "maxLength": 500,
        "pattern": TEXT_PATTERN,
        "x-hint": TEXT_HINT,
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "en": {
            "$ref": "#/definitions/message"
          },
          "ar": {
            "$ref": "#/definitions/message"
          }
        }
      },
      "ruleText": {
        "description": "One string in any language, or the words in English and Arabic; with one language only, that one is shown.",
        "type": ["string", "object"],
        "minLength": 1,
        "maxLength": 1000,
        "pattern": TEXT_PATTERN,
        "x-hint": TEXT_HINT,
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "en": {
            "$ref": "#/definitions/text"
          },
          "ar": {
            "$ref": "#/definitions/text"
          }
        }
      },
      "localTitle": {
        "description": "A short title in English and Arabic.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "en",
          "ar"
        ],
        "properties": {
          "en": {
            "$ref": "#/definitions/name"
          },
          "ar": {
            "$ref": "#/definitions/name"
          }
        }
      }
    }
  };
}
