/**
 * Is a setting a literal secret? Shared by the policies on app settings, connection strings and container
 * environment variables. A setting is a name and a value; the value is decided on first:
 *
 * - a Pulumi secret (the kit's `isSecret`): not literal, whatever it holds, and never read;
 * - a reference (`@Microsoft.KeyVault(...)`, `@Microsoft.AppConfiguration(...)`): resolved by the platform, no secret;
 * - text that carries a credential (a connection string with a Password, Pwd, AccountKey, SharedAccessKey or
 *   SharedAccessSignature component, a URL with a password before its host or a SAS `sig`): a literal secret,
 *   whatever its name;
 * - text that is a connection string without one (managed identity, say): no secret, whatever its name;
 * - other non-empty text: a literal secret if the setting's NAME looks like one (`secretNameTerms`).
 *
 * Nothing here returns or prints a value: only yes or no.
 */
import { isSecret } from "../secrets";
import { isUnknownError } from "../values";

/**
 * Terms of a secret's name. A term of six letters or more matches anywhere in the name (`DBPASSWORD`,
 * `storageAccessKey`); a shorter one only as a word of it (`DB_PWD`, `AccessToken`, `BLOB_SAS`; not `SASL_MECHANISM`).
 * Words are split at anything not a letter or digit, and where lower case turns upper (`clientSecret`).
 */
export const secretNameTerms: readonly string[] = [
    "password", "passwd", "pwd", "secret", "token", "apikey", "api key", "accesskey", "access key",
    "connectionstring", "connection string", "privatekey", "private key", "clientsecret", "sas",
    "accountkey", "sharedaccesskey", "masterkey", "credential", "credentials",
];

/**
 * A name whose LAST word is one of these names something about a secret (where it is, how long it lives), not
 * the secret itself: `KEYVAULT_SECRET_NAME`, `TOKEN_ENDPOINT`, `PASSWORD_MIN_LENGTH`, `SECRET_URI`.
 */
export const notSecretLastWords: readonly string[] = [
    "name", "names", "id", "ids", "uri", "url", "urls", "endpoint", "endpoints", "host", "path", "file", "length",
    "expiry", "expiration", "expires", "lifetime", "ttl", "type", "enabled", "disabled", "required", "policy",
    "version", "audience", "issuer", "header", "scope", "scopes", "mode", "format", "provider", "location",
    "duration", "timeout", "interval", "count", "size", "algorithm", "user", "username", "identity",
];

/** The name's words, lower case: `clientSecret_value` -> client, secret, value. */
function wordsOf(name: string): string[] {
    return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
}

/** Does the setting's name look like a secret's, by `secretNameTerms` plus the admin's `extraTerms`? */
export function looksLikeSecretName(name: string, extraTerms: readonly string[] = []): boolean {
    const words = wordsOf(name);
    if (words.length === 0) {
        return false;
    }
    // `PWD` alone is the shell's working directory, not a password.
    if (words.length === 1 && words[0] === "pwd") {
        return false;
    }
    const compact = words.join("");
    const spaced = ` ${words.join(" ")} `;
    const matched = [...secretNameTerms, ...extraTerms].some((term) => {
        const termWords = wordsOf(term);
        const joined = termWords.join("");
        if (joined === "") {
            return false;
        }
        return joined.length >= 6 ? compact.includes(joined) : spaced.includes(` ${termWords.join(" ")} `);
    });
    return matched && !notSecretLastWords.includes(words[words.length - 1]);
}

/** Components of a connection string that hold a credential (compared without case, spaces or underscores). */
const credentialComponents = new Set(["password", "pwd", "accountkey", "sharedaccesskey", "sharedaccesssignature",
    "accesskey", "clientsecret"]);

/** `key=value` components, split at `;` (ADO.NET, Azure Storage, Service Bus) or `,` (StackExchange.Redis). */
function components(text: string): [string, string][] {
    return text.split(/[;,]/).map((part) => {
        const at = part.indexOf("=");
        return at < 0 ? undefined : [part.slice(0, at).replace(/[\s_]/g, "").toLowerCase(), part.slice(at + 1).trim()];
    }).filter((c): c is [string, string] => c !== undefined && c[0] !== "");
}

/** Is the text a connection string: two or more `key=value` components (`Server=x;Database=y`)? */
export function isConnectionString(text: string): boolean {
    return !/^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim()) && components(text).length >= 2;
}

/**
 * Does the text carry a credential: a connection string component that holds one, with a value; a URL with a
 * password before its host (`amqp://user:pw@host`); a URL with a SAS signature (`?sv=...&sig=...`)?
 */
export function carriesCredential(text: string): boolean {
    const t = text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
        return /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\s]*:[^/?#@\s]+@/i.test(t) || /[?&]sig=[^&#\s]+/i.test(t);
    }
    return components(t).some(([k, v]) => credentialComponents.has(k) && v !== "");
}

/** A value resolved by the platform from a store (Key Vault, App Configuration), not a value itself. */
export function isReference(text: string): boolean {
    return /^@Microsoft\.(KeyVault|AppConfiguration)\s*\(/i.test(text.trim());
}

/**
 * Is `container[key]` a literal secret, the setting being named what `name()` reads? Reads the value only if it was
 * not a Pulumi secret, so a value unknown at preview that is a secret decides (no). A value unknown at preview that
 * is not a secret says "cannot decide yet" (the read's error goes on to the kit) where it may be a literal secret:
 * a connection string entry (`byName: false`), or a setting whose name looks like a secret's. Under any other name
 * it passes: it is another resource's output (an endpoint, a resource name), and Analyze checks it again, known,
 * during `pulumi up`. Reads the name only if the value alone does not decide.
 * `byName: false` decides on the text alone (connection strings: credential components only).
 */
export function isLiteralSecret(container: object, key: string, name: () => unknown,
    options: { extraTerms?: readonly string[]; byName?: boolean } = {}): boolean {
    if (isSecret(container, key)) {
        return false;
    }
    let value: unknown;
    try {
        value = (container as Record<string, unknown>)[key];
    } catch (e) {
        if (!isUnknownError(e) || options.byName === false) {
            throw e;
        }
        const n = name();
        if (typeof n === "string" && looksLikeSecretName(n, options.extraTerms)) {
            throw e;
        }
        return false;
    }
    if (typeof value !== "string" || value.trim() === "" || isReference(value)) {
        return false; // unset, null, or not text: no literal secret (Azure takes text only)
    }
    if (carriesCredential(value)) {
        return true;
    }
    if (options.byName === false || isConnectionString(value) || /^(true|false)$/i.test(value.trim())) {
        return false;
    }
    const n = name();
    return typeof n === "string" && looksLikeSecretName(n, options.extraTerms);
}

/**
 * A key of a settings map as a message may name it: an identifier (`properties.DB_PASSWORD`), else the map alone.
 * A setting's name is not its value, but a key that is not an identifier may be data someone put there.
 */
export function settingPath(map: string, key: string): string {
    return /^[A-Za-z_][A-Za-z0-9_]{0,79}$/.test(key) ? `${map}.${key}` : map;
}
