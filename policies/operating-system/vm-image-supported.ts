import { isSettings, resourcePolicy, vmImagePastSupport, type CheckContext, type ImageName } from "../../lib/kit";

/*
 * End-of-support dates are data, lib/kit/lifecycle/vm-images.ts, judged against today: a program that passed fails
 * once its image's operating system falls out of support. An image the data does not name (a newer release, another
 * publisher, a custom or gallery image) is not judged. The image is what a VM is created from; an OS upgraded in
 * place since is not seen here.
 */
export default resourcePolicy({
    name: "vm-image-supported",
    description: "Virtual machines and scale sets are not created from a Marketplace image whose operating system is past its end of support.",
    area: "operating-system",
    severity: "high",
    // PV-6: past its end of support an operating system gets no security updates (without a separately bought plan).
    frameworks: { mcsb: ["PV-6"] },
    remediation: "Set imageReference (publisher, offer, sku) to a supported release, such as a current Ubuntu LTS " +
        "(Canonical ubuntu-24_04-lts), Windows Server 2022 or later, Debian 12, or RHEL 8 or later, and move the " +
        "workload; or buy the vendor's extended support and pin that offer (Ubuntu Pro images).",
    messages: {
        imagePastSupport: "{{path}} names a Marketplace image whose operating system is past its end of support, so it gets no security updates: use an image of a supported release.",
    },
    check: {
        virtualMachine: (vm, ctx) => judge(vm.storageProfile?.imageReference, "storageProfile.imageReference", ctx),
        virtualMachineScaleSet: (vmss, ctx) => judge(vmss.virtualMachineProfile?.storageProfile?.imageReference,
            "virtualMachineProfile.storageProfile.imageReference", ctx),
    },
});

function judge(ref: ImageName | undefined | null, path: string, ctx: CheckContext<{ imagePastSupport: string }>): void {
    // No image (an attached OS disk), or a custom, shared or community gallery image: nothing the data names. Their
    // presence alone decides, so the ids (often another resource's output) are not read.
    if (!isSettings(ref) || "id" in ref || "sharedGalleryImageId" in ref || "communityGalleryImageId" in ref) {
        return;
    }
    if (vmImagePastSupport({ publisher: ref.publisher, offer: ref.offer, sku: ref.sku })) {
        ctx.report("imagePastSupport", { path });
    }
}
