import { Connection } from "@pulumi/azure-native/web";
import policy from "../../../policies/identity-and-access/api-connection-no-literal-secrets";
import { resource, secret, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", connectionName: "sql" };
const api = { id: "/subscriptions/0000/providers/Microsoft.Web/locations/westeurope/managedApis/sql" };

testResourcePolicy(policy, {
    valid: [
        { name: "credentials in the secret parameters, names and servers in the readable ones", resource: resource(Connection, { ...base,
            properties: { api, parameterValues: { password: "Sup3r-S3cret!" }, nonSecretParameterValues: { server: "db.example.com", database: "orders" } } }) },
        { name: "a Pulumi secret among the readable parameters", resource: resource(Connection, { ...base,
            properties: { api, nonSecretParameterValues: { password: secret("Sup3r-S3cret!") } } }) },
        { name: "no parameters at all (a managed identity connection)", resource: resource(Connection, { ...base, properties: { api } }) },
        { name: "secret parameters as Pulumi secrets, with the strict option", resource: resource(Connection, { ...base,
            properties: { api, parameterValues: { password: secret("Sup3r-S3cret!") } } }),
        config: { requireSecretParametersFromSecrets: true } },
    ],
    invalid: [
        { name: "a password among the readable parameters", resource: resource(Connection, { ...base,
            properties: { api, nonSecretParameterValues: { server: "db.example.com", password: "Sup3r-S3cret!" } } }),
        messages: [{ id: "readableSecret", data: { path: "properties.nonSecretParameterValues.password" } }] },
        { name: "a connection string with an account key among the custom parameters", resource: resource(Connection, { ...base,
            properties: { api, customParameterValues: { target: "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=bm90LWEtcmVhbC1rZXk=" } } }),
        messages: [{ id: "readableSecret", data: { path: "properties.customParameterValues.target" } }] },
        { name: "a literal secret parameter, with the strict option", resource: resource(Connection, { ...base,
            properties: { api, parameterValues: { password: "Sup3r-S3cret!" } } }),
        config: { requireSecretParametersFromSecrets: true },
        messages: [{ id: "literalSecretParameter", data: { path: "properties.parameterValues.password" } }] },
    ],
    undecided: [
        { name: "a secret-named readable parameter from another resource", resource: resource(Connection, { ...base,
            properties: { api, nonSecretParameterValues: { password: unknown() } } }) },
    ],
});
