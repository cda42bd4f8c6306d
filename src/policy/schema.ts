// The managed (enterprise policy) schema in Chrome's policy-schema dialect, built from the checks' own metadata so
// each check's options are typed as in the ruleset schema. scripts/gen-managed-validator.mjs writes it to
// rules/managed-schema.json and compiles it; never edit that file by hand.
import type { CheckMeta } from '../engine/types.js';
import { checkKey, managedKeys } from './keys.js';

type Schema = Record<string, unknown>;

/** Every managed key but the per-check ones, with the type Chrome checks before publishing it. */
const PLAIN: Record<string, Schema> = {
    "ruleset": {
      "type": "string",
      "description": "A whole ruleset file as JSON text (same format as rules/examples/*.json)."
    },
    "name": {
      "type": "string",
      "description": "Name of the ruleset, e.g. \"Ministry social media rules\"."
    },
    "version": {
      "type": "string",
      "description": "Version of the ruleset; digits only are read back as a number."
    },
    "organisation": {
      "type": "object",
      "description": "The organisation whose staff use the extension; its name is shown as \"Managed by ...\".",
      "properties": {
        "name": {
          "type": "string"
        },
        "aliases": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "topics": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "website": {
          "type": "string"
        }
      }
    },
    "defaultRegion": {
      "type": "string",
      "description": "Default phone region (ISO 3166 alpha-2 upper case, e.g. OM)."
    },
    "officialAccounts": {
      "type": "array",
      "description": "The organisation's official accounts: posting from one of them counts as speaking for the organisation.",
      "items": {
        "type": "object",
        "properties": {
          "site": {
            "type": "string"
          },
          "handle": {
            "type": "string"
          }
        }
      }
    },
    "publicContacts": {
      "type": "object",
      "description": "The organisation's public phone numbers, emails and addresses: never flagged as personal details.",
      "properties": {
        "phones": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "emails": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "addresses": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      }
    },
    "disclosurePhrases": {
      "type": "array",
      "description": "Extra phrases that count as disclosing the affiliation.",
      "items": {
        "type": "string"
      }
    },
    "confidential": {
      "type": "object",
      "description": "What the organisation keeps inside until it is made public: code names and embargoed topics, internal reference-number shapes, intranet hosts.",
      "properties": {
        "terms": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "referenceShapes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "intranetHosts": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      }
    },
    "politics": {
      "type": "object",
      "description": "Political parties and politicians the impartiality check knows by name, each as \"Name | alias | alias\".",
      "properties": {
        "parties": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "politicians": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      }
    },
    "authorisedToCommit": {
      "type": "boolean",
      "description": "Whether staff may make commitments on the organisation's behalf."
    },
    "privateChannels": {
      "type": "array",
      "description": "Private channels for one person's case, offered when a public reply discusses it: a handle for direct messages, a phone line, a form's link.",
      "items": {
        "type": "string"
      }
    },
    "customRules": {
      "type": "array",
      "description": "The organisation's own rules: words, phrases or a linear-time pattern, with a message.",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "words": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "phrases": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "pattern": {
            "type": "string"
          },
          "flags": {
            "type": "string"
          },
          "message": {
            "type": "string",
            "description": "What the person sees; in English when messageAr gives the Arabic."
          },
          "messageAr": {
            "type": "string",
            "description": "The message in Arabic, shown to people whose language is Arabic."
          },
          "why": {
            "type": "string"
          },
          "whyAr": {
            "type": "string"
          },
          "severity": {
            "type": "string"
          },
          "suggestion": {
            "type": "string"
          },
          "suggestionAr": {
            "type": "string"
          },
          "capacity": {
            "type": "string"
          }
        }
      }
    },
    "sites": {
      "type": "object",
      "description": "Extra forum hosts and Mastodon instances where drafts are coached.",
      "properties": {
        "forums": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "mastodon": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      }
    },
    "quickReference": {
      "type": "object",
      "description": "The principles, code of conduct and tips shown in the popup.",
      "properties": {
        "principles": {
          "type": "array",
          "items": {
            "id": "QuickRefItem",
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "title": {
                "id": "LocalText",
                "type": "object",
                "properties": {
                  "en": {
                    "type": "string"
                  },
                  "ar": {
                    "type": "string"
                  }
                }
              },
              "text": {
                "$ref": "LocalText"
              },
              "source": {
                "type": "object",
                "properties": {
                  "document": {
                    "type": "string"
                  },
                  "section": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "conduct": {
          "type": "array",
          "items": {
            "$ref": "QuickRefItem"
          }
        },
        "tips": {
          "type": "array",
          "items": {
            "$ref": "QuickRefItem"
          }
        }
      }
    },
    "review": {
      "type": "string",
      "description": "Before posting: \"off\" (no review), \"review\" (show what is open) or \"block\" (errors must be fixed)."
    },
    "permanenceNote": {
      "type": "boolean",
      "description": "Whether the review on an official account says the post will be permanent and may be republished (default true)."
    },
    "allowPause": {
      "type": "boolean",
      "description": "Whether staff may pause the coach on a site. False locks pausing off."
    },
    "staffMayChange": {
      "type": "array",
      "description": "Dotted paths of settings above that are defaults staff may change, e.g. checks.aggressive-tone. Everything else set here is locked.",
      "items": {
        "type": "string"
      }
    }
  };

/**
 * Types only, as Chrome's dialect allows (no additionalProperties false, no limits): the extension checks the values
 * against the ruleset schema itself and shows each problem with its path.
 */
export function chromeTypes(schema: Schema): Schema {
  const out: Schema = {};
  if (typeof schema.type === 'string') out.type = schema.type;
  if (typeof schema.description === 'string') out.description = schema.description;
  if (schema.properties && typeof schema.properties === 'object') {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, Schema>).map(([name, sub]) => [name, chromeTypes(sub)]),
    );
  }
  if (schema.items && typeof schema.items === 'object') out.items = chromeTypes(schema.items as Schema);
  return out;
}

function checkConfigSchema(meta: CheckMeta): Schema {
  return {
    type: 'object',
    description: `Settings of the ${meta.id} check (${meta.title.en}): on or off, severity (info, warning or error), options.`,
    properties: {
      enabled: { type: 'boolean' },
      severity: { type: 'string' },
      options: chromeTypes({ ...meta.optionsSchema, description: `Options of the ${meta.id} check.` }),
    },
  };
}

/** The whole managed schema for these checks, its keys in managedKeys() order. */
export function managedSchema(metas: readonly CheckMeta[]): Schema {
  const byKey: Record<string, Schema> = { ...PLAIN };
  for (const meta of metas) byKey[checkKey(meta.id)] = checkConfigSchema(meta);
  const properties = Object.fromEntries(managedKeys(metas.map((m) => m.id)).map((key) => [key, byKey[key]]));
  return {
    type: 'object',
    description: "Post Coach settings a manager sets by enterprise policy. Each part of the ruleset is its own key, so one bad value never drops the others. The whole ruleset may also be given as one JSON text in the key \"ruleset\"; separate keys take precedence over the same part of it. Types only: the extension checks the values against the ruleset schema itself and shows each problem with its path, instead of the browser dropping the value without a word.",
    properties,
  };
}
