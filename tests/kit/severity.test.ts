import * as assert from "assert";
import { catalog } from "../../lib/kit/model";
import { effectiveSeverity, enforcementFor, place } from "../../lib/kit/severity";

describe("severity from the service model", () => {
    it("the same base severity is enforced on IaaS and advisory on PaaS for network controls", () => {
        const iaas = place("networking", undefined, [catalog.networkSecurityGroup], "high");
        const paas = place("networking", undefined, [catalog.storageAccount], "high");
        assert.deepStrictEqual([iaas.owner, iaas.severity, enforcementFor(iaas.severity)], ["customer", "high", "mandatory"]);
        assert.deepStrictEqual([paas.owner, paas.severity, enforcementFor(paas.severity)], ["shared", "medium", "advisory"]);
    });

    it("data protection stays the customer's in every model", () => {
        for (const t of [catalog.disk, catalog.storageAccount, catalog.saasSubscription]) {
            assert.strictEqual(place("data-protection", undefined, [t], "high").severity, "high");
        }
    });

    it("a Microsoft-owned row is not enforced: OS controls on App Service, applications on SaaS", () => {
        const os = place("operating-system", undefined, [catalog.webApp], "critical");
        assert.deepStrictEqual([os.owner, os.severity, enforcementFor(os.severity)], ["microsoft", undefined, "disabled"]);
        const saasApp = place("applications", undefined, [catalog.saasSubscription], "high");
        assert.strictEqual(enforcementFor(saasApp.severity), "disabled");
    });

    it("AKS node OS settings are shared, by the catalog's override", () => {
        assert.strictEqual(place("operating-system", undefined, [catalog.managedCluster], "high").severity, "medium");
    });

    it("a policy spanning models is placed where the customer carries the most", () => {
        const p = place("networking", undefined, [catalog.storageAccount, catalog.networkSecurityGroup], "high");
        assert.deepStrictEqual([p.serviceModel, p.severity], ["IaaS", "high"]);
    });

    it("a row override on the policy wins over its area's row", () => {
        const p = place("identity-and-access", "identity-and-directory-infrastructure", [catalog.managedCluster], "high");
        assert.deepStrictEqual([p.responsibility, p.owner, p.severity], ["identity-and-directory-infrastructure", "shared", "medium"]);
    });

    it("shared lowers one step and never below low", () => {
        assert.deepStrictEqual((["critical", "high", "medium", "low"] as const).map((s) => effectiveSeverity(s, "shared")),
            ["high", "medium", "low", "low"]);
    });

    it("the threshold decides mandatory versus advisory", () => {
        assert.strictEqual(enforcementFor("high"), "mandatory");
        assert.strictEqual(enforcementFor("medium"), "advisory");
        assert.strictEqual(enforcementFor("medium", "medium"), "mandatory");
        assert.strictEqual(enforcementFor("high", "critical"), "advisory");
        assert.strictEqual(enforcementFor("low", "low"), "mandatory");
    });

    it("a policy must name a resource type", () => {
        assert.throws(() => place("networking", undefined, [], "high"), /at least one resource type/);
    });
});
