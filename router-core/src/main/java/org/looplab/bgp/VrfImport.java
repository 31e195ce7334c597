package org.looplab.bgp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.looplab.vrf.VrfConfig;
import org.looplab.vrf.VrfDefinition;

/**
 * Route targets between the VRFs of one router, as IOS imports them without any VPNv4 neighbour: the best
 * path of each prefix of a VRF's BGP table is exported with the VRF's {@code route-target export} values,
 * and every other VRF of the process whose {@code route-target import} values share one takes a copy
 * ({@link PathSource#importedFrom}). The copy keeps its attributes, next hop included; its route is
 * resolved in the exporting VRF's table, so forwarding leaves by that VRF's interface. Imported paths are
 * not exported again (IOS re-exports only with {@code re-originate}). An {@code import map} route-map
 * filters what a VRF imports. Kernel thread only.
 */
final class VrfImport {
    private VrfImport() {
    }

    /** A prefix's best path changed in {@code from}: the VRFs importing from it follow. */
    static void exportChanged(Bgp process, Bgp from, LocRibEntry entry) {
        List<Bgp> families = process.vrfs();
        if (families.size() < 2) {
            return;
        }
        Set<String> exports = targets(process, from.vrfName(), "export");
        if (exports.isEmpty()) {
            return;
        }
        BgpPath exported = exportable(entry);
        for (Bgp into : families) {
            if (into != from && into.speaker() != null && shares(targets(process, into.vrfName(), "import"), exports)) {
                into.speaker().importPath(from.vrfName(), entry.prefix, admitted(process, into.vrfName(), entry, exported));
            }
        }
    }

    /**
     * Route targets or address families changed: each VRF drops what it may no longer import and takes
     * every best path of the VRFs it imports from now.
     */
    static void resync(Bgp process) {
        List<Bgp> families = process.vrfs();
        for (Bgp into : families) {
            BgpSpeaker speaker = into.speaker();
            if (speaker == null || !speaker.isRunning()) {
                continue;
            }
            Set<String> imports = targets(process, into.vrfName(), "import");
            Set<String> sources = new HashSet<>();
            for (Bgp from : families) {
                if (from != into && from.speaker() != null && from.speaker().isRunning()
                        && shares(imports, targets(process, from.vrfName(), "export"))) {
                    sources.add(from.vrfName());
                }
            }
            speaker.removeImportedExcept(sources);
            for (Bgp from : families) {
                if (sources.contains(from.vrfName())) {
                    for (LocRibEntry entry : from.speaker().allEntries()) {
                        speaker.importPath(from.vrfName(), entry.prefix,
                                admitted(process, into.vrfName(), entry, exportable(entry)));
                    }
                }
            }
        }
    }

    /** The path a prefix exports: its best, unless that was itself imported; null for none. */
    private static BgpPath exportable(LocRibEntry entry) {
        BgpPath best = entry.best;
        return best == null || best.source.isImported() ? null : best;
    }

    /**
     * The path, when the importing VRF's {@code import map} permits it (or it has none), else null. As IOS,
     * the map filters: a route must carry an import target and pass the map; its set clauses change nothing.
     */
    private static BgpPath admitted(Bgp process, String into, LocRibEntry entry, BgpPath exported) {
        VrfConfig vrfs = VrfConfig.ifPresent(process.router());
        VrfDefinition definition = vrfs == null ? null : vrfs.get(into);
        if (exported == null || definition == null) {
            return exported;
        }
        String map = definition.importMap("ipv4") != null ? definition.importMap("ipv4") : definition.importMap(null);
        if (map == null) {
            return exported;
        }
        boolean permitted = RouteMapApplication.apply(org.looplab.policy.RoutingPolicies.of(process.router()), map,
                entry.prefix, exported.attributes.toBuilder(), exported.attributes);
        return permitted ? exported : null;
    }

    /** The IPv4 route targets of a VRF in one direction (its own lines and its ipv4 family's). */
    private static Set<String> targets(Bgp process, String vrf, String direction) {
        VrfConfig vrfs = VrfConfig.ifPresent(process.router());
        VrfDefinition definition = vrfs == null ? null : vrfs.get(vrf);
        Set<String> values = new HashSet<>();
        if (definition != null) {
            for (VrfDefinition.RouteTarget target : definition.routeTargets()) {
                if (target.direction().equals(direction) && (target.family() == null || target.family().equals("ipv4"))) {
                    values.add(target.value());
                }
            }
        }
        return values;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String value : a) {
            if (b.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
