/**
 * lib/kit/secrets.ts: which decoded values were Pulumi secrets, and lib/kit/checks/literal-secrets.ts: what a
 * literal secret looks like.
 */
import * as assert from "assert";
import { unknownCheckingProxy } from "@pulumi/policy";
import { secret, unknownValue } from "../../lib/core/wire";
import { installSecretRecorder, policyDecoder } from "../../lib/engine/decode-guard";
import { carriesCredential, isConnectionString, isReference, looksLikeSecretName } from "../../lib/kit/checks/literal-secrets";
import { isSecret, recordingDecoder, secretPaths } from "../../lib/kit/secrets";

/* eslint-disable @typescript-eslint/no-require-imports */
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
const policyDeserialize = require("@pulumi/policy/deserialize");
/* eslint-enable @typescript-eslint/no-require-imports */

// The recorder on @pulumi/policy's own decoder (not on the pack's installed one, which also keeps each decoding).
const decode = recordingDecoder(policyDecoder()!);
const props = (wire: Record<string, unknown>): any => unknownCheckingProxy(decode(Struct.fromJavaScript(wire), false) as any);

describe("kit: Pulumi secrets in decoded properties", () => {
    it("finds the outermost secrets of wire-form properties", () => {
        assert.deepStrictEqual(secretPaths({ a: 1, b: secret({ c: secret(2) }), d: [{ e: secret("x") }] }).sort(),
            [["b"], ["d", 0, "e"]]);
    });

    it("says which keys held a secret, through the props proxy, and everything inside one", () => {
        const p = props({
            plain: "x", top: secret("y"),
            list: [{ name: "A", value: secret("v") }, { name: "B", value: "w" }],
            whole: secret([{ name: "C", value: "z" }]),
            unknownSecret: secret(unknownValue),
        });
        assert.strictEqual(p.top, "y", "the policy still reads the plain value");
        assert.ok(isSecret(p, "top") && !isSecret(p, "plain") && !isSecret(p, "absent"));
        assert.ok(isSecret(p.list[0], "value") && !isSecret(p.list[0], "name") && !isSecret(p.list[1], "value"));
        assert.ok(isSecret(p.list, 0) === false);
        assert.ok(isSecret(p, "whole") && isSecret(p.whole[0], "value") && isSecret(p.whole, 0));
        // Asked without reading: the value is unknown, and reading it still throws.
        assert.ok(isSecret(p, "unknownSecret"));
        assert.throws(() => p.unknownSecret);
        assert.ok(!isSecret(undefined, "x") && !isSecret("text", "length"));
    });

    it("marks each decoding on its own: the same struct decoded twice, both marked; others unmarked", () => {
        const struct = Struct.fromJavaScript({ s: secret("v") });
        const [a, b] = [decode(struct, false), decode(struct, false)] as any[];
        assert.ok(a !== b && isSecret(a, "s") && isSecret(b, "s"));
        assert.ok(!isSecret(decode(Struct.fromJavaScript({ s: "v" }), false), "s"));
    });

    it("installs on @pulumi/policy's decoder once, however often installed", () => {
        const before = policyDeserialize.deserializeProperties;
        try {
            assert.ok(installSecretRecorder() && installSecretRecorder());
            const decoded = policyDeserialize.deserializeProperties(Struct.fromJavaScript({ s: secret("v") }), false);
            assert.ok(isSecret(decoded, "s"));
        } finally {
            policyDeserialize.deserializeProperties = before;
        }
    });
});

describe("kit: literal secrets", () => {
    it("reads a secret's name from its words", () => {
        for (const name of ["DB_PASSWORD", "dbPassword", "DBPASSWORD", "DB_PWD", "AccessToken", "STRIPE_API_KEY", "apiKey",
            "StorageAccessKey", "AzureAd__ClientSecret", "BLOB_SAS", "ConnectionStrings__Orders", "SSH_PRIVATE_KEY"]) {
            assert.ok(looksLikeSecretName(name), name);
        }
        for (const name of ["PWD", "SASL_MECHANISM", "KEYVAULT_SECRET_NAME", "TOKEN_ENDPOINT", "PASSWORD_MIN_LENGTH",
            "SECRET_URI", "WEBSITE_TIME_ZONE", "TOKENIZER_MODEL", "", "__"]) {
            assert.ok(!looksLikeSecretName(name), name);
        }
        assert.ok(looksLikeSecretName("DB_PIN", ["pin"]) && !looksLikeSecretName("SPINNER", ["pin"]));
    });

    it("finds credentials in connection strings and URLs, and only there", () => {
        for (const text of ["Server=x;Database=y;User ID=a;Password=p", "AccountName=a;AccountKey=k==",
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=k=",
            "host:6380,password=p,ssl=True", "amqp://user:pw@host:5672", "https://a.blob.core.windows.net/c?sv=1&sig=abc"]) {
            assert.ok(carriesCredential(text), text);
        }
        for (const text of ["Server=x;Database=y;Authentication=Active Directory Managed Identity", "Password=;Server=x",
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://x/", "https://a.example.com/x?y=1",
            "plain-text"]) {
            assert.ok(!carriesCredential(text), text);
        }
        assert.ok(isConnectionString("Server=x;Database=y") && !isConnectionString("a=b") && !isConnectionString("https://x/?a=1;b=2"));
        assert.ok(isReference("@Microsoft.KeyVault(SecretUri=https://v.vault.azure.net/secrets/s)") &&
            isReference(" @microsoft.appconfiguration(Endpoint=https://c.azconfig.io; Key=k)") && !isReference("KeyVault"));
    });
});
